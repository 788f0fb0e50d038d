/**
 * The domain's grade, A (best) to F, from its checks' statuses. Pure, so the popup can grade partial
 * results as checks arrive; a check not yet known (missing or 'unknown') costs nothing.
 *
 * The rule (also in docs/notes/health.md):
 *   penalty points — core checks (spf, dmarc, dkim, mx, blocklists): fail 4, warn 1.5;
 *                    other checks (mtaSts, tlsRpt, bimi, propagation): fail 1.5, warn 0.5.
 *   grade by points — A ≤ 1, B ≤ 2.5, C ≤ 4.5, D ≤ 7, E ≤ 10, F above;
 *   and two caps: a failing mx (the domain cannot receive replies or bounces) is at best E; SPF and
 *   DMARC both failing (anyone can forge the domain) is F.
 * So a domain with SPF, DKIM and DMARC enforced and sound MX is A even without MTA-STS and TLS-RPT
 * (0.5 each), a missing DMARC record alone makes it B, a broken SPF alone C.
 */
import type { CheckKey, CheckResult, Grade } from './contract';

export const CORE_CHECKS: readonly CheckKey[] = ['spf', 'dmarc', 'dkim', 'mx', 'blocklists'];

/** Checks whose 'unknown' means DNS failed (DKIM's means "no selector matched", which costs nothing). */
const UNKNOWN_COSTS: readonly CheckKey[] = ['spf', 'dmarc', 'mx'];

const POINTS = {
  core: { fail: 4, warn: 1.5, pass: 0, unknown: 0 },
  other: { fail: 1.5, warn: 0.5, pass: 0, unknown: 0 },
} as const;

const BANDS: ReadonlyArray<[number, Grade]> = [
  [1, 'A'],
  [2.5, 'B'],
  [4.5, 'C'],
  [7, 'D'],
  [10, 'E'],
];

export type CheckStatuses = Partial<Record<CheckKey, Pick<CheckResult, 'status'> | undefined>>;

export function gradePoints(checks: CheckStatuses): number {
  let points = 0;
  for (const [key, r] of Object.entries(checks) as Array<
    [CheckKey, Pick<CheckResult, 'status'> | undefined]
  >) {
    if (!r) continue;
    const scale = CORE_CHECKS.includes(key) ? POINTS.core : POINTS.other;
    points += r.status === 'unknown' && UNKNOWN_COSTS.includes(key) ? 1 : (scale[r.status] ?? 0);
  }
  return points;
}

const ORDER: readonly Grade[] = ['A', 'B', 'C', 'D', 'E', 'F'];
const worse = (a: Grade, b: Grade): Grade => (ORDER.indexOf(a) >= ORDER.indexOf(b) ? a : b);

export function gradeOf(checks: CheckStatuses): Grade {
  const points = gradePoints(checks);
  let grade: Grade = BANDS.find(([max]) => points <= max)?.[1] ?? 'F';
  if (checks.mx?.status === 'fail') grade = worse(grade, 'E');
  if (checks.spf?.status === 'fail' && checks.dmarc?.status === 'fail') grade = 'F';
  return grade;
}
