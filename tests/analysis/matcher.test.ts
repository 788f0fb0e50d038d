/**
 * The phrase matcher's load-time shortcuts must not change what it finds: the character table is
 * filled only where it can be non-zero, the built-in phrases are folded in one batch, and phrases
 * enter the trie per first word when a text first needs them.
 */
import { describe, expect, it } from 'vitest';
import {
  attachmentEntries,
  builtinMatcher,
  PhraseMatcher,
  spamEntries,
  type PhraseEntry,
} from '../../utils/analysis/phrases';
import {
  CLASSIFIED_RANGES,
  classifyCode,
  normalizePhrase,
  normalizePhrases,
  tableEntry,
} from '../../utils/analysis/phrases/matcher';
import { corpus } from '../../scripts/lib/corpus';
import { fold } from '../../utils/analysis/text';
import fc from 'fast-check';
// Every phrase pack, as Node tools load them (the extension loads packs when a draft needs them).
import '../../utils/analysis/phrases/all';
import { runs } from '../helpers/runs';

describe('character table', () => {
  it('equals classifyCode() for all 65,536 code units', () => {
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000 && wrong.length < 20; c++) {
      if (tableEntry(c) !== classifyCode(c)) wrong.push(`U+${c.toString(16)}`);
    }
    expect(wrong).toEqual([]);
  });

  it('has nothing to classify outside CLASSIFIED_RANGES', () => {
    const inRange = (c: number): boolean => CLASSIFIED_RANGES.some(([a, b]) => c >= a && c <= b);
    const missed: string[] = [];
    for (let c = 0; c < 0x10000 && missed.length < 20; c++)
      if (!inRange(c) && classifyCode(c) !== 0) missed.push(`U+${c.toString(16)}`);
    expect(missed).toEqual([]);
  });
});

describe('normalizePhrases', () => {
  it('gives what normalizePhrase gives, for every built-in phrase', () => {
    const raw = [...spamEntries(), ...attachmentEntries()].map((e) => e.phrase);
    expect(normalizePhrases(raw)).toEqual(raw.map(normalizePhrase));
  });

  it('gives what normalizePhrase gives for untidy and invalid phrases', () => {
    const raw = [
      'Click HERE',
      '  dear   friend ',
      'Vyhrál* jste',
      'STRAßE',
      'łódź',
      'a\u00a0b c',
      'ab',
      'a',
      '',
      'x'.repeat(81),
      'İstanbul deal',
      'ǆungla',
      'ＦＲＥＥ money',
      '*stem',
      'ab* c',
      'abc* d',
      'abcd* e',
      "don't delay",
      'tab\there',
      '100% free',
      'bill s.1618',
      'price $',
      'end-',
      '–dash',
      'K\u212aelvin',
      'ΣΊΣΥΦΟΣ',
      '\ud83d\ude00 emoji',
      'a\ud800b',
    ];
    expect(normalizePhrases(raw)).toEqual(raw.map((p) => normalizePhrase(p)));
    // A line break inside a phrase (custom phrases can have one) takes the slow path for all.
    const broken = [...raw, 'line\nbreak'];
    expect(normalizePhrases(broken)).toEqual(broken.map((p) => normalizePhrase(p)));
  });
});

describe('lazily built trie', () => {
  const entries = [...spamEntries(), ...attachmentEntries()] as PhraseEntry[];
  const texts = [
    ...corpus.map((s) => `${s.draft.subject}\n${s.draft.text}`),
    entries
      .slice(0, 400)
      .map((e) => e.phrase)
      .join(' . '),
    'Vyhráli jste! Vyhrali jste iPhone. vyhrál jste, you have won; YOU WON the lottery, click here now',
  ];
  const hits = (m: PhraseMatcher, s: string): string[] =>
    m.scan(s).hits.map((h) => `${h.entry.phrase}@${h.start}-${h.end}`);

  it('finds the same whatever order texts come in', () => {
    const forward = new PhraseMatcher(entries);
    const backward = new PhraseMatcher(entries);
    // A matcher whose every first word was met before any test text.
    const full = new PhraseMatcher(entries);
    full.scan(entries.map((e) => e.phrase.replace(/\*/g, 'x')).join(' . '));
    const a = texts.map((t) => hits(forward, t));
    const b = [...texts]
      .reverse()
      .map((t) => hits(backward, t))
      .reverse();
    const c = texts.map((t) => hits(full, t));
    expect(b).toEqual(a);
    expect(c).toEqual(a);
    expect(a.flat().length).toBeGreaterThan(100);
  });

  it('is built once, on first use', () => {
    expect(builtinMatcher()).toBe(builtinMatcher());
    expect(builtinMatcher().size).toBeGreaterThan(1500);
  });
});

