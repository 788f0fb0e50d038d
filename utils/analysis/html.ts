/**
 * A single-pass, linear HTML scanner for untrusted editor HTML, usable where DOMParser is not
 * (workers, Node). It does not build a tree; it keeps a shallow stack of open elements with the
 * inherited facts the rules need (hidden? text colour, background, inside quoted history, inside a
 * link) and collects links, images, hidden text and visible text length.
 *
 * Linear by construction: every search (`indexOf`, a bounded quoted-value skip) moves forward, and
 * when a tag has no closing '>' the rest of the input is text, so "<a href=\"".repeat(1e4) costs
 * one pass.
 */
import { decodeEntities, decodeReferenceAt } from './entities';
import { TOKEN_COST, type WorkBudget } from './budget';

export type HiddenReason =
  'displayNone' | 'visibilityHidden' | 'collapsed' | 'tinyFont' | 'sameColor' | 'transparent';

export interface HtmlLink {
  /** Decoded href. */
  href: string;
  /** Range of the raw href value in the HTML. */
  hrefStart: number;
  hrefEnd: number;
  /** Decoded text inside the link (first 300 characters). */
  text: string;
  /** From '<a' to the end of the link text. */
  start: number;
  end: number;
  hidden: boolean;
}

export interface HtmlImage {
  src: string;
  start: number;
  end: number;
  width: number;
  height: number;
  hidden: boolean;
}

export interface HiddenText {
  start: number;
  end: number;
  chars: number;
  reason: HiddenReason;
}

/**
 * Maps offsets in text derived from HTML back to HTML offsets, for evidence. Segments live in typed
 * arrays grown by doubling: a 100 KB draft can have tens of thousands of them, and four growing JS
 * arrays of boxed entries cost more than the scan itself.
 */
export class TextMap {
  /** Segments in use. */
  length = 0;
  /** Start of each segment in the derived text, ascending. */
  text = new Int32Array(64);
  /** Start of each segment in the HTML. */
  html = new Int32Array(64);
  /** Length of each segment in the HTML (equal to the text length when `exact`). */
  htmlLength = new Int32Array(64);
  /** 1 when the segment is the HTML's characters as they are (offsets map one to one). */
  exact = new Uint8Array(64);

  push(textStart: number, htmlStart: number, htmlLength: number, exact: boolean): void {
    if (this.length === this.text.length) this.grow();
    const k = this.length++;
    this.text[k] = textStart;
    this.html[k] = htmlStart;
    this.htmlLength[k] = htmlLength;
    this.exact[k] = exact ? 1 : 0;
  }

  private grow(): void {
    const size = this.text.length * 2;
    const text = new Int32Array(size);
    text.set(this.text);
    this.text = text;
    const html = new Int32Array(size);
    html.set(this.html);
    this.html = html;
    const htmlLength = new Int32Array(size);
    htmlLength.set(this.htmlLength);
    this.htmlLength = htmlLength;
    const exact = new Uint8Array(size);
    exact.set(this.exact);
    this.exact = exact;
  }
}

export interface HtmlScan {
  /** Non-whitespace characters of visible text outside quoted history. */
  visibleChars: number;
  hiddenChars: number;
  links: HtmlLink[];
  images: HtmlImage[];
  hidden: HiddenText[];
  /** Quoted history markup (Gmail .gmail_quote, blockquote, Outlook #divRplyFwdMsg). */
  hasQuote: boolean;
  /** Visible text outside quoted history, when asked for. */
  text: string;
  map: TextMap | null;
  /** The work budget ran out before the end of the HTML: the rest was not read. */
  partial: boolean;
  /** Work units this scan spent (see budget.ts). */
  work: number;
}

const MAX_LINKS = 500;
const MAX_IMAGES = 500;
const MAX_HIDDEN = 50;
const MAX_DEPTH = 512;
const MAX_LINK_TEXT = 300;
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);
/**
 * Elements whose content the tokenizer does not read as markup: RCDATA (title, textarea), RAWTEXT
 * (style, xmp, iframe, noembed, noframes, and noscript as scripting browsers parse it), script data
 * (script; its rarely used "<!--" escape states are not modelled) and plaintext. Their text is not
 * shown in a message body, except plaintext's. <template> is parsed as markup but inert (see Frame).
 */
