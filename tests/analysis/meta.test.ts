/**
 * Keeps the rule set honest: every rule file is registered, tested and described, ids are sorted and
 * match file names, and every message and fix exists in English and Czech as a full sentence with the
 * same placeholders in both languages.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ENGINE_MESSAGES, rules } from '../../utils/analysis';
import { messages } from '../../utils/i18n';
import { LANGUAGES, spamEntries, attachmentEntries, PhraseMatcher } from '../../utils/analysis/phrases';
import { normalizePhrase } from '../../utils/analysis/phrases/matcher';
// Every phrase pack, as Node tools load them (the extension loads packs when a draft needs them).
import '../../utils/analysis/phrases/all';

const rulesDir = fileURLToPath(new URL('../../utils/analysis/rules/', import.meta.url));
const testsDir = fileURLToPath(new URL('./rules/', import.meta.url));
const ruleFiles = readdirSync(rulesDir)
  .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
  .map((f) => f.slice(0, -3));
const testFiles = new Set(
  readdirSync(testsDir)
    .filter((f) => f.endsWith('.test.ts'))
    .map((f) => f.slice(0, -'.test.ts'.length)),
);
const ids = rules.map((r) => r.meta.id);

// Starts with a capital letter, a digit or a placeholder (after an opening quote), ends with . ! or ?
const SENTENCE = /^[„“"‘]?(?:\p{Lu}|\d|\{)[\s\S]*[.!?]$/u;
const placeholders = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

describe('rule registry', () => {
  it('loads the rules (the per-rule tables below are not empty)', () => {
    expect(rules.length).toBeGreaterThanOrEqual(25);
    expect(ruleFiles.length).toBeGreaterThanOrEqual(25);
  });

  it('registers every rule file, and nothing else', () => {
    expect([...ids].sort()).toEqual([...ruleFiles].sort());
  });

  it('is sorted by id, without duplicates', () => {
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has a test file for every rule', () => {
    expect(ids.filter((id) => !testFiles.has(id))).toEqual([]);
  });

  it('has no test file without a rule', () => {
    expect([...testFiles].filter((f) => !ids.includes(f))).toEqual([]);
  });
});

describe.each(rules.map((r) => [r.meta.id, r] as const))('%s', (id, rule) => {
  it('describes itself', () => {
    expect(rule.meta.description).toMatch(SENTENCE);
    expect(['subject', 'body', 'html', 'links', 'attachments', 'recipients']).toContain(rule.meta.category);
    expect(rule.meta.defaultWeight).toBeGreaterThan(0);
    expect(Object.keys(rule.meta.messages).length).toBeGreaterThan(0);
    expect(Object.keys(rule.meta.fixes).length).toBeGreaterThan(0);
    expect(id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
  });

  const keys = [...Object.keys(rule.meta.messages), ...Object.keys(rule.meta.fixes)].map((m) => `${id}.${m}`);
  it.each(keys)('%s is a full sentence in en and cs with the same placeholders', (key) => {
    const en = messages.en[key];
    const cs = messages.cs[key];
    expect(en, `en: ${key}`).toBeDefined();
    expect(cs, `cs: ${key}`).toBeDefined();
    expect(en).toMatch(SENTENCE);
    expect(cs).toMatch(SENTENCE);
    expect(placeholders(cs!)).toEqual(placeholders(en!));
  });
});

describe('catalogs', () => {
  it('have no analysis messages without a rule', () => {
    const known = new Set(
      rules.flatMap((r) =>
        [...Object.keys(r.meta.messages), ...Object.keys(r.meta.fixes)].map((m) => `${r.meta.id}.${m}`),
      ),
    );
    for (const locale of ['en', 'cs'] as const) {
      const stray = Object.keys(messages[locale]).filter(
        (k) => ids.some((id) => k.startsWith(`${id}.`)) && !known.has(k),
      );
      expect(stray, locale).toEqual([]);
    }
  });

  it('take English from the rules: meta.messages and meta.fixes are the English text', () => {
    for (const r of rules)
      for (const [m, text] of [...Object.entries(r.meta.messages), ...Object.entries(r.meta.fixes)])
        expect(messages.en[`${r.meta.id}.${m}`], `${r.meta.id}.${m}`).toBe(text);
    for (const [id, text] of Object.entries(ENGINE_MESSAGES)) expect(messages.en[id]).toBe(text);
  });

  it('have the same analysis ids and placeholders in Czech as in English (no drift)', () => {
    const analysisKey = (k: string): boolean =>
      k.startsWith('engine.') || ids.some((id) => k.startsWith(`${id}.`));
    const enKeys = Object.keys(messages.en).filter(analysisKey).sort();
    const csKeys = Object.keys(messages.cs).filter(analysisKey).sort();
    expect(csKeys).toEqual(enKeys);
    for (const k of enKeys) expect(placeholders(messages.cs[k]!), k).toEqual(placeholders(messages.en[k]!));
  });

  it('write Czech with diacritics', () => {
    const czech = rules
      .flatMap((r) => Object.keys(r.meta.messages).map((m) => messages.cs[`${r.meta.id}.${m}`] ?? ''))
      .join(' ');
    expect(czech).toMatch(/[áčďéěíňóřšťúůýž]/);
  });
});

describe('phrase data', () => {
  it('compiles every phrase (none silently dropped)', () => {
    const all = [...spamEntries(), ...attachmentEntries()];
    expect(all.filter((e) => !normalizePhrase(e.phrase)).map((e) => e.phrase)).toEqual([]);
  });

  it('loads every language: English and Czech built in, the four packs', () => {
    expect(LANGUAGES.map((l) => l.lang).sort()).toEqual(['cs', 'de', 'en', 'es', 'fr', 'sk']);
  });

  it.each(LANGUAGES.map((l) => [l.lang, l] as const))(
    '%s has no duplicate phrases and sane weights',
    (_lang, l) => {
      const seen = new Set<string>();
      for (const [category, list] of Object.entries(l.spam)) {
        for (const [phrase, weight] of list ?? []) {
          const key = normalizePhrase(phrase);
          expect(seen.has(key), `${phrase} (${category}) twice`).toBe(false);
          seen.add(key);
          expect(weight, phrase).toBeGreaterThan(0);
          expect(weight, phrase).toBeLessThanOrEqual(3);
        }
      }
    },
  );

  it('matches whole words only, folding case and diacritics', () => {
    const m = new PhraseMatcher([
      { phrase: 'vyhrál* jste', weight: 1, category: 'x' },
      { phrase: 'free gift', weight: 1, category: 'x' },
    ]);
    expect(m.match('Vyhráli jste!').map((h) => [h.start, h.end])).toEqual([[0, 12]]);
    expect(m.match('VYHRALI   JSTE').length).toBe(1);
    expect(m.match('a free gifts b').length).toBe(0);
    expect(m.match('carefree gift').length).toBe(0);
    expect(m.match('FREE\nGIFT').length).toBe(1);
  });
});
