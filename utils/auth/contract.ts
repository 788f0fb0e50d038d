/**
 * The domain-health contract shared by the background (which builds reports), the popup and the panel
 * (which show them) and the CLI (which prints them). Tests outside the project rely on these names:
 * the check keys are the CLI's JSON keys and the popup's `data-check` values, the statuses its
 * `data-status` values (plus 'checking' while a check runs).
 */
import type { Finding } from '../types';

export const CHECK_KEYS = [
  'spf',
  'dkim',
  'dmarc',
  'mx',
  'mtaSts',
  'tlsRpt',
  'bimi',
  'blocklists',
  'propagation',
] as const;
export type CheckKey = (typeof CHECK_KEYS)[number];

export type CheckStatus = 'pass' | 'warn' | 'fail' | 'unknown';

export type Grade = 'A' | 'B' | 'C' | 'D' | 'E' | 'F';

/** A DNS record the user can publish to fix a finding (shown with a copy button). */
export interface SuggestedRecord {
  /** Owner name, e.g. `_dmarc.example.com`. */
  name: string;
  type: 'TXT' | 'MX' | 'CNAME';
  value: string;
  /** Message id explaining what the record does. */
  messageId: string;
}

/** One check of the report. Protocol-specific detail (parsed record, keys found…) sits beside these. */
export interface CheckResult {
  status: CheckStatus;
  /** Worst first, in the shared Finding shape (ruleId is the check's finding id). */
  findings: Finding[];
  /** Records as published (raw text), for display. Untrusted: render as text. */
  records?: string[];
  /** Records to publish to fix the findings. */
  suggested?: SuggestedRecord[];
}
