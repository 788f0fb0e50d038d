import type { Locale } from '../utils/i18n';
import { t } from '../utils/i18n';
import type { Finding, Report } from '../utils/types';
import { ConfirmDialog } from './ConfirmDialog';
import { FindingList } from './FindingList';
import { sortFindings } from '../utils/findings';
import { LevelBadge } from './LevelBadge';
import { formatSize, tCount } from './format';
import { type Store, useStore } from './store';

export interface PanelState {
  locale: Locale;
  /** null until the first analysis finished. */
  report: Report | null;
  collapsed: boolean;
  /** The send gate's question is open. */
  confirming: boolean;
  /** The last send went through unasked because the analysis was partial (engine work budget). */
  partialSend: boolean;
  attachments: { count: number; bytes: number };
}

export interface PanelActions {
  toggle: () => void;
  jump: (finding: Finding) => void;
  review: () => void;
  sendAnyway: () => void;
}

export const initialPanelState = (locale: Locale): PanelState => ({
  locale,
  report: null,
  collapsed: false,
  confirming: false,
  partialSend: false,
  attachments: { count: 0, bytes: 0 },
});

/** The per-compose panel: level, findings with fixes, and the send confirmation. */
export function Panel({ store, actions }: { store: Store<PanelState>; actions: PanelActions }) {
  const { locale, report, collapsed, confirming, partialSend, attachments } = useStore(store);
  const findings = report ? sortFindings(report.findings) : [];
  const level = report?.level ?? 'ok';
  const summary = !report
    ? t(locale, 'panel.checking')
    : findings.length
      ? tCount(locale, 'panel.findings', findings.length)
      : t(locale, 'panel.clean');
  const open = !collapsed && findings.length > 0;
  return (
    <section class={`pf-panel pf-${level}`} aria-label={t(locale, 'panel.label')}>
      <header class="pf-bar">
        <span class="pf-logo" aria-hidden="true">
          <svg viewBox="0 0 24 24" width="16" height="16">
            <path
              fill="currentColor"
              d="M12 2 4 5v6c0 5 3.4 9.7 8 11 4.6-1.3 8-6 8-11V5l-8-3zm-1.2 14.6-3.9-3.9 1.4-1.4 2.5 2.5 5.1-5.1 1.4 1.4-6.5 6.5z"
            />
          </svg>
        </span>
        <span class="pf-name">{t(locale, 'panel.name')}</span>
        {report && <LevelBadge level={level} locale={locale} />}
        <span class="pf-summary">{summary}</span>
        {/* Announced when the level changes, not at every keystroke: its text is only the level. */}
        <span class="pf-sr" aria-live="polite" aria-atomic="true">
          {report ? t(locale, 'panel.levelNow', { level: t(locale, `level.${level}`) }) : ''}
        </span>
        {attachments.count > 0 && (
          <span class="pf-att" title={`${attachments.bytes} B`}>
            {tCount(locale, 'panel.attachments', attachments.count, {
              size: formatSize(locale, attachments.bytes),
            })}
          </span>
        )}
        {findings.length > 0 && (
          <button
            type="button"
            class="pf-toggle"
            aria-expanded={open}
            title={t(locale, open ? 'panel.collapse' : 'panel.expand')}
            aria-label={t(locale, open ? 'panel.collapse' : 'panel.expand')}
            onClick={actions.toggle}
          >
            <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
              <path
                fill="currentColor"
                d={
                  open
                    ? 'M7.4 15.4 12 10.8l4.6 4.6L18 14l-6-6-6 6z'
                    : 'M7.4 8.6 12 13.2l4.6-4.6L18 10l-6 6-6-6z'
                }
              />
            </svg>
          </button>
        )}
      </header>
      {report?.partial && (
        <p class="pf-note" data-note="partial">
          {t(locale, partialSend ? 'panel.partialSent' : 'panel.partial')}
        </p>
      )}
      {open && <FindingList findings={findings} locale={locale} onJump={actions.jump} />}
      {confirming && (
        <ConfirmDialog
          locale={locale}
          findings={findings}
          onReview={actions.review}
          onSend={actions.sendAnyway}
        />
      )}
    </section>
  );
}
