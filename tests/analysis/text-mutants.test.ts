// Pins the text primitives' boundaries that text.test.ts (table and property tests) leaves open,
// found by Stryker (issue 13): each punctuation fold, the letter-case ranges of Greek and Cyrillic,
// the case counter, the word/whitespace classes, the quoted-history finder and the excerpt tidying.
import { describe, expect, it } from 'vitest';
import {
  countCase,
  excerpt,
  fold,
  foldCode,
  isAsciiWordChar,
  isWhitespace,
  letterCase,
  quotedHistoryStart,
  quoteList,
} from '../../utils/analysis/text';

const hex = (c: number): string => `U+${c.toString(16).padStart(4, '0')}`;

describe('foldCode outside the table', () => {
  it('folds every typographic space U+2000..U+200A, and only those of the range around it, to a space', () => {
    for (let c = 0x2000; c <= 0x200a; c++) expect(foldCode(c), hex(c)).toBe(0x20);
    expect(foldCode(0x1fff)).toBe(0x1fff);
    expect(foldCode(0x200b)).toBe(0x200b);
  });

  it.each([
    [[0x2018, 0x2019, 0x201a, 0x201b, 0x2032, 0x02bc], 0x27],
    [[0x201c, 0x201d, 0x201e, 0x201f, 0x2033], 0x22],
    [[0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2212], 0x2d],
    [[0x202f, 0x205f, 0x3000], 0x20],
  ])('folds %j to %i', (codes, to) => {
    for (const c of codes) {
      expect(foldCode(c), hex(c)).toBe(to);
      expect(fold(`a${String.fromCharCode(c)}b`), hex(c)).toBe(`a${String.fromCharCode(to)}b`);
    }
  });

  it('leaves the neighbours of those punctuation marks alone', () => {
    for (const c of [
      0x2015, 0x2016, 0x2017, 0x2020, 0x2031, 0x2034, 0x2211, 0x2213, 0x202e, 0x2030, 0x205e, 0x2fff,
    ])
      expect(foldCode(c), hex(c)).toBe(c);
  });

  it('folds full-width ASCII U+FF01..U+FF5E to ASCII, upper case to lower case, and nothing around it', () => {
    expect(foldCode(0xff01)).toBe(0x21); // ！
    expect(foldCode(0xff5e)).toBe(0x7e); // ～
    expect(foldCode(0xff21)).toBe(0x61); // Ａ → a
    expect(foldCode(0xff3a)).toBe(0x7a); // Ｚ → z
    expect(foldCode(0xff20)).toBe(0x40); // ＠ stays @
    expect(foldCode(0xff3b)).toBe(0x5b); // ［ stays [
    expect(foldCode(0xff41)).toBe(0x61); // ａ
    expect(foldCode(0xff00)).toBe(0xff00);
    expect(foldCode(0xff5f)).toBe(0xff5f);
  });

  it('maps the table range by the table and the no-break space to a space', () => {
    expect(foldCode(0x41)).toBe(0x61);
    expect(foldCode(0x5a)).toBe(0x7a);
    expect(foldCode(0x40)).toBe(0x40);
    expect(foldCode(0x5b)).toBe(0x5b);
    expect(foldCode(0xa0)).toBe(0x20);
    expect(foldCode(0x24f)).toBe(0x24f); // ɏ (lower case already)
    expect(foldCode(0x250)).toBe(0x250); // first code unit past the table
  });
});