const RAW_TEXT = new Set([
  'script',
  'style',
  'title',
  'textarea',
  'xmp',
  'iframe',
  'noembed',
  'noframes',
  'noscript',
  'plaintext',
]);
/** An "appropriate end tag": "</name" then a space, '/' or '>' (case-insensitive). */
const RAW_TEXT_END: Record<string, RegExp> = Object.fromEntries(
  [...RAW_TEXT].filter((t) => t !== 'plaintext').map((t) => [t, new RegExp(`</${t}[\\t\\n\\f\\r />]`, 'gi')]),
);
const BLOCK = new Set([
  'p',
  'div',
  'br',
  'li',
  'tr',
  'td',
  'th',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'table',
  'blockquote',
  'ul',
  'ol',
  'hr',
  'section',
  'article',
  'header',
  'footer',
  'pre',
]);
const WHITE = 0xffffff;
/** Colour unknown / inherited. */
const NONE = -1;
/** A fully transparent colour. */
const CLEAR = -2;

/** What an open element passes on to its content. */
interface Frame {
  hidden: HiddenReason | null;
  color: number;
  background: number;
  quoted: boolean;
  /** Inside <template>: parsed but never rendered, so neither text nor links count. */
  inert: boolean;
  /** Index in `hidden` of the run this element's hidden text goes to. */
  hiddenRun: number;
}

interface Attribute {
  value: string;
  start: number;
  end: number;
}

/**
 * The attributes the scan reads, as fixed fields: one object shape for every tag, so reading
 * `attrs.style` costs a load, not a dictionary lookup.
 */
class Attributes {
  href: Attribute | undefined = undefined;
  src: Attribute | undefined = undefined;
  style: Attribute | undefined = undefined;
  width: Attribute | undefined = undefined;
  height: Attribute | undefined = undefined;
  class: Attribute | undefined = undefined;
  id: Attribute | undefined = undefined;
  color: Attribute | undefined = undefined;
  bgcolor: Attribute | undefined = undefined;
  hidden: Attribute | undefined = undefined;
  type: Attribute | undefined = undefined;
}

type AttributeName = keyof Attributes;

/** The attributes of a tag that has none ("<div>", "<br/>"): shared, never written. */
const NO_ATTRIBUTES: Readonly<Attributes> = Object.freeze(new Attributes());

const WANTED: ReadonlySet<string> = new Set(Object.keys(new Attributes()));

/** ASCII whitespace as the HTML tokenizer knows it: tab, LF, FF, space (and CR, which input preprocessing turns into LF). */
function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0c || c === 0x0d;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

/**
 * What readTag() found, in module scratch rather than an object per tag (the scan is synchronous and
 * not re-entrant): the end of the tag name, its hash, the attributes, the self-closing flag.
 */
let tagNameEnd = 0;
let tagHash = 0;
let tagAttrs: Readonly<Attributes> = NO_ATTRIBUTES;

/**
 * For tests that compare the tokenizer with parse5: receives every start tag with all its
 * attributes (ASCII-lower-cased names, decoded values, duplicates included). Null in production.
 */
let tokenHook: ((tag: string, attributes: [name: string, value: string][]) => void) | null = null;
let hookAttributes: [string, string][] = [];

/** Installs (or removes, with null) the test hook above. */
export function setTokenHook(hook: typeof tokenHook): void {
  tokenHook = hook;
}

const asciiLower = (s: string): string => s.replace(/[A-Z]+/g, (m) => m.toLowerCase());

function recordAttribute(
  html: string,
  nameStart: number,
  nameEnd: number,
  vStart: number,
  vEnd: number,
): void {
  if (tokenHook)
    hookAttributes.push([
      asciiLower(html.slice(nameStart, nameEnd)),
      decodeEntities(html.slice(vStart, vEnd)),
    ]);
  // Only short names can be wanted ones; skip slicing the rest (data-*, aria-*, …).
  if (nameEnd - nameStart > 7) return;
  const name = html.slice(nameStart, nameEnd).toLowerCase() as AttributeName;
  if (!WANTED.has(name)) return;
  if (tagAttrs === NO_ATTRIBUTES) tagAttrs = new Attributes();
  const attrs = tagAttrs as Attributes;
  // A repeated attribute is dropped, as the tokenizer does (the first one counts).
  if (attrs[name]) return;
  const value = vEnd > vStart ? decodeEntities(html.slice(vStart, Math.min(vEnd, vStart + 8192))) : '';
  attrs[name] = { value, start: vStart, end: vEnd };
}

/**
 * Tokenizes one start or end tag whose name starts at `from` (just after "<" or "</", an ASCII
 * letter), following the states of the WHATWG HTML tokenizer (§13.2.5.6 to §13.2.5.40): tag name;
 * before attribute name; attribute name (which takes '"', "'", '<' and a leading '=' as ordinary
 * characters: `x"y` is a name); after attribute name; before attribute value; double-quoted,
 * single-quoted and unquoted values; after a quoted value (no space needed before the next name);
 * self-closing start tag. Quotes therefore pair only where the tokenizer pairs them, after '=', and
 * a '>' anywhere else ends the tag. Returns the index of the closing '>' and fills the scratch above,
 * or -1 when the input ends inside the tag (the tokenizer then drops the tag: "eof-in-tag").
 *
 * Hand-written rather than parse5's tokenizer: that one builds tokens and strings for every
 * attribute of every tag, and the content script would carry ~40 KB more; tests/analysis/tokenizer
 * tests compare attribute names and values with parse5 on fuzzed tag soup.
 */
