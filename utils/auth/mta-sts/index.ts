/** MTA-STS: parse (pure), fetch (injected), lookup (resolver), checks, and the report's mtaSts result. */
import type { CheckResult } from '../contract';
import { checkResult, runChecks } from '../check';
import { MTA_STS_CHECKS } from './checks';
import type { MtaStsLookup, MtaStsOptions } from './evaluate';
import { lookupMtaSts } from './evaluate';

export * from './parse';
export * from './fetch';
export * from './evaluate';
export { MTA_STS_CHECKS } from './checks';

export interface MtaStsResult extends CheckResult {
  detail: MtaStsLookup;
}

export function mtaStsResultOf(m: MtaStsLookup): MtaStsResult {
  const findings = runChecks(MTA_STS_CHECKS, m, {});
  const policyUnknown =
    m.status === 'found' && (m.policy.status === 'no-permission' || m.policy.status === 'not-fetched');
  return {
    ...checkResult(findings, {
      unknown: m.status === 'error' || policyUnknown,
      records: m.records,
      ...(m.status === 'none'
        ? {
            suggested: [
              {
                name: m.name,
                type: 'TXT' as const,
                value: `v=STSv1; id=${new Date().toISOString().slice(0, 10).replace(/-/g, '')}01`,
                messageId: 'suggest.mtaSts',
              },
            ],
          }
        : {}),
    }),
    detail: m,
  };
}

export async function checkMtaSts(domain: string, opts: MtaStsOptions): Promise<MtaStsResult> {
  return mtaStsResultOf(await lookupMtaSts(domain, opts));
}
