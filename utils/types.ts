/**
 * Preflight's shared vocabulary. A content rule and a DNS check both produce Findings, so every UI
 * (panel, send gate, popup, CLI) renders them the same way and in every language.
 */

export interface Attachment {
  /** File name as the user attached it. */
  name: string;
  /** Raw size in bytes (before MIME encoding). NaN or negative means unknown. */
  size: number;
  /** MIME type when known, else ''. */
  type: string;
}

/** What a compose holds, read by an adapter. All fields untrusted. */
export interface Draft {
  from: string;
  to: string[];
  cc: string[];
  bcc: string[];
  subject: string;
  /** Visible text of the body, quoted history and signature excluded where the adapter can tell. */
  text: string;
  /** The editor's HTML (may be empty). */
  html: string;
  attachments: Attachment[];
  /** True when the compose is a reply or forward of an existing conversation (adapter knows). */
  isReply?: boolean;
}

export type Severity = 'info' | 'notice' | 'warning' | 'danger';
export type Level = 'ok' | 'notice' | 'warning' | 'danger';
/** The send gate holds sends at this level and above ('off': never). */
export type GateLevel = Exclude<Level, 'ok'> | 'off';

/** The webmail the user is in; each sends through one provider (utils/auth/spf/providers.ts). */
export type SendingService = 'gmail' | 'outlook';

export type DraftField = 'from' | 'to' | 'cc' | 'bcc' | 'subject' | 'text' | 'html' | 'attachments';
/** DNS checks point at a DNS name and record instead of a draft field. */
export type EvidenceField = DraftField | 'dns';

export interface Evidence {
  field: EvidenceField;
  /** Character range [start, end) in the field's string (for arrays, in the item at `index`). */
  start: number;
  end: number;
  /** Index into to/cc/bcc/attachments when the field is a list. */
  index?: number;
  /** For field 'dns': the name queried and the record text the range refers to. */
  name?: string;
  record?: string;
}

export type MessageData = Record<string, string | number>;

export interface Advice {
  /** Message id in the i18n catalogs (see utils/i18n). */
  messageId: string;
  data?: MessageData;
}

export interface Finding {
  /** Rule or check id, e.g. 'subject-all-caps' or 'spf-lookup-limit'. */
  ruleId: string;
  severity: Severity;
  /** Contribution to the score. */
  weight: number;
  /** Message id in the i18n catalogs, e.g. 'subject-all-caps.allCaps'. */
  messageId: string;
  data?: MessageData;
  evidence: Evidence[];
  fix?: Advice;
  /**
   * A likely mistake rather than a filtering risk (e.g. a forgotten attachment): the send gate asks
   * before sending even when the draft's level is below its threshold. The score and level are not
   * raised by it, so a clean mail that merely mentions an attachment is not called risky.
   */
  askBeforeSend?: boolean;
}

export interface Report {
  /** Continuous: higher means more likely to be filtered or rejected. */
  score: number;
  level: Level;
  findings: Finding[];
  /**
   * The engine stopped at its work budget, so part of the draft (usually its HTML) was not read. The
   * send gate fails open on such a report and says so; the panel shows that the check was partial.
   */
  partial?: boolean;
  /**
   * Parts of the engine that failed on this draft and were skipped (fail open: the report holds what
   * the rest found): rule ids whose check threw or returned something that is not a list of findings,
   * 'scorer' when the score model threw, 'engine' when the analysis as a whole failed (the report is
   * then empty). Absent when nothing failed. For tests and debugging; not shown to users.
   */
  internalErrors?: string[];
}

export const LEVELS: readonly Level[] = ['ok', 'notice', 'warning', 'danger'];
export const levelRank = (l: Level): number => LEVELS.indexOf(l);
