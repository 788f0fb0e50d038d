import type { Evidence, Finding } from '../../types';
import { defineRule } from '../rule';
import type { TextField } from '../facts';
import { excerpt, fold, quoteList } from '../text';
import { OBFUSCATION_TARGETS } from '../data/obfuscation-targets';
import { F_FOREIGN, F_INVISIBLE, isLetterCode } from '../phrases/matcher';

// Look-alike characters spammers put in words. '1' can stand for i or l, so both readings are tried.
const LEET: Record<string, string> = {
  '0': 'o',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '8': 'b',
  '9': 'g',
  '@': 'a',
  $: 's',
  '€': 'e',
  '|': 'l',
  '!': 'i',
};
// Single letters split by spaces: "f r e e", "V I A G R A".
const SPACED = /\b[a-z](?: {1,2}[a-z]){3,14}\b/gi;
const SEPARATORS = /[.\-_*·]/g;
const TARGET_LIST = [...OBFUSCATION_TARGETS];
const NON_ASCII = /[^\x00-\x7f]/;
// Latin next to Cyrillic or Greek inside one word: "Pаypal" with a Cyrillic "а".
const FOREIGN = /[\u0370-\u03ff\u0400-\u04ff]/g;
const LATIN = /[A-Za-z\u00c0-\u024f]/;
// Addresses and links are full of dots and digits but are not disguised words.
const ADDRESS_LIKE = /@.*\.|:\/\/|^www\./;
// Zero-width and soft-hyphen characters between Latin letters: "fr\u200Bee".
const INVISIBLE_IN_WORD =
  /[A-Za-z\u00c0-\u024f][\u034f\u00ad\u200b-\u200d\u2060\ufeff]+[A-Za-z\u00c0-\u024f]/g;

function deleet(token: string, one: 'i' | 'l'): string {
  let out = '';
  for (const ch of token) out += ch === '1' ? one : (LEET[ch] ?? ch);
  return out;
}

/** The target word a disguised token spells, or null. A plain word is not disguised. */
function disguisedTarget(token: string): string | null {
  if (token.length < 4 || token.length > 24 || !/[a-z]/.test(token)) return null;
  for (const one of ['i', 'l'] as const) {
    const plain = deleet(token, one);
    if (plain !== token && OBFUSCATION_TARGETS.has(plain)) return plain;
    if (plain !== token && plain.endsWith('s') && OBFUSCATION_TARGETS.has(plain.slice(0, -1)))
      return plain.slice(0, -1);
  }
  return null;
}

interface Hit {
  field: TextField;
  start: number;
  end: number;
  word: string;
}

/**
 * Words disguised to get past filters: digits or symbols for letters, letters spaced or dotted
 * apart, look-alike letters from other alphabets, invisible characters inside words. Legitimate mail
 * has no reason to write "fr33" or "V.I.A.G.R.A", so each is a strong signal.
 */
