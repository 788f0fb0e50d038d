/**
 * Text primitives shared by the rules: a length-preserving fold (lower case, no diacritics) so that
 * offsets found in folded text are offsets in the original, and a letter-case table for shouting checks.
 */

/** Folded code unit for every code unit up to U+024F (Latin-1 and Latin Extended-A/B). */
const FOLD = new Uint16Array(0x250);
/** 1 = lower-case letter, 2 = upper-case letter, 0 = anything else (same range). */
const CASE = new Uint8Array(0x250);

// Letters whose NFD has no base letter (or a base that is not a single ASCII letter).
const SPECIAL_FOLDS: Record<string, string> = {
  ß: 's', đ: 'd', Đ: 'd', ł: 'l', Ł: 'l', ø: 'o', Ø: 'o', æ: 'a', Æ: 'a', œ: 'o', Œ: 'o', þ: 't',
  Þ: 't', ð: 'd', Ð: 'd', ı: 'i', ŀ: 'l', Ŀ: 'l', ħ: 'h', Ħ: 'h', ŧ: 't', Ŧ: 't', ƒ: 'f',
  '\u00a0': ' ', '\u00ad': '\u00ad',
};

for (let c = 0; c < 0x250; c++) {
  const ch = String.fromCharCode(c);
  let folded = SPECIAL_FOLDS[ch] ?? ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  if (folded.length !== 1) folded = ch.toLowerCase().length === 1 ? ch.toLowerCase() : ch;
  FOLD[c] = folded.charCodeAt(0);
  const lower = ch.toLowerCase();
  const upper = ch.toUpperCase();
  if (lower !== upper) CASE[c] = ch === lower ? 1 : 2;
}

/** Typographic punctuation that people (and spammers) type instead of ASCII. */
function foldPunctuation(c: number): number {
  if (c >= 0x2000 && c <= 0x200a) return 0x20; // typographic spaces
  switch (c) {
    case 0x2018: case 0x2019: case 0x201a: case 0x201b: case 0x2032: case 0x02bc:
      return 0x27; // ’ ‘ ‚ ′ ʼ → '
    case 0x201c: case 0x201d: case 0x201e: case 0x201f: case 0x2033:
      return 0x22;
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2212:
      return 0x2d;
    case 0x202f: case 0x205f: case 0x3000:
      return 0x20;
    default:
      // Full-width ASCII (ＦＲＥＥ) is a known filter-evasion trick; fold it to ASCII.
      if (c >= 0xff01 && c <= 0xff5e) {
        const ascii = c - 0xff01 + 0x21;
        return ascii >= 0x41 && ascii <= 0x5a ? ascii + 32 : ascii;
      }
      return c;
  }
}

/** Folded code unit of one code unit (lower case, no diacritics, ASCII punctuation). */
export function foldCode(c: number): number {
  return c < 0x250 ? FOLD[c]! : foldPunctuation(c);
}

const NON_ASCII = /[^\x00-\x7f]/;
let buffer = new Uint16Array(4096);
const utf16 = typeof TextDecoder === 'function' ? new TextDecoder('utf-16le') : null;

/**
 * Lower case without diacritics, one output code unit per input code unit, so a range found in the
 * folded string is the same range in the original ("vyhráli" → "vyhrali", "ＦＲＥＥ" → "free").
 */
export function fold(s: string): string {
  if (!NON_ASCII.test(s)) return s.toLowerCase();
  const n = s.length;
  if (buffer.length < n) buffer = new Uint16Array(Math.max(n, buffer.length * 2));
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    buffer[i] = c < 0x250 ? FOLD[c]! : foldPunctuation(c);
  }
  const view = buffer.subarray(0, n);
  if (utf16) return utf16.decode(view);
  let out = '';
  for (let i = 0; i < n; i += 8192) {
    out += String.fromCharCode.apply(null, Array.from(view.subarray(i, Math.min(n, i + 8192))));
  }
  return out;
}