function readTag(html: string, from: number, n: number, wantAttrs: boolean): number {
  let i = from;
  let hash = 0;
  // Tag name state. Advances: i++ on every iteration that does not break; i ≤ n bounds it.
  while (i < n) {
    let c = html.charCodeAt(i);
    if (isSpace(c) || c === 0x2f || c === 0x3e) break;
    if (c >= 0x41 && c <= 0x5a) c |= 0x20;
    hash = (Math.imul(hash, 31) + c) | 0;
    i++;
  }
  tagNameEnd = i;
  tagHash = hash;
  tagAttrs = NO_ATTRIBUTES;
  // Before attribute name state (with self-closing start tag and after (quoted) attribute value,
  // which reconsume here). Advances: every path through the body either returns or increases i by
  // at least one (a space or '/' is skipped; otherwise an attribute name takes its first character,
  // whatever it is, before anything else is looked at). i ≤ n bounds it.
  while (i < n) {
    const c = html.charCodeAt(i);
    if (c === 0x3e) return i;
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (c === 0x2f) {
      // Self-closing start tag state: "/>" ends the tag; a '/' elsewhere is reconsumed as nothing.
      // (The flag does nothing for HTML elements; the scan ignores it, as the tree builder does.)
      i++;
      continue;
    }
    // Attribute name state: the first character belongs to the name even when it is '=' or a quote.
    const nameStart = i;
    i++;
    // Advances: i++ per iteration, bounded by n.
    while (i < n) {
      const d = html.charCodeAt(i);
      if (isSpace(d) || d === 0x2f || d === 0x3e || d === 0x3d) break;
      i++;
    }
    const nameEnd = i;
    // After attribute name state: spaces, then '=' starts a value; anything else starts over above.
    // Advances: i++ per iteration, bounded by n.
    while (i < n && isSpace(html.charCodeAt(i))) i++;
    if (i >= n || html.charCodeAt(i) !== 0x3d) {
      if (wantAttrs) recordAttribute(html, nameStart, nameEnd, nameEnd, nameEnd);
      continue;
    }
    i++;
    // Before attribute value state. Advances: i++ per iteration, bounded by n.
    while (i < n && isSpace(html.charCodeAt(i))) i++;
    const q = i < n ? html.charCodeAt(i) : -1;
    let vStart = i;
    let vEnd = i;
    if (q === 0x22 || q === 0x27) {
      // Quoted value: up to the same quote; none means the input ends inside the tag.
      vStart = i + 1;
      const close = html.indexOf(q === 0x22 ? '"' : "'", vStart);
      if (close < 0) return -1;
      vEnd = close;
      i = close + 1; // > i: advances
    } else if (q !== 0x3e) {
      // Unquoted value: up to a space or '>' ('"', "'", '<', '=' and '`' are part of it).
      // Advances: i++ per iteration, bounded by n.
      while (i < n) {
        const d = html.charCodeAt(i);
        if (isSpace(d) || d === 0x3e) break;
        i++;
      }
      vEnd = i;
    }
    // (q === '>': a missing value; the '>' ends the tag on the next iteration.)
    if (wantAttrs) recordAttribute(html, nameStart, nameEnd, vStart, vEnd);
  }
  return -1;
}

const NAMED_COLORS: Record<string, number> = {
  white: WHITE,
  black: 0,
  red: 0xff0000,
  green: 0x008000,
  blue: 0x0000ff,
  yellow: 0xffff00,
  gray: 0x808080,
  grey: 0x808080,
  silver: 0xc0c0c0,
  whitesmoke: 0xf5f5f5,
  snow: 0xfffafa,
  ivory: 0xfffff0,
  ghostwhite: 0xf8f8ff,
  navy: 0x000080,
  orange: 0xffa500,
  lightgray: 0xd3d3d3,
  lightgrey: 0xd3d3d3,
  gainsboro: 0xdcdcdc,
  floralwhite: 0xfffaf0,
  linen: 0xfaf0e6,
  transparent: CLEAR,
};

/**
 * A CSS value without a trailing "!important" (and the spaces around the '!'). A loop from the end
 * rather than /\s*!\s*important$/, which retries from every space in a long run of them.
 */
