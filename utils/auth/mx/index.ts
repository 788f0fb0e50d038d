/** MX: lookup (resolver), checks (findings), and the report's mx result. */
import type { CheckResult } from '../contract';
import { checkResult, runChecks } from '../check';
import type { Resolver } from '../../dns/types';
import { MX_CHECKS } from './checks';
import type { MxLookup } from './evaluate';
import { lookupMx } from './evaluate';

export * from './evaluate';
export { MX_CHECKS } from './checks';

export interface MxResult extends CheckResult {
  detail: MxLookup;
}

export function mxResultOf(m: MxLookup): MxResult {
  const findings = runChecks(MX_CHECKS, m, {});
  return {
    ...checkResult(findings, {
      unknown: m.status === 'error',
      records: m.status === 'null' ? ['0 .'] : m.hosts.map((h) => `${h.preference} ${h.exchange}`),
    }),
    detail: m,
  };
}

export async function checkMx(domain: string, opts: { resolver: Resolver }): Promise<MxResult> {
  return mxResultOf(await lookupMx(domain, opts));
}
