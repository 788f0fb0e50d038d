/** What the user (or the options page) can tune. Everything is optional when calling analyzeDraft. */

export interface RuleSettings {
  enabled?: boolean;
  /** Replaces the rule's default weight (its scale in the score); 0 keeps the findings but not their score. */
  weight?: number;
}

export interface CustomPhrase {
  phrase: string;
  /** Same scale as the built-in phrase lists: about 1 for a clear spam phrase, 3 at most. */
  weight: number;
}

export interface Thresholds {
  notice: number;
  warning: number;
  danger: number;
}

export interface AnalysisSettings {
  rules: Record<string, RuleSettings>;
  customPhrases: CustomPhrase[];
  /** Score at which the report reaches each level. */
  thresholds: Thresholds;
  /**
   * Raw attachment total the webmail itself accepts. Gmail and Outlook.com say "25 MB"; we read it as
   * 25,000,000 bytes, the stricter of the decimal and binary readings, so we warn before they refuse.
   */
  sendingLimitBytes: number;
  /**
   * Encoded message size that common receiving services accept (Outlook.com, Yahoo and most hosted
   * mail: 25 MB; Microsoft 365 default 36 MB and Gmail 50 MB are more generous).
   */
  receivingLimitBytes: number;
  /** Encoded size accepted by company servers on Exchange defaults (10 MB); 0 turns the check off. */
  corporateLimitBytes: number;
  /** More visible recipients (To + Cc) than this, across several domains, suggests Bcc. */
  maxVisibleRecipients: number;
}

export const MB = 1_000_000;

/** Chosen so that an ordinary business mail stays 'ok' and a typical newsletter at most 'notice'. */
export const DEFAULT_SETTINGS: Readonly<AnalysisSettings> = Object.freeze({
  rules: {},
  customPhrases: [],
  thresholds: Object.freeze({ notice: 2, warning: 4, danger: 7 }),
  sendingLimitBytes: 25 * MB,
  receivingLimitBytes: 25 * MB,
  corporateLimitBytes: 10 * MB,
  maxVisibleRecipients: 10,
});

const finite = (v: unknown, fallback: number, min = 0): number =>
  typeof v === 'number' && Number.isFinite(v) && v >= min ? v : fallback;

/** Fills in defaults and drops values that would make the engine misbehave (NaN, negative, odd types). */
export function resolveSettings(partial?: Partial<AnalysisSettings> | null): AnalysisSettings {
  const p = partial && typeof partial === 'object' ? partial : {};
  const d = DEFAULT_SETTINGS;
  const t = (p.thresholds && typeof p.thresholds === 'object' ? p.thresholds : {}) as Partial<Thresholds>;
  const notice = finite(t.notice, d.thresholds.notice);
  const warning = Math.max(notice, finite(t.warning, d.thresholds.warning));
  const danger = Math.max(warning, finite(t.danger, d.thresholds.danger));
  return {
    rules: p.rules && typeof p.rules === 'object' ? p.rules : {},
    customPhrases: Array.isArray(p.customPhrases) ? p.customPhrases : [],
    thresholds: { notice, warning, danger },
    sendingLimitBytes: finite(p.sendingLimitBytes, d.sendingLimitBytes),
    receivingLimitBytes: finite(p.receivingLimitBytes, d.receivingLimitBytes),
    corporateLimitBytes: finite(p.corporateLimitBytes, d.corporateLimitBytes),
    maxVisibleRecipients: finite(p.maxVisibleRecipients, d.maxVisibleRecipients, 1),
  };
}
