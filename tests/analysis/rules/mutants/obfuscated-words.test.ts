import { describe, expect, it } from 'vitest';
import rule from '../../../../utils/analysis/rules/obfuscated-words';
import { factors, unitRun } from './weights';

const QUOTE = '\n\nOn Mon, 1 Apr 2024 at 10:00, X <x@y.com> wrote:\n> ';

describe('obfuscated-words (mutants)', () => {
  it('weighs 1 plus a quarter per further distinct word, 2 at most', () => {
    expect(factors(rule, { text: 'fr33 and fr33' })).toEqual([['leet', 1]]);
    expect(factors(rule, { text: 'fr33 m0ney' })).toEqual([['leet', 1.25]]);
    expect(factors(rule, { text: 'fr33 m0ney v1agra c1alis x4nax' })).toEqual([['leet', 2]]);
    expect(factors(rule, { text: 'fr33 m0ney v1agra c1alis x4nax l3vitra' })).toEqual([['leet', 2]]);
    // A plural counts as its word.
    const [plural] = unitRun(rule, { text: 'V1agra v1agras' });
    expect(plural?.weight).toBe(1);
    expect(plural?.evidence).toHaveLength(2);
  });

  it('needs a known word behind the digits and a letter in the token', () => {
    expect(factors(rule, { text: 'abc1def and x9y2' })).toEqual([]);
    expect(factors(rule, { text: 'Call 9009|3 now' })).toEqual([]);
    expect(factors(rule, { text: 'v1ägra' })).toEqual([['leet', 1]]);
  });

  it('reads 40 disguised tokens at most, leet and split together', () => {
    const text = 'F.R.E.E '.repeat(20) + 'fr33 '.repeat(25);
    const found = unitRun(rule, { text });
    expect(found.map((f) => [f.messageId, f.evidence.length])).toEqual([
      ['obfuscated-words.leet', 20],
      ['obfuscated-words.spaced', 20],
    ]);
    expect(unitRun(rule, { text: 'fr33 '.repeat(41) })[0]?.evidence).toHaveLength(40);
  });

  it('finds a word inside a run of single letters, and nothing in other runs', () => {
    expect(unitRun(rule, { text: 'a f r e e' })[0]?.data).toEqual({ words: '“a f r e e”' });
    expect(factors(rule, { text: 'a b c d and x y z w' })).toEqual([]);
  });

  it('reads 20 spaced runs and 200 runs of single letters at most, and not in quoted history', () => {
    expect(unitRun(rule, { text: 'f r e e, '.repeat(21) })[0]?.evidence).toHaveLength(20);
    expect(factors(rule, { text: 'a b c d xx '.repeat(199) + 'f r e e' })).toEqual([['spaced', 1]]);
    expect(factors(rule, { text: 'a b c d xx '.repeat(200) + 'f r e e' })).toEqual([]);
    expect(factors(rule, { text: 'Hello' + QUOTE + 'f r e e' })).toEqual([]);
  });

  it('reads mixed-script words of four letters or more, 64 characters around at most', () => {
    expect(factors(rule, { text: 'Pаy now' })).toEqual([]);
    expect(factors(rule, { text: 'Pаyp now' })).toEqual([['mixedScript', 1]]);
    const before = unitRun(rule, { text: 'x'.repeat(70) + 'а' })[0]?.evidence;
    expect(before).toEqual([{ field: 'text', start: 7, end: 71 }]);
    const after = unitRun(rule, { text: '  а' + 'x'.repeat(70) })[0]?.evidence;
    expect(after).toEqual([{ field: 'text', start: 2, end: 66 }]);
    expect(unitRun(rule, { text: 'Pаypal '.repeat(21) })[0]?.evidence).toHaveLength(20);
    expect(factors(rule, { text: 'Hello' + QUOTE + 'Pаypal' })).toEqual([]);
  });

  it('counts invisible characters between letters, 50 at most, weighing 0.5 + 0.1 each up to 1.5', () => {
    expect(unitRun(rule, { text: 'f\u200br\u200be\u200be' }).map((f) => [f.weight, f.data])).toEqual([
      [0.8, { count: 3 }],
    ]);
    expect(factors(rule, { text: 'fr\u200bee' })).toEqual([['invisibleChars', 0.6]]);
    expect(factors(rule, { text: 'fr\u200bee '.repeat(10) })).toEqual([['invisibleChars', 1.5]]);
    const many = unitRun(rule, { text: 'fr\u200bee '.repeat(60) });
    expect(many.map((f) => [f.weight, f.data])).toEqual([[1.5, { count: 50 }]]);
    expect(factors(rule, { text: 'Hello' + QUOTE + 'fr\u200bee' })).toEqual([]);
  });

  it('reads a plural only when the token ends in s, and skips address-like tokens', () => {
    expect(factors(rule, { text: 'fr33x m0neyz' })).toEqual([]);
    expect(factors(rule, { text: 'l0@n.s' })).toEqual([]);
    expect(factors(rule, { text: 'l0ans' })).toEqual([['leet', 1]]);
  });

  it('looks for spaced words only after a run of four single letters in the word scan', () => {
    // "x'f" is one word to the scan (an apostrophe between letters), so the run is three letters.
    expect(factors(rule, { text: "x'f r e e" })).toEqual([]);
    expect(factors(rule, { text: "x' f r e e" })).toEqual([['spaced', 1]]);
  });

  it('stops every scan where the quoted history starts, even with the gates open', () => {
    expect(factors(rule, { text: 'a b c d' + QUOTE + 'f r e e' })).toEqual([]);
    // The quote line starts with a run of single letters itself ("V f r e e napsal:").
    expect(factors(rule, { text: 'a b c d\nV f r e e napsal:\n> ok' })).toEqual([]);
    expect(factors(rule, { text: 'Привет' + QUOTE + 'Pаypal' })).toEqual([]);
    expect(factors(rule, { text: 'a \u200b b' + QUOTE + 'fr\u200bee' })).toEqual([]);
  });
});
