/**
 * A small HTML character reference decoder for attribute values and link text. Editors emit few
 * named references (&nbsp; &amp; and accented letters from pasted Word text); numeric ones are how
 * spammers hide words ("&#118;iagra") and link targets ("&#106;avascript:"), so those are complete.
 */
const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  shy: '\u00ad',
  zwj: '\u200d',
  zwnj: '\u200c',
  copy: '©',
  reg: '®',
  trade: '™',
  euro: '€',
  pound: '£',
  yen: '¥',
  cent: '¢',
  dollar: '$',
  hellip: '…',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  sbquo: '‚',
  bdquo: '„',
  laquo: '«',
  raquo: '»',
  bull: '•',
  middot: '·',
  times: '×',
  divide: '÷',
  deg: '°',
  sect: '§',
  para: '¶',
  iexcl: '¡',
  iquest: '¿',
  excl: '!',
  quest: '?',
  num: '#',
  percnt: '%',
  commat: '@',
  colon: ':',
  sol: '/',
  period: '.',
  comma: ',',
  lpar: '(',
  rpar: ')',
  tab: '\t',
  newline: '\n',
};

// Accented letters: &aacute; &Ccaron; &uring; … generated rather than listed.
const ACCENTS: Record<string, string> = {
  acute: '\u0301',
  grave: '\u0300',
  circ: '\u0302',
  tilde: '\u0303',
  uml: '\u0308',
  ring: '\u030a',
  caron: '\u030c',
  cedil: '\u0327',
  ogon: '\u0328',
  dblac: '\u030b',
};
for (const base of 'aeiouycnrszdtlgkhjwAEIOUYCNRSZDTLGKHJW') {
  for (const [name, mark] of Object.entries(ACCENTS)) {
    const composed = (base + mark).normalize('NFC');
    if (composed.length === 1) NAMED[base + name] = composed;
  }
}
NAMED.szlig = 'ß';
NAMED.aelig = 'æ';
NAMED.AElig = 'Æ';
NAMED.oslash = 'ø';
NAMED.Oslash = 'Ø';

const REFERENCE = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z][a-zA-Z0-9]{1,31}));?/y;

function fromCodePoint(cp: number): string {
  if (!Number.isFinite(cp) || cp <= 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return '\ufffd';
  return String.fromCodePoint(cp);
}

/** Decodes one reference at `s[i] === '&'`; returns the text and how many source chars it used. */
export function decodeReferenceAt(s: string, i: number): { text: string; length: number } | null {
  REFERENCE.lastIndex = i;
  const m = REFERENCE.exec(s);
  if (!m) return null;
  if (m[1] !== undefined) return { text: fromCodePoint(parseInt(m[1], 10)), length: m[0].length };
  if (m[2] !== undefined) return { text: fromCodePoint(parseInt(m[2], 16)), length: m[0].length };
  // Own names only: "&constructor;" is no reference (it read Object.prototype's function).
  const named = Object.hasOwn(NAMED, m[3]!) ? NAMED[m[3]!] : undefined;
  if (named === undefined || !m[0].endsWith(';')) return null;
  return { text: named, length: m[0].length };
}

export function decodeEntities(s: string): string {
  // Stryker disable next-line StringLiteral: indexOf('') is 0, never < 0: only this shortcut is lost.
  if (s.indexOf('&') < 0) return s;
  let out = '';
  let last = 0;
  for (let i = s.indexOf('&'); i >= 0; i = s.indexOf('&', i + 1)) {
    const ref = decodeReferenceAt(s, i);
    if (!ref) continue;
    out += s.slice(last, i) + ref.text;
    last = i + ref.length;
    i = last - 1;
  }
  return out + s.slice(last);
}
