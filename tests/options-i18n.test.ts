/**
 * Every string of the popup and the options page exists in English and Czech: both messages.json files
 * have the same keys and the same placeholders, every key the pages use exists, and the keys built at
 * run time (check names, statuses, rule names, import errors…) exist for every value they can take.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CHECK_KEYS } from '../utils/auth/contract';
import { rules } from '../utils/analysis/rules';
import { messages } from '../utils/i18n';
import '../utils/i18n/dns-catalogs';
import type { LocaleMessages } from '../utils/ui-i18n';
import { formatMessage } from '../utils/ui-i18n';
import { ruleKey } from '../components/options/Options';

const ROOT = join(__dirname, '..');
const load = (l: string) =>
  JSON.parse(readFileSync(join(ROOT, 'public/_locales', l, 'messages.json'), 'utf8')) as LocaleMessages;
const en = load('en');
const cs = load('cs');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(f) ? [p] : [];
  });
}
const PAGE_SOURCES = [
  ...files(join(ROOT, 'components/popup')),
  ...files(join(ROOT, 'components/options')),
  ...files(join(ROOT, 'entrypoints/popup')),
  ...files(join(ROOT, 'entrypoints/options')),
];

describe('_locales: English and Czech', () => {
  test('the same keys in both languages, none empty', () => {
    expect(Object.keys(cs).sort()).toEqual(Object.keys(en).sort());
    for (const [k, m] of [...Object.entries(en), ...Object.entries(cs)])
      expect(m.message.trim(), k).not.toBe('');
  });

  test('the same placeholders, each used in its message and defined', () => {
    for (const k of Object.keys(en)) {
      const names = (m: LocaleMessages[string]) => Object.keys(m.placeholders ?? {}).sort();
      expect(names(cs[k]!), k).toEqual(names(en[k]!));
      for (const m of [en[k]!, cs[k]!]) {
        const used = [...m.message.matchAll(/\$([a-z0-9_]+)\$/gi)].map((x) => x[1]!.toLowerCase()).sort();
        expect([...new Set(used)], k).toEqual(names(m));
      }
    }
  });

  test('placeholders are filled the way browser.i18n fills them', () => {
    expect(formatMessage(en, 'popup_tabActive', ['Gmail', '2'])).toBe('Active in Gmail — 2 composes watched');
    expect(formatMessage(cs, 'popup_tabActive', ['Gmail', '2'])).toBe(
      'Aktivní na stránce Gmail – sledovaná okna psaní: 2',
    );
  });

  test('every key the pages name literally exists', () => {
    const used = new Set<string>();
    for (const f of PAGE_SOURCES) {
      const src = readFileSync(f, 'utf8');
      for (const m of src.matchAll(/\bmsg\(\s*'([A-Za-z0-9_@]+)'/g)) used.add(m[1]!);
      for (const m of src.matchAll(/\b(?:key|invalidKey)[:=]\s*'([A-Za-z0-9_@]+_[A-Za-z0-9_@]+)'/g))
        used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(50);
    for (const k of used) expect(en[k], k).toBeDefined();
  });

  test('every key built at run time exists', () => {
    const keys = [
      ...['pass', 'warn', 'fail', 'unknown', 'checking'].map((s) => `status_${s}`),
      ...CHECK_KEYS.flatMap((k) => [`check_${k}`, `check_${k}_what`]),
      ...['cloudflare', 'google', 'quad9', 'custom'].map((r) => `options_resolver_${r}`),
      ...['notice', 'warning', 'danger', 'off'].map((g) => `options_gate_${g}`),
      ...['en', 'cs', 'sk', 'de', 'fr', 'es'].map((l) => `lang_${l}`),
      ...rules.map((r) => ruleKey(r.meta.id)),
      ...['popup_errBadRequest', 'popup_errNoPermission', 'popup_errInternal', 'popup_notChecked'],
    ];
    // Import and validation errors: every 'err…' key the settings code can return.
    for (const f of ['utils/settings/validate.ts', 'utils/settings/file.ts']) {
      for (const m of readFileSync(join(ROOT, f), 'utf8').matchAll(/'(err[A-Z]\w+)'/g))
        keys.push(`options_${m[1]}`);
    }
    for (const k of keys) {
      expect(en[k], k).toBeDefined();
      expect(cs[k], k).toBeDefined();
    }
  });

  test('no rule in the registry lacks a name, and no name is left for a rule that is gone', () => {
    const ruleNames = Object.keys(en).filter((k) => k.startsWith('rule_'));
    expect(ruleNames.sort()).toEqual(rules.map((r) => ruleKey(r.meta.id)).sort());
  });
});

describe('TypeScript catalogs (panel, dialog, findings): English and Czech', () => {
  test('the same message ids in both languages (Czech adds plural forms), with the same {placeholders}', () => {
    for (const id of Object.keys(messages.en)) expect(messages.cs[id], id).toBeDefined();
    // Czech has a 'few' plural (2–4) that English lacks; it must belong to a message English has.
    for (const id of Object.keys(messages.cs).filter((k) => !(k in messages.en))) {
      expect(id).toMatch(/\.(few|many)$/);
      expect(messages.en[id.replace(/\.\w+$/, '.other')], id).toBeDefined();
    }
    const ph = (s: string) => [...new Set([...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();
    for (const [id, text] of Object.entries(messages.en)) expect(ph(messages.cs[id]!), id).toEqual(ph(text));
  });

  test('every message and fix id a rule declares exists in both languages', () => {
    for (const r of rules) {
      for (const id of [...Object.keys(r.meta.messages), ...Object.keys(r.meta.fixes)]) {
        const key = `${r.meta.id}.${id}`;
        expect(messages.en[key], key).toBeDefined();
        expect(messages.cs[key], key).toBeDefined();
      }
    }
  });
});