export function withoutImportant(v: string): string {
  if (!v.endsWith('important')) return v;
  let k = v.length - 'important'.length;
  // Advances: k decreases each iteration, bounded below by 0.
  // Stryker disable next-line ConditionalExpression,EqualityOperator: without `k > 0` the loop still stops at 0, as charCodeAt(-1) is NaN, not a space
  while (k > 0 && isCssSpace(v.charCodeAt(k - 1))) k--;
  // Stryker disable next-line ConditionalExpression: at k = 0, charCodeAt(-1) is NaN, not '!', so the value is returned as it is anyway
  if (k === 0 || v.charCodeAt(k - 1) !== 0x21) return v;
  k--;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: without `k > 0` the loop still stops at 0, as charCodeAt(-1) is NaN, not a space
  while (k > 0 && isCssSpace(v.charCodeAt(k - 1))) k--;
  return v.slice(0, k);
}

function isCssSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d;
}

export function parseColor(raw: string): number {
  let v = raw.trim().toLowerCase();
  v = withoutImportant(v);
  // Stryker disable next-line ConditionalExpression: an empty value falls through every branch to NONE
  if (!v) return NONE;
  if (v[0] === '#') {
    const hex = v.slice(1);
    if (/^[0-9a-f]{3,4}$/.test(hex)) {
      // Stryker disable next-line ConditionalExpression: a three-digit colour has no hex[3] (undefined, not '0')
      if (hex.length === 4 && hex[3] === '0') return CLEAR;
      return parseInt(hex[0]! + hex[0] + hex[1] + hex[1] + hex[2] + hex[2], 16);
    }
    if (/^[0-9a-f]{6}([0-9a-f]{2})?$/.test(hex)) {
      // Stryker disable next-line ConditionalExpression: a six-digit colour has an empty slice(6), not '00'
      if (hex.length === 8 && hex.slice(6) === '00') return CLEAR;
      return parseInt(hex.slice(0, 6), 16);
    }
    return NONE;
  }
  const fn =
    /^rgba?\(\s*(\d{1,3}(?:\.\d+)?)%?[\s,]+(\d{1,3}(?:\.\d+)?)%?[\s,]+(\d{1,3}(?:\.\d+)?)%?(?:[\s,/]+([\d.]+%?))?\s*\)$/.exec(
      v,
    );
  if (fn) {
    const alpha = fn[4];
    // Stryker disable next-line ConditionalExpression: parseFloat(undefined) is NaN, never 0
    if (alpha !== undefined && parseFloat(alpha) === 0) return CLEAR;
    const ch = (s: string): number => Math.min(255, Math.round(parseFloat(s)));
    return (ch(fn[1]!) << 16) | (ch(fn[2]!) << 8) | ch(fn[3]!);
  }
  // Own keys only: "constructor" or "__proto__" would otherwise read Object.prototype.
  return Object.hasOwn(NAMED_COLORS, v) ? NAMED_COLORS[v]! : NONE;
}

function colorsClose(a: number, b: number): boolean {
  // Stryker disable next-line all: unreachable, the only caller passes a colour >= 0 and a background that is never NONE or CLEAR
  if (a < 0 || b < 0) return false;
  const dr = ((a >> 16) & 255) - ((b >> 16) & 255);
  const dg = ((a >> 8) & 255) - ((b >> 8) & 255);
  const db = (a & 255) - (b & 255);
  // Near-identical: designers use #fefefe on white to hide text too.
  return dr * dr + dg * dg + db * db < 150;
}

/** font-size at or below 1px (or its equivalents) renders nothing readable. */
function isTinyFont(v: string): boolean {
  // Stryker disable next-line MethodExpression: readStyle passes a trimmed value
  const m = /^(-?[\d.]+)\s*(px|pt|em|rem|%|vw|vh)?/.exec(v.trim());
  if (!m) return false;
  const n = parseFloat(m[1]!);
  // Stryker disable next-line ConditionalExpression: NaN and Infinity fail every `n <= limit` below too
  if (!Number.isFinite(n)) return false;
  switch (m[2]) {
    case 'px':
    case 'pt':
    case undefined:
      return n <= 1;
    // Stryker disable StringLiteral: the default branch has the same 0.1 limit as em and rem
    case 'em':
    case 'rem':
      // Stryker restore StringLiteral
      return n <= 0.1;
    case '%':
      return n <= 10;
    default:
      return n <= 0.1;
  }
}

interface StyleFacts {
  hidden: HiddenReason | null;
  color: number;
  background: number;
  width: number;
  height: number;
}

