import { describe, expect, it } from 'vitest';
import rule from '../../../../utils/analysis/rules/subject-all-caps';
import { factors, unitRun } from './weights';

describe('subject-all-caps (mutants)', () => {
  it('needs eight letters, 80 % of them capitals, and weighs longer subjects more (at most 1.5)', () => {
    expect(factors(rule, { subject: 'ABCDEFG' })).toEqual([]);
    expect(factors(rule, { subject: 'ABCDEFGH' })).toEqual([['allCaps', 1]]);
    expect(factors(rule, { subject: 'ABCDEFGHxy' })).toEqual([['allCaps', 1.033]]);
    expect(factors(rule, { subject: 'ABCDEFGxy' })).toEqual([]);
    expect(factors(rule, { subject: 'A'.repeat(38) })).toEqual([['allCaps', 1.5]]);
    expect(factors(rule, { subject: 'A'.repeat(80) })).toEqual([['allCaps', 1.5]]);
    const [f] = unitRun(rule, { subject: ' URGENT OFFER ' });
    expect(f?.evidence).toEqual([{ field: 'subject', start: 0, end: 14 }]);
  });

  it('flags three words in capitals, or two that are half the words', () => {
    expect(factors(rule, { subject: 'FREE CASH NOW for all of you today' })).toEqual([['capsWords', 0.7]]);
    expect(factors(rule, { subject: 'FREE CASH now ok' })).toEqual([['capsWords', 0.6]]);
    expect(factors(rule, { subject: 'FREE CASH now ok yes' })).toEqual([]);
    expect(factors(rule, { subject: 'FREE now and then' })).toEqual([]);
    const seven = 'ONE TWO SIX TEN BIG WIN NOW ' + 'and more lower words here '.repeat(3);
    expect(factors(rule, { subject: seven })).toEqual([['capsWords', 1]]);
  });

  it('counts only words of three capitals or more, standing alone', () => {
    expect(factors(rule, { subject: 'EU HR IT meeting' })).toEqual([]);
    expect(factors(rule, { subject: 'ABC1 DEF2 GHI3 and lower' })).toEqual([]);
    expect(factors(rule, { subject: 'xABC yDEF zGHI' })).toEqual([]);
    expect(factors(rule, { subject: 'ČÁST DRUHÁ ŽIVĚ dnes a zítra ráno' })).toEqual([['capsWords', 0.7]]);
  });

  it('shows the words, points at ten at most, and skips subjects over 2,000 characters', () => {
    const subject = 'AAA BBB CCC ' + 'and lower words '.repeat(2);
    const [f] = unitRun(rule, { subject });
    expect(f?.data).toEqual({ words: '“AAA”, “BBB”, “CCC”' });
    expect(f?.evidence).toEqual([
      { field: 'subject', start: 0, end: 3 },
      { field: 'subject', start: 4, end: 7 },
      { field: 'subject', start: 8, end: 11 },
    ]);
    const many = 'WORD '.repeat(12) + 'lower '.repeat(40);
    expect(unitRun(rule, { subject: many })[0]?.evidence).toHaveLength(10);
    expect(factors(rule, { subject: subject + 'x'.repeat(2000) })).toEqual([]);
  });

  it('looks for capitalised words in subjects of 2000 characters at most', () => {
    const subject = (n: number) => 'FREE CASH NOW ' + 'x'.repeat(n - 14);
    expect(factors(rule, { subject: subject(2000) })).toEqual([['capsWords', 0.7]]);
    expect(factors(rule, { subject: subject(2001) })).toEqual([]);
  });

  it('counts the words of the subject, not the spaces around them', () => {
    expect(factors(rule, { subject: '  FREE CASH now ok  ' })).toEqual([['capsWords', 0.6]]);
  });
});
