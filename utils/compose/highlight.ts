/**
 * Evidence highlighting with the CSS Custom Highlight API: ranges are painted by the browser without
 * touching the draft's DOM (Gmail saves whatever is in the editor, so wrapping text in marks would end
 * up in the sent mail). One named highlight for the page; where the API is missing, nothing is painted.
 */
import { HIGHLIGHT_CSS } from '../../components/panel-styles';

const NAME = 'preflight';
const STYLE_ID = 'preflight-highlight-style';

interface HighlightApi {
  highlights: Map<string, unknown>;
  Highlight: new (...ranges: Range[]) => unknown;
}

function api(doc: Document): HighlightApi | null {
  const win = doc.defaultView as
    (Window & { CSS?: { highlights?: Map<string, unknown> }; Highlight?: HighlightApi['Highlight'] }) | null;
  const highlights = win?.CSS?.highlights;
  const Highlight = win?.Highlight ?? (globalThis as { Highlight?: HighlightApi['Highlight'] }).Highlight;
  return highlights && Highlight ? { highlights, Highlight } : null;
}

/** Paints `ranges` (replacing any previous highlight) and scrolls the first into view. */
export function showHighlight(doc: Document, ranges: Range[]): boolean {
  const a = api(doc);
  if (!ranges.length) return false;
  const first = ranges[0]!.startContainer;
  const el = first.nodeType === 1 ? (first as Element) : first.parentElement;
  el?.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
  if (!a) return false;
  if (!doc.getElementById(STYLE_ID)) {
    const style = doc.createElement('style');
    style.id = STYLE_ID;
    style.textContent = HIGHLIGHT_CSS;
    (doc.head ?? doc.documentElement).append(style);
  }
  a.highlights.set(NAME, new a.Highlight(...ranges));
  return true;
}

export function clearHighlight(doc: Document): void {
  api(doc)?.highlights.delete(NAME);
}

/** Removes what `showHighlight` added to the page (on extension reload). */
export function removeHighlightStyle(doc: Document): void {
  clearHighlight(doc);
  doc.getElementById(STYLE_ID)?.remove();
}