function readStyle(style: string): StyleFacts {
  const facts: StyleFacts = { hidden: null, color: NONE, background: NONE, width: NaN, height: NaN };
  // Stryker disable next-line ConditionalExpression,EqualityOperator: slicing a shorter style to 4096 leaves it as it is
  const s = (style.length > 4096 ? style.slice(0, 4096) : style).toLowerCase();
  let zeroHeight = false;
  let overflowHidden = false;
  // Stryker disable next-line EqualityOperator: one more pass at the end finds no colon and reads nothing
  for (let at = 0; at < s.length;) {
    let semi = s.indexOf(';', at);
    if (semi < 0) semi = s.length;
    const colon = s.indexOf(':', at);
    // Stryker disable next-line EqualityOperator: an empty property (colon = at) matches no case, and a colon is never at the ';'
    if (colon > at && colon < semi) {
      const prop = s.slice(at, colon).trim();
      let value = s.slice(colon + 1, semi).trim();
      value = withoutImportant(value);
      switch (prop) {
        case 'display':
          if (value === 'none') facts.hidden = 'displayNone';
          break;
        case 'visibility':
          if (value === 'hidden' || value === 'collapse') facts.hidden ??= 'visibilityHidden';
          break;
        case 'opacity':
          if (parseFloat(value) === 0) facts.hidden ??= 'transparent';
          break;
        case 'font-size':
          if (isTinyFont(value)) facts.hidden ??= 'tinyFont';
          break;
        case 'max-height':
        case 'height':
          if (/^0(?:px|pt|em|%)?$/.test(value)) zeroHeight = true;
          if (prop === 'height') facts.height = parseFloat(value);
          break;
        case 'width':
          facts.width = parseFloat(value);
          break;
        case 'overflow':
        case 'overflow-y':
          if (value === 'hidden') overflowHidden = true;
          break;
        case 'color':
          facts.color = parseColor(value);
          break;
        case 'background-color':
          facts.background = parseColor(value);
          break;
        case 'background': {
          const first = /#[0-9a-f]{3,8}\b|rgba?\([^)]{0,60}\)|\b[a-z]{3,20}\b/.exec(value);
          if (first) {
            const c = parseColor(first[0]);
            // Stryker disable next-line ConditionalExpression: a background of NONE is read as "not set", as if it were not assigned
            if (c !== NONE) facts.background = c;
          }
          break;
        }
      }
    }
    at = semi + 1;
  }
  if (zeroHeight && overflowHidden) facts.hidden ??= 'collapsed';
  return facts;
}

interface TagInfo {
  name: string;
  void: boolean;
  raw: boolean;
  block: boolean;
}

/** Recently seen tags by a hash of name and length (a direct-mapped cache: a slot holds the last one). */
const TAGS: (TagInfo | undefined)[] = new Array<TagInfo | undefined>(512).fill(undefined);

/**
 * Lower-case tag name and its kind, interned by a hash of the name so the common tags (div, p, a,
 * span, br, td…) cost no allocation per occurrence.
 */
function tagInfo(html: string, a: number, b: number, hash: number): TagInfo {
  const slot = (hash * 16 + (b - a)) & 511;
  const known = TAGS[slot];
  if (known && known.name.length === b - a) {
    let same = true;
    for (let k = 0; k < b - a; k++) {
      let ch = html.charCodeAt(a + k);
      if (ch >= 0x41 && ch <= 0x5a) ch |= 0x20;
      if (ch !== known.name.charCodeAt(k)) {
        same = false;
        break;
      }
    }
    if (same) return known;
  }
  // A-Z only, as the tokenizer does: toLowerCase() turns the Kelvin sign (U+212A) into "k", which made
  // "<bloc\u212Aquote>" a blockquote.
  const name = asciiLower(html.slice(a, b));
  const info: TagInfo = { name, void: VOID.has(name), raw: RAW_TEXT.has(name), block: BLOCK.has(name) };
  if (name.length <= 16) TAGS[slot] = info;
  return info;
}

function isQuoteContainer(name: string, attrs: Readonly<Attributes>): boolean {
  if (name === 'blockquote') return true;
  if (!attrs.class) return false;
  const cls = attrs.class.value;
  return cls.includes('gmail_quote') || cls.includes('yahoo_quoted') || cls.includes('moz-cite-prefix');
}

/** Outlook puts quoted history after these markers as siblings, not inside them. */
function startsOutlookHistory(attrs: Readonly<Attributes>): boolean {
  const id = attrs.id?.value ?? '';
  return id === 'divRplyFwdMsg' || id === 'appendonsend' || id === 'x_divRplyFwdMsg';
}

function dimension(v: string | undefined): number {
  if (v === undefined) return NaN;
  const n = parseFloat(v);
  return Number.isFinite(n) ? n : NaN;
}

