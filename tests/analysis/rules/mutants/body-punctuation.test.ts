import { describe, expect, it } from 'vitest';
import rule from '../../../../utils/analysis/rules/body-punctuation';
import { factors, unitRun } from './weights';

const QUOTE = '\n\nOn Mon, 1 Apr 2024 at 10:00, X <x@y.com> wrote:\n> ';

describe('body-punctuation (mutants)', () => {
  it('weighs runs by their number and the longest one (capped at 10 marks)', () => {
    // 0.5 + 0.35·log2(1 + runs) + 0.08·min(longest, 10)
    expect(factors(rule, { text: 'Really?!' })).toEqual([['exclamationRun', 1.01]]);
    expect(factors(rule, { text: 'Act now!!! Only today?!' })).toEqual([['exclamationRun', 1.295]]);
    expect(factors(rule, { text: `Wow${'!'.repeat(10)}` })).toEqual([['exclamationRun', 1.65]]);
    expect(factors(rule, { text: `Wow${'!'.repeat(20)}` })).toEqual([['exclamationRun', 1.65]]);
    expect(factors(rule, { text: 'No!!! '.repeat(40) })).toEqual([['exclamationRun', 2.5]]);
  });

  it('counts every run, shows 20, and reads the inverted and full-width marks', () => {
    const [f] = unitRun(rule, { text: 'Yes!! '.repeat(25) });
    expect(f?.evidence).toHaveLength(20);
    expect(f?.data).toMatchObject({ count: 25 });
    expect(factors(rule, { text: '¡¡Hola!' })).toEqual([['exclamationRun', 1.01]]);
    expect(factors(rule, { text: 'なぜ？！' })).toEqual([['exclamationRun', 1.01]]);
    expect(factors(rule, { text: 'Win!!11 now' })).toEqual([['exclamationRun', 1.17]]);
  });

  it('reads only the own text, not quoted history', () => {
    expect(factors(rule, { text: `Fine.${QUOTE}Now!!! Go!!!` })).toEqual([]);
    expect(unitRun(rule, { text: `Fine!!${QUOTE}Now!!! Go!!!` })[0]?.data).toMatchObject({ count: 1 });
    expect(factors(rule, { text: `Fine.${QUOTE}${'Go! '.repeat(10)}` })).toEqual([]);
  });

  it('flags five or more single marks when there is one per 200 characters or more', () => {
    expect(factors(rule, { text: 'A! B! C! D!' })).toEqual([]);
    expect(factors(rule, { text: 'A! B! C! D! E!' })).toEqual([['manyExclamations', 0.7]]);
    expect(factors(rule, { text: 'A！ B！ C！ D！ E！' })).toEqual([['manyExclamations', 0.7]]);
    // 5 marks in exactly 1000 characters: not more than one per 200.
    const five = 'A! B! C! D! E!';
    expect(factors(rule, { text: five + 'x'.repeat(1000 - five.length) })).toEqual([]);
    expect(factors(rule, { text: five + 'x'.repeat(999 - five.length) })).toEqual([
      ['manyExclamations', 0.7],
    ]);
    expect(factors(rule, { text: 'Hi! '.repeat(20) })).toEqual([['manyExclamations', 1.5]]);
    const [f] = unitRun(rule, { text: 'Hi! '.repeat(25) });
    expect([f?.evidence.length, f?.data]).toEqual([20, { count: 25 }]);
    expect(f?.evidence[1]).toEqual({ field: 'text', start: 6, end: 7 });
  });

  it('quotes each run as written', () => {
    expect(unitRun(rule, { text: 'Act now!!! Only today?!' })[0]?.data).toEqual({
      examples: '“!!!”, “?!”',
      count: 2,
    });
  });
});
