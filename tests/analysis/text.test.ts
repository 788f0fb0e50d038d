/**
 * The fold table is kept as data (LATIN_FOLDS in utils/analysis/text.ts) so that loading the engine
 * does not call String.prototype.normalize hundreds of times; here it is derived again the slow way
 * and compared, checked against hand-written examples, and against the standard library's NFD
 * diacritic stripping where that is the meaning. Also: the regex-free fast paths of excerpt() and
 * quoteList() agree with the plain definitions.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { excerpt, fold, foldCode, letterCase, quoteList } from '../../utils/analysis/text';
import { runs } from '../helpers/runs';

// The derivation the table replaced: NFD without combining marks, lower case, with the letters
// NFD leaves alone mapped by hand.
const SPECIAL_FOLDS: Record<string, string> = {
  ß: 's',
  đ: 'd',
  Đ: 'd',
  ł: 'l',
  Ł: 'l',
  ø: 'o',
  Ø: 'o',
  æ: 'a',
  Æ: 'a',
  œ: 'o',
  Œ: 'o',
  þ: 't',
  Þ: 't',
  ð: 'd',
  Ð: 'd',
  ı: 'i',
  ŀ: 'l',
  Ŀ: 'l',
  ħ: 'h',
  Ħ: 'h',
  ŧ: 't',
  Ŧ: 't',
  ƒ: 'f',
  '\u00a0': ' ',
  '\u00ad': '\u00ad',
};

function referenceFold(c: number): number {
  const ch = String.fromCharCode(c);
  let folded =
    SPECIAL_FOLDS[ch] ??
    ch
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase();
  if (folded.length !== 1) folded = ch.toLowerCase().length === 1 ? ch.toLowerCase() : ch;
  return folded.charCodeAt(0);
}

function referenceCase(c: number): number {
  const ch = String.fromCharCode(c);
  const lower = ch.toLowerCase();
  const upper = ch.toUpperCase();
  return lower === upper ? 0 : ch === lower ? 1 : 2;
}

describe('fold table', () => {
  it('matches the NFD derivation for U+0000..U+024F', () => {
    const wrong: string[] = [];
    for (let c = 0; c < 0x250; c++) {
      if (foldCode(c) !== referenceFold(c))
        wrong.push(`U+${c.toString(16)}: ${foldCode(c)} ≠ ${referenceFold(c)}`);
    }
    expect(wrong).toEqual([]);
  });

  it('knows the case of every letter in the same range', () => {
    const wrong: number[] = [];
    for (let c = 0; c < 0x250; c++) if (letterCase(c) !== referenceCase(c)) wrong.push(c);
    expect(wrong).toEqual([]);
  });

  it('folds short and long strings alike, one code unit per code unit', () => {
    const sample = 'Vyhráli jste ŽLUŤOUČKÉHO koně! ＦＲＥＥ — ‘quoted’ ß ł ø\u00a0x';
    for (const s of [sample, sample.repeat(40)]) {
      const expected = Array.from({ length: s.length }, (_, i) =>
        String.fromCharCode(foldCode(s.charCodeAt(i))),
      ).join('');
      expect(fold(s)).toBe(expected);
    }
    expect(fold('Vyhráli')).toBe('vyhrali');
  });
});

/**
 * Independent expectations: what fold() gives, written out by hand, and the standard library's own
 * diacritic stripping as the reference where that is the intended meaning.
 */
/**
 * The tables are built when the module loads. Loading it again inside a test (with and without
 * TextDecoder, whose absence takes another path for long strings) runs that build where the test can
 * see it: the whole table, the ASCII fast path, both long-string paths and the quote patterns must
 * come out the same.
 */