export default defineRule({
  meta: {
    id: 'obfuscated-words',
    description:
      'Words are disguised with look-alike characters, split letters, mixed alphabets or invisible characters.',
    why: 'Spelling words with look-alike characters is how spam dodges word filters; filters look for the disguise itself.',
    example: { subject: 'V1agra for you', text: 'Get fr33 m0ney now' },
    category: 'body',
    defaultWeight: 2,
    messages: {
      leet: 'Words are written with digits or symbols in place of letters: {words}.',
      spaced: 'Words are spelled with their letters split apart: {words}.',
      mixedScript: 'Words mix letters from different alphabets: {words}.',
      invisibleChars: 'Invisible characters are hidden inside words ({count}).',
    },
    fixes: { writePlainly: 'Write the words normally, or leave them out.' },
  },
  check(draft, ctx) {
    const leet: Hit[] = [];
    const spaced: Hit[] = [];
    const mixed: Hit[] = [];
    const invisible: Hit[] = [];
    for (const field of ['subject', 'text'] as TextField[]) {
      const raw = draft[field];
      const end = ctx.facts.scanEnd(field);
      const words = ctx.facts.words(field);

      // Tokens the word scan found mixing letters with digits or symbols, or split by dots/dashes.
      for (const t of words.oddTokens) {
        if (leet.length + spaced.length >= 40) break;
        let token = raw.slice(t.start, t.end).toLowerCase();
        if (NON_ASCII.test(token)) token = fold(token);
        if (t.split) {
          if (ADDRESS_LIKE.test(token)) continue;
          token = token.replace(SEPARATORS, '');
        }
        const word =
          t.split && OBFUSCATION_TARGETS.has(token) ? token : t.leet ? disguisedTarget(token) : null;
        if (word) (t.split ? spaced : leet).push({ field, start: t.start, end: t.end, word });
      }

      if (words.singleLetterRun >= 4) {
        SPACED.lastIndex = 0;
        let runs = 0;
        for (
          let m = SPACED.exec(raw);
          m && m.index < end && spaced.length < 20 && runs++ < 200;
          m = SPACED.exec(raw)
        ) {
          // Stryker disable next-line MethodExpression: fold() lower-cases too
          const joined = fold(m[0].replace(/ /g, '').toLowerCase());
          // "a f r e e": the disguised word may sit inside a longer run of single letters.
          const word = OBFUSCATION_TARGETS.has(joined) ? joined : TARGET_LIST.find((t) => joined.includes(t));
          if (word) spaced.push({ field, start: m.index, end: m.index + m[0].length, word });
        }
      }

      if (words.seen & F_FOREIGN) {
        // From each Cyrillic or Greek letter, look at its whole word once.
        FOREIGN.lastIndex = 0;
        for (let m = FOREIGN.exec(raw); m && m.index < end && mixed.length < 20; m = FOREIGN.exec(raw)) {
          let a = m.index;
          let b = m.index + 1;
          while (a > 0 && b - a < 64 && isLetterCode(raw.charCodeAt(a - 1))) a--;
          while (b < raw.length && b - a < 64 && isLetterCode(raw.charCodeAt(b))) b++;
          FOREIGN.lastIndex = b;
          const word = raw.slice(a, b);
          if (word.length >= 4 && LATIN.test(word)) mixed.push({ field, start: a, end: b, word });
        }
      }

      if (words.seen & F_INVISIBLE) {
        INVISIBLE_IN_WORD.lastIndex = 0;
        for (
          let m = INVISIBLE_IN_WORD.exec(raw);
          m && m.index < end && invisible.length < 50;
          m = INVISIBLE_IN_WORD.exec(raw)
        ) {
          // Stryker disable next-line StringLiteral: an invisible hit's word is never read
          invisible.push({ field, start: m.index + 1, end: m.index + m[0].length - 1, word: '' });
          INVISIBLE_IN_WORD.lastIndex = m.index + m[0].length - 1;
        }
      }
    }

    const out: Finding[] = [];
    const evidence = (hits: Hit[]): Evidence[] =>
      hits.map((h) => ctx.facts.evidence(h.field, h.start, h.end));
    const shown = (hits: Hit[]): string =>
      quoteList(hits.map((h) => excerpt(draft[h.field], h.start, h.end, 24)));
    const factor = (hits: Hit[]): number =>
      Math.min(2, 1 + 0.25 * (new Set(hits.map((h) => h.word)).size - 1));
    if (leet.length)
      out.push(
        ctx.finding({
          messageId: 'leet',
          factor: factor(leet),
          data: { words: shown(leet) },
          evidence: evidence(leet),
          fix: 'writePlainly',
        }),
      );
    if (spaced.length)
      out.push(
        ctx.finding({
          messageId: 'spaced',
          factor: factor(spaced),
          data: { words: shown(spaced) },
          evidence: evidence(spaced),
          fix: 'writePlainly',
        }),
      );
    if (mixed.length)
      out.push(
        ctx.finding({
          messageId: 'mixedScript',
          factor: factor(mixed),
          data: { words: shown(mixed) },
          evidence: evidence(mixed),
          fix: 'writePlainly',
        }),
      );
    if (invisible.length) {
      out.push(
        ctx.finding({
          messageId: 'invisibleChars',
          factor: Math.min(1.5, 0.5 + 0.1 * invisible.length),
          data: { count: invisible.length },
          evidence: evidence(invisible),
          fix: 'writePlainly',
        }),
      );
    }
    return out;
  },
});
