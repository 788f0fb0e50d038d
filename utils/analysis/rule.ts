/**
 * What a rule is: data (meta) plus a pure `check` over a normalized draft, in the manner of ESLint
 * rules. A rule reports Findings; the engine adds them up, so rules never see each other.
 */
import type { Attachment, Draft, Evidence, Finding, MessageData, Severity } from '../types';
import type { DraftFacts } from './facts';
import type { AnalysisSettings } from './settings';

/** An attachment after normalization: the adapter's shape, with size NaN when unknown. */
export type NormalizedAttachment = Attachment;

/**
 * A draft after normalization: every field present, of the right type, and of bounded size. `text` is
 * derived from `html` when the adapter gave no text (see `textSource`).
 */
export interface NormalizedDraft extends Required<Draft> {
  /** The adapter said whether this is a reply (isReply was a boolean); false for drafts from elsewhere. */
  replyKnown: boolean;
  /** Which draft field text evidence points into. */
  textSource: 'text' | 'html';
}

export type RuleCategory = 'subject' | 'body' | 'html' | 'links' | 'attachments' | 'recipients';

export interface RuleMeta<M extends string = string, F extends string = string> {
  /** Same as the file name in utils/analysis/rules. */
  id: string;
  /** One line for the options page and the docs. */
  description: string;
  /** Why mail filters or recipients weigh it: a sentence or two for docs/rules.md. */
  why?: string;
  /** A short draft the rule reports; docs/rules.md shows it with the message it produces. */
  example?: Partial<Draft>;
  category: RuleCategory;
  /** Scale of the rule's findings in the score; a setting may replace it. */
  defaultWeight: number;
  /**
   * Messages by id, in English: this IS the English text users see (the catalog key is
   * '<rule-id>.<message>'; utils/i18n/en/analysis.ts derives the English catalog from it, and the
   * Czech catalog must have the same ids and placeholders).
   */
  messages: Record<M, string>;
  /** Fix advice by id, in English, catalogued the same way. */
  fixes: Record<F, string>;
}

export interface FindingSpec<M extends string, F extends string> {
  messageId: M;
  data?: MessageData;
  evidence: Evidence[];
  fix: F;
  fixData?: MessageData;
  /** Multiplies the rule weight (default 1). */
  factor?: number;
  /** Fixed severity; by default it follows the finding's weight against the thresholds. */
  severity?: Severity;
  /** A likely mistake rather than a filtering risk: the send gate asks whatever the level (see Finding). */
  askBeforeSend?: boolean;
}

export interface RuleContext<M extends string = string, F extends string = string> {
  readonly settings: AnalysisSettings;
  /** The rule's effective weight (setting or default). */
  readonly weight: number;
  readonly facts: DraftFacts;
  /** Builds a finding of this rule. */
  finding(spec: FindingSpec<M, F>): Finding;
}

export interface Rule<M extends string = string, F extends string = string> {
  meta: RuleMeta<M, F>;
  check(draft: NormalizedDraft, context: RuleContext<M, F>): Finding[];
}

/** Identity helper that lets TypeScript check message and fix ids against the meta. */
export function defineRule<M extends string, F extends string>(rule: Rule<M, F>): Rule<M, F> {
  return rule;
}

/** Severity that follows weight: a signal as heavy as the warning threshold is a warning by itself. */
export function severityForWeight(weight: number, settings: AnalysisSettings): Severity {
  const t = settings.thresholds;
  if (weight >= t.warning) return 'warning';
  if (weight >= t.notice) return 'notice';
  return 'info';
}

/** Diminishing returns: the strongest signal counts fully, each next one `decay` times less. */
export function diminishingSum(weights: number[], decay = 0.7): number {
  const sorted = [...weights].sort((a, b) => b - a);
  let total = 0;
  let f = 1;
  for (const w of sorted) {
    total += w * f;
    f *= decay;
  }
  return total;
}
