// Pins what the phrase matcher reports besides the hits that matcher.test.ts compares with a regex
// scan (found by Stryker, issue 13): the word statistics of one scan (letters, capitals, odd tokens,
// one-letter word runs, character flags), the scan range and hit limit, how entries are kept
// (duplicates, weights, invalid phrases) and which phrases normalizePhrase() refuses.
import { describe, expect, it } from 'vitest';
import {
  F_FOREIGN,
  F_INVISIBLE,
  isLetterCode,
  normalizePhrase,
  normalizePhrases,
  PhraseMatcher,
  type PhraseEntry,
} from '../../utils/analysis/phrases/matcher';

const entry = (phrase: string, weight = 1, category = 'x'): PhraseEntry => ({ phrase, weight, category });
const matcher = (...phrases: string[]) => new PhraseMatcher(phrases.map((p) => entry(p)));
const scan = (s: string) => matcher('click here').scan(s);
const hits = (m: PhraseMatcher, s: string, from?: number, to?: number, limit?: number): string[] =>
  m.match(s, from, to, limit).map((h) => `${h.entry.phrase}@${h.start}-${h.end}`);

describe('scan statistics', () => {
  it('counts letters and capitals of every script the table knows', () => {
    expect(scan('Hello WORLD ž Ž Привет ΩΜ 中 42')).toMatchObject({ letters: 20, upper: 10 });
    expect(scan('')).toEqual({ hits: [], letters: 0, upper: 0, oddTokens: [], singleLetterRun: 0, seen: 0 });
  });

  it('collects tokens that mix letters with digits or look-alike symbols', () => {
    expect(scan('fr33 money').oddTokens).toEqual([{ start: 0, end: 4, leet: true, split: false }]);
    expect(scan('win c!alis now').oddTokens).toEqual([{ start: 4, end: 10, leet: true, split: false }]);
    expect(scan('p@ss $ave €uro a|b|').oddTokens).toEqual([
      { start: 0, end: 4, leet: true, split: false },
      { start: 5, end: 9, leet: true, split: false },
      { start: 10, end: 14, leet: true, split: false },
      { start: 15, end: 19, leet: true, split: false },
    ]);
  });

  it('collects tokens split by separators between letters', () => {
    expect(scan('buy V.I.A.G.R.A today').oddTokens).toEqual([
      { start: 4, end: 15, leet: false, split: true },
    ]);
    for (const sep of ['-', '_', '*', '·'])
      expect(scan(`a${sep}b${sep}c${sep}d`).oddTokens, sep).toEqual([
        { start: 0, end: 7, leet: false, split: true },
      ]);
    expect(scan('fr.3e').oddTokens).toEqual([{ start: 0, end: 5, leet: true, split: true }]);
  });

  it('reports each odd token once, however the text goes on after it', () => {
    expect(scan('fr33, money').oddTokens).toEqual([{ start: 0, end: 4, leet: true, split: false }]);
    expect(scan('fr33  ').oddTokens).toEqual([{ start: 0, end: 4, leet: true, split: false }]);
    expect(scan('fr33 ').oddTokens).toEqual([{ start: 0, end: 4, leet: true, split: false }]);
    // A token shorter than four characters is dropped also where it ends the text.
    expect(scan('hello a1b').oddTokens).toEqual([]);
    expect(scan('x a1').oddTokens).toEqual([]);
  });

  it('ignores punctuation before, after and around a token, and plain words', () => {
    expect(scan('done. hello! (word) -dash- abc. !abcd').oddTokens).toEqual([]);
    expect(scan('abcd.').oddTokens).toEqual([]);
    expect(scan('abcd. efgh').oddTokens).toEqual([]);
    expect(scan('ab!!').oddTokens).toEqual([]);
  });

  it('keeps tokens of 4 to 64 characters with at least one letter, at most 200 of them', () => {
    expect(scan('a1b').oddTokens).toEqual([]);
    expect(scan('a1b2').oddTokens).toEqual([{ start: 0, end: 4, leet: true, split: false }]);
    expect(scan('1234 12.34').oddTokens).toEqual([]);
    expect(scan('a1'.repeat(32)).oddTokens).toEqual([{ start: 0, end: 64, leet: true, split: false }]);
    expect(scan('a1'.repeat(32) + 'a').oddTokens).toEqual([]);
    expect(scan(`${'a1'.repeat(32)}a x`).oddTokens).toEqual([]);
    expect(scan('a1b2 '.repeat(201)).oddTokens).toHaveLength(200);
    expect(scan('a1b2 '.repeat(201)).oddTokens.at(-1)).toEqual({
      start: 995,
      end: 999,
      leet: true,
      split: false,
    });
  });

  it('measures the longest run of one-letter words, up to the end of the text', () => {
    // Two separators in a row end no word, so they do not break the run.
    expect(scan('f  r  e  e money').singleLetterRun).toBe(4);
    expect(scan('f, r, e, e').singleLetterRun).toBe(4);
    expect(scan('f r e e money').singleLetterRun).toBe(4);
    expect(scan('ab c d e').singleLetterRun).toBe(3);
    expect(scan('a b cd e').singleLetterRun).toBe(2);
    expect(scan('a bc d e f g').singleLetterRun).toBe(4);
    expect(scan('x').singleLetterRun).toBe(1);
    expect(scan('hello world').singleLetterRun).toBe(0);
    expect(scan("a'b c").singleLetterRun).toBe(1);
  });

  it('reports Cyrillic or Greek letters and invisible characters in seen', () => {
    expect(scan('plain text 123').seen & (F_FOREIGN | F_INVISIBLE)).toBe(0);
    for (const s of ['pаypal', 'Ωmega', 'ӿ', 'ͻ']) expect(scan(s).seen & F_FOREIGN, s).toBe(F_FOREIGN);
    for (const c of [0xad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x34f])
      expect(scan(`a${String.fromCharCode(c)}b`).seen & F_INVISIBLE, c.toString(16)).toBe(F_INVISIBLE);
    for (const c of [0x200a, 0x200e, 0x205f, 0x2061, 0x34e, 0x350, 0xac, 0xae])
      expect(scan(`a${String.fromCharCode(c)}b`).seen & F_INVISIBLE, c.toString(16)).toBe(0);
  });

  it('isLetterCode knows letters of the table and nothing else', () => {
    for (const c of [0x41, 0x7a, 0xe9, 0x17e, 0x416, 0x3a9])
      expect(isLetterCode(c), c.toString(16)).toBe(true);
    for (const c of [0x30, 0x20, 0x2d, 0xd7, 0x4e2d]) expect(isLetterCode(c), c.toString(16)).toBe(false);
  });
});

