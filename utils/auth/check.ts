/**
 * What a domain check is: data (id, the messages it can report with their severity, its fix advice)
 * plus a pure function from what was looked up to Findings, in the manner of the content rules'
 * `defineRule` (utils/analysis/rule.ts). One check per file under utils/auth/<protocol>/checks/;
 * each protocol's registry is explicit and sorted by id.
 *
 * Message ids are '<check id>.<message>' in utils/i18n/<lang>/dns.ts, fix ids '<check id>.<fix>';
 * TypeScript checks both against the meta, the meta-tests keep the catalogs in step. Weights follow
 * the shared scale (utils/findings.ts), so domain findings and content findings add up alike.
 */
import type { Evidence, Finding, MessageData, Severity } from '../types';
import { SEVERITY_WEIGHT, sortFindings } from '../findings';
import type { CheckResult, CheckStatus } from './contract';

export interface CheckFix<F extends string> {
  id: F;
  data?: MessageData;
}

export interface CheckContext<M extends string, F extends string> {
  /** Builds a finding of this check: severity and weight come from the meta. */
  finding(message: M, evidence: Evidence[], data?: MessageData, fix?: F | CheckFix<F>): Finding;
}

export interface DomainCheck<I, C = unknown, M extends string = string, F extends string = string> {
  /** Same as the file name in utils/auth/<protocol>/checks. */
  id: string;
  /** One line for the docs. */
  description: string;
  /** Message name → severity. The finding's messageId is `${id}.${name}`. */
  messages: Record<M, Severity>;
  /** Fix advice names (advice ids are `${id}.${name}`). */
  fixes?: readonly F[];
  check(input: I, ctx: C & CheckContext<M, F>): Finding[];
}

/** Identity helper that lets TypeScript check message and fix ids against the meta. */
export function defineCheck<I, C = unknown, M extends string = string, F extends string = never>(
  check: DomainCheck<I, C, M, F>,
): DomainCheck<I, C, M, F> {
  return check;
}

/** The finding builder one check gets (exported for tests). */
export function checkContext<M extends string, F extends string>(
  check: Pick<DomainCheck<unknown, unknown, M, F>, 'id' | 'messages'>,
): CheckContext<M, F> {
  return {
    finding(message, evidence, data, fix) {
      const severity = check.messages[message];
      if (!severity) throw new Error(`check ${check.id} has no message ${message}`);
      // A fix named without data explains itself with the finding's data (same placeholders).
      const advice =
        fix === undefined
          ? undefined
          : typeof fix === 'string'
            ? { id: fix, ...(data ? { data } : {}) }
            : fix;
      return {
        ruleId: check.id,
        severity,
        weight: SEVERITY_WEIGHT[severity],
        messageId: `${check.id}.${message}`,
        ...(data ? { data } : {}),
        evidence,
        ...(advice
          ? {
              fix: {
                messageId: `${check.id}.${advice.id}`,
                ...(advice.data ? { data: advice.data } : {}),
              },
            }
          : {}),
      };
    },
  };
}

// Checks of different input types share a registry type through this erased form.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyCheck<I, C = unknown> = DomainCheck<I, C, any, any>;

/**
 * Runs checks in registry order. A check that throws is a bug, not a DNS problem: it is skipped, as
 * the engine skips a broken rule, so the report still comes out. Returns the findings worst first.
 */
export function runChecks<I, C>(checks: readonly AnyCheck<I, C>[], input: I, ctx: C): Finding[] {
  const out: Finding[] = [];
  for (const c of checks) {
    try {
      out.push(...c.check(input, { ...ctx, ...checkContext(c) }));
    } catch {
      // skipped (see above)
    }
  }
  return sortFindings(out);
}

/** Evidence pointing at a DNS name (and, when given, a range of one of its records). */
export function dnsEvidence(name: string, record?: string, start = 0, end = record?.length ?? 0): Evidence {
  return { field: 'dns', name, ...(record !== undefined ? { record } : {}), start, end };
}

/**
 * A check's status from its findings: danger → fail, warning or notice → warn, else pass. A check
 * that could not conclude (DNS failed, nothing to look at) says 'unknown' itself.
 */
export function statusOf(findings: readonly Finding[], unknown = false): CheckStatus {
  if (findings.some((f) => f.severity === 'danger')) return 'fail';
  if (unknown) return 'unknown';
  if (findings.some((f) => f.severity === 'warning' || f.severity === 'notice')) return 'warn';
  return 'pass';
}

export function checkResult(
  findings: Finding[],
  extra: { unknown?: boolean } & Omit<CheckResult, 'status' | 'findings'> = {},
): CheckResult {
  const { unknown, ...rest } = extra;
  return { status: statusOf(findings, unknown), findings: sortFindings(findings), ...rest };
}
