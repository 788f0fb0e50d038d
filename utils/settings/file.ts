/**
 * Settings export and import: a small JSON document the user can keep, share with a colleague or put
 * under version control. Import is a parser of untrusted input (tests/options-import.fuzz.test.ts):
 * it never throws, it is bounded in size, and every problem is reported with the field it concerns
 * instead of being silently repaired.
 *
 *   { "format": "preflight-settings", "version": 1, "settings": { ...UserSettings fields } }
 */
import type { SettingKey, UserSettings } from './shape';
import { SETTING_KEYS, normalizeUserSettings } from './shape';
import type { FieldError } from './validate';
import { validateField } from './validate';

export const SETTINGS_FORMAT = 'preflight-settings';
export const SETTINGS_FILE_VERSION = 1;
/** A settings file is a few kilobytes; anything much bigger is not one. */
export const MAX_SETTINGS_FILE = 256 * 1024;

export interface SettingsFile {
  format: typeof SETTINGS_FORMAT;
  version: number;
  settings: UserSettings;
}

export type ImportResult =
  | {
      ok: true;
      settings: UserSettings;
      /** Fields present in the file (the rest keep their defaults). */ fields: SettingKey[];
    }
  | { ok: false; errors: FieldError[] };

export function exportSettings(settings: UserSettings): string {
  const file: SettingsFile = { format: SETTINGS_FORMAT, version: SETTINGS_FILE_VERSION, settings };
  return `${JSON.stringify(file, null, 2)}\n`;
}

const fail = (key: string, field = ''): ImportResult => ({ ok: false, errors: [{ field, key }] });

/**
 * Parses an exported file. Also accepts a bare settings object (what `storage.sync` holds), since
 * admins copy it from there. Unknown fields are errors: a typo must not pass unnoticed.
 */
export function importSettings(text: string): ImportResult {
  if (typeof text !== 'string' || text.length > MAX_SETTINGS_FILE) return fail('errTooBig');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail('errNotJson');
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return fail('errNotObject');
  let body = data as Record<string, unknown>;
  if ('format' in body || 'version' in body || 'settings' in body) {
    if (body.format !== SETTINGS_FORMAT) return fail('errFormat', 'format');
    if (typeof body.version !== 'number' || !Number.isInteger(body.version) || body.version < 1)
      return fail('errVersion', 'version');
    if (body.version > SETTINGS_FILE_VERSION) return fail('errNewerVersion', 'version');
    const s = body.settings;
    if (typeof s !== 'object' || s === null || Array.isArray(s)) return fail('errNotObject', 'settings');
    body = s as Record<string, unknown>;
  }
  const errors: FieldError[] = [];
  const fields: SettingKey[] = [];
  for (const [k, v] of Object.entries(body)) {
    if (!(SETTING_KEYS as string[]).includes(k)) {
      errors.push({ field: k, key: 'errUnknownField' });
      continue;
    }
    errors.push(...validateField(k, v));
    fields.push(k as SettingKey);
  }
  if (errors.length) return { ok: false, errors: errors.slice(0, 20) };
  const settings = normalizeUserSettings(body);
  if (settings.resolver === 'custom' && !settings.customResolverUrl)
    return fail('errResolverUrl', 'customResolverUrl');
  return { ok: true, settings, fields };
}