describe('fold', () => {
  it('lower-cases ASCII-only text and folds text with one non-ASCII character', () => {
    expect(fold('ABC')).toBe('abc');
    expect(fold('ABC\u007f')).toBe('abc\u007f');
    expect(fold('ABÉ')).toBe('abe');
    expect(fold('')).toBe('');
  });

  it('returns exactly the folded input at and around the short/long boundary and past the buffer size', () => {
    for (const n of [255, 256, 257, 4095, 4096, 4097, 9000, 20000, 1_000_000]) {
      const s = 'Ž'.repeat(n);
      const out = fold(s);
      expect(out.length, String(n)).toBe(n);
      expect(out, String(n)).toBe('z'.repeat(n));
    }
    // A short string after a long one reads only its own characters from the shared buffer.
    expect(fold('Éa')).toBe('ea');
  });

  it('folds long text in browsers without String.prototype.isWellFormed (Chrome < 111, Firefox < 119)', () => {
    const s = 'Žluťoučký kůň '.repeat(30);
    const want = fold(s);
    const proto = String.prototype as { isWellFormed?: () => boolean };
    const own = proto.isWellFormed;
    delete proto.isWellFormed;
    try {
      expect(fold(s)).toBe(want);
    } finally {
      proto.isWellFormed = own;
    }
  });

  it('keeps a lone surrogate as it is at every length, as foldCode does (TextDecoder would make it U+FFFD)', () => {
    // A subject or body cut at a fixed length can end in half an emoji.
    for (const n of [10, 256, 257, 5000]) {
      const s = `${'É'.repeat(n - 3)}\ud83d\ud83d\ude00`; // a lone high surrogate, then a whole emoji
      const out = fold(s);
      expect(out.length, String(n)).toBe(n);
      expect(out.slice(-4), String(n)).toBe('e\ud83d\ud83d\ude00');
      expect(fold(`${'É'.repeat(n - 1)}\udc00`).slice(-2), String(n)).toBe('e\udc00');
    }
  });
});

describe('letterCase', () => {
  it.each([
    [0x40f, 0],
    [0x410, 2], // А
    [0x42f, 2], // Я
    [0x430, 1], // а
    [0x44f, 1], // я
    [0x450, 0],
    [0x390, 0],
    [0x391, 2], // Α
    [0x3a9, 2], // Ω
    [0x3aa, 0],
    [0x3b0, 0],
    [0x3b1, 1], // α
    [0x3c9, 1], // ω
    [0x3ca, 0],
    [0x41, 2],
    [0x61, 1],
    [0x31, 0],
    [0x4e2d, 0], // 中
    [0x250, 0], // ɐ, first code unit past the table
  ])('letterCase(%i) is %i', (c, k) => {
    expect(letterCase(c)).toBe(k);
  });
});

describe('countCase', () => {
  it('counts ASCII letters at the range edges and nothing else', () => {
    expect(countCase('@AZ[`az{09 ')).toEqual({ letters: 4, upper: 2 });
  });

  it('counts non-ASCII letters by letterCase', () => {
    expect(countCase('ŽluťOUČKÝ Привет ΩΜΕΓΑ µ 中')).toEqual({ letters: 21, upper: 12 });
    expect(countCase('\u0080\u00d7')).toEqual({ letters: 0, upper: 0 });
  });

  it('counts only [start, end)', () => {
    expect(countCase('abCDef', 2, 4)).toEqual({ letters: 2, upper: 2 });
    expect(countCase('abCDef', 1)).toEqual({ letters: 5, upper: 2 });
    expect(countCase('abCDef', 0, 0)).toEqual({ letters: 0, upper: 0 });
  });
});

describe('character classes', () => {
  it('isAsciiWordChar is exactly [a-zA-Z0-9]', () => {
    const want = (c: number): boolean => /[a-zA-Z0-9]/.test(String.fromCharCode(c));
    for (let c = 0; c < 0x100; c++) expect(isAsciiWordChar(c), hex(c)).toBe(want(c));
  });

  it('isWhitespace is exactly the listed spaces', () => {
    const spaces = new Set([
      0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006,
      0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff,
    ]);
    const probe = [...spaces, 0x08, 0x0e, 0x1f, 0x21, 0x9f, 0xa1, 0x1fff, 0x200b, 0x2027, 0x202a];
    for (const c of [...probe, 0x202e, 0x2030, 0x205e, 0x2060, 0x2fff, 0x3001, 0xfefe, 0xff00])
      expect(isWhitespace(c), hex(c)).toBe(spaces.has(c));
  });
});