/** 1 lower-case letter, 2 upper-case letter, 0 other. Covers Latin, Greek and Cyrillic. */
export function letterCase(c: number): 0 | 1 | 2 {
  if (c < 0x250) return CASE[c] as 0 | 1 | 2;
  if (c >= 0x410 && c <= 0x42f) return 2;
  if (c >= 0x430 && c <= 0x44f) return 1;
  if (c >= 0x391 && c <= 0x3a9) return 2;
  if (c >= 0x3b1 && c <= 0x3c9) return 1;
  return 0;
}

export interface CaseCount {
  letters: number;
  upper: number;
}

/** Counts cased letters in [start, end). */
export function countCase(s: string, start = 0, end = s.length): CaseCount {
  let letters = 0;
  let upper = 0;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    // ASCII fast path: most mail is mostly ASCII.
    if (c < 0x80) {
      if (c >= 0x61 && c <= 0x7a) letters++;
      else if (c >= 0x41 && c <= 0x5a) {
        letters++;
        upper++;
      }
      continue;
    }
    const k = letterCase(c);
    if (k) {
      letters++;
      if (k === 2) upper++;
    }
  }
  return { letters, upper };
}

export function isAsciiWordChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a);
}

export function isWhitespace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Where the user's own words end and quoted history begins. Adapters strip Gmail's .gmail_quote, but
 * text pasted from other clients keeps its "On … wrote:" / "-----Original Message-----" headers
 * (Outlook), "Dne … napsal(a):" (Czech clients) or "> " prefixes (plain text). Bounded line scans
 * only, so the regex stays linear; case and accents are matched on the original text.
 */
const QUOTE_LINE = String.raw`[ \t]*(?:>|-{2,}[ \t]*(?:original message|forwarded message|p[uů]vodn[ií] zpr[aá]va|p[rř]eposlan[aá] zpr[aá]va|urspr[uü]ngliche nachricht|weitergeleitete nachricht|message d'origine|message transf[eé]r[eé]|mensaje original|mensaje reenviado|p[oô]vodn[aá] spr[aá]va|preposlan[aá] spr[aá]va)|begin forwarded message:|(?:on|dne|am|le|el|v) [^\n]{1,200}(?:wrote|napsal\(a\)|napsal|napsala|nap[ií]sal\(a\)|nap[ií]sal|schrieb|a [eé]crit|escribi[oó])[ \t\r]*:?[ \t\r]*$|(?:from|od|von|de): [^\n]{1,200}\r?\n[ \t]*(?:sent|date|odesl[aá]no|datum|gesendet|envoy[eé]|enviado|odoslan[eé]):)`;
// Starting with a literal newline lets V8 jump from line to line instead of testing every position.
const QUOTE_AT_START = new RegExp(QUOTE_LINE, 'iym');
const QUOTE_AFTER_NEWLINE = new RegExp(`\\n${QUOTE_LINE}`, 'im');

export function quotedHistoryStart(text: string): number {
  QUOTE_AT_START.lastIndex = 0;
  if (QUOTE_AT_START.test(text)) return 0;
  const m = QUOTE_AFTER_NEWLINE.exec(text);
  return m ? m.index + 1 : text.length;
}

/** Cuts a user-visible excerpt of evidence, so findings quote what the user wrote. */
export function excerpt(s: string, start: number, end: number, max = 40): string {
  const piece = s.slice(start, Math.min(end, start + max)).replace(/\s+/g, ' ').trim();
  return end - start > max ? `${piece}…` : piece;
}

/** Formats a list of quoted excerpts for message data: “a”, “b”, “c”. */
export function quoteList(items: readonly string[], max = 4): string {
  const unique = [...new Set(items.filter(Boolean))];
  const shown = unique.slice(0, max).map((s) => `“${s}”`);
  return unique.length > max ? `${shown.join(', ')} …` : shown.join(', ');
}