describe('scan range and limit', () => {
  const m = matcher('click here', 'free');

  it('scans only [from, to) and stops at the end of the text', () => {
    const s = 'click here, click here free';
    expect(hits(m, s, 11)).toEqual(['click here@12-22', 'free@23-27']);
    expect(hits(m, s, 0, 8)).toEqual([]);
    expect(hits(m, s, 0, 10)).toEqual(['click here@0-10']);
    expect(hits(m, s, 0, 999)).toEqual(['click here@0-10', 'click here@12-22', 'free@23-27']);
    expect(m.scan(s, 0, 10).letters).toBe(9);
  });

  it('treats the end of the range as the end of the text', () => {
    expect(hits(matcher('click here'), 'click heres', 0, 10)).toEqual(['click here@0-10']);
    expect(hits(matcher('you won'), "you won't", 0, 8)).toEqual(['you won@0-7']);
    expect(hits(matcher('you won'), "you won't", 0, 9)).toEqual([]);
    // The character just past the range is not read: "won'" cut before the "t" ends in a quote.
    expect(hits(matcher('won'), "won't", 0, 4)).toEqual(['won@0-3']);
    expect(hits(matcher('click here'), 'click here', 0, 9)).toEqual([]);
    // A wildcard takes the rest of the word up to the end of the range, no further.
    expect(hits(matcher('abcd*'), 'abcdefgh', 0, 6)).toEqual(['abcd*@0-6']);
    expect(hits(matcher('ab cd*'), 'ab cdefgh', 0, 7)).toEqual(['ab cd*@0-7']);
  });

  it('never reports a hit that ends past the end of the range', () => {
    const cases: [string[], string][] = [
      [['click here', 'here now'], 'click here now, click  here'],
      [['abcd*', 'ab cd*', 'ab cd'], 'abcdef ab cdefg ab   cd'],
      [["don't", 'won'], "don't won't won' won"],
    ];
    for (const [phrases, text] of cases) {
      const m = matcher(...phrases);
      for (let to = 0; to <= text.length; to++) {
        const found = m.match(text, 0, to);
        expect(
          found.filter((h) => h.end > to).map((h) => `${h.entry.phrase}@${h.start}-${h.end}`),
          `${text} to ${to}`,
        ).toEqual([]);
      }
    }
  });

  it('reports at most limit hits, also when the last hit ends the text', () => {
    expect(hits(m, 'free free free', 0, 14, 2)).toEqual(['free@0-4', 'free@5-9']);
    expect(hits(m, 'free free', 0, 9, 1)).toEqual(['free@0-4']);
    expect(hits(m, 'free free', 0, 9, 0)).toEqual([]);
    expect(m.match('free '.repeat(450))).toHaveLength(400);
    // Regression: a stem word ending the text added a hit past the limit.
    const stems = matcher('abcd*');
    expect(hits(stems, 'abcdx abcdx abcdx', 0, 17, 2)).toEqual(['abcd*@0-5', 'abcd*@6-11']);
    expect(hits(stems, 'abcdx abcdx abcdx', 0, 17, 3)).toHaveLength(3);
  });
});

