/**
 * The body editor's visible text, built by walking text nodes, and the way back from a character range
 * of that text to DOM ranges (for highlighting evidence). Both directions use the same walk, so an
 * offset the analysis reports always lands on the characters it read.
 *
 * The text approximates `innerText` without layout: block elements and <br> become line breaks, the
 * no-break spaces editors insert become spaces (same length, so offsets stay aligned), and subtrees the
 * adapter says to skip (quoted history, signature) are left out.
 */

/** A text node and the offset in the built text where its data starts. */
export interface TextSegment {
  node: Text;
  start: number;
}

export interface BodyText {
  text: string;
  segments: TextSegment[];
}

// Elements after which (and before which) a reader sees a line break, as innerText renders them.
const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TR',
  'UL',
]);
// Never text a reader sees.
const INVISIBLE = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'HEAD', 'TITLE']);

/**
 * Walks `editor` and returns its visible text. `skip` is a selector list for subtrees to leave out.
 * Iterative (no recursion) so a deeply nested pasted document cannot overflow the stack.
 */
export function readBodyText(editor: Element, skip: string): BodyText {
  const segments: TextSegment[] = [];
  let text = '';
  const newline = () => {
    if (text.length > 0 && !text.endsWith('\n')) text += '\n';
  };
  type Frame = { el: Element; next: ChildNode | null };
  const stack: Frame[] = [{ el: editor, next: editor.firstChild }];
  while (stack.length) {
    const frame = stack[stack.length - 1]!;
    const node = frame.next;
    if (!node) {
      stack.pop();
      if (stack.length && BLOCKS.has(frame.el.tagName)) newline();
      continue;
    }
    frame.next = node.nextSibling;
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      if (data.length) {
        segments.push({ node: node as Text, start: text.length });
        text += data.replace(/\u00a0/g, ' ');
      }
    } else if (node.nodeType === 1) {
      const el = node as Element;
      if (INVISIBLE.has(el.tagName) || (skip && el.matches(skip))) continue;
      if (el.tagName === 'BR') {
        text += '\n';
        continue;
      }
      if (BLOCKS.has(el.tagName)) newline();
      stack.push({ el, next: el.firstChild });
    }
  }
  return { text: text.replace(/\s+$/, ''), segments };
}

/** Finds the DOM position of character `offset` of the built text (bias: end of the previous node). */
function positionAt(segments: readonly TextSegment[], offset: number, atEnd: boolean): [Text, number] | null {
  // Binary search: the last segment starting at or before offset.
  let lo = 0;
  let hi = segments.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid]!.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (found < 0) return segments.length ? [segments[0]!.node, 0] : null;
  let seg = segments[found]!;
  let local = offset - seg.start;
  // An end offset exactly at a segment's start belongs to the previous segment's end.
  if (atEnd && local === 0 && found > 0) {
    seg = segments[found - 1]!;
    local = seg.node.data.length;
  }
  // Offsets inside a synthetic line break (between nodes) clamp to the node's end.
  return [seg.node, Math.min(local, seg.node.data.length)];
}

/** A DOM range over [start, end) of `readBodyText(editor, skip).text`, or null when out of bounds. */
export function rangeForText(body: BodyText, start: number, end: number, doc: Document): Range | null {
  if (!(start >= 0 && end > start && start < body.text.length + 1)) return null;
  const a = positionAt(body.segments, start, false);
  const b = positionAt(body.segments, Math.min(end, body.text.length), true);
  if (!a || !b) return null;
  const range = doc.createRange();
  range.setStart(a[0], a[1]);
  range.setEnd(b[0], b[1]);
  return range.collapsed ? null : range;
}
