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

/** Maps offsets in text derived from HTML back to HTML offsets, for evidence. */
export interface TextMap {
  /** Start of each segment in the derived text, ascending. */
  text: number[];
  /** Start of each segment in the HTML. */
  html: number[];
  /** Length of each segment in the HTML (equal to the text length when `exact`). */
  htmlLength: number[];
  exact: boolean[];
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
const RAW_TEXT = new Set(['script', 'style', 'title', 'textarea', 'xmp', 'noscript', 'template']);
const RAW_TEXT_END: Record<string, RegExp> = Object.fromEntries(
  [...RAW_TEXT].map((t) => [t, new RegExp(`</${t}`, 'gi')]),
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

/** True when nothing but spaces and slashes follows the tag name ("<div>", "<br />"). */
function hasNoAttributes(html: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = html.charCodeAt(i);
    if (c > 0x20 && c !== 0x2f) return false;
  }
  return true;
}

const WANTED: ReadonlySet<string> = new Set(Object.keys(new Attributes()));

/** Parses attributes of the tag in html[from, to) (after the tag name), keeping only WANTED ones. */
function parseAttributes(html: string, from: number, to: number): Attributes {
  const attrs = new Attributes();
  let i = from;
  while (i < to) {
    let c = html.charCodeAt(i);
    if (c <= 0x20 || c === 0x2f /* / */) {
      i++;
      continue;
    }
    const nameStart = i;
    while (i < to && (c = html.charCodeAt(i)) > 0x20 && c !== 0x3d && c !== 0x2f && c !== 0x3e) i++;
    // Only short names can be wanted ones; skip slicing the rest (data-*, aria-*, …).
    const name = i - nameStart <= 7 ? html.slice(nameStart, i).toLowerCase() : '';
    while (i < to && html.charCodeAt(i) <= 0x20) i++;
    let value = '';
    let vStart = i;
    let vEnd = i;
    if (html.charCodeAt(i) === 0x3d) {
      i++;
      while (i < to && html.charCodeAt(i) <= 0x20) i++;
      const q = html.charCodeAt(i);
      if (q === 0x22 || q === 0x27) {
        vStart = i + 1;
        // tagEnd() already paired the quotes inside this tag, so this search stays within it
        // (except for a quote left open to the end of the input, which can happen only once).
        vEnd = html.indexOf(q === 0x22 ? '"' : "'", vStart);
        if (vEnd < 0 || vEnd > to) vEnd = to;
        i = vEnd + 1;
      } else {
        vStart = i;
        while (i < to && html.charCodeAt(i) > 0x20) i++;
        vEnd = i;
      }
      if (WANTED.has(name)) value = decodeEntities(html.slice(vStart, Math.min(vEnd, vStart + 8192)));
    }
    if (name && WANTED.has(name) && !attrs[name as AttributeName])
      attrs[name as AttributeName] = { value, start: vStart, end: vEnd };
  }
  return attrs;
}

/** Finds the '>' that ends a tag starting at `lt`, skipping quoted attribute values. */
function tagEnd(html: string, lt: number): number {
  let i = lt + 1;
  const n = html.length;
  while (i < n) {
    const c = html.charCodeAt(i);
    if (c === 0x3e) return i;
    if (c === 0x22 || c === 0x27) {
      const close = html.indexOf(c === 0x22 ? '"' : "'", i + 1);
      // An unclosed quote: HTML would swallow the rest; we end at the next '>' and move on.
      if (close < 0) return html.indexOf('>', i + 1);
      i = close + 1;
      continue;
    }
    i++;
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

export function parseColor(raw: string): number {
  let v = raw.trim().toLowerCase();
  if (v.endsWith('important')) v = v.replace(/\s*!\s*important$/, '');
  if (!v) return NONE;
  if (v[0] === '#') {
    const hex = v.slice(1);
    if (/^[0-9a-f]{3,4}$/.test(hex)) {
      if (hex.length === 4 && hex[3] === '0') return CLEAR;
      return parseInt(hex[0]! + hex[0] + hex[1] + hex[1] + hex[2] + hex[2], 16);
    }
    if (/^[0-9a-f]{6}([0-9a-f]{2})?$/.test(hex)) {
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
    if (alpha !== undefined && parseFloat(alpha) === 0) return CLEAR;
    const ch = (s: string): number => Math.min(255, Math.round(parseFloat(s)));
    return (ch(fn[1]!) << 16) | (ch(fn[2]!) << 8) | ch(fn[3]!);
  }
  return NAMED_COLORS[v] ?? NONE;
}

function colorsClose(a: number, b: number): boolean {
  if (a < 0 || b < 0) return false;
  const dr = ((a >> 16) & 255) - ((b >> 16) & 255);
  const dg = ((a >> 8) & 255) - ((b >> 8) & 255);
  const db = (a & 255) - (b & 255);
  // Near-identical: designers use #fefefe on white to hide text too.
  return dr * dr + dg * dg + db * db < 150;
}

/** font-size at or below 1px (or its equivalents) renders nothing readable. */
function isTinyFont(v: string): boolean {
  const m = /^(-?[\d.]+)\s*(px|pt|em|rem|%|vw|vh)?/.exec(v.trim());
  if (!m) return false;
  const n = parseFloat(m[1]!);
  if (!Number.isFinite(n)) return false;
  switch (m[2]) {
    case 'px':
    case 'pt':
    case undefined:
      return n <= 1;
    case 'em':
    case 'rem':
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
  const s = (style.length > 4096 ? style.slice(0, 4096) : style).toLowerCase();
  let zeroHeight = false;
  let overflowHidden = false;
  for (let at = 0; at < s.length;) {
    let semi = s.indexOf(';', at);
    if (semi < 0) semi = s.length;
    const colon = s.indexOf(':', at);
    if (colon > at && colon < semi) {
      const prop = s.slice(at, colon).trim();
      let value = s.slice(colon + 1, semi).trim();
      if (value.endsWith('important')) value = value.replace(/\s*!\s*important$/, '');
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
  const name = html.slice(a, b).toLowerCase();
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

export function scanHtml(html: string, options: { text?: boolean } = {}): HtmlScan {
  const scan: HtmlScan = {
    visibleChars: 0,
    hiddenChars: 0,
    links: [],
    images: [],
    hidden: [],
    hasQuote: false,
    text: '',
    map: null,
  };
  const wantText = options.text === true;
  const parts: string[] = [];
  const map: TextMap = { text: [], html: [], htmlLength: [], exact: [] };
  let textLength = 0;
  const root: Frame = { hidden: null, color: NONE, background: WHITE, quoted: false, hiddenRun: -1 };
  // The stack of open elements as two arrays and a depth (no array resizing per tag). An element
  // without attributes inside visible content passes its parent's facts on unchanged, so it shares
  // its parent's frame: editors wrap every line in a bare <div>.
  const names: string[] = ['#root'];
  const frames: Frame[] = [root];
  let depth = 1;
  let historyFollows = false;
  let openLink: HtmlLink | null = null;
  const n = html.length;

  const addText = (piece: string, htmlStart: number, htmlLength: number, exact: boolean): void => {
    map.text.push(textLength);
    map.html.push(htmlStart);
    map.htmlLength.push(htmlLength);
    map.exact.push(exact);
    parts.push(piece);
    textLength += piece.length;
  };

  const closeLink = (at: number): void => {
    if (!openLink) return;
    openLink.end = Math.max(openLink.end, at);
    openLink.text = decodeEntities(openLink.text).replace(/\s+/g, ' ').trim();
    openLink = null;
  };

  const handleText = (start: number, end: number): void => {
    const top = frames[depth - 1]!;
    if (top.quoted || historyFollows) return;
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
    // Split at character references so evidence maps back exactly.
    let i = start;
    for (let amp = html.indexOf('&', i); amp >= 0 && amp < end; amp = html.indexOf('&', amp + 1)) {
      const ref = decodeReferenceAt(html, amp);
      if (!ref || amp + ref.length > end) continue;
      if (amp > i) addText(html.slice(i, amp), i, amp - i, true);
      addText(ref.text === '\u00a0' ? ' ' : ref.text, amp, ref.length, false);
      i = amp + ref.length;
      amp = i - 1;
    }
    if (i < end) addText(html.slice(i, end), i, end - i, true);
  };

  let i = 0;
  while (i < n) {
    const lt = html.indexOf('<', i);
    const textEnd = lt < 0 ? n : lt;
    if (textEnd > i) handleText(i, textEnd);
    if (lt < 0) break;
    if (html.charCodeAt(lt + 1) === 0x21 && html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      i = close < 0 ? n : close + 3;
      continue;
    }
    const c1 = html.charCodeAt(lt + 1);
    const closing = c1 === 0x2f;
    const nameStart = closing ? lt + 2 : lt + 1;
    const c = html.charCodeAt(nameStart);
    const isLetter = (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
    if (!isLetter) {
      if (c1 === 0x21 || c1 === 0x3f) {
        // <!DOCTYPE …>, <?xml …?>
        const gt = html.indexOf('>', lt);
        i = gt < 0 ? n : gt + 1;
        continue;
      }
      handleText(lt, lt + 1);
      i = lt + 1;
      continue;
    }
    const gt = tagEnd(html, lt);
    if (gt < 0) {
      handleText(lt, n);
      break;
    }
    let nameEnd = nameStart;
    let hash = 0;
    while (nameEnd < gt) {
      let ch = html.charCodeAt(nameEnd);
      if (ch <= 0x20 || ch === 0x2f || ch === 0x3e) break;
      if (ch >= 0x41 && ch <= 0x5a) ch |= 0x20;
      hash = (Math.imul(hash, 31) + ch) | 0;
      nameEnd++;
    }
    const tag = tagInfo(html, nameStart, nameEnd, hash);
    const name = tag.name;
    i = gt + 1;

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
      if (wantText && tag.block) addText('\n', lt, 0, false);
      continue;
    }

    const bare = hasNoAttributes(html, nameEnd, gt);
    const attrs = bare ? NO_ATTRIBUTES : parseAttributes(html, nameEnd, gt);
    const parent = frames[depth - 1]!;
    const style = attrs.style ? readStyle(attrs.style.value) : null;
    if (startsOutlookHistory(attrs)) {
      historyFollows = true;
      scan.hasQuote = true;
    }
    const quoted = parent.quoted || isQuoteContainer(name, attrs);
    if (quoted) scan.hasQuote = true;

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

    if (wantText && tag.block) addText('\n', lt, 0, false);

    if (name === 'a') {
      closeLink(lt);
      if (attrs.href && !quoted && !historyFollows && scan.links.length < MAX_LINKS) {
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
      if (!quoted && !historyFollows && scan.images.length < MAX_IMAGES) {
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
      // Skip raw text without reading it as markup.
      const end = RAW_TEXT_END[name]!;
      end.lastIndex = gt + 1;
      const close = end.exec(html);
      i = close ? close.index : n;
      continue;
    }

    const selfClosing = html.charCodeAt(gt - 1) === 0x2f;
    if (tag.void || selfClosing || depth >= MAX_DEPTH) continue;
    names[depth] = name;
    // Same facts as the parent (no attributes, not a quote, nothing hidden): share its frame.
    frames[depth] =
      bare && parent.hidden === null && !quoted
        ? parent
        : { hidden, color, background, quoted, hiddenRun: -1 };
    depth++;
  }
  closeLink(n);
  if (wantText) {
    scan.text = parts.join('');
    scan.map = map;
  }
  return scan;
}

/** Maps a range of derived text back to the HTML it came from. */
export function mapToHtml(map: TextMap, start: number, end: number): [number, number] {
  const locate = (offset: number, isEnd: boolean): number => {
    const starts = map.text;
    if (starts.length === 0) return 0;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset - (isEnd ? 1 : 0)) lo = mid;
      else hi = mid - 1;
    }
    const seg = lo;
    const into = offset - starts[seg]!;
    if (map.exact[seg]) return map.html[seg]! + into;
    return isEnd ? map.html[seg]! + map.htmlLength[seg]! : map.html[seg]!;
  };
  const s = locate(start, false);
  const e = Math.max(s, locate(end, true));
  return [s, e];
}
