/**
 * Czech coverage (issue 7): every spam category in tests/corpus/czech.ts reaches 'warning', with and
 * without diacritics, and ordinary Czech business mail stays 'ok'.
 */
import { describe, expect, it } from 'vitest';
import { analyzeDraft } from '../../utils/analysis';
import { levelRank } from '../../utils/types';
import { czechBusiness, czechSpam } from '../../scripts/lib/corpus';

const CATEGORIES = [
  'loterie',
  'dedictvi',
  'faktura',
  'phishing',
  'pujcka',
  'doplatek',
  'prace-z-domova',
  'poukaz',
  'lekarna',
  'krypto-vydirani',
];

describe('Czech spam', () => {
  it('covers every category, several samples each, some without diacritics', () => {
    for (const c of CATEGORIES) {
      const samples = czechSpam.filter((s) => s.id.startsWith(`cs-spam-${c}`));
      expect(samples.length, c).toBeGreaterThanOrEqual(2);
    }
    expect(czechSpam.filter((s) => s.id.includes('bez-diakritiky')).length).toBeGreaterThanOrEqual(8);
  });

  it.each(czechSpam.map((s) => [s.id, s] as const))('%s reaches warning', (_id, s) => {
    const r = analyzeDraft(s.draft);
    expect(
      levelRank(r.level),
      JSON.stringify(r.findings.map((f) => [f.messageId, f.weight])),
    ).toBeGreaterThanOrEqual(levelRank('warning'));
  });
});

describe('Czech business mail', () => {
  it('has samples to check', () => {
    expect(czechBusiness.length).toBeGreaterThanOrEqual(8);
  });

  it.each(czechBusiness.map((s) => [s.id, s] as const))('%s stays ok', (_id, s) => {
    const r = analyzeDraft(s.draft);
    expect(r.level, JSON.stringify(r.findings.map((f) => [f.messageId, f.weight]))).toBe('ok');
  });
});
