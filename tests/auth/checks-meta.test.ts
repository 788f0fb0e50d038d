/**
 * Keeps every domain check honest (all protocols): ids unique and sorted in each registry, every
 * message and fix in both catalogs with the same placeholders, severities from the shared scale, and
 * no catalog entry of the dns area that nothing uses.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SEVERITY_ORDER, SEVERITY_WEIGHT } from '../../utils/findings';
import { checkContext } from '../../utils/auth/check';
import { messages } from '../../utils/i18n';
import '../../utils/i18n/dns-catalogs';
import en from '../../utils/i18n/en/dns';
import cs from '../../utils/i18n/cs/dns';
import { ALL_CHECKS, REGISTRIES } from './registry';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

const SUGGEST_IDS = [
  'suggest.spfProvider',
  'suggest.spfStart',
  'suggest.spfFlat',
  'suggest.dmarcStart',
  'suggest.dmarcEnforce',
  'suggest.mtaSts',
  'suggest.tlsRpt',
];

describe('domain check registries', () => {
  it('loads a registry per protocol, each with checks', () => {
    expect(Object.keys(REGISTRIES).length).toBeGreaterThanOrEqual(7);
    for (const [key, checks] of Object.entries(REGISTRIES)) expect(checks.length, key).toBeGreaterThan(0);
  });

  it.each(Object.entries(REGISTRIES))('%s is sorted by id, without duplicates', (_k, checks) => {
    const ids = checks.map((c) => c.id);
    expect(ids).toEqual([...ids].sort());
  });

  it('ids are unique across protocols', () => {
    const ids = ALL_CHECKS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  const ids = ALL_CHECKS.flatMap((c) =>
    [...Object.keys(c.messages), ...(c.fixes ?? [])].map((m) => `${c.id}.${m}`),
  );

  it('collects the message ids of every check', () => {
    expect(ids.length).toBeGreaterThanOrEqual(100);
  });

  it.each([...ids, ...SUGGEST_IDS])('%s is in both catalogs with the same placeholders', (id) => {
    expect(messages.en[id], 'en').toBeTypeOf('string');
    expect(messages.cs[id], 'cs').toBeTypeOf('string');
    expect(placeholders(messages.cs[id] as string)).toEqual(placeholders(messages.en[id] as string));
  });

  it('the dns catalogs hold nothing that no check uses, and the same keys in both languages', () => {
    // Blocklists and propagation build their findings by hand (utils/auth/<key>/index.ts): a message of
    // theirs is used when its id appears in that source.
    const handMade = ['blocklists', 'propagation'].map(
      (k) => [k, readFileSync(new URL(`../../utils/auth/${k}/index.ts`, import.meta.url), 'utf8')] as const,
    );
    const usedByHand = (key: string) =>
      handMade.some(([k, src]) => key.startsWith(`${k}.`) && src.includes(`'${key.slice(k.length + 1)}'`));
    const used = new Set([...ids, ...SUGGEST_IDS]);
    expect(Object.keys(en).filter((k) => !used.has(k) && !usedByHand(k))).toEqual([]);
    expect(Object.keys(en).some(usedByHand)).toBe(true);
    expect(Object.keys(cs).sort()).toEqual(Object.keys(en).sort());
  });

  it('every severity is on the shared scale, and findings carry its weight', () => {
    for (const c of ALL_CHECKS)
      for (const [m, sev] of Object.entries<(typeof SEVERITY_ORDER)[number]>(c.messages)) {
        expect(SEVERITY_ORDER).toContain(sev);
        const f = checkContext(c).finding(m, []);
        expect(f.weight).toBe(SEVERITY_WEIGHT[sev]);
        expect(f.messageId).toBe(`${c.id}.${m}`);
        expect(f.ruleId).toBe(c.id);
      }
  });

  it('a finding for a message the check does not declare is a bug', () => {
    expect(() => checkContext(ALL_CHECKS[0]!).finding('no-such-message', [])).toThrow(/no message/);
  });
});
