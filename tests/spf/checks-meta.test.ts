/**
 * Keeps the SPF checks honest: unique sorted ids, every message and fix in both catalogs with the
 * same placeholders, every message a full sentence, and every Czech message with its diacritics.
 */
import { describe, expect, it } from 'vitest';
import { SPF_CHECKS } from '../../utils/auth/spf/checks';
import { messages } from '../../utils/i18n';
import '../../utils/i18n/dns-catalogs';
import en from '../../utils/i18n/en/dns';
import cs from '../../utils/i18n/cs/dns';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('SPF check registry', () => {
  it('is sorted by id, without duplicates', () => {
    const idsList = SPF_CHECKS.map((c) => c.id);
    expect(idsList).toEqual([...idsList].sort());
    expect(new Set(idsList).size).toBe(idsList.length);
  });

  const messageIds = SPF_CHECKS.flatMap((c) =>
    [...Object.keys(c.messages), ...(c.fixes ?? [])].map((m) => `${c.id}.${m}`),
  );

  it('loads the checks and the catalog (the tables below are not empty)', () => {
    expect(SPF_CHECKS.length).toBeGreaterThanOrEqual(10);
    expect(messageIds.length).toBeGreaterThanOrEqual(40);
    expect(Object.keys(en).length).toBeGreaterThanOrEqual(messageIds.length);
  });

  it.each(messageIds)('%s is in both catalogs with the same placeholders', (id) => {
    expect(messages.en[id], 'en').toBeTypeOf('string');
    expect(messages.cs[id], 'cs').toBeTypeOf('string');
    expect(placeholders(messages.cs[id] as string)).toEqual(placeholders(messages.en[id] as string));
  });

  it('has no catalog entries that no check uses', () => {
    expect(Object.keys(en).filter((k) => k.startsWith('spf-') && !messageIds.includes(k))).toEqual([]);
    expect(Object.keys(cs).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(Object.entries({ ...en }))('en %s is a full sentence', (_id, text) => {
    expect(text).toMatch(/^[A-Z"{]/);
    expect(text).toMatch(/[.]$/);
  });

  it('Czech is written with diacritics', () => {
    const all = Object.values(cs).join(' ');
    expect(all).toMatch(/[áčďéěíňóřšťúůýž]/);
    for (const text of Object.values(cs)) expect(text).toMatch(/[.]$/);
  });

  it('declares a severity for every message it can produce', () => {
    for (const c of SPF_CHECKS)
      for (const sev of Object.values(c.messages))
        expect(['info', 'notice', 'warning', 'danger']).toContain(sev);
  });
});
