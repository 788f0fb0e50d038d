/**
 * Phrase matching and word statistics in one linear pass over the original text.
 *
 * Why not a regular expression: a trie-shaped regex of ~1,500 phrases is past V8's size limit for
 * optimization and, where phrases fan out ("your account …", "you have …"), it tries alternatives one
 * by one. Here every character is looked up once in a 64K table that folds case and diacritics
 * ("Vyhráli" and "vyhrali" give the same symbols), and phrase starts walk a trie whose edges live in
 * one integer hash table. Work per word start is bounded by the longest phrase, so the scan is linear.
 *
 * The same pass counts letters and capitals (for shouting) and collects "odd tokens" that mix letters
 * with digits or symbols or are split by dots ("fr33", "V.I.A.G.R.A") for the obfuscation rule.
 *
 * Phrase syntax: lower-case words separated by single spaces (any run of whitespace matches); a
 * trailing `*` on a word accepts any word ending ("vyhrál* jste" matches "vyhráli jste").
 */
import { foldCode, isWhitespace, letterCase } from '../text';

export interface PhraseEntry<C extends string = string> {
  phrase: string;
  weight: number;
  category: C;
}

export interface PhraseHit<C extends string = string> {
  entry: PhraseEntry<C>;
  /** Range in the scanned text. */
  start: number;
  end: number;
}

export interface OddToken {
  start: number;
  end: number;
  /** Has digits or look-alike symbols (@ $ € | !). */
  leet: boolean;
  /** Has separators between letters (. - _ * ·). */
  split: boolean;
}

export interface WordScan<C extends string = string> {
  hits: PhraseHit<C>[];
  /** Cased letters and capitals among them. */
  letters: number;
  upper: number;
  /** Tokens mixing letters with digits/symbols or split by . - _ * (at most 200). */
  oddTokens: OddToken[];
  /** Longest run of consecutive one-letter words, a cheap gate for the "f r e e" check. */
  singleLetterRun: number;
  /** Union of the character flags seen (F_FOREIGN, F_INVISIBLE), for cheap gates. */
  seen: number;
}

// --- The character table: low 6 bits = phrase symbol, high bits = flags. --------------------------
const SYM_SPACE = 1;
const SYM_A = 2; // a..z → 2..27
const SYM_0 = 28; // 0..9 → 28..37
const SYM_WORD_MAX = 37;
const PUNCT_SYMBOLS = "'-%/.,&$";
const SYM_APOSTROPHE = 38;

const F_LETTER = 1 << 6;
const F_UPPER = 1 << 7;
const F_DIGIT = 1 << 8;
const F_LEET = 1 << 9; // @ $ € | used for letters
const F_SEPARATOR = 1 << 10; // . - _ * · splitting a word
/** Counts only between token characters: "done." and "hello!" are not disguised words, "c!alis" is. */
const F_INNER = 1 << 11;
/** Cyrillic or Greek letter (look-alikes of Latin ones). */
export const F_FOREIGN = 1 << 12;
/** Zero-width characters and soft hyphens. */
export const F_INVISIBLE = 1 << 13;
const F_TOKEN = F_LETTER | F_DIGIT | F_LEET | F_SEPARATOR;
const F_ODD = F_DIGIT | F_LEET | F_SEPARATOR;
// The scan loop uses these as literals; keep them in step.
if (F_TOKEN !== 0x740 || F_INNER !== 0x800 || F_ODD !== 0x700 || F_LETTER !== 0x40)
  throw new Error('matcher flags changed');

const PUNCT_CODES = PUNCT_SYMBOLS.split('').map((ch) => ch.charCodeAt(0));
const LEET_CODES = [0x40, 0x24, 0x20ac, 0x7c]; // @ $ € |
const SEPARATOR_CODES = [0x2e, 0x2d, 0x5f, 0x2a, 0xb7]; // . - _ * ·

