import type { Locale } from '../utils/i18n';
import { t } from '../utils/i18n';
import type { Level } from '../utils/types';

/** The draft's level as a coloured pill: "Looks good", "Risky"… */
export function LevelBadge({ level, locale }: { level: Level; locale: Locale }) {
  return (
    <span class={`pf-badge pf-${level}`} data-level={level}>
      <span class="pf-dot" aria-hidden="true" />
      {t(locale, `level.${level}`)}
    </span>
  );
}
