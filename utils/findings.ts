/**
 * The one place that knows how findings compare: severity order, the weight each severity carries in
 * a score, sorting, and the level a list of findings reaches. Content rules (utils/analysis), domain
 * checks (utils/auth) and every UI use these, so a finding means the same everywhere.
 */
import type { Finding, Level, Severity } from './types';

/** Least to most severe. */
export const SEVERITY_ORDER: readonly Severity[] = ['info', 'notice', 'warning', 'danger'];

export function severityRank(s: Severity): number {
  return SEVERITY_ORDER.indexOf(s);
}

export function isSeverity(v: unknown): v is Severity {
  return typeof v === 'string' && (SEVERITY_ORDER as readonly string[]).includes(v);
}

/**
 * Weight of a finding of each severity on the content rules' scale (utils/analysis/settings.ts: the
 * report reaches notice at 2, warning at 4, danger at 7), so one domain finding moves a score exactly
 * as far as its severity says.
 */
export const SEVERITY_WEIGHT: Readonly<Record<Severity, number>> = Object.freeze({
  info: 0,
  notice: 2,
  warning: 4,
  danger: 7,
});

/** Most severe first, then heaviest. */
export function compareFindings(a: Finding, b: Finding): number {
  return severityRank(b.severity) - severityRank(a.severity) || b.weight - a.weight;
}

/** A sorted copy: the order the panel, the send dialog, the popup and the CLI list findings in. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(compareFindings);
}

const SEVERITY_LEVEL: Readonly<Record<Severity, Level>> = {
  info: 'ok',
  notice: 'notice',
  warning: 'warning',
  danger: 'danger',
};

export function levelOfSeverity(s: Severity): Level {
  return SEVERITY_LEVEL[s];
}

/** The level the worst finding reaches ('ok' for none or only info). */
export function levelOf(findings: readonly Finding[]): Level {
  let worst = 0;
  for (const f of findings) worst = Math.max(worst, severityRank(f.severity));
  return SEVERITY_LEVEL[SEVERITY_ORDER[worst] ?? 'info'];
}

/** Evidence the page can show: a range of the body text or the subject. */
export const canJump = (f: Finding) => f.evidence.some((e) => e.field === 'text' || e.field === 'subject');
