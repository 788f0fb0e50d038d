import { describe, expect, it } from 'vitest';
import rule from '../../../../utils/analysis/rules/subject-punctuation';
import { factors, unitRun } from './weights';

describe('subject-punctuation (mutants)', () => {
  it('weighs runs by the longest and the number of runs (at most 2)', () => {
    // min(2, 0.8 + 0.15·longest + 0.2·(runs − 1))
    expect(factors(rule, { subject: 'Why?!' })).toEqual([['repeated', 1.1]]);
    expect(factors(rule, { subject: 'Win!!! now??' })).toEqual([['repeated', 1.45]]);
    expect(factors(rule, { subject: 'Win!!!!!!!!!!' })).toEqual([['repeated', 2]]);
    expect(factors(rule, { subject: '¿¿Sí?? ¡¡Ya!!' })).toEqual([['repeated', 1.7]]);
    expect(factors(rule, { subject: 'Yes！？' })).toEqual([['repeated', 1.1]]);
    expect(factors(rule, { subject: 'Win!!11' })).toEqual([['repeated', 1.4]]);
  });

  it('quotes the first run and points at 20 at most', () => {
    const [f] = unitRun(rule, { subject: 'a?? b!!!' });
    expect(f?.data).toEqual({ found: '??' });
    expect(f?.evidence).toEqual([
      { field: 'subject', start: 1, end: 3 },
      { field: 'subject', start: 5, end: 8 },
    ]);
    expect(unitRun(rule, { subject: 'x!! '.repeat(25) })[0]?.evidence).toHaveLength(20);
  });

  it('weighs one closing "!" 0.25, trailing spaces aside', () => {
    expect(factors(rule, { subject: 'Hello!' })).toEqual([['exclamation', 0.25]]);
    const [f] = unitRun(rule, { subject: 'Hello!  ' });
    expect(f?.evidence).toEqual([{ field: 'subject', start: 5, end: 6 }]);
    expect(factors(rule, { subject: 'Hello! there' })).toEqual([]);
    expect(factors(rule, { subject: 'Hello?' })).toEqual([]);
  });
});