describe('quotedHistoryStart', () => {
  it('is 0 when the text starts with quoted history, case-insensitively', () => {
    expect(quotedHistoryStart('> old mail')).toBe(0);
    expect(quotedHistoryStart('  > old mail')).toBe(0);
    expect(quotedHistoryStart('-----Original Message-----\nFrom: a')).toBe(0);
    expect(quotedHistoryStart('ON Mon, Jan 1, Bob WROTE:\nhi')).toBe(0);
  });

  it('is the start of the first quoted line after the own text', () => {
    const own = 'Thanks, see you.\n';
    expect(quotedHistoryStart(`${own}> earlier`)).toBe(own.length);
    expect(quotedHistoryStart(`${own}On Mon, 1 Jan 2024, Bob <b@x.org> wrote:\n> hi`)).toBe(own.length);
    expect(quotedHistoryStart(`${own}Dne 1. 1. 2024 Jana napsal(a):\n`)).toBe(own.length);
    expect(quotedHistoryStart(`${own}-- Původní zpráva --\n`)).toBe(own.length);
    expect(quotedHistoryStart(`${own}From: Bob\nSent: Monday\n`)).toBe(own.length);
    expect(quotedHistoryStart(`${own}Begin forwarded message:\n`)).toBe(own.length);
  });

  it('is the text length when nothing is quoted, also after a quoted text was seen', () => {
    expect(quotedHistoryStart('> quoted')).toBe(0);
    const t = 'Hi,\nplease look at this.\nJana';
    expect(quotedHistoryStart(t)).toBe(t.length);
    // "On … wrote" inside a line is not a header; neither is "From:" without a Sent/Date line.
    expect(quotedHistoryStart('We agreed on Monday he wrote: fine')).toBe(
      0 + 'We agreed on Monday he wrote: fine'.length,
    );
    expect(quotedHistoryStart('x\nFrom: Bob\nHello')).toBe('x\nFrom: Bob\nHello'.length);
  });

  it('finds a header at the start of the text only at the very start (sticky), not on a later line', () => {
    const t = 'first line\n> quoted';
    expect(quotedHistoryStart(t)).toBe(11);
  });
});

describe('excerpt', () => {
  it('cuts at max characters and marks the cut', () => {
    expect(excerpt('abcdefgh', 0, 8, 4)).toBe('abcd…');
    expect(excerpt('abcdefgh', 0, 4, 4)).toBe('abcd');
    expect(excerpt('abcdefgh', 2, 7, 5)).toBe('cdefg');
    expect(excerpt('abcdefgh', 2, 8, 5)).toBe('cdefg…');
    expect(excerpt('x'.repeat(41), 0, 41)).toBe(`${'x'.repeat(40)}…`);
    expect(excerpt('x'.repeat(40), 0, 40)).toBe('x'.repeat(40));
  });

  it('collapses whitespace runs and trims, but leaves tidy text as it is', () => {
    expect(excerpt(' a b ', 0, 5)).toBe('a b');
    expect(excerpt('a b ', 0, 4)).toBe('a b');
    expect(excerpt(' a b', 0, 4)).toBe('a b');
    expect(excerpt('a  b', 0, 4)).toBe('a b');
    expect(excerpt('a\tb', 0, 3)).toBe('a b');
    expect(excerpt('a\u00a0b', 0, 3)).toBe('a b');
    expect(excerpt('a~b!', 0, 4)).toBe('a~b!');
    expect(excerpt('a\u007fb', 0, 3)).toBe('a\u007fb');
    expect(excerpt('abc', 1, 1)).toBe('');
    // Ranges with no printable ASCII at all: only control characters, only non-ASCII characters.
    expect(excerpt('a\r\nb', 1, 3)).toBe('');
    expect(excerpt('\t', 0, 1)).toBe('');
    expect(excerpt('é\u00a0\u00a0ř', 0, 4)).toBe('é ř');
    expect(excerpt('\u3000čau\u3000', 0, 5)).toBe('čau');
  });
});

describe('quoteList', () => {
  it('quotes up to max distinct non-empty items and marks the rest', () => {
    expect(quoteList([])).toBe('');
    expect(quoteList(['a'])).toBe('“a”');
    expect(quoteList(['a', '', 'b', 'a'])).toBe('“a”, “b”');
    expect(quoteList(['a', 'b', 'c', 'd'])).toBe('“a”, “b”, “c”, “d”');
    expect(quoteList(['a', 'b', 'c', 'd', 'e'])).toBe('“a”, “b”, “c”, “d” …');
    expect(quoteList(['a', 'b', 'c'], 2)).toBe('“a”, “b” …');
    expect(quoteList(['a', 'b'], 2)).toBe('“a”, “b”');
  });
});