/** Table entry of one code unit: its phrase symbol and character flags (0 for most of Unicode). */
export function classifyCode(c: number): number {
  const fc = foldCode(c);
  let v = 0;
  if (fc >= 0x61 && fc <= 0x7a) v = SYM_A + (fc - 0x61);
  else if (fc >= 0x30 && fc <= 0x39) v = SYM_0 + (fc - 0x30);
  else if (isWhitespace(fc)) v = SYM_SPACE;
  else {
    const p = PUNCT_CODES.indexOf(fc);
    if (p >= 0) v = SYM_APOSTROPHE + p;
  }
  const k = letterCase(c);
  if (k) {
    v |= F_LETTER;
    if (k === 2) v |= F_UPPER;
  }
  if (fc >= 0x30 && fc <= 0x39) v |= F_DIGIT;
  if (LEET_CODES.includes(fc)) v |= F_LEET;
  if (fc === 0x21) v |= F_LEET | F_INNER;
  if (SEPARATOR_CODES.includes(fc)) v |= F_SEPARATOR | F_INNER;
  if ((c >= 0x370 && c <= 0x3ff) || (c >= 0x400 && c <= 0x4ff)) v |= F_FOREIGN;
  if (c === 0xad || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff || c === 0x34f)
    v |= F_INVISIBLE;
  return v;
}

/**
 * Ranges where classifyCode() can be non-zero: ASCII, Latin-1, Latin Extended-A/B, combining marks,
 * Greek and Cyrillic; general punctuation (typographic spaces, quotes, dashes, zero-width
 * characters) and the euro sign; minus; the ideographic space; the byte-order mark; full-width ASCII.
 * Everything else (CJK, Arabic, emoji, …) is 0: no symbol, no flags. tests/analysis/matcher.test.ts
 * checks all 65,536 code units against classifyCode, so a change there that widens the ranges fails.
 */
export const CLASSIFIED_RANGES: readonly (readonly [number, number])[] = [
  [0x0000, 0x04ff],
  [0x2000, 0x20ff],
  [0x2212, 0x2212],
  [0x3000, 0x3000],
  [0xfeff, 0xfeff],
  [0xff01, 0xff5e],
];

/**
 * The character table: low 6 bits = phrase symbol, high bits = flags. A flat 64K table keeps the
 * scan loop to one load per character; the zero-filled array costs nothing to create (the pages
 * are never written), and only the ~2,000 code units above are computed at load.
 */
const TABLE = new Uint16Array(65536);
for (const [from, to] of CLASSIFIED_RANGES) for (let c = from; c <= to; c++) TABLE[c] = classifyCode(c);

/** The table entry the scan uses for a code unit (for tests). */
export const tableEntry = (c: number): number => TABLE[c]!;

const isWordSymbol = (sym: number): boolean => sym >= SYM_A && sym <= SYM_WORD_MAX;
const symbolAt = (p: string, i: number): number => TABLE[p.charCodeAt(i)]! & 63;
const FNV_OFFSET = 0x811c9dc5 | 0;

const phraseCodes: number[] = [];

/**
 * fold(raw).replace(/\s+/g, ' ').trim() in one pass without intermediate strings: this runs for
 * every built-in phrase when the matcher is built, on the first analysis in a tab.
 */
function tidyPhrase(raw: string): string {
  const out = phraseCodes;
  out.length = 0;
  let space = false;
  for (let i = 0; i < raw.length && out.length <= 81; i++) {
    const c = raw.charCodeAt(i);
    const f = foldCode(c);
    if (isWhitespace(f) || c === 0x1680) {
      space = out.length > 0;
      continue;
    }
    if (space) out.push(0x20);
    space = false;
    out.push(f);
  }
  return String.fromCharCode.apply(null, out);
}

/**
 * Why the matcher cannot use a phrase: too short or long ('length'), not starting with a letter or
 * digit ('start'), not ending with one or a wildcard ('end'), a `*` anywhere but at the end of a word
 * ('wildcard'), or a character the scan has no symbol for ('char': "!", "?", letters of other scripts).
 */
export type PhraseFault = 'length' | 'start' | 'end' | 'wildcard' | 'char';

/** The first rule of phrase syntax a tidied phrase breaks, or '' when the scan can match it. */
function phraseFault(p: string): PhraseFault | '' {
  if (p.length < 2 || p.length > 80) return 'length';
  // The scan starts phrases at word starts and ends them at word ends.
  if (!isWordSymbol(symbolAt(p, 0))) return 'start';
  const last = p.charCodeAt(p.length - 1);
  if (last !== 0x2a && !isWordSymbol(TABLE[last]! & 63)) return 'end';
  for (let i = 0; i < p.length; i++) {
    const c = p.charCodeAt(i);
    if (c === 0x2a) {
      // Wildcards only at word ends, after at least four characters in the first word (whose stem the
      // scan recognises by the hash of its first four characters); in a later word at any length (a
      // phrase starts with a word character, so the first wildcard that follows a space is at i >= 2).
      // Not as a word of its own ("win *"): the empty word it may stand for made the scan and the
      // phrase's meaning disagree (before punctuation, inside a run of spaces).
      if (p.charCodeAt(i - 1) === 0x20) return 'wildcard';
      if ((i + 1 < p.length && p.charCodeAt(i + 1) !== 0x20) || (i < 4 && p.lastIndexOf(' ', i) < 0))
        return 'wildcard';
    } else if ((TABLE[c]! & 63) === 0) {
      return 'char';
    }
  }
  return '';
}