export interface ScanOptions {
  /** Also build the visible text and its map back to the HTML. */
  text?: boolean;
  /** Shared work budget; the scan stops (and sets `partial`) when it runs out. */
  budget?: WorkBudget;
}

export function scanHtml(html: string, options: ScanOptions = {}): HtmlScan {
  const scan: HtmlScan = {
    visibleChars: 0,
    hiddenChars: 0,
    links: [],
    images: [],
    hidden: [],
    hasQuote: false,
    text: '',
    map: null,
    partial: false,
    work: 0,
  };
  const wantText = options.text === true;
  const budget = options.budget;
  const limit = budget ? budget.left : Number.POSITIVE_INFINITY;
  // The derived text as UTF-16 code units, turned into a string once at the end: tens of thousands of
  // small pieces joined cost more than copying every character once.
  let units = new Uint16Array(wantText ? Math.min(html.length, 1 << 16) + 16 : 0);
  const map = new TextMap();
  let textLength = 0;
  const reserve = (more: number): void => {
    if (textLength + more <= units.length) return;
    const bigger = new Uint16Array(Math.max(units.length * 2, textLength + more));
    bigger.set(units.subarray(0, textLength));
    units = bigger;
  };
  const root: Frame = {
    hidden: null,
    color: NONE,
    background: WHITE,
    quoted: false,
    inert: false,
    hiddenRun: -1,
  };
  // The stack of open elements as two arrays and a depth (no array resizing per tag). An element
  // without attributes inside visible content passes its parent's facts on unchanged, so it shares
  // its parent's frame: editors wrap every line in a bare <div>.
  const names: string[] = ['#root'];
  const frames: Frame[] = [root];
  let depth = 1;
  let historyFollows = false;
  let openLink: HtmlLink | null = null;
  const n = html.length;
  /**
   * The first '&' at or after the text being read (n: none left). Text runs are read in order, so
   * each search starts where the last one ended and the searches together cross the input once.
   */
  let nextAmp = -1;

  /** Appends a piece of text that is not the HTML's own characters (a line break, a reference). */
  const addText = (piece: string, htmlStart: number, htmlLength: number): void => {
    map.push(textLength, htmlStart, htmlLength, false);
    reserve(piece.length);
    for (let k = 0; k < piece.length; k++) units[textLength++] = piece.charCodeAt(k);
  };
  /** Appends html[from, to) as it is. */
  const addExact = (from: number, to: number): void => {
    map.push(textLength, from, to - from, true);
    reserve(to - from);
    for (let k = from; k < to; k++) units[textLength++] = html.charCodeAt(k);
  };

  const closeLink = (at: number): void => {
    if (!openLink) return;
    openLink.end = Math.max(openLink.end, at);
    openLink.text = decodeEntities(openLink.text).replace(/\s+/g, ' ').trim();
    openLink = null;
  };

  const handleText = (start: number, end: number): void => {
    const top = frames[depth - 1]!;
    if (top.quoted || top.inert || historyFollows) return;
    // Characters between the first and last non-blank one: an estimate (inner spaces and "&nbsp;"
    // count too) that is good enough for text-versus-images and text-per-link ratios.
    let a = start;
    let b = end;
    while (a < b && html.charCodeAt(a) <= 0x20) a++;
    while (b > a && html.charCodeAt(b - 1) <= 0x20) b--;
    const chars = b - a;
    if (openLink && openLink.text.length < MAX_LINK_TEXT) {
      openLink.text += html.slice(start, Math.min(end, start + MAX_LINK_TEXT));
      openLink.end = end;
    }
    if (top.hidden) {
      if (chars === 0) return;
      scan.hiddenChars += chars;
      const run = top.hiddenRun >= 0 ? scan.hidden[top.hiddenRun] : undefined;
      if (run) {
        run.end = end;
        run.chars += chars;
      } else if (scan.hidden.length < MAX_HIDDEN) {
        top.hiddenRun = scan.hidden.length;
        scan.hidden.push({ start, end, chars, reason: top.hidden });
      }
      return;
    }
    scan.visibleChars += chars;
    if (!wantText) return;
    // Split at character references so evidence maps back exactly. Advances: every search for '&'
    // starts after the previous one's result (amp + 1, or past a reference).
    let i = start;
    if (nextAmp < start) nextAmp = indexOrEnd(html, '&', start, n);
    while (nextAmp < end) {
      const amp = nextAmp;
      const ref = decodeReferenceAt(html, amp);
      if (ref && amp + ref.length <= end) {
        if (amp > i) addExact(i, amp);
        addText(ref.text === '\u00a0' ? ' ' : ref.text, amp, ref.length);
        i = amp + ref.length;
      }
      nextAmp = indexOrEnd(html, '&', Math.max(amp + 1, i), n);
    }
    if (i < end) addExact(i, end);
  };

  /** Start of the pending text run (characters not yet handed to handleText). */
  let textStart = 0;
  let work = 0;
  let i = 0;
  // The data state. Advances: every iteration moves i past the '<' it found (lt + 1 at least) or
  // ends the loop; i never decreases. Each iteration also costs at least one unit (a unit per
  // character it passes, TOKEN_COST more for a tag or comment), so even a loop that failed to
  // advance would stop at the budget.
  while (i < n) {
    if (work > limit) {
      scan.partial = true;
      break;
    }
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      work += n - i;
      break;
    }
    work += lt - i + 1;
    const c1 = html.charCodeAt(lt + 1);
    let nameStart: number;
    let closing = false;
    if (isAsciiLetter(c1)) {
      nameStart = lt + 1;
    } else if (c1 === 0x2f /* / */) {
      const c2 = html.charCodeAt(lt + 2);
      if (isAsciiLetter(c2)) {
        nameStart = lt + 2;
        closing = true;
      } else if (lt + 2 >= n) {
        // "</" at the end of the input is text (the loop ends; the pending run is handled after it).
        break;
      } else {
        // "</>" is dropped; "</" before anything else opens a bogus comment up to the next '>'.
        if (lt > textStart) handleText(textStart, lt);
        const gt = c2 === 0x3e ? lt + 2 : html.indexOf('>', lt + 2);
        i = textStart = gt < 0 ? n : gt + 1;
        work += i - lt + TOKEN_COST;
        continue;
      }
    } else if (c1 === 0x21 /* ! */ || c1 === 0x3f /* ? */) {
      if (lt > textStart) handleText(textStart, lt);
      i = textStart = commentEnd(html, lt, n);
      work += i - lt + TOKEN_COST;
      continue;
    } else {
      // A '<' that opens nothing is text: keep the run going.
      i = lt + 1;
      continue;
    }
    work += TOKEN_COST;

    const wantAttrs = !closing;
    if (tokenHook) hookAttributes = [];
    const gt = readTag(html, nameStart, n, wantAttrs);
    if (gt < 0) {
      // The input ends inside the tag: the tokenizer drops it, and nothing after it is text.
      if (lt > textStart) handleText(textStart, lt);
      work += n - lt;
      textStart = n;
      break;
    }
    work += gt - lt;
    if (lt > textStart) handleText(textStart, lt);
    i = textStart = gt + 1;
    const nameEnd = tagNameEnd;
    const tag = tagInfo(html, nameStart, nameEnd, tagHash);
    const name = tag.name;
    if (tokenHook && !closing) tokenHook(asciiLower(html.slice(nameStart, nameEnd)), hookAttributes);

    if (closing) {
      if (name === 'a') closeLink(gt + 1);
      // Pop to the matching element, looking only a few levels down: editors leave <p> and <td>
      // unclosed, and a deep search on every stray close tag would be quadratic.
      for (let d = depth - 1, steps = 0; d > 0 && steps < 24; d--, steps++) {
        if (names[d] === name) {
          depth = d;
          break;
        }
      }
      if (wantText && tag.block) addText('\n', lt, 0);
      continue;
    }

    const attrs = tagAttrs;
    const bare = attrs === NO_ATTRIBUTES;
    const parent = frames[depth - 1]!;
    const style = attrs.style ? readStyle(attrs.style.value) : null;
    if (startsOutlookHistory(attrs)) {
      historyFollows = true;
      scan.hasQuote = true;
    }
    const quoted = parent.quoted || isQuoteContainer(name, attrs);
    if (quoted) scan.hasQuote = true;
    const inert = parent.inert || name === 'template';
    const collect = !quoted && !inert && !historyFollows;

    let hidden = parent.hidden;
    if (!hidden && style?.hidden) hidden = style.hidden;
    if (!hidden && attrs.hidden) hidden = 'displayNone';
    let color = style && style.color !== NONE ? style.color : parent.color;
    if (name === 'font' && attrs.color) color = parseColor(attrs.color.value);
    let background =
      style && style.background !== NONE && style.background !== CLEAR ? style.background : parent.background;
    if (attrs.bgcolor) {
      const bg = parseColor(attrs.bgcolor.value);
      if (bg >= 0) background = bg;
    }
    if (!hidden && color === CLEAR) hidden = 'transparent';
    if (!hidden && color >= 0 && colorsClose(color, background)) hidden = 'sameColor';

    if (wantText && tag.block) addText('\n', lt, 0);

    if (name === 'a') {
      closeLink(lt);
      if (attrs.href && collect && scan.links.length < MAX_LINKS) {
        openLink = {
          href: attrs.href.value,
          hrefStart: attrs.href.start,
          hrefEnd: attrs.href.end,
          text: '',
          start: lt,
          end: gt + 1,
          hidden: hidden !== null,
        };
        scan.links.push(openLink);
      }
    } else if (name === 'img') {
      if (collect && scan.images.length < MAX_IMAGES) {
        const width = style && Number.isFinite(style.width) ? style.width : dimension(attrs.width?.value);
        const height = style && Number.isFinite(style.height) ? style.height : dimension(attrs.height?.value);
        scan.images.push({
          src: attrs.src?.value ?? '',
          start: lt,
          end: gt + 1,
          width,
          height,
          hidden: hidden !== null,
        });
      }
    } else if (tag.raw) {
      // RAWTEXT / RCDATA / script data: not markup up to the element's own end tag, which the next
      // iteration then reads as an ordinary end tag. <plaintext> has none: the rest is its text.
      const end = RAW_TEXT_END[name];
      let close = -1;
      if (end) {
        end.lastIndex = gt + 1;
        const m = end.exec(html);
        if (m) close = m.index;
      }
      const stop = close < 0 ? n : close;
      if (name === 'plaintext' && stop > gt + 1) handleText(gt + 1, stop);
      work += stop - i;
      i = textStart = stop;
      continue;
    }

    if (tag.void || depth >= MAX_DEPTH) continue;
    names[depth] = name;
    // Same facts as the parent (no attributes, not a quote, nothing hidden): share its frame.
    frames[depth] =
      bare && parent.hidden === null && !quoted && !inert
        ? parent
        : { hidden, color, background, quoted, inert, hiddenRun: -1 };
    depth++;
  }
  if (!scan.partial && textStart < n) handleText(textStart, n);
  closeLink(n);
  scan.work = work;
  if (budget) {
    budget.spend(work);
    if (scan.partial) budget.stop();
  }
  if (wantText) {
    scan.text = fromCodeUnits(units, textLength);
    scan.map = map;
  }
  return scan;
}

