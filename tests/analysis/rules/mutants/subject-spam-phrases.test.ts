import { describe, expect, it } from 'vitest';
import rule from '../../../../utils/analysis/rules/subject-spam-phrases';
import { ruleById } from '../../../../utils/analysis/rules';
import { factors, unitRun } from './weights';

const custom = (weight: number, ...phrases: string[]) => ({
  customPhrases: phrases.map((phrase) => ({ phrase, weight })),
});

describe('subject-spam-phrases (mutants)', () => {
  it('caps promotional wording alone at 0.8', () => {
    expect(factors(rule, { subject: 'Limited time offer' })).toEqual([['phrases', 0.8]]);
    expect(factors(rule, { subject: 'Urgent' })).toEqual([['phrases', 0.3]]);
    // Next to a harder signal the soft phrase counts in full: 1.2 + 0.7 × 1.
    expect(factors(rule, { subject: 'Limited time offer: zorblax' }, custom(1, 'zorblax'))).toEqual([
      ['phrases', 1.9],
    ]);
  });

  it('counts a repeated phrase once but points at every hit', () => {
    const [f] = unitRun(rule, { subject: 'zorblax zorblax' }, custom(1, 'zorblax'));
    expect(f?.weight).toBe(1);
    expect(f?.data).toEqual({ phrases: '“zorblax”' });
    expect(f?.evidence).toEqual([
      { field: 'subject', start: 0, end: 7 },
      { field: 'subject', start: 8, end: 15 },
    ]);
  });

  it('is found by its id (rules/index.ts)', () => {
    expect(ruleById('subject-spam-phrases')).toBe(rule);
    expect(ruleById('no-such-rule')).toBeUndefined();
  });
});
