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
// Every phrase pack, as Node tools load them (the extension loads packs when a draft needs them).
import '../../utils/analysis/phrases/all';

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
