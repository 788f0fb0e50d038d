/**
 * Text primitives shared by the rules: a length-preserving fold (lower case, no diacritics) so that
 * offsets found in folded text are offsets in the original, and a letter-case table for shouting checks.
 */

/**
 * Folded form of U+00C0..U+024F (Latin-1 letters and Latin Extended-A/B), one character per code
 * unit: the letter without diacritics, lower case. Derived once from NFD plus a few letters that NFD
 * leaves alone (ß → s, ł → l, ø → o, æ → a, đ → d, þ → t, …); tests/analysis/text.test.ts re-derives
 * it with String.prototype.normalize and compares. Kept as data because deriving it at load means
 * hundreds of normalize() calls in every Gmail tab.
 */
const LATIN_FOLDS =
  'aaaaaaaceeeeiiiidnooooo×ouuuuytsaaaaaaaceeeeiiiidnooooo÷ouuuuytyaaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii' +
  'ĳĳjjkkĸllllllllllnnnnnnŉŋŋoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzſƀɓƃƃƅƅɔƈƈɖɗƌƌƍǝəɛƒfɠɣƕɩɨƙƙƚƛɯɲƞɵooƣƣƥƥ' +
  'ʀƨƨʃƪƫƭƭʈuuʊʋƴƴƶƶʒƹƹƺƻƽƽƾƿǀǁǂǃǆǆǆǉǉǉǌǌǌaaiioouuuuuuuuuuǝaaaaææǥǥggkkooooʒʒjǳǳǳggƕƿnnaaææøøaaaaeeeeiiiioooorrrruuuusstt' +
  'ȝȝhhƞȡȣȣȥȥaaeeooooooooyyȴȵȶȷȸȹⱥȼȼƚⱦȿɀɂɂƀʉʌɇɇɉɉɋɋɍɍɏɏ';

/** Folded code unit for every code unit up to U+024F. */
const FOLD = new Uint16Array(0x250);
/** 1 = lower-case letter, 2 = upper-case letter, 0 = anything else (same range). */
const CASE = new Uint8Array(0x250);

for (let c = 0; c < 0xc0; c++) {
  const upper = c >= 0x41 && c <= 0x5a;
  FOLD[c] = upper ? c + 32 : c;
  CASE[c] = upper ? 2 : (c >= 0x61 && c <= 0x7a) || c === 0xb5 ? 1 : 0; // µ has an upper case (Μ)
}
FOLD[0xa0] = 0x20; // no-break space reads as a space
for (let c = 0xc0; c < 0x250; c++) {
  FOLD[c] = LATIN_FOLDS.charCodeAt(c - 0xc0);
  CASE[c] = caseOf(c);
}

function caseOf(c: number): 0 | 1 | 2 {
  const ch = String.fromCharCode(c);
  const lower = ch.toLowerCase();
  if (lower === ch.toUpperCase()) return 0;
  return ch === lower ? 1 : 2;
}

/** Typographic punctuation that people (and spammers) type instead of ASCII. */
function foldPunctuation(c: number): number {
  if (c >= 0x2000 && c <= 0x200a) return 0x20; // typographic spaces
  switch (c) {
    case 0x2018:
    case 0x2019:
    case 0x201a:
    case 0x201b:
    case 0x2032:
    case 0x02bc:
      return 0x27; // ’ ‘ ‚ ′ ʼ → '
    case 0x201c:
    case 0x201d:
    case 0x201e:
    case 0x201f:
    case 0x2033:
      return 0x22;
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2212:
      return 0x2d;
    case 0x202f:
    case 0x205f:
    case 0x3000:
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
  // Stryker disable next-line ArithmeticOperator: only growth speed; Math.max makes the buffer at least n long
  if (buffer.length < n) buffer = new Uint16Array(Math.max(n, buffer.length * 2));
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    buffer[i] = c < 0x250 ? FOLD[c]! : foldPunctuation(c);
  }
  const view = buffer.subarray(0, n);
  // TextDecoder pays a fixed cost per call that dominates for words and phrases.
  if (n <= 256) return String.fromCharCode.apply(null, view as unknown as number[]);
  // TextDecoder turns a lone surrogate into U+FFFD; fold() keeps every code unit it does not fold
  // (as foldCode() and the short path do), so a text with one goes through fromCharCode instead.
  if (utf16 && s.isWellFormed?.()) return utf16.decode(view);
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
    // Stryker disable next-line BlockStatement: a fast path; letterCase() counts ASCII letters the same way
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
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0xa0 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
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
  const stop = Math.min(end, start + max);
  let piece = s.slice(start, stop);
  // Most excerpts are words and single spaces: skip the regex for those.
  if (!isTidy(s, start, stop)) piece = piece.replace(/\s+/g, ' ').trim();
  return end - start > max ? `${piece}…` : piece;
}

/** True when s[start, end) is printable ASCII with single inner spaces (nothing for excerpt() to tidy). */
// Stryker disable next-line BlockStatement: a fast path only; undefined (falsy) sends every excerpt through the regex
function isTidy(s: string, start: number, end: number): boolean {
  // Stryker disable next-line BooleanLiteral: an empty range tidies to '' either way
  if (start >= end) return true;
  if (s.charCodeAt(start) === 0x20 || s.charCodeAt(end - 1) === 0x20) return false;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x20 ? s.charCodeAt(i + 1) === 0x20 : c < 0x21 || c > 0x7e) return false;
  }
  // Stryker disable next-line BooleanLiteral: false only sends tidy text through the regex, which leaves it as it is
  return true;
}

/** Formats a list of quoted excerpts for message data: “a”, “b”, “c”. */
export function quoteList(items: readonly string[], max = 4): string {
  let shown = '';
  let count = 0;
  const seen = new Set<string>();
  for (const item of items) {
    if (!item || seen.has(item)) continue;
    seen.add(item);
    if (++count <= max) shown += count > 1 ? `, “${item}”` : `“${item}”`;
  }
  return count > max ? `${shown} …` : shown;
}
