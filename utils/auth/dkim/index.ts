/** DKIM: parse (pure), key reading, probe (resolver), checks (findings), and the report's dkim result. */
import type { CheckResult } from '../contract';
import { checkResult, runChecks } from '../check';
import type { Resolver } from '../../dns/types';
import { DKIM_CHECKS } from './checks';
import type { DkimProbe } from './evaluate';
import { probeDkim } from './evaluate';

export * from './parse';
export * from './key';
export * from './evaluate';
export { DKIM_CHECKS } from './checks';

export interface DkimResult extends CheckResult {
  detail: DkimProbe;
}

/**
 * No key among the selectors tried is 'unknown', never 'fail': the domain may use another selector.
 * Keys found but none usable is never a pass: a key without p= (or with bad base64) is a danger, and
 * a revoked key (p= empty) a notice, so the status is 'fail' or 'warn'.
 */
export function dkimResultOf(p: DkimProbe): DkimResult {
  const findings = runChecks(DKIM_CHECKS, p, {});
  return {
    ...checkResult(findings, {
      unknown: p.keys.length === 0,
      records: p.keys.map((k) => `${k.selector}: ${k.record}`),
    }),
    detail: p,
  };
}

export async function checkDkim(
  domain: string,
  opts: { resolver: Resolver; selectors?: readonly string[] },
): Promise<DkimResult> {
  return dkimResultOf(await probeDkim(domain, opts));
}