describe('entries', () => {
  it('keeps one entry per normalized phrase, the heaviest, with its category', () => {
    const m = new PhraseMatcher([
      entry('Click  Here', 1, 'a'),
      entry('click here', 3, 'b'),
      entry('CLICK HERE', 2, 'c'),
    ]);
    expect(m.size).toBe(1);
    expect(m.match('click here')[0]!.entry).toEqual({ phrase: 'click here', weight: 3, category: 'b' });
    const first = new PhraseMatcher([entry('free', 3, 'a'), entry('FREE', 3, 'b')]);
    expect(first.match('free')[0]!.entry).toEqual({ phrase: 'free', weight: 3, category: 'a' });
  });

  it('keeps an entry already in final form as it is and rewrites any other', () => {
    const plain = entry('free', 2);
    const m = new PhraseMatcher([plain, { phrase: 'Offer', weight: '4' as never, category: 'x' }]);
    expect(m.match('free')[0]!.entry).toBe(plain);
    expect(m.match('offer')[0]!.entry).toEqual({ phrase: 'offer', weight: 4, category: 'x' });
    const w = new PhraseMatcher([{ phrase: 'win', weight: '2' as never, category: 'x' }]);
    expect(w.match('win')[0]!.entry).toEqual({ phrase: 'win', weight: 2, category: 'x' });
  });

  it('drops phrases that cannot be matched and weights that are not finite numbers', () => {
    const m = new PhraseMatcher([
      entry('ok'),
      entry('x'),
      entry('-ab'),
      entry('a', NaN),
      { phrase: 'nan', weight: 'heavy' as never, category: 'x' },
      entry('inf', Infinity),
    ]);
    expect(m.size).toBe(1);
    expect(hits(m, 'ok x nan inf')).toEqual(['ok@0-2']);
  });

  it('takes any iterable of entries', () => {
    const m = new PhraseMatcher(new Set([entry('free'), entry('click here')]));
    expect(m.size).toBe(2);
    expect(hits(m, 'free, click here')).toEqual(['free@0-4', 'click here@6-16']);
  });

  it('indexes many phrases that share first words, and stems among them', () => {
    const words = Array.from({ length: 300 }, (_, i) => `w${i.toString(36)}x`);
    const m = matcher(...words.map((w) => `${w} end`), ...words.map((w) => `${w} other`), 'stem* now');
    expect(m.size).toBe(601);
    expect(hits(m, 'w0x end, wbx other, w8bx end, stems now')).toEqual([
      'w0x end@0-7',
      'wbx other@9-18',
      'w8bx end@20-28',
      'stem* now@30-39',
    ]);
  });
});

