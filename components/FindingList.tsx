import type { Locale } from '../utils/i18n';
import { t } from '../utils/i18n';
import type { Finding } from '../utils/types';

/** Most severe first, then heaviest (the shared order, utils/findings.ts). */
export { sortFindings } from '../utils/findings';

/** Evidence the page can show: a range of the body text or the subject. */
import { canJump } from '../utils/findings';
export { canJump };

interface Props {
  findings: readonly Finding[];
  locale: Locale;
  /** When given, findings with evidence get a "Show" button. */
  onJump?: (finding: Finding) => void;
}

/** Findings with their fix advice. Every string is rendered as text (message data is untrusted). */
export function FindingList({ findings, locale, onJump }: Props) {
  return (
    <ul class="pf-findings">
      {findings.map((f, i) => (
        <li key={`${f.ruleId}:${i}`} class={`pf-finding pf-${f.severity}`} data-rule={f.ruleId}>
          <span
            class="pf-sev"
            role="img"
            title={t(locale, `severity.${f.severity}`)}
            aria-label={t(locale, `severity.${f.severity}`)}
          />
          <div class="pf-body">
            <p class="pf-msg">{t(locale, f.messageId, f.data)}</p>
            {f.fix && <p class="pf-fix">{t(locale, f.fix.messageId, f.fix.data)}</p>}
          </div>
          {onJump && canJump(f) && (
            <button
              type="button"
              class="pf-link"
              title={t(locale, 'panel.showTitle')}
              onClick={() => onJump(f)}
            >
              {t(locale, 'panel.show')}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
