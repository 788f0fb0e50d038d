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

/**
 * "Send this email anyway?" — shown by the send gate. The dialog itself takes focus, not a button: the
 * key that triggered the send (Space acts on keyup) must not land on one of our buttons. Escape = Review.
 */
export function ConfirmDialog({ locale, findings, top = 3, onReview, onSend }: Props) {
  const dialog = useRef<HTMLDivElement>(null);
  useEffect(() => dialog.current?.focus(), []);
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
        onKeyDown={(e) => e.key === 'Escape' && onReview()}
      >
        <h2 id="pf-confirm-title">{t(locale, 'confirm.title')}</h2>
        <p id="pf-confirm-intro" class="pf-intro">
          {t(locale, 'confirm.intro')}
        </p>
        <FindingList findings={shown} locale={locale} />
        {rest > 0 && <p class="pf-more">{tCount(locale, 'confirm.more', rest)}</p>}
        <div class="pf-actions">
          <button type="button" class="pf-btn pf-secondary" data-action="send" onClick={onSend}>
            {t(locale, 'confirm.send')}
          </button>
          <button type="button" class="pf-btn pf-primary" data-action="review" onClick={onReview}>
            {t(locale, 'confirm.review')}
          </button>
        </div>
      </div>
    </div>
  );
}
