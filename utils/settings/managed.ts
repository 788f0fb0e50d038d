/**
 * Managed policy (storage.managed): an organisation sets Preflight's settings for its users and may
 * lock them. Chrome reads the policy through the schema in public/managed_schema.json (see
 * docs/notes/ui.md for a policy example); Firefox through policies.json "3rdparty".
 *
 * Shape: any UserSettings field (value checked like an import), plus `lockedSettings`, the fields the
 * user cannot change. Without `lockedSettings`, every field the policy sets is locked; fields it sets
 * but does not lock are defaults the user may change.
 */
import type { SettingKey, UserSettings } from './shape';
import { SETTING_KEYS, normalizeUserSettings } from './shape';
import { validateField } from './validate';

export interface ManagedPolicy {
  values: Partial<UserSettings>;
  locked: SettingKey[];
}

export const EMPTY_POLICY: ManagedPolicy = { values: {}, locked: [] };

/** Reads the raw storage.managed object; invalid values are ignored (an admin's typo locks nothing). */
export function parseManagedPolicy(raw: unknown): ManagedPolicy {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return EMPTY_POLICY;
  const r = raw as Record<string, unknown>;
  const values: Partial<Record<SettingKey, unknown>> = {};
  for (const k of SETTING_KEYS) {
    if (k in r && validateField(k, r[k]).length === 0) values[k] = r[k];
  }
  const set = Object.keys(values) as SettingKey[];
  const locked = Array.isArray(r.lockedSettings)
    ? SETTING_KEYS.filter((k) => (r.lockedSettings as unknown[]).includes(k))
    : set;
  return { values: values as Partial<UserSettings>, locked };
}

/**
 * The settings in effect: defaults, then the policy's values, then the user's, then the locked
 * values again (a locked field always has the policy's value, or the default when the policy only
 * lists it as locked).
 */
export function applyPolicy(
  user: Partial<UserSettings> | null | undefined,
  policy: ManagedPolicy,
): UserSettings {
  const merged: Record<string, unknown> = { ...policy.values, ...(user ?? {}) };
  const lockedValues = normalizeUserSettings(policy.values);
  for (const k of policy.locked) merged[k] = lockedValues[k];
  return normalizeUserSettings(merged);
}