/** Folds and tidies a phrase as written in a data file; '' when it cannot be matched safely. */
export function normalizePhrase(raw: string): string {
  const p = tidyPhrase(String(raw));
  return phraseFault(p) ? '' : p;
}

export interface PhraseProblem {
  fault: PhraseFault;
  /** For 'char': the first character (a whole code point, as typed) the scan cannot read. */
  char?: string;
}

/**
 * normalizePhrase()'s verdict with its reason, for the places a user types or imports a phrase
 * (options page, settings import): null when the matcher can use the phrase. A phrase with a
 * character the scan cannot read is reported as 'char' naming it, even where the first rule it breaks
 * is 'start' or 'end' ("win!", "Привет"), since that character is what the user has to change.
 */
export function phraseProblem(raw: string): PhraseProblem | null {
  const text = String(raw);
  const fault = phraseFault(tidyPhrase(text));
  if (!fault) return null;
  if (fault !== 'length' && fault !== 'wildcard') {
    // By code point, so an emoji is named whole rather than as half a surrogate pair.
    for (const ch of text) {
      const c = ch.charCodeAt(0);
      // Characters beyond the BMP have no symbol; '*' and U+1680 (a space to tidyPhrase) are no fault here.
      if (ch.length > 1 || (c !== 0x2a && c !== 0x1680 && (TABLE[c]! & 63) === 0))
        return { fault: 'char', char: ch };
    }
  }
  return { fault };
}

