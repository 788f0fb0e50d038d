/**
 * Typed, versioned storage items (WXT storage). Settings sync across the user's browsers; UI state stays
 * local. Mail content is never stored.
 */
import { storage } from 'wxt/utils/storage';
import type { GateLevel } from './compose/gate';

export interface UserSettings {
  /** Hold sends at this level and above and ask first ('off': never). */
  gateLevel: GateLevel;
}

export const DEFAULT_USER_SETTINGS: UserSettings = { gateLevel: 'warning' };

const GATE_LEVELS: readonly GateLevel[] = ['notice', 'warning', 'danger', 'off'];

/** Fills missing or invalid fields with defaults (older versions, hand-edited storage). */
export function normalizeUserSettings(value: Partial<UserSettings> | null | undefined): UserSettings {
  const v = value ?? {};
  return {
    ...DEFAULT_USER_SETTINGS,
    ...v,
    gateLevel: GATE_LEVELS.includes(v.gateLevel as GateLevel)
      ? (v.gateLevel as GateLevel)
      : DEFAULT_USER_SETTINGS.gateLevel,
  };
}

export const userSettingsItem = storage.defineItem<UserSettings>('sync:settings', {
  fallback: DEFAULT_USER_SETTINGS,
  version: 1,
});

export async function loadUserSettings(): Promise<UserSettings> {
  return normalizeUserSettings(await userSettingsItem.getValue());
}

/** Panel collapsed or not, per webmail account (the address the page is signed in as; '' if unknown). */
export const panelCollapsedItem = storage.defineItem<Record<string, boolean>>('local:panelCollapsed', {
  fallback: {},
  version: 1,
});

export async function setPanelCollapsed(account: string, collapsed: boolean): Promise<void> {
  const all = await panelCollapsedItem.getValue();
  await panelCollapsedItem.setValue({ ...all, [account]: collapsed });
}
