/**
 * Compiles a phrase list into one regular expression shaped like a trie, run over folded text.
 *
 * Why a trie-shaped regex: V8 compiles it to native code, it only stops where a phrase matches, and
 * because alternatives are factored by prefix the work at each word start is bounded by the longest
 * phrase, so a scan is linear in the text. No nested quantifiers: the only repetitions are `\s+`
 * between words and `[a-z0-9]*` for a trailing wildcard, each followed by a fixed character class.
 *
 * Phrase syntax: lower-case words separated by single spaces (any run of whitespace matches), a
 * trailing `*` on a word accepts any word ending ("vyhrál* jste" matches "vyhráli jste"). Diacritics
 * are folded on both sides, so "vyhrali jste" matches too.
 */
import { fold } from '../text';

export interface PhraseEntry<C extends string = string> {
  phrase: string;
  weight: number;
  category: C;
}

export interface PhraseHit<C extends string = string> {
  entry: PhraseEntry<C>;
  /** Range in the folded (and so in the original) text. */
  start: number;
  end: number;
}

interface TrieNode {
  children: Map<string, TrieNode>;
  entry: PhraseEntry | null;
}

const SPACE = ' ';
const WILD = '*';
const newNode = (): TrieNode => ({ children: new Map(), entry: null });
const escapeChar = (c: string): string => (/[\\^$.*+?()[\]{}|/-]/.test(c) ? `\\${c}` : c);
const isWordCode = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);

/** Folds and tidies a phrase as written in a data file; '' when it cannot be matched safely. */
export function normalizePhrase(raw: string): string {
  const p = fold(String(raw)).replace(/\s+/g, ' ').trim();
  if (p.length < 2 || p.length > 80) return '';
  // A phrase must start with a word character (the scan only tries word starts), and end with one
  // or with a wildcard.
  if (!isWordCode(p.charCodeAt(0))) return '';
  const last = p.charCodeAt(p.length - 1);
  if (!isWordCode(last) && p[p.length - 1] !== WILD) return '';
  // Wildcards only at word ends.
  for (let i = 0; i < p.length; i++) if (p[i] === WILD && i + 1 < p.length && p[i + 1] !== SPACE) return '';
  return p;
}

export class PhraseMatcher<C extends string = string> {
  readonly size: number;
  private readonly root: TrieNode = newNode();
  private readonly regex: RegExp | null;

  constructor(entries: Iterable<PhraseEntry<C>>) {
    let size = 0;
    for (const e of entries) {
      const phrase = normalizePhrase(e.phrase);
      const weight = Number(e.weight);
      if (!phrase || !Number.isFinite(weight)) continue;
      let node = this.root;
      for (const ch of phrase) {
        let next = node.children.get(ch);
        if (!next) node.children.set(ch, (next = newNode()));
        node = next;
      }
      // The same phrase in two lists (Czech and Slovak share words): keep the stronger entry.
      if (!node.entry || node.entry.weight < weight) {
        if (!node.entry) size++;
        node.entry = { phrase, weight, category: e.category };
      }
    }
    this.size = size;
    // `(?![a-z0-9]|'[a-z])` ends a phrase at a word end; the apostrophe case keeps "you won" out of
    // "you won't".
    this.regex = size ? new RegExp(`\\b(?:${emit(this.root)})(?![a-z0-9]|'[a-z])`, 'g') : null;
  }

  /** Hits in folded text between `from` and `to`, at most `limit` (longest phrase at each start). */
  match(folded: string, from = 0, to = folded.length, limit = 400): PhraseHit<C>[] {
    const hits: PhraseHit<C>[] = [];
    const re = this.regex;
    if (!re) return hits;
    re.lastIndex = from;
    let m: RegExpExecArray | null;
    while (hits.length < limit && (m = re.exec(folded)) !== null) {
      const end = m.index + m[0].length;
      if (end > to) break;
      const entry = identify(this.root, folded, m.index, end);
      if (entry) hits.push({ entry: entry as PhraseEntry<C>, start: m.index, end });
    }
    return hits;
  }
}

function emit(node: TrieNode): string {
  const alternatives: string[] = [];
  for (const [key, child] of node.children) {
    const head = key === SPACE ? '\\s+' : key === WILD ? '[a-z0-9]*' : escapeChar(key);
    alternatives.push(head + emit(child));
  }
  if (alternatives.length === 0) return '';
  // Longer phrases first, the end of this one last: the regex then prefers the longest phrase and
  // falls back to the shorter one when the longer fails its word boundary.
  if (node.entry) alternatives.push('');
  return alternatives.length === 1 ? alternatives[0]! : `(?:${alternatives.join('|')})`;
}

/** Finds which phrase the regex matched: a walk of the trie that must end exactly at `end`. */
function identify(node: TrieNode, s: string, i: number, end: number): PhraseEntry | null {
  if (i === end) return node.entry;
  const c = s.charCodeAt(i);
  if (c === 0x20 || (c >= 0x09 && c <= 0x0d) || c > 0x7f) {
    const next = node.children.get(SPACE);
    if (next) {
      let j = i + 1;
      while (j < end && /\s/.test(s[j]!)) j++;
      const found = identify(next, s, j, end);
      if (found) return found;
    }
  }
  const literal = node.children.get(s[i]!);
  if (literal) {
    const found = identify(literal, s, i + 1, end);
    if (found) return found;
  }
  const wild = node.children.get(WILD);
  if (wild) {
    // The wildcard is greedy in the regex; try the longest run first, then shorter ones.
    let j = i;
    while (j < end && isWordCode(s.charCodeAt(j))) j++;
    for (; j >= i; j--) {
      const found = identify(wild, s, j, end);
      if (found) return found;
    }
  }
  return null;
}