/**
 * An obviously correct matcher to compare with: one regular expression per phrase over the folded
 * text (fold() keeps offsets), tried at every word start from left to right; the longest phrase at a
 * start wins and the next hit starts after it. The semantics, from matcher.ts:
 * - words are runs of [a-z0-9] after folding; an apostrophe between two such characters belongs to
 *   the word ("don't"), so a phrase neither starts nor ends next to one;
 * - a space in a phrase matches any run of whitespace (isWhitespace() after folding);
 * - `*` after a word matches the rest of that word ([a-z0-9]*); other characters match themselves.
 */
const WORD_START = /(?<![a-z0-9])(?<![a-z0-9]')[a-z0-9]/g;
const WHITESPACE_RUN = '[\\t-\\r \\u2028\\u2029\\ufeff]+';

function phraseRegex(phrase: string): RegExp {
  let source = '';
  for (const ch of phrase) {
    if (ch === ' ') source += WHITESPACE_RUN;
    else if (ch === '*') source += '[a-z0-9]*';
    else source += ch.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
  }
  return new RegExp(`${source}(?![a-z0-9])(?!'[a-z0-9])`, 'y');
}

interface RefHit {
  start: number;
  end: number;
  /** Every phrase that matches exactly [start, end) (the matcher may pick any of equal length). */
  phrases: string[];
}

function referenceHits(phrases: readonly string[], text: string): RefHit[] {
  const folded = fold(text);
  const regexes = phrases.map((p) => [p, phraseRegex(p)] as const);
  const hits: RefHit[] = [];
  let free = 0;
  for (const m of folded.matchAll(WORD_START)) {
    if (m.index < free) continue;
    let best: RefHit | null = null;
    for (const [p, re] of regexes) {
      re.lastIndex = m.index;
      const found = re.exec(folded);
      if (!found) continue;
      const end = m.index + found[0].length;
      if (!best || end > best.end) best = { start: m.index, end, phrases: [p] };
      else if (end === best.end) best.phrases.push(p);
    }
    if (best) {
      hits.push(best);
      free = best.end;
    }
  }
  return hits;
}

function matcherHits(phrases: readonly string[], text: string): RefHit[] {
  const m = new PhraseMatcher(phrases.map((phrase) => ({ phrase, weight: 1, category: 'x' })));
  expect(m.size).toBe(new Set(phrases).size);
  return m.match(text).map((h) => ({ start: h.start, end: h.end, phrases: [h.entry.phrase] }));
}

/** Asserts that the matcher finds what the reference finds; true when that is at least one hit. */
function expectSameHits(phrases: readonly string[], text: string): boolean {
  const ref = referenceHits(phrases, text);
  const got = matcherHits(phrases, text);
  expect(
    got.map((h) => [h.start, h.end]),
    JSON.stringify({ phrases, text }),
  ).toEqual(ref.map((h) => [h.start, h.end]));
  got.forEach((h, i) => expect(ref[i]!.phrases).toContain(h.phrases[0]));
  return ref.length > 0;
}

describe('phrase matcher against a regex scan', () => {
  const hit = (phrases: string[], text: string): string[] =>
    matcherHits(phrases, text).map((h) => `${h.phrases[0]}@${h.start}-${h.end}`);

  it.each([
    // [phrases, text, expected hits]
    [['click here'], 'click here', ['click here@0-10']],
    [['click here'], 'Please CLICK   HERE', ['click here@7-19']],
    [['click here'], 'click\u00a0here\nclick\there', ['click here@0-10', 'click here@11-21']],
    [['click here'], 'clicking here, click heresy, reclick here', []],
    [['free'], 'free-for-all freebie carefree free.', ['free@0-4', 'free@30-34']],
    [['free'], 'ＦＲＥＥ ｆｒｅｅ', ['free@0-4', 'free@5-9']],
    [['vyhrali jste'], 'Vyhráli jste!', ['vyhrali jste@0-12']],
    [['you won'], "you won't believe it; you won", ['you won@22-29']],
    [['won'], "don't won't won", ['won@12-15']],
    [["don't delay"], 'Don’t delay', ["don't delay@0-11"]],
    // Longest at a start, and no overlap: "b c" inside "a b c" is not reported again.
    [['a b', 'a b c', 'b c d'], 'a b c d', ['a b c@0-5']],
    [['ab cd', 'cd ef'], 'ab cd ef', ['ab cd@0-5']],
    [['ab cd', 'cd ef'], 'xx cd ef ab cd', ['cd ef@3-8', 'ab cd@9-14']],
    // Wildcards take the rest of the word.
    [['vyhral* jste'], 'vyhrála jste, vyhrál jste, vyhrálijste', ['vyhral* jste@0-12', 'vyhral* jste@14-25']],
    [['act no*'], 'act now, act nowhere, act', ['act no*@0-7', 'act no*@9-20']],
    // A phrase starting with a stem competes with the phrases of the exact first word: the longer wins
    // (the property test below found both cases, since fixed).
    [['vyhrali', 'vyhral* jste'], 'Vyhráli jste', ['vyhral* jste@0-12']],
    [['abcde', 'abcd* ef'], 'abcde ef', ['abcd* ef@0-8']],
    [['abcde', 'abcd* ef'], 'abcde eg', ['abcde@0-5']],
    // A stem with an apostrophe as its fourth character.
    [["abc'de*"], "abc'def abc'de abcde", ["abc'de*@0-7", "abc'de*@8-14"]],
    // A wildcard after an apostrophe that ends the first word (was found only where no letter followed
    // the apostrophe, since fixed).
    [["you'* won"], "you've won, you' won, you won", ["you'* won@0-10", "you'* won@12-20"]],
    [["abcd'*"], "abcd'xy abcd' abcd", ["abcd'*@0-7", "abcd'*@8-13"]],
    // Punctuation inside a phrase matches itself only.
    [['100% free'], '100% free, 100 % free, 100%free', ['100% free@0-9']],
    [['u.s.a'], 'U.S.A. and usa', ['u.s.a@0-5']],
    // At the very start and the very end of the text.
    [['ab'], 'ab', ['ab@0-2']],
    [['ab'], 'x ab', ['ab@2-4']],
    [['ab'], 'abc', []],
    [['ab'], 'cab', []],
  ] as [string[], string, string[]][])('%j in %j', (phrases, text, expected) => {
    expect(hit(phrases, text)).toEqual(expected);
    expectSameHits(phrases, text);
  });

  // Small alphabets so that phrases and texts share words and hits are frequent.
  const WORDS = ['ab', 'abc', 'abcd', 'abcde', 'ba', 'b', 'x1', '42', "ab'c", 'zz'];
  const SEPARATORS = [' ', ' ', ' ', '-', '.', "'", ',', '%'];
  const word = fc.constantFrom(...WORDS);
  // After a separator, a bare wildcard too ("abcd-*", "abcd'*"; normalizePhrase refuses "ab *").
  const laterWord = fc.oneof({ weight: 6, arbitrary: word }, { weight: 1, arbitrary: fc.constant('*') });
  // A phrase is at least two characters long, so it does not start with "b" alone.
  const firstWord = fc.constantFrom(...WORDS.filter((w) => w.length >= 2));
  const phrase = fc
    .tuple(
      fc.tuple(firstWord, fc.boolean()),
      fc.array(fc.tuple(fc.constantFrom(...SEPARATORS), laterWord, fc.boolean()), { maxLength: 2 }),
    )
    .map(([[first, firstWild], rest]) => {
      // A wildcard ends a word (a space or the end follows) and needs two characters before it, four
      // in the first word.
      let p = first + (firstWild && first.length >= 4 && rest[0]?.[0] !== '-' ? '*' : '');
      for (const [sep, w, wild] of rest) {
        if (p.endsWith('*') && sep !== ' ') p = p.slice(0, -1);
        p += sep + w;
        if (wild && p.length >= (p.includes(' ') ? 2 : 4)) p += '*';
      }
      return p;
    })
    .filter((p) => normalizePhrase(p) === p);
  const textPiece = fc.oneof(
    { weight: 4, arbitrary: word },
    { weight: 1, arbitrary: word.map((w) => w.toUpperCase()) },
    { weight: 1, arbitrary: fc.constantFrom('ábc', 'ÁB', 'ａｂ', 'ＡＢＣＤ', 'abcdef', 'b’a', 'zz9', 'å') },
  );
  const textSeparator = fc.oneof(
    { weight: 4, arbitrary: fc.constant(' ') },
    { weight: 1, arbitrary: fc.constantFrom(...SEPARATORS) },
    {
      weight: 2,
      arbitrary: fc.constantFrom('  ', '\n', '\u00a0', '\t', '-', '.', "'", '’', ',', '%', '中', ''),
    },
  );
  /** Text made of words and, often, the phrases themselves (wildcards filled in), in any case. */
  const textFor = (phrases: string[]) =>
    fc
      .array(
        fc.tuple(
          fc.oneof(
            textPiece,
            fc
              .tuple(fc.constantFrom(...phrases), fc.constantFrom('', 'x', '9', 'ab', "'s"), fc.boolean())
              .map(([p, fill, upper]) => {
                const t = p.replace(/\*/g, fill);
                return upper ? t.toUpperCase() : t;
              }),
          ),
          textSeparator,
        ),
        { maxLength: 12 },
      )
      .map((parts) => parts.map(([w, sep]) => w + sep).join(''));

  it('finds what the regex scan finds', () => {
    const n = runs(600);
    let withHits = 0;
    fc.assert(
      fc.property(
        fc
          .uniqueArray(phrase, { minLength: 1, maxLength: 6 })
          .chain((phrases) => fc.tuple(fc.constant(phrases), textFor(phrases))),
        ([phrases, t]) => {
          if (expectSameHits(phrases, t)) withHits++;
        },
      ),
      { numRuns: n },
    );
    // The generators are meant to make hits common (about 3 runs in 4 have some); a property over
    // texts without hits would prove little.
    expect(withHits).toBeGreaterThan(n / 2);
  }, 30_000);
});
