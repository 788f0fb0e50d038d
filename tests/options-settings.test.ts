import { describe, expect, test } from 'vitest';
import { analysisSettingsFrom, gateExempt, recipientDomain } from '../utils/settings/analysis';
import { exportSettings, importSettings } from '../utils/settings/file';
import { applyPolicy, parseManagedPolicy } from '../utils/settings/managed';
import { DEFAULT_USER_SETTINGS, normalizeUserSettings, resolverOf } from '../utils/settings/shape';
import { analyzeDraft } from '../utils/analysis';

const D = DEFAULT_USER_SETTINGS;

describe('normalizeUserSettings repairs what it can and drops the rest', () => {
  test.each([
    ['timeout clamped', { dnsTimeoutMs: 10 }, { dnsTimeoutMs: 500 }],
    ['timeout NaN', { dnsTimeoutMs: Number.NaN }, { dnsTimeoutMs: 3000 }],
    ['http resolver URL dropped', { customResolverUrl: 'http://dns.example/q' }, { customResolverUrl: '' }],
    [
      'domains cleaned',
      { allowlistDomains: ['Example.COM', '@acme.cz', 'not a domain', 'example.com'] },
      { allowlistDomains: ['example.com', 'acme.cz'] },
    ],
    [
      'rule entries checked',
      { rules: { a: { enabled: false }, b: { weight: 99 }, c: 'x', d: {} } },
      { rules: { a: { enabled: false }, b: { weight: 10 } } },
    ],
    [
      'phrases checked',
      { customPhrases: [{ phrase: ' win big ', weight: 5 }, { phrase: '', weight: 1 }, { phrase: 'x' }] },
      { customPhrases: [{ phrase: 'win big', weight: 3 }] },
    ],
    ['languages', { phraseLanguages: ['CS', 'english', 'en'] }, { phraseLanguages: ['cs', 'en'] }],
  ] as const)('%s', (_, input, expected) => {
    expect(normalizeUserSettings(input as never)).toEqual({ ...D, ...expected });
  });

  test('resolverOf names a built-in id or the custom URL', () => {
    expect(resolverOf(D)).toBe('cloudflare');
    expect(resolverOf({ ...D, resolver: 'custom', customResolverUrl: 'https://dns.example/dns-query' })).toBe(
      'https://dns.example/dns-query',
    );
    expect(resolverOf({ ...D, resolver: 'custom', customResolverUrl: '' })).toBe('cloudflare');
  });
});

describe('import and export', () => {
  test('round trip', () => {
    const s = normalizeUserSettings({
      gateLevel: 'off',
      dkimSelectors: ['s1'],
      rules: { 'subject-missing': { enabled: false } },
    });
    const r = importSettings(exportSettings(s));
    expect(r).toEqual({ ok: true, settings: s, fields: Object.keys(s) });
  });

  test.each([
    ['not JSON', '{', 'errNotJson', ''],
    ['an array', '[]', 'errNotObject', ''],
    ['another format', '{"format":"x","version":1,"settings":{}}', 'errFormat', 'format'],
    [
      'a newer version',
      '{"format":"preflight-settings","version":2,"settings":{}}',
      'errNewerVersion',
      'version',
    ],
    ['a typo', '{"gateLevl":"off"}', 'errUnknownField', 'gateLevl'],
    ['a wrong value', '{"gateLevel":"sometimes"}', 'errGateLevel', 'gateLevel'],
    ['a bad list item', '{"allowlistDomains":["ok.com","no way"]}', 'errDomain', 'allowlistDomains.1'],
    ['custom without URL', '{"resolver":"custom"}', 'errResolverUrl', 'customResolverUrl'],
    ['too big', `{"x":"${'a'.repeat(300_000)}"}`, 'errTooBig', ''],
  ])('refuses %s, naming the field', (_, text, key, field) => {
    const r = importSettings(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toEqual({ field, key });
  });

  test('a bare settings object (as stored) is accepted; missing fields take defaults', () => {
    expect(importSettings('{"blocklists":true}')).toEqual({
      ok: true,
      settings: { ...D, blocklists: true },
      fields: ['blocklists'],
    });
  });
});

describe('managed policy', () => {
  test('what it sets is locked unless lockedSettings says otherwise; invalid values are ignored', () => {
    expect(parseManagedPolicy({ gateLevel: 'danger', resolver: 'nope' })).toEqual({
      values: { gateLevel: 'danger' },
      locked: ['gateLevel'],
    });
    expect(
      parseManagedPolicy({ gateLevel: 'danger', blocklists: true, lockedSettings: ['blocklists', 'bogus'] }),
    ).toEqual({
      values: { gateLevel: 'danger', blocklists: true },
      locked: ['blocklists'],
    });
    expect(parseManagedPolicy(undefined)).toEqual({ values: {}, locked: [] });
    expect(parseManagedPolicy([1])).toEqual({ values: {}, locked: [] });
  });

  test('locked values win over the user; unlocked ones are defaults the user may change', () => {
    const policy = parseManagedPolicy({
      gateLevel: 'danger',
      blocklists: true,
      lockedSettings: ['gateLevel'],
    });
    expect(applyPolicy(null, policy)).toMatchObject({ gateLevel: 'danger', blocklists: true });
    expect(applyPolicy({ gateLevel: 'off', blocklists: false }, policy)).toMatchObject({
      gateLevel: 'danger',
      blocklists: false,
    });
  });
});

describe('settings that reach the engine and the gate', () => {
  const draft = {
    from: 'jan@example.com',
    to: ['eva@example.org'],
    cc: [],
    bcc: [],
    subject: 'Quarterly synergy',
    text: 'Let us talk about quarterly synergy.',
    html: '',
    attachments: [],
  };

  test('a custom phrase raises a finding; a disabled rule raises none', () => {
    const base = analyzeDraft(draft, analysisSettingsFrom(D));
    expect(base.findings.map((f) => f.ruleId)).not.toContain('body-spam-phrases');
    const s = normalizeUserSettings({ customPhrases: [{ phrase: 'quarterly synergy', weight: 3 }] });
    const withPhrase = analyzeDraft(draft, analysisSettingsFrom(s));
    expect(withPhrase.findings.map((f) => f.ruleId)).toContain('body-spam-phrases');
    const off = normalizeUserSettings({ ...s, rules: { 'body-spam-phrases': { enabled: false } } });
    expect(analyzeDraft(draft, analysisSettingsFrom(off)).findings.map((f) => f.ruleId)).not.toContain(
      'body-spam-phrases',
    );
  });

  test.each([
    ['all recipients allowlisted', ['a@example.cz', 'B <b@mail.example.cz>'], [], true],
    ['one outside', ['a@example.cz'], ['c@other.com'], false],
    ['no recipients', [], [], false],
    ['look-alike suffix is not a subdomain', ['a@badexample.cz'], [], false],
  ])('gateExempt: %s', (_, to, cc, expected) => {
    expect(gateExempt({ to, cc, bcc: [] }, { allowlistDomains: ['example.cz'] })).toBe(expected);
  });

  test('recipientDomain reads plain and named addresses', () => {
    expect(recipientDomain('Eva <eva@Example.org>')).toBe('example.org');
    expect(recipientDomain('eva')).toBeNull();
  });
});
