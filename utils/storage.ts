/**
 * Typed, versioned storage items (WXT storage). Settings sync across the user's browsers; UI state stays
 * local. Mail content is never stored.
 *
 * The settings item is a contract: the options page writes it, the content scripts and the background
 * read it, a managed policy (storage.managed) may lock fields of it, and the README documents it.
 * Area `sync`, key `settings`, shape `UserSettings` below.
 */
import { storage } from 'wxt/utils/storage';
import { browser } from 'wxt/browser';
import type { ManagedPolicy } from './settings/managed';
import { EMPTY_POLICY, applyPolicy, parseManagedPolicy } from './settings/managed';
import type { UserSettings } from './settings/shape';
import { DEFAULT_USER_SETTINGS } from './settings/shape';

// The shape, its defaults and normalization live in utils/settings/shape.ts (no browser API there, so
// the CLI and tests use them directly); everything stays importable from here.
export * from './settings/shape';
export type { ManagedPolicy } from './settings/managed';

export const userSettingsItem = storage.defineItem<UserSettings>('sync:settings', {
  fallback: DEFAULT_USER_SETTINGS,
  version: 1,
});

/**
 * The organisation's policy from storage.managed, or an empty one (no policy installed: Firefox rejects
 * the read, Chrome answers {}; either way nothing is locked).
 */
export async function loadManagedPolicy(): Promise<ManagedPolicy> {
  try {
    const area = (browser.storage as unknown as { managed?: { get(k?: null): Promise<unknown> } }).managed;
    return area ? parseManagedPolicy(await area.get(null)) : EMPTY_POLICY;
  } catch {
    return EMPTY_POLICY;
  }
}

/** What the user saved, or null when they never saved (so a policy's unlocked values apply). */
export async function loadStoredUserSettings(): Promise<Partial<UserSettings> | null> {
  return storage.getItem<Partial<UserSettings>>('sync:settings');
}

/** The settings in effect: the user's, with the managed policy applied (locked fields win). */
export async function loadUserSettings(): Promise<UserSettings> {
  const [user, policy] = await Promise.all([loadStoredUserSettings(), loadManagedPolicy()]);
  return applyPolicy(user, policy);
}

/** Writes the user's settings; locked fields keep the policy's values. Returns what was stored. */
export async function saveUserSettings(next: UserSettings, policy?: ManagedPolicy): Promise<UserSettings> {
  const value = applyPolicy(next, policy ?? (await loadManagedPolicy()));
  await userSettingsItem.setValue(value);
  return value;
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