describe('hits at word and text ends', () => {
  it.each([
    // [phrases, text, expected hits]
    [['abcd* ef', 'abcde'], 'xx abcde', ['abcde@3-8']],
    [['abcd*'], 'xx abcdefg', ['abcd*@3-10']],
    [['abcd*'], 'xx abcd', ['abcd*@3-7']],
    [['abcd*'], 'xx abc', []],
    [['abcde', 'abcd* ef'], 'abcde', ['abcde@0-5']],
    [['abcd*', 'abcdefgh'], 'abcdefgh', ['abcdefgh@0-8']],
    [['abcd* ef'], 'abcdz ef', ['abcd* ef@0-8']],
    [['you won'], "you won't", []],
    [['you won'], "you won'", ['you won@0-7']],
    [['you won'], "you won' x", ['you won@0-7']],
    [['you won'], 'you won', ['you won@0-7']],
    [['you won'], 'you wonder', []],
    [["don't delay"], "don't delay", ["don't delay@0-11"]],
    [["abc'de*"], "abc'def", ["abc'de*@0-7"]],
    [["abc'de*"], "xx abc'def", ["abc'de*@3-10"]],
    // Regression: a wildcard right after an apostrophe that ends the first word.
    [["you'* won"], "you've won", ["you'* won@0-10"]],
    [["you'* won"], "you' won", ["you'* won@0-8"]],
    [["abcd'*"], "abcd'xy", ["abcd'*@0-7"]],
    // A closing quote after a word ends it; the word is still looked up.
    [['won'], "'you won' she said", ['won@5-8']],
    [['ab cd'], 'ab    cd', ['ab cd@0-8']],
    [['ab cd'], 'ab   ', []],
    [['ab'], 'ab ab', ['ab@0-2', 'ab@3-5']],
    [['ab', 'ab cd'], 'ab cx', ['ab@0-2']],
    [['ab cd', 'cd'], 'ab cd', ['ab cd@0-5']],
    [['ab-cd'], 'ab-cd ab cd', ['ab-cd@0-5']],
    [['ab cdefg', 'cdef*'], 'ab cdefg', ['ab cdefg@0-8']],
  ] as [string[], string, string[]][])('%j in %j', (phrases, text, expected) => {
    expect(hits(matcher(...phrases), text)).toEqual(expected);
  });
});

describe('normalizePhrase', () => {
  it.each([
    ['  Click \t HERE ', 'click here'],
    ['click\u1680here', 'click here'],
    ['Vyhrál* jste', 'vyhral* jste'],
    ['ab', 'ab'],
    ['a'.repeat(80), 'a'.repeat(80)],
    ['abcd*', 'abcd*'],
    ['ab cd*', 'ab cd*'],
    ['free!', ''],
    ['-free', ''],
    ["'free", ''],
    ['free-', ''],
    ['a', ''],
    [' a ', ''],
    ['a'.repeat(81), ''],
    [`${'a'.repeat(79)}   b`, ''],
    ['ab c*', 'ab c*'],
    ['a b*', 'a b*'],
    ["abcd'*", "abcd'*"],
    ['abcd-*', 'abcd-*'],
    // A wildcard is no word of its own.
    ['win *', ''],
    ['abcd *', ''],
    ['ab cd * ef', ''],
    ['abc*', ''],
    ['ab* cd', ''],
    ['abcd*e', ''],
    ['abcd**', ''],
    ['ab 中 cd', ''],
    ['ab\u0000cd', ''],
    ['ab!cd', ''],
    ['100% free', '100% free'],
    ["don't", "don't"],
  ])('%j → %j', (raw, want) => {
    expect(normalizePhrase(raw)).toBe(want);
  });

  it('reads a non-string as its text', () => {
    expect(normalizePhrase(12 as never)).toBe('12');
  });
});

describe('normalizePhrases and very long phrases', () => {
  it('keeps each phrase in its place when one has line breaks in it', () => {
    const raw = ['ab\ncd\nef', 'gh', 'ijkl', 'Free  Money'];
    expect(normalizePhrases(raw)).toEqual(['ab cd ef', 'gh', 'ijkl', 'free money']);
    expect(normalizePhrases(['ab\ncd', 'zz'])).toEqual(['ab cd', 'zz']);
    // Two line breaks in three phrases: joined without them, the pieces would line up by count.
    expect(normalizePhrases(['ab\ncd\nef', 'gh', 'ijkl'])).toEqual(['ab cd ef', 'gh', 'ijkl']);
  });

  it('refuses a phrase of a million characters without reading all of it', () => {
    expect(normalizePhrase('a'.repeat(1_000_000))).toBe('');
    expect(normalizePhrase('ab '.repeat(400_000))).toBe('');
    const m = new PhraseMatcher([entry('free ' + 'x'.repeat(1_000_000)), entry('free')]);
    expect(m.size).toBe(1);
    expect(hits(m, 'free')).toEqual(['free@0-4']);
  });
});

