/**
 * How findings are ordered and which ones the page can point at: shared by the panel, the send dialog
 * and the compose controller (which must not reach into components for logic).
 */
import type { Finding, Severity } from './types';

const RANK: Record<Severity, number> = { danger: 3, warning: 2, notice: 1, info: 0 };

/** Most severe first, then heaviest: the order the panel and the send dialog list findings in. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => RANK[b.severity] - RANK[a.severity] || b.weight - a.weight);
}

/** Evidence the page can show: a range of the body text or the subject. */
export const canJump = (f: Finding) => f.evidence.some((e) => e.field === 'text' || e.field === 'subject');
