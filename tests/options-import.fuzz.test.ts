/**
 * The settings importer is a parser of untrusted input (a file from anywhere). Structure-aware fuzzing:
 * documents built from the real format with valid, invalid and surprising values in every field, plus
 * raw strings. It must never throw, and whatever it accepts must be valid settings that export and
 * import back unchanged.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { exportSettings, importSettings } from '../utils/settings/file';
import { SETTING_KEYS, normalizeUserSettings } from '../utils/settings/shape';
import { PHRASE_FAULT_KEYS, validateField } from '../utils/settings/validate';

const anyJson = fc.jsonValue({ maxDepth: 3 });
const fieldValue: Record<string, fc.Arbitrary<unknown>> = {
  gateLevel: fc.oneof(fc.constantFrom('notice', 'warning', 'danger', 'off', 'ok', ''), anyJson),
  resolver: fc.oneof(fc.constantFrom('cloudflare', 'google', 'quad9', 'custom', 'CUSTOM'), anyJson),
  customResolverUrl: fc.oneof(
    fc.webUrl(),
    fc.constantFrom('', 'https://u:p@x.test/', 'http://x.test/'),
    fc.string(),
  ),
  resolverFallback: fc.oneof(fc.boolean(), anyJson),
  dnsTimeoutMs: fc.oneof(fc.integer({ min: -1000, max: 100_000 }), fc.double(), anyJson),
  dkimSelectors: fc.oneof(fc.array(fc.oneof(fc.stringMatching(/^[a-z0-9._-]{1,10}$/), fc.string())), anyJson),
  blocklists: fc.oneof(fc.boolean(), anyJson),
  rules: fc.oneof(
    fc.dictionary(
      fc.string({ maxLength: 20 }),
      fc.oneof(
        fc.record({ enabled: fc.boolean(), weight: fc.double({ min: -5, max: 20 }) }, { requiredKeys: [] }),
        anyJson,
      ),
    ),
    anyJson,
  ),
  customPhrases: fc.oneof(
    fc.array(
      fc.oneof(
        fc.record({
          phrase: fc.oneof(
            fc.string({ maxLength: 250 }),
            // Phrases the matcher can use and ones it cannot (the import refuses those).
            fc.constantFrom(
              'wins*',
              "you'* won",
              'vyhrál* jste',
              'free money',
              'win *',
              'win*',
              'win!',
              '***',
            ),
          ),
          weight: fc.double({ min: -1, max: 5 }),
        }),
        anyJson,
      ),
    ),
    anyJson,
  ),
  phraseLanguages: fc.oneof(fc.array(fc.oneof(fc.constantFrom('en', 'cs', 'xx'), fc.string())), anyJson),
  allowlistDomains: fc.oneof(fc.array(fc.oneof(fc.domain(), fc.string())), anyJson),
};
const settingsObject = fc.record(
  { ...fieldValue, extra: anyJson },
  {
    requiredKeys: [],
  },
);
const document = fc.oneof(
  settingsObject,
  fc.record(
    {
      format: fc.constantFrom('preflight-settings', 'other'),
      version: fc.oneof(fc.constantFrom(1, 2, 0), anyJson),
      settings: fc.oneof(settingsObject, anyJson),
    },
    { requiredKeys: [] },
  ),
);
const text = fc.oneof(
  document.map((d) => JSON.stringify(d)),
  document.map((d) => JSON.stringify(d).slice(0, -1)),
  fc.string(),
  anyJson.map((j) => JSON.stringify(j)),
);

describe('settings import (fuzz)', () => {
  test('never throws; what it accepts is valid and round-trips', () => {
    fc.assert(
      fc.property(text, (t) => {
        const r = importSettings(t);
        if (!r.ok) {
          expect(r.errors.length).toBeGreaterThan(0);
          for (const e of r.errors) expect(typeof e.key).toBe('string');
          return;
        }
        for (const k of SETTING_KEYS) expect(validateField(k, r.settings[k]), k).toEqual([]);
        expect(normalizeUserSettings(r.settings)).toEqual(r.settings);
        expect(importSettings(exportSettings(r.settings))).toMatchObject({ ok: true, settings: r.settings });
      }),
      { numRuns: 1500 },
    );
  });

  test('normalizeUserSettings always returns valid settings', () => {
    fc.assert(
      fc.property(fc.oneof(settingsObject, anyJson), (v) => {
        const s = normalizeUserSettings(v as never);
        // Except that a phrase the matcher cannot use is kept (the options page marks it "never
        // matches"): validateField checks every phrase's shape before any phrase's use, so an error
        // left here can only be that one.
        const unusable = new Set(Object.values(PHRASE_FAULT_KEYS));
        for (const k of SETTING_KEYS)
          expect(
            validateField(k, s[k]).filter((e) => !(k === 'customPhrases' && unusable.has(e.key))),
            k,
          ).toEqual([]);
      }),
      { numRuns: 1500 },
    );
  });
});