describe('a fresh load of the module', () => {
  type TextModule = typeof import('../../utils/analysis/text');

  async function freshLoad(withDecoder: boolean): Promise<TextModule> {
    vi.resetModules();
    if (!withDecoder) vi.stubGlobal('TextDecoder', undefined);
    try {
      return await import('../../utils/analysis/text');
    } finally {
      vi.unstubAllGlobals();
      vi.resetModules();
    }
  }

  function checkModule(text: TextModule): void {
    const wrongFold: string[] = [];
    const wrongCase: string[] = [];
    for (let c = 0; c < 0x250; c++) {
      if (text.foldCode(c) !== referenceFold(c)) wrongFold.push(`U+${c.toString(16)}`);
      if (text.letterCase(c) !== referenceCase(c)) wrongCase.push(`U+${c.toString(16)}`);
    }
    expect(wrongFold).toEqual([]);
    expect(wrongCase).toEqual([]);
    expect(text.letterCase(0x250)).toBe(0); // ɐ, first code unit past the table
    expect(text.fold('\u0250')).toBe('\u0250');
    expect(text.fold('ÉŽ')).toBe('ez'); // no ASCII at all
    expect(text.fold('AbC')).toBe('abc');
    for (const n of [300, 8192, 8193, 1_000_000]) {
      expect(text.fold(`${'Ř'.repeat(n - 1)}X`), String(n)).toBe(`${'r'.repeat(n - 1)}x`);
    }
    expect(text.quotedHistoryStart('> old')).toBe(0);
    expect(text.quotedHistoryStart('Hi\nON Mon, Bob WROTE:\n> x')).toBe(3);
    expect(text.quotedHistoryStart('first line\n> quoted')).toBe(11);
    expect(text.quotedHistoryStart('Hi Bob')).toBe(6);
  }

  it('builds the same tables and folds long strings with TextDecoder', async () => {
    checkModule(await freshLoad(true));
  });

  it('builds the same tables and folds long strings without TextDecoder (engines without one)', async () => {
    checkModule(await freshLoad(false));
  });
});

describe('fold by example', () => {
  it.each([
    // Czech pangram, lower and upper case.
    ['Příliš žluťoučký kůň úpěl ďábelské ódy', 'prilis zlutoucky kun upel dabelske ody'],
    ['PŘÍLIŠ ŽLUŤOUČKÝ KŮŇ ÚPĚL ĎÁBELSKÉ ÓDY', 'prilis zlutoucky kun upel dabelske ody'],
    ['Vyhráli jste! Nárok na výhru', 'vyhrali jste! narok na vyhru'],
    // Slovak, Polish, German, French, Nordic, Croatian, Turkish.
    ['Ľúbostná ôsmička, Äno', 'lubostna osmicka, ano'],
    ['Zażółć gęślą jaźń, Łódź', 'zazolc gesla jazn, lodz'],
    ['Größe, Straße, ÄÖÜ', 'grose, strase, aou'],
    ['Ça, Noël, Œuvre, Élève', 'ca, noel, ouvre, eleve'],
    ['Ærø, Þór, Ðað', 'aro, tor, dad'],
    ['Đurđevac', 'durdevac'],
    ['İstanbul, ılık', 'istanbul, ilik'],
    // Ligature letters inside the table stay one code unit (lower case); others pass through.
    ['Ĳsselmeer ĳs', 'ĳsselmeer ĳs'],
    ['ǅemal ǈubljana', 'ǆemal ǉubljana'],
    ['\ufb01nance', '\ufb01nance'],
    // Full-width ASCII, a filter-evasion trick, and the ideographic space.
    ['ＦＲＥＥ　ｍｏｎｅｙ！＄１００', 'free money!$100'],
    // Typographic punctuation and spaces.
    ['‘it’s’ “quoted” a–b—c−d', "'it's' \"quoted\" a-b-c-d"],
    ['a\u00a0b\u2009c\u202fd', 'a b c d'],
    // ASCII only: plain lower case.
    ['HELLO World 123 !?', 'hello world 123 !?'],
    // Other scripts are outside the table and pass through as they are.
    ['Привет ΩΜΕΓΑ 中文', 'Привет ΩΜΕΓΑ 中文'],
  ])('%s → %s', (input, expected) => {
    expect(fold(input)).toBe(expected);
    expect(fold(input.repeat(30))).toBe(expected.repeat(30)); // the long-string path
  });

  // Latin-1 and Latin Extended-A characters that NFD does not split into a letter and marks (so the
  // standard-library reference below does not apply): their folds by hand.
  const NOT_DECOMPOSED: Record<string, string> = {
    Æ: 'a',
    æ: 'a',
    Ð: 'd',
    ð: 'd',
    Ø: 'o',
    ø: 'o',
    Þ: 't',
    þ: 't',
    ß: 's',
    Đ: 'd',
    đ: 'd',
    Ħ: 'h',
    ħ: 'h',
    ı: 'i',
    Ĳ: 'ĳ',
    ĳ: 'ĳ',
    ĸ: 'ĸ',
    Ŀ: 'l',
    ŀ: 'l',
    Ł: 'l',
    ł: 'l',
    ŉ: 'ŉ',
    Ŋ: 'ŋ',
    ŋ: 'ŋ',
    Œ: 'o',
    œ: 'o',
    Ŧ: 't',
    ŧ: 't',
    ſ: 'ſ',
    '×': '×',
    '÷': '÷',
  };
  /** U+00C0..U+017F letters whose NFD is one ASCII letter plus combining marks (á, ř, ů, ő, İ, …). */
  const DECOMPOSED: string[] = [];
  for (let c = 0xc0; c < 0x180; c++) {
    const ch = String.fromCharCode(c);
    if (/^[A-Za-z]\p{M}+$/u.test(ch.normalize('NFD'))) DECOMPOSED.push(ch);
  }

  it('folds every character NFD does not decompose as the hand table says', () => {
    for (const [ch, expected] of Object.entries(NOT_DECOMPOSED)) expect(fold(ch), ch).toBe(expected);
  });

  it('covers U+00C0..U+017F between the NFD set and the hand table', () => {
    expect(DECOMPOSED).toHaveLength(161);
    for (const ch of 'áčďéěíňóřšťúůýžÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ') expect(DECOMPOSED).toContain(ch);
    expect(DECOMPOSED.length + Object.keys(NOT_DECOMPOSED).length).toBe(0x180 - 0xc0);
    for (const ch of Object.keys(NOT_DECOMPOSED)) expect(DECOMPOSED).not.toContain(ch);
  });

  it('equals NFD without marks, lower case, on text of letters that NFD decomposes', () => {
    const reference = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    const char = fc.oneof(fc.constantFrom(...DECOMPOSED), fc.constantFrom(...'abcxyzABCXYZ019 .,!-'));
    fc.assert(
      fc.property(fc.array(char, { maxLength: 300 }), (chars) => {
        const s = chars.join('');
        expect(fold(s)).toBe(reference(s));
      }),
      { numRuns: runs(500) },
    );
  });
});