/**
 * The scan finds a first word by its FNV-1a hash over phrase symbols and its length. These words were
 * found by a search over short words (the hash is the scan's, not FNV over bytes): the matcher must keep
 * words apart that share a hash but not a length, or share the slot their hash picks.
 */
describe('first words whose hashes collide', () => {
  it('keeps words of equal hash and different lengths apart', () => {
    // FNV(q84y) === FNV(k4n5a)
    expect(hits(matcher('q84y'), 'k4n5a')).toEqual([]);
    expect(hits(matcher('q84y', 'k4n5a'), 'q84y k4n5a')).toEqual(['q84y@0-4', 'k4n5a@5-10']);
    expect(hits(matcher('k4n5a x', 'q84y'), 'k4n5a x, q84y')).toEqual(['k4n5a x@0-7', 'q84y@9-13']);
  });

  it('files two first words of equal hash and length in one group', () => {
    // FNV(aaaaa) === FNV(zqfi6). Known limit: the group's walk starts from the first word of its last
    // phrase, so "zqfi6" in a text is read as "aaaaa" here (never seen with real phrases).
    const m = matcher('aaaaa', 'zqfi6', 'aaaaa x');
    expect(hits(m, 'aaaaa x')).toEqual(['aaaaa x@0-7']);
    expect(hits(m, 'aaaaa')).toEqual(['aaaaa@0-5']);
  });

  it('finds a first word whose slot is taken by another word', () => {
    // FNV(free) and FNV(aaag) agree in their low 6 bits: the same slot of a 64-slot table.
    expect(hits(matcher('free', 'aaag'), 'aaag free')).toEqual(['aaag@0-4', 'free@5-9']);
    expect(hits(matcher('aaag', 'free'), 'aaag free')).toEqual(['aaag@0-4', 'free@5-9']);
  });

  it('walks from no phrase for a word that starts none, even when its continuation bit is set', () => {
    // FNV(ajjs) and FNV(a) agree in their low 16 bits, so "ajjs" followed by "c" passes the
    // continuation bitmap of "a c…".
    expect(hits(matcher('a cd'), 'a cd ajjs cd ajjs')).toEqual(['a cd@0-4']);
  });

  it('finds no stem phrase in a word that only shares the stem hash', () => {
    // FNV(dsfh) and FNV(zbcd) agree in their low 16 bits; no phrase starts with "z".
    const m = matcher('abcd*', 'dsfh*');
    expect(hits(m, 'zbcdq')).toEqual([]);
    expect(hits(m, 'abcdq zbcdq dsfhx')).toEqual(['abcd*@0-5', 'dsfh*@12-17']);
  });
});

describe('trie size', () => {
  it('has room for every edge of long phrases that share no prefix', () => {
    // 10 phrases of 20 characters: 200 edges. Every insert probes until it finds a free slot, so a
    // table smaller than the edges would never end; it is sized to twice the phrase characters.
    const phrases = 'bcdfghjklm'.split('').map((c) => `${c}${'q'.repeat(9)} ${'r'.repeat(9)}${c}`);
    const m = matcher(...phrases);
    const text = phrases.join(', ');
    expect(m.match(text).map((h) => h.entry.phrase)).toEqual(phrases);
  });
});

describe('ties between phrases of the same length', () => {
  // The regex reference in matcher.test.ts accepts either phrase; these pin today's choice, so a change
  // (it changes the weight that counts) is made on purpose.
  it('keeps the phrase filed under the exact first word over a stem phrase of the same length', () => {
    expect(hits(matcher('abcd*', 'abcdefgh'), 'abcdefgh.')).toEqual(['abcdefgh@0-8']);
    expect(hits(matcher('abcdefgh', 'abcd*'), 'abcdefgh and more')).toEqual(['abcdefgh@0-8']);
  });

  it('keeps a wildcard phrase over a literal one of the same length on one walk', () => {
    expect(hits(matcher('ab cd*', 'ab cde'), 'ab cde')).toEqual(['ab cd*@0-6']);
    expect(hits(matcher('ab cde', 'ab cd*'), 'ab cde!')).toEqual(['ab cd*@0-6']);
  });
});