// Phrases as the data files write them: lower case, single spaces, no wildcard.
const PLAIN_PHRASE = /^[a-z0-9](?:[a-z0-9'%/.,&$-]| (?! ))*[a-z0-9]$/;
/** The characters fold() changes besides nothing: ASCII capitals and everything beyond ASCII. */
const FOLDABLE = /[A-Z\u0080-\uffff]/g;
const foldChar = (ch: string): string => String.fromCharCode(foldCode(ch.charCodeAt(0)));

/**
 * normalizePhrase() for a whole list, in a few native string operations over all phrases joined:
 * capitals and non-ASCII characters folded through the table (a regex callback per such character,
 * not a loop over every character), which is fold() exactly. A phrase keeps that result when it is
 * plain ASCII and already tidy, which is exactly when normalizePhrase() gives the same; any other
 * phrase (wildcards, stray spaces, letters from other scripts) takes normalizePhrase() itself. This
 * runs for ~2,000 phrases on the first analysis in a tab, on a cold engine.
 */
export function normalizePhrases(raw: readonly string[]): string[] {
  const out: string[] = new Array<string>(raw.length);
  let folded: string[] | null = raw.join('\n').replace(FOLDABLE, foldChar).split('\n');
  if (folded.length !== raw.length) folded = null; // a phrase with a line break in it
  for (let k = 0; k < raw.length; k++) {
    const f = folded?.[k];
    out[k] =
      f !== undefined && f.length === raw[k]!.length && f.length <= 80 && PLAIN_PHRASE.test(f)
        ? f
        : normalizePhrase(raw[k]!);
  }
  return out;
}

export class PhraseMatcher<C extends string = string> {
  readonly size: number;
  private readonly entries: PhraseEntry<C>[] = [];
  /** Child of the root by symbol. */
  private readonly root = new Int32Array(64).fill(-1);
  /**
   * Hashes of the first words of phrases (up to the first character that ends a word), so a word
   * that starts no phrase costs one probe at its end instead of a trie walk.
   */
  private readonly firstWords: Int32Array;
  /** Per slot: the group of phrases with that first word (+1; 0 = empty slot) and the word's length. */
  private readonly firstWordGroups: Int32Array;
  private readonly firstWordLengths: Int32Array;
  /**
   * Phrases by first word. A group enters the trie the first time a text contains its first word,
   * so the first analysis in a tab pays for the few dozen groups it meets, not for all 2,000
   * phrases; results do not depend on what was built when (see firstWordNode).
   */
  private readonly groups: number[][] = [];
  /** While indexing: group by first word, and each group's first-word hash. */
  private groupOfWord = new Map<string, number>();
  private groupHashes: number[] = [];
  /** Per group: the trie node after the first word, or -1 while the group is not in the trie. */
  private groupNodes: Int32Array;
  /**
   * Bitmap over (first-word hash, symbol that follows the first word): most first words ("you",
   * "the", "your") are not followed by anything a phrase continues with, so no walk is needed.
   */
  private readonly continuations = new Uint8Array(65536);
  /**
   * Phrases whose first word is a wildcard stem ("vyhrál* jste"): a bitmap over the low 16 bits of the
   * hash of their first four symbols. A false positive only costs a trie walk.
   */
  private readonly stemBits = new Uint8Array(65536);
  private anyStems = false;
  /** Edge hash: key = node * 64 + symbol, stored + 1 (0 = empty slot) → child node. */
  private readonly keys: Int32Array;
  private readonly values: Int32Array;
  private readonly mask: number;
  /**
   * Per node: entry index + 1 (0 = none); child reached through a trailing wildcard (0 = none, as the
   * root is never one). Zero means absent everywhere, so the arrays need no filling when created.
   */
  private readonly terminal: Int32Array;
  private readonly wildcard: Int32Array;
  /** Nodes in use (the root is node 0). */
  private nodes = 1;

  constructor(source: Iterable<PhraseEntry<C>>) {
    const byPhrase = new Map<string, number>();
    const entries = this.entries;
    let chars = 0;
    const list = Array.isArray(source) ? (source as readonly PhraseEntry<C>[]) : [...source];
    const normalized = normalizePhrases(list.map((e) => String(e.phrase)));
    for (let k = 0; k < list.length; k++) {
      const e = list[k]!;
      const phrase = normalized[k]!;
      const weight = Number(e.weight);
      if (!phrase || !Number.isFinite(weight)) continue;
      // The same phrase in two lists (Czech and Slovak share words): keep the stronger entry.
      const known = byPhrase.get(phrase);
      if (known === undefined) {
        byPhrase.set(phrase, entries.length);
        // Most built-in entries are already in final form: keep the object rather than copy it.
        entries.push(
          e.phrase === phrase && e.weight === weight ? e : { phrase, weight, category: e.category },
        );
        chars += phrase.length;
      } else if (entries[known]!.weight < weight) {
        entries[known] = { phrase, weight, category: e.category };
      }
    }
    this.size = entries.length;
    // Each phrase character adds at most one node and one edge.
    this.terminal = new Int32Array(chars + 1);
    this.wildcard = new Int32Array(chars + 1);
    let slots = 64;
    while (slots < chars * 2) slots *= 2;
    this.mask = slots - 1;
    this.keys = new Int32Array(slots);
    this.values = new Int32Array(slots);
    let wordSlots = 64;
    while (wordSlots < entries.length * 4) wordSlots *= 2;
    this.firstWords = new Int32Array(wordSlots);
    this.firstWordGroups = new Int32Array(wordSlots);
    this.firstWordLengths = new Int32Array(wordSlots);
    // One call per phrase rather than one long loop: the engine compiles a small, often-called
    // function within a few hundred calls, while a long loop runs interpreted until it is replaced.
    const stems: number[] = [];
    for (let k = 0; k < entries.length; k++) if (this.index(k, entries[k]!.phrase)) stems.push(k);
    this.groupNodes = new Int32Array(this.groups.length).fill(-1);
    this.groupOfWord = new Map();
    this.groupHashes = [];
    // Stems go in at once: few, and a walk through any first word may branch into them.
    for (const k of stems) this.insert(k, entries[k]!.phrase);
  }

  /**
   * Files phrase k under its first word (hash, length, and the symbol after it for `continuations`),
   * or marks its stem in stemBits. Returns true for a stem phrase (the trie gets it up front). Runs
   * once per phrase on a cold engine, so the first word is cut out by a regex and hashed once per
   * distinct word.
   */
  private index(k: number, phrase: string): boolean {
    // Normalized phrases are ASCII; the first word runs up to the first character that ends a word
    // (a wildcard, a space, most punctuation; an apostrophe between letters belongs to the word).
    const word = FIRST_WORD.exec(phrase)![0];
    const end = word.length;
    const after = phrase.charCodeAt(end);
    if (after === 0x2a) {
      this.stemBits[fnv(phrase, 4) & 0xffff] = 1;
      this.anyStems = true;
      return true;
    }
    let g = this.groupOfWord.get(word);
    if (g === undefined) {
      const h = fnv(word, end);
      const words = this.firstWords;
      const groups = this.firstWordGroups;
      const lengths = this.firstWordLengths;
      const wordMask = words.length - 1;
      let slot = h & wordMask;
      while (groups[slot] !== 0 && !(words[slot] === h && lengths[slot] === end))
        slot = (slot + 1) & wordMask;
      if (groups[slot] === 0) {
        words[slot] = h;
        lengths[slot] = end;
        groups[slot] = this.groups.push([]);
      }
      g = groups[slot]! - 1;
      this.groupOfWord.set(word, g);
      this.groupHashes[g] = h;
    }
    this.groups[g]!.push(k);
    if (end < phrase.length) {
      const next = after === 0x20 ? end + 1 : end;
      this.continuations[continuationKey(this.groupHashes[g]!, TABLE[phrase.charCodeAt(next)]! & 63)] = 1;
      // "you'* won": the scan reads "you've" as one word, not this first word. The stem of the first
      // four symbols ("you'", at least four: normalizePhrase) finds that; the group finds "you' won".
      if (after === 0x27 && phrase.charCodeAt(end + 1) === 0x2a) {
        this.stemBits[fnv(phrase, 4) & 0xffff] = 1;
        this.anyStems = true;
        return true;
      }
    }
    return false;
  }

  /** Adds phrase k to the trie; returns the node after its first `firstEnd` characters. */
  private insert(k: number, phrase: string, firstEnd = 0): number {
    const n = phrase.length;
    const { keys, values, wildcard, mask } = this;
    let node = 0;
    let firstNode = 0;
    for (let i = 0; i < n; i++) {
      if (i === firstEnd) firstNode = node;
      const c = phrase.charCodeAt(i);
      if (c === 0x2a) {
        if (wildcard[node] === 0) wildcard[node] = this.nodes++;
        node = wildcard[node]!;
        continue;
      }
      const key = node * 64 + (TABLE[c]! & 63);
      for (let slot = (Math.imul(key, 0x9e3779b1) >>> 7) & mask; ; slot = (slot + 1) & mask) {
        const known = keys[slot]!;
        if (known === key + 1) {
          node = values[slot]!;
          break;
        }
        if (known === 0) {
          keys[slot] = key + 1;
          values[slot] = this.nodes;
          if (key < 64) this.root[key] = this.nodes;
          node = this.nodes++;
          break;
        }
      }
    }
    this.terminal[node] = k + 1;
    return firstEnd >= n ? node : firstNode;
  }

  /**
   * The trie node after a first word with this hash and length, or -1; puts the word's phrases in
   * the trie on first use. Why building per first word gives the same results as building all: a
   * walk from here follows the text, whose next symbol ends a word, so it only meets edges of
   * phrases with this first word (built now) or wildcard branches of stems (built up front); and
   * tryAt() walks from the root along one word, where the same holds once that word's own group is
   * in, which this lookup (made for every word before tryAt) ensures.
   */
  private firstWordNode(h: number, length: number): number {
    const mask = this.firstWords.length - 1;
    for (let slot = h & mask; this.firstWordGroups[slot]; slot = (slot + 1) & mask) {
      if (this.firstWords[slot] === h && this.firstWordLengths[slot] === length) {
        const g = this.firstWordGroups[slot]! - 1;
        const node = this.groupNodes[g]!;
        return node >= 0 ? node : this.buildGroup(g, length);
      }
    }
    return -1;
  }

  private buildGroup(g: number, length: number): number {
    let node = -1;
    // With two first words of equal hash and length (never seen, but possible), the last one's node
    // is used, as when every phrase was built up front.
    for (const k of this.groups[g]!) node = this.insert(k, this.entries[k]!.phrase, length);
    this.groupNodes[g] = node;
    return node;
  }

  /** Longest phrase starting at i (a word start); records it and returns its end, or -1. */
  private tryAt(s: string, i: number, to: number, best: [number, number]): number {
    const node = this.root[TABLE[s.charCodeAt(i)]! & 63]!;
    if (node < 0) return -1;
    best[0] = -1;
    this.walk(s, node, i + 1, to, best);
    return best[0];
  }

  private hash(key: number): number {
    return (Math.imul(key, 0x9e3779b1) >>> 7) & this.mask;
  }

  private child(node: number, sym: number): number {
    const key = node * 64 + sym;
    const keys = this.keys;
    for (let h = this.hash(key); ; h = (h + 1) & this.mask) {
      const k = keys[h]!;
      if (k === key + 1) return this.values[h]!;
      if (k === 0) return -1;
    }
  }

  /** Walks on from `node` at `j`, recording in `best` the longest phrase that ends at a word end. */
  private walk(s: string, node: number, j: number, to: number, best: [number, number]): void {
    for (;;) {
      const entry = this.terminal[node]! - 1;
      if (entry >= 0 && j > best[0] && endsWord(s, j, to)) {
        best[0] = j;
        best[1] = entry;
      }
      const wild = this.wildcard[node]!;
      if (wild > 0) {
        let k = j;
        while (k < to && isWordSymbol(TABLE[s.charCodeAt(k)]! & 63)) k++;
        this.walk(s, wild, k, to, best);
      }
      if (j >= to) return;
      const sym = TABLE[s.charCodeAt(j)]! & 63;
      if (sym === 0) return;
      const next = this.child(node, sym);
      if (next < 0) return;
      node = next;
      j++;
      if (sym === SYM_SPACE) while (j < to && (TABLE[s.charCodeAt(j)]! & 63) === SYM_SPACE) j++;
    }
  }

  /** Phrase hits (longest at each word start, not overlapping) and word statistics for s[from, to). */
  scan(s: string, from = 0, to = s.length, limit = 400): WordScan<C> {
    // Hot loop: the bit constants are repeated as literals on purpose (module-level bindings are
    // loaded from the module context on every use; literals are folded by the compiler).
    const end = Math.min(to, s.length);
    const table = TABLE;
    const stemBits = this.stemBits;
    const anyStems = this.anyStems;
    let hash4 = 0;
    const hits: PhraseHit<C>[] = [];
    const oddTokens: OddToken[] = [];
    const best: [number, number] = [-1, -1];
    const alt: [number, number] = [-1, -1];
    let letters = 0;
    let upper = 0;
    let singleRun = 0;
    let longestSingleRun = 0;
    let seen = 0;
    let inWord = false;
    let wordStart = -1;
    let hash = 0;
    let free = from; // no phrase may start before this (end of the last hit)
    let tokenStart = -1;
    let tokenEnd = -1;
    let tokenFlags = 0;
    let pending = 0;
    for (let i = from; i < end; i++) {
      const v = table[s.charCodeAt(i)]!;
      seen |= v;
      letters += (v >>> 6) & 1; // F_LETTER
      upper += (v >>> 7) & 1; // F_UPPER
      if (v & 0x740) {
        // F_TOKEN; F_INNER characters count only between token characters.
        if (v & 0x800) {
          if (tokenStart >= 0) pending |= v;
        } else {
          if (tokenStart < 0) {
            tokenStart = i;
            tokenFlags = 0;
          }
          tokenFlags |= v | pending;
          pending = 0;
          tokenEnd = i + 1;
        }
      } else if (tokenStart >= 0) {
        // F_LETTER with F_DIGIT | F_LEET | F_SEPARATOR
        if (tokenEnd - tokenStart >= 4 && tokenFlags & 0x40 && tokenFlags & 0x700)
          closeToken(tokenStart, tokenEnd, tokenFlags, oddTokens);
        tokenStart = -1;
        pending = 0;
      }
      const sym = v & 63;
      if (sym >= 2 && sym <= 37) {
        if (!inWord) {
          inWord = true;
          wordStart = i;
          hash = 0x811c9dc5 | 0;
        }
        hash = Math.imul(hash ^ sym, 0x01000193);
        if (i - wordStart === 3) hash4 = hash;
      } else if (inWord) {
        // "don't", "you've": an apostrophe between letters is part of the word.
        if (sym === 38 && i + 1 < end && isWordSymbol(table[s.charCodeAt(i + 1)]! & 63)) {
          hash = Math.imul(hash ^ sym, 0x01000193);
          // The stem hash covers the first four symbols, an apostrophe among them ("abc'de*").
          if (i - wordStart === 3) hash4 = hash;
          continue;
        }
        inWord = false;
        if (i - wordStart === 1) {
          if (++singleRun > longestSingleRun) longestSingleRun = singleRun;
        } else {
          singleRun = 0;
        }
        if (wordStart >= free && hits.length < limit) {
          const node = this.firstWordNode(hash, i - wordStart);
          best[0] = -1;
          if (node >= 0) {
            // What follows the word: the next symbol after a run of spaces, or the punctuation itself.
            let next = sym;
            if (sym === 1) {
              let j = i + 1;
              while (j < end && (table[s.charCodeAt(j)]! & 63) === 1) j++;
              next = j < end ? table[s.charCodeAt(j)]! & 63 : 0;
            }
            if (this.terminal[node]! > 0 || this.continuations[continuationKey(hash, next)] === 1)
              this.walk(s, node, i, end, best);
          }
          // A phrase starting with a wildcard stem ("vyhrál* jste") has no fixed first word; it is
          // tried beside the phrases filed under this word, and the longer match wins ("vyhrál* jste"
          // over "vyhráli" in "Vyhráli jste").
          if (anyStems && i - wordStart >= 4 && stemBits[hash4 & 0xffff] === 1) {
            if (this.tryAt(s, wordStart, end, alt) > best[0]) {
              best[0] = alt[0];
              best[1] = alt[1];
            }
          }
          if (best[0] > 0) {
            hits.push({ entry: this.entries[best[1]]!, start: wordStart, end: best[0] });
            free = best[0];
          }
        }
      }
    }
    if (inWord) {
      if (end - wordStart === 1 && ++singleRun > longestSingleRun) longestSingleRun = singleRun;
      const node = wordStart >= free && hits.length < limit ? this.firstWordNode(hash, end - wordStart) : -1;
      best[0] = -1;
      if (node >= 0) this.walk(s, node, end, end, best);
      // At most `limit` hits here too (a stem word at the very end used to add one more).
      if (
        anyStems &&
        wordStart >= free &&
        hits.length < limit &&
        end - wordStart >= 4 &&
        stemBits[hash4 & 0xffff] === 1
      ) {
        if (this.tryAt(s, wordStart, end, alt) > best[0]) {
          best[0] = alt[0];
          best[1] = alt[1];
        }
      }
      if (best[0] > 0) hits.push({ entry: this.entries[best[1]]!, start: wordStart, end: best[0] });
    }
    if (tokenStart >= 0) closeToken(tokenStart, tokenEnd, tokenFlags, oddTokens);
    return { hits, letters, upper, oddTokens, singleLetterRun: longestSingleRun, seen };
  }

  /** Only the phrase hits. */
  match(s: string, from = 0, to = s.length, limit = 400): PhraseHit<C>[] {
    return this.scan(s, from, to, limit).hits;
  }
}

/** A phrase's first word, as the scan delimits words (phrases are folded ASCII by now). */
const FIRST_WORD = /^[a-z0-9](?:[a-z0-9]|'(?=[a-z0-9]))*/;

/**
 * The scan's word hash (FNV-1a over phrase symbols) of s[0, n). Math.imul(x, 0x01000193) written as
 * (x << 24) + x * 403, which is exact in doubles, so the cold interpreter makes no call per character.
 */
function fnv(s: string, n: number): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < n; i++) {
    const x = h ^ (TABLE[s.charCodeAt(i)]! & 63);
    h = ((x << 24) + x * 403) | 0;
  }
  return h;
}

function continuationKey(hash: number, sym: number): number {
  return (hash ^ Math.imul(sym + 1, 0x9e3779b1)) & 0xffff;
}

function endsWord(s: string, j: number, to: number): boolean {
  if (j >= to) return true;
  const sym = TABLE[s.charCodeAt(j)]! & 63;
  if (isWordSymbol(sym)) return false;
  // "you won" must not end inside "you won't".
  return !(sym === SYM_APOSTROPHE && j + 1 < to && isWordSymbol(TABLE[s.charCodeAt(j + 1)]! & 63));
}

function closeToken(start: number, end: number, flags: number, out: OddToken[]): void {
  if (out.length >= 200 || end - start < 4 || end - start > 64 || !(flags & F_LETTER)) return;
  if (flags & F_ODD)
    out.push({ start, end, leet: (flags & (F_DIGIT | F_LEET)) !== 0, split: (flags & F_SEPARATOR) !== 0 });
}

/** Character flags for other modules' cheap checks. */
export function isLetterCode(c: number): boolean {
  return (TABLE[c]! & F_LETTER) !== 0;
}