describe('excerpt and quoteList', () => {
  const plainExcerpt = (s: string, start: number, end: number, max = 40): string => {
    const piece = s
      .slice(start, Math.min(end, start + max))
      .replace(/\s+/g, ' ')
      .trim();
    return end - start > max ? `${piece}…` : piece;
  };
  const plainQuoteList = (items: readonly string[], max = 4): string => {
    const unique = [...new Set(items.filter(Boolean))];
    const shown = unique.slice(0, max).map((s) => `“${s}”`);
    return unique.length > max ? `${shown.join(', ')} …` : shown.join(', ');
  };
  const text = fc.oneof(
    fc.string({ maxLength: 80 }),
    fc.constantFrom('click here', ' two  spaces ', 'tab\there', 'line\nbreak', 'přílohu', '\u00a0nbsp'),
  );

  it('excerpt() equals the regex definition', () => {
    fc.assert(
      fc.property(text, fc.nat(90), fc.nat(90), fc.integer({ min: 1, max: 50 }), (s, a, b, max) => {
        const start = Math.min(a, b, s.length);
        const end = Math.min(Math.max(a, b), s.length);
        expect(excerpt(s, start, end, max)).toBe(plainExcerpt(s, start, end, max));
      }),
      { numRuns: runs(500) },
    );
  });

  it('quoteList() equals the Set definition', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('', 'a', 'b', 'c', 'd', 'e', 'f'), { maxLength: 9 }),
        fc.integer({ min: 1, max: 5 }),
        (items, max) => {
          expect(quoteList(items, max)).toBe(plainQuoteList(items, max));
        },
      ),
    );
  });
});
