import { describe, expect, it } from 'vitest';
import rule from '../../../../utils/analysis/rules/subject-symbols';
import { factors, unitRun } from './weights';

describe('subject-symbols (mutants)', () => {
  it('weighs a leading currency sign 1.2 and points at the sign', () => {
    expect(factors(rule, { subject: '$5 off' })).toEqual([['leadingMoney', 1.2]]);
    expect(unitRun(rule, { subject: '  US$5 off' })[0]?.evidence).toEqual([
      { field: 'subject', start: 4, end: 5 },
    ]);
    expect(unitRun(rule, { subject: 'us$5 off' })[0]?.evidence).toEqual([
      { field: 'subject', start: 2, end: 3 },
    ]);
    for (const s of ['€', '£', '¥'])
      expect(factors(rule, { subject: `${s}5 off` }), s).toEqual([['leadingMoney', 1.2]]);
    expect(factors(rule, { subject: 'Now $5 off' })).toEqual([]);
  });

  it('weighs money runs 1.5 and decorations 0.8', () => {
    expect(factors(rule, { subject: 'Get $ $ now' })).toEqual([['symbolRun', 1.5]]);
    expect(factors(rule, { subject: 'Get ¥¥ now' })).toEqual([['symbolRun', 1.5]]);
    expect(factors(rule, { subject: 'Get >>> now' })).toEqual([['symbolRun', 0.8]]);
    expect(factors(rule, { subject: 'Get ** now' })).toEqual([]);
    for (const d of ['***', '###', '~~~', '^^^', '+++', '===', '>>>', '___', '|||', '\\\\\\', '<<<'])
      expect(factors(rule, { subject: `a ${d} b` }), d).toEqual([['symbolRun', 0.8]]);
    expect(factors(rule, { subject: 'a *** b $$ c' })).toEqual([['symbolRun', 1.5]]);
  });

  it('points at ten runs at most', () => {
    const [f] = unitRun(rule, { subject: 'a *** '.repeat(12) });
    expect(f?.evidence).toHaveLength(10);
    expect(f?.evidence[1]).toEqual({ field: 'subject', start: 8, end: 11 });
  });

  it('weighs three emoji or more, by their number (at most 1.2)', () => {
    expect(factors(rule, { subject: 'Hi 🎉🎉' })).toEqual([]);
    expect(factors(rule, { subject: 'Hi 🎉🎉🎉' })).toEqual([['manyEmoji', 0.75]]);
    expect(factors(rule, { subject: 'Hi ' + '🎉'.repeat(6) })).toEqual([['manyEmoji', 1.2]]);
    expect(factors(rule, { subject: 'Hi ' + '🎉'.repeat(12) })).toEqual([['manyEmoji', 1.2]]);
    const [f] = unitRun(rule, { subject: 'Hi ' + '🎉'.repeat(12) });
    expect(f?.data).toEqual({ count: 12 });
    expect(f?.evidence).toHaveLength(10);
    expect(f?.evidence[0]).toEqual({ field: 'subject', start: 3, end: 5 });
  });

  it('reads only the first 2,000 characters', () => {
    expect(factors(rule, { subject: 'x'.repeat(1995) + ' *** ' })).toEqual([['symbolRun', 0.8]]);
    expect(factors(rule, { subject: 'x'.repeat(1998) + ' *** ' })).toEqual([]);
  });
});
