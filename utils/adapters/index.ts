/**
 * The one interface between a webmail's DOM and the rest of Preflight. An adapter is the only code that
 * knows a webmail's markup; everything it returns is plain data (a Draft) or elements the controller
 * listens on. Every query is scoped to a compose root. An adapter that finds nothing (the no-op
 * adapter) is a valid answer: Preflight then stays out of the page.
 */
import type { Attachment, Draft } from '../types';

/** Where the panel's host element goes, relative to `element`. Always in the page's flow. */
export interface PanelAnchor {
  element: Element;
  where: 'before' | 'after' | 'prepend' | 'append';
}

/** Raised when a compose root lacks a part Preflight needs (the page changed shape). */
export class LayoutError extends Error {
  constructor(readonly part: string) {
    super(`compose part not found: ${part}`);
    this.name = 'LayoutError';
  }
}

export interface ComposeAdapter {
  /** 'gmail', 'outlook', 'none'. Also the status key the popup reads. */
  readonly id: string;
  /** Site name as users know it, for status messages ("Gmail layout not recognized"). */
  readonly siteName: string;
  /**
   * Every compose in `doc`, one root element each (pop-up, full-screen, inline reply…). Roots never
   * nest. Editors found without a usable root are returned in `unrecognized` so the caller can report it.
   */
  findComposeRoots(doc: Document): { roots: HTMLElement[]; unrecognized: number };
  /**
   * Reads what the compose holds. `exact` are attachments measured from file-input and drop events
   * (name, size, type; never their contents), merged with what the page shows. Throws LayoutError when
   * a part Preflight needs is missing.
   */
  readDraft(root: HTMLElement, exact?: readonly ExactAttachment[]): Draft;
  /** The control that sends (the Send button), or null. */
  findSendControl(root: HTMLElement): HTMLElement | null;
  /** The body editor (contenteditable), or null. */
  findBodyEditor(root: HTMLElement): HTMLElement | null;
  /** The visible subject input, or null (inline replies keep the subject hidden). */
  findSubjectInput(root: HTMLElement): HTMLInputElement | null;
  /** Where the panel goes (never over the webmail's own buttons), or null. */
  findPanelAnchor(root: HTMLElement): PanelAnchor | null;
  /** DOM ranges in the body editor for the character range [start, end) of `Draft.text`. */
  textRanges(root: HTMLElement, start: number, end: number): Range[];
  /** The account the page is signed in as (for per-user UI state), '' when unknown. */
  account(doc: Document): string;
  /** True when the webmail shows its own confirmation (e.g. "send without a subject?"): stay out. */
  hasOwnDialogOpen(doc: Document): boolean;
}

/** An attachment measured exactly from a File (file input `change` or `drop`). */
export interface ExactAttachment extends Attachment {
  /** Set once the page showed a chip for it; a seen attachment whose chip is gone was removed. */
  seen?: boolean;
}

/** The adapter for pages Preflight does not know: finds nothing, so nothing is touched. */
export const noopAdapter: ComposeAdapter = {
  id: 'none',
  siteName: '',
  findComposeRoots: () => ({ roots: [], unrecognized: 0 }),
  readDraft: () => {
    throw new LayoutError('compose');
  },
  findSendControl: () => null,
  findBodyEditor: () => null,
  findSubjectInput: () => null,
  findPanelAnchor: () => null,
  textRanges: () => [],
  hasOwnDialogOpen: () => false,
  account: () => '',
};

/** First element matching any selector of the list, in list order (current layout first, older after). */
export function queryFirst<T extends Element = HTMLElement>(
  scope: ParentNode,
  selectors: readonly string[],
): T | null {
  for (const s of selectors) {
    const el = scope.querySelector<T & Element>(s);
    if (el) return el;
  }
  return null;
}

/** Every element matching any selector of the list, deduplicated, in document order per selector. */
export function queryAll<T extends Element = HTMLElement>(
  scope: ParentNode,
  selectors: readonly string[],
): T[] {
  const seen = new Set<Element>();
  const out: T[] = [];
  for (const s of selectors) {
    for (const el of scope.querySelectorAll(s)) {
      if (!seen.has(el)) {
        seen.add(el);
        out.push(el as T);
      }
    }
  }
  return out;
}

/** An element is shown when it has a layout box (happy-dom has none: treat as shown there). */
export function isShown(el: Element): boolean {
  const h = el as HTMLElement;
  if (h.hidden || h.style?.display === 'none') return false;
  if (typeof h.getClientRects !== 'function') return true;
  const view = el.ownerDocument.defaultView;
  // Layout-less DOMs (tests) report no rects for everything; only trust rects when the root has them.
  const docHasLayout = (el.ownerDocument.documentElement?.getClientRects?.().length ?? 0) > 0;
  if (!docHasLayout) return true;
  if (h.getClientRects().length === 0) return false;
  return view?.getComputedStyle(h).visibility !== 'hidden';
}
