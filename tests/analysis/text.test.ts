/**
 * The fold table is kept as data (LATIN_FOLDS in utils/analysis/text.ts) so that loading the engine
 * does not call String.prototype.normalize hundreds of times; here it is derived again the slow way
 * and compared. Also: the regex-free fast paths of excerpt() and quoteList() agree with the plain
 * definitions.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { excerpt, fold, foldCode, letterCase, quoteList } from '../../utils/analysis/text';

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
      { numRuns: 500 },
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