/** The string of units[0, length), built in chunks (apply() has an argument limit). */
function fromCodeUnits(units: Uint16Array, length: number): string {
  let out = '';
  for (let k = 0; k < length; k += 8192)
    out += String.fromCharCode.apply(
      null,
      units.subarray(k, Math.min(length, k + 8192)) as unknown as number[],
    );
  return out;
}

/** Index of `ch` in s[from, n), or n. */
function indexOrEnd(s: string, ch: string, from: number, n: number): number {
  const k = s.indexOf(ch, from);
  return k < 0 ? n : k;
}

// Comment end: "-->" or "--!>" (the tokenizer's comment end and comment end bang states).
const COMMENT_END = /--!?>/g;

/**
 * End (index after the last character) of the comment, bogus comment or DOCTYPE that starts with
 * "<!" or "<?" at `lt`. "<!--" opens a comment that "-->" or "--!>" ends, or "<!-->" and "<!--->"
 * end at once (abrupt-closing-of-empty-comment); anything else after "<!" or "<?" (DOCTYPE, CDATA
 * outside foreign content, processing instructions) is a bogus comment up to the next '>'. A comment
 * left open runs to the end of the input. Each search moves forward from `lt`.
 */
function commentEnd(html: string, lt: number, n: number): number {
  if (html.startsWith('<!--', lt)) {
    if (html.charCodeAt(lt + 4) === 0x3e) return lt + 5;
    if (html.charCodeAt(lt + 4) === 0x2d && html.charCodeAt(lt + 5) === 0x3e) return lt + 6;
    COMMENT_END.lastIndex = lt + 4;
    const m = COMMENT_END.exec(html);
    return m ? m.index + m[0].length : n;
  }
  const gt = html.indexOf('>', lt + 2);
  return gt < 0 ? n : gt + 1;
}

/** Maps a range of derived text back to the HTML it came from. */
export function mapToHtml(map: TextMap, start: number, end: number): [number, number] {
  const locate = (offset: number, isEnd: boolean): number => {
    const starts = map.text;
    if (map.length === 0) return 0;
    let lo = 0;
    let hi = map.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset - (isEnd ? 1 : 0)) lo = mid;
      else hi = mid - 1;
    }
    const seg = lo;
    const into = offset - starts[seg]!;
    if (map.exact[seg] === 1) return map.html[seg]! + into;
    return isEnd ? map.html[seg]! + map.htmlLength[seg]! : map.html[seg]!;
  };
  const s = locate(start, false);
  const e = Math.max(s, locate(end, true));
  return [s, e];
}
