/**
 * What the popup asks the background, until the health report's messages land in utils/messages.ts
 * (the lead points these at health's types at merge):
 *   {type:'domain-check', domain, check, refresh?} → {ok:true, value: CheckResult}   (one check, progressive)
 *   {type:'domain-report', domain, refresh?}       → {ok:true, value: HealthReport}  (all checks)
 * and the view the popup renders from either. A background that does not know 'domain-check' yet (or
 * answers 'domain-report' with an SPF-only report) still gives a full view: checks it did not run are
 * 'unknown' with a reason.
 */
import type { CheckKey, CheckResult, CheckStatus, Grade } from './auth/contract';
import { CHECK_KEYS } from './auth/contract';
import type { Finding, Level } from './types';

export interface DomainCheckRequest {
  type: 'domain-check';
  domain: string;
  check: CheckKey;
  refresh?: boolean;
  /** Resolver id or https URL (the settings' resolver); the background may check it against the settings. */
  resolver?: string;
}

export interface HealthReportRequest {
  type: 'domain-report';
  domain: string;
  refresh?: boolean;
  resolver?: string;
}

/** The health report as the popup reads it: one CheckResult per check key at the top level. */
export type HealthReport = {
  domain: string;
  checkedAt: string;
  resolver?: string;
  grade?: Grade;
  findings: Finding[];
  score: number;
  level: Level;
} & Partial<Record<CheckKey, CheckResult>>;

export type PopupResult<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } };

const STATUSES: readonly CheckStatus[] = ['pass', 'warn', 'fail', 'unknown'];

const SEVERITY_STATUS: Record<Finding['severity'], CheckStatus> = {
  danger: 'fail',
  warning: 'warn',
  notice: 'pass',
  info: 'pass',
};
const STATUS_RANK: Record<CheckStatus, number> = { pass: 0, unknown: 1, warn: 2, fail: 3 };

/**
 * A check result from whatever the background sent: a CheckResult as is, or (older background) a
 * protocol report with findings but no status, whose status follows its worst finding.
 */
export function asCheckResult(value: unknown): CheckResult | null {
  if (!value || typeof value !== 'object') return null;
  const v = value as Partial<CheckResult> & { findings?: unknown };
  if (!Array.isArray(v.findings)) return null;
  const findings = v.findings;
  const status = STATUSES.includes(v.status as CheckStatus)
    ? (v.status as CheckStatus)
    : findings.reduce<CheckStatus>((s, f) => {
        const fs = SEVERITY_STATUS[f.severity] ?? 'unknown';
        return STATUS_RANK[fs] > STATUS_RANK[s] ? fs : s;
      }, 'pass');
  const spfRecord = (value as { root?: { record?: unknown } }).root?.record;
  return {
    ...(v as CheckResult),
    status,
    findings,
    ...(v.records ? {} : typeof spfRecord === 'string' ? { records: [spfRecord] } : {}),
  };
}

/**
 * A–F from the checks, until utils/auth's gradeOf lands: A all pass; each warn costs one grade, each
 * fail two; SPF or DMARC failing means D at best; F when mail cannot be received (MX fails). Checks still unknown do not count.
 */
export function provisionalGrade(checks: Partial<Record<CheckKey, CheckResult>>): Grade | undefined {
  const known = CHECK_KEYS.map((k) => checks[k]?.status).filter(
    (s): s is CheckStatus => !!s && s !== 'unknown',
  );
  if (!known.length) return undefined;
  if (checks.mx?.status === 'fail') return 'F';
  const cost = known.reduce((c, s) => c + (s === 'fail' ? 2 : s === 'warn' ? 1 : 0), 0);
  const grades: Grade[] = ['A', 'B', 'C', 'D', 'E', 'F'];
  let g = Math.min(4, cost);
  if (['spf', 'dmarc'].some((k) => checks[k as CheckKey]?.status === 'fail')) g = Math.max(g, 3);
  return grades[g];
}
