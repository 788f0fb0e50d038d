import { describe, expect, it } from 'vitest';
import rule from '../../../../utils/analysis/rules/body-shouting';
import { factors, unitRun } from './weights';

/** Words of ten letters: `upper` of them in capitals, the rest lower-case. */
const letters = (upper: number, lower: number): string =>
  ('A'.repeat(upper) + 'a'.repeat(lower)).replace(/(.{10})/g, '$1 ').trim();

describe('body-shouting (mutants)', () => {
  it('needs 40 letters', () => {
    expect(factors(rule, { text: letters(39, 0) })).toEqual([]);
    expect(factors(rule, { text: letters(40, 0) })).toEqual([['shouting', 1]]);
  });

  it('starts at 35 % capitals with 0.2 and reaches 1 at 75 %', () => {
    expect(factors(rule, { text: letters(13, 27) })).toEqual([]);
    expect(factors(rule, { text: letters(14, 26) })).toEqual([['shouting', 0.2]]);
    expect(unitRun(rule, { text: letters(14, 26) })[0]?.data).toEqual({ percent: 35 });
    expect(factors(rule, { text: letters(22, 18) })).toEqual([['shouting', 0.6]]);
    expect(factors(rule, { text: letters(30, 10) })).toEqual([['shouting', 1]]);
    expect(factors(rule, { text: letters(36, 4) })).toEqual([['shouting', 1]]);
  });

  it('points at runs of four capitalised words, else at the whole text', () => {
    const text = 'HELLO THERE MY FRIEND and then some more lower words BUT here AGAIN';
    const [f] = unitRun(rule, { text });
    expect(f?.evidence).toEqual([{ field: 'text', start: 0, end: 21 }]);
    expect(f?.data).toEqual({ percent: 47 });
    expect(f?.weight).toBe(0.445);
    const none = `${letters(30, 0)} ${letters(0, 10)}`;
    expect(unitRun(rule, { text: none })[0]?.evidence).toEqual([
      { field: 'text', start: 0, end: none.length },
    ]);
  });

  it('shows at most ten runs, and none from quoted history', () => {
    const run = 'ONE TWO SIX TEN low ';
    const [f] = unitRun(rule, { text: run.repeat(12) + 'lower' });
    expect(f?.evidence).toHaveLength(10);
    expect(f?.evidence[1]).toEqual({ field: 'text', start: run.length, end: run.length + 15 });
    const own = 'ONE TWO SIX TEN ONE TWO SIX TEN ONE TWO SIX TEN abcdefg';
    const quoted = `${own}\n\nOn Mon, 1 Apr 2024 at 10:00, X <x@y.com> wrote:\n> FOUR CAPS WORDS HERE`;
    expect(unitRun(rule, { text: quoted })[0]?.evidence).toEqual([{ field: 'text', start: 0, end: 47 }]);
  });

  it('takes no run from a quote line in capitals', () => {
    const own = 'AAAAAAAAAA bb AAAAAAAAAA bb AAAAAAAAAA bb AAAAAAAAAA bb';
    const [f] = unitRun(rule, { text: `${own}\nON MONDAY JOHN SMITH WROTE:\n> hi` });
    expect(f?.evidence).toEqual([{ field: 'text', start: 0, end: own.length + 1 }]);
  });
});
