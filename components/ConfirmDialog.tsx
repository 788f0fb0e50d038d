import { useEffect, useRef } from 'preact/hooks';
import type { Locale } from '../utils/i18n';
import { t } from '../utils/i18n';
import type { Finding } from '../utils/types';
import { FindingList } from './FindingList';
import { tCount } from './format';

/** Finds the rendered dialog in the panel's shadow root (Preflight's own markup, not the webmail's). */
export const CONFIRM_DIALOG_SELECTOR = '[role="dialog"]';

interface Props {
  locale: Locale;
  /** Sorted, most severe first. */
  findings: readonly Finding[];
  /** How many to list; the rest are counted. */
  top?: number;
  onReview: () => void;
  onSend: () => void;
}

const FOCUSABLE = 'button:not([disabled]), [href], input, select, textarea, [tabindex]:not([tabindex="-1"])';

/** The element that has focus, looking into shadow roots (ours included). */
function deepActiveElement(doc: Document): Element | null {
  let el = doc.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

/**
 * "Send this email anyway?" — shown by the send gate, as a modal dialog:
 *  - focus moves to Review, the default and first in tab order, and Tab / Shift+Tab stay in the dialog;
 *  - Escape means Review; a click on the backdrop too;
 *  - when the dialog closes, focus returns to where it was (unless Review moved it to the evidence).
 * The key that triggered the send (Space acts on keyup) cannot activate Review: the send gate swallows
 * that gesture's keyup.
 */
export function ConfirmDialog({ locale, findings, top = 3, onReview, onSend }: Props) {
  const dialog = useRef<HTMLDivElement>(null);
  const review = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const el = dialog.current;
    if (!el) return;
    const doc = el.ownerDocument;
    const previous = deepActiveElement(doc) as HTMLElement | null;
    review.current?.focus();
    return () => {
      // Give focus back only if it is still ours (or lost): Review may have moved it to the subject.
      const now = deepActiveElement(doc);
      const root = el.getRootNode() as ShadowRoot | Document;
      const host = (root as ShadowRoot).host ?? null;
      const ours =
        !now ||
        now === doc.body ||
        now === host ||
        el.contains(now) ||
        (host?.shadowRoot?.contains(now) ?? false);
      if (ours && previous?.isConnected && previous !== doc.body) previous.focus?.();
    };
  }, []);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      onReview();
      return;
    }
    if (e.key !== 'Tab' || !dialog.current) return;
    const items = [...dialog.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    if (!items.length) return;
    const active = deepActiveElement(dialog.current.ownerDocument);
    const i = items.indexOf(active as HTMLElement);
    const next = e.shiftKey ? (i <= 0 ? items.length - 1 : i - 1) : i === items.length - 1 ? 0 : i + 1;
    e.preventDefault();
    items[next]!.focus();
  };
  const rest = findings.length - top;
  // Likely mistakes (a forgotten attachment) may be why the gate asked at all: show them first.
  const shown = [
    ...findings.filter((f) => f.askBeforeSend),
    ...findings.filter((f) => !f.askBeforeSend),
  ].slice(0, top);
  return (
    <div class="pf-backdrop" onClick={(e) => e.target === e.currentTarget && onReview()}>
      <div
        class="pf-dialog"
        ref={dialog}
        tabIndex={-1}
        role="dialog"
        aria-modal="true"
        aria-labelledby="pf-confirm-title"
        aria-describedby="pf-confirm-intro"
        onKeyDown={onKeyDown}
      >
        <h2 id="pf-confirm-title">{t(locale, 'confirm.title')}</h2>
        <p id="pf-confirm-intro" class="pf-intro">
          {t(locale, 'confirm.intro')}
        </p>
        <FindingList findings={shown} locale={locale} />
        {rest > 0 && <p class="pf-more">{tCount(locale, 'confirm.more', rest)}</p>}
        <div class="pf-actions">
          <button
            ref={review}
            type="button"
            class="pf-btn pf-primary"
            data-action="review"
            onClick={onReview}
          >
            {t(locale, 'confirm.review')}
          </button>
          <button type="button" class="pf-btn pf-secondary" data-action="send" onClick={onSend}>
            {t(locale, 'confirm.send')}
          </button>
        </div>
      </div>
    </div>
  );
}
