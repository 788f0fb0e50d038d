/** DMARC: parse (pure), discover (resolver), checks (findings), and the report's dmarc result. */
import type { CheckResult, SuggestedRecord } from '../contract';
import { checkResult, runChecks } from '../check';
import type { Resolver } from '../../dns/types';
import { DMARC_CHECKS } from './checks';
import type { DmarcDiscovery } from './evaluate';
import { discoverDmarc } from './evaluate';

export * from './parse';
export * from './evaluate';
export { DMARC_CHECKS } from './checks';

export interface DmarcResult extends CheckResult {
  detail: DmarcDiscovery;
}

/** A starting record: monitoring with reports to the organisation's own mailbox. */
export function suggestDmarc(d: DmarcDiscovery): SuggestedRecord[] {
  const name = `_dmarc.${d.domain}`;
  const rua = `rua=mailto:dmarc-reports@${d.orgDomain}`;
  if (d.status === 'none' || d.status === 'multiple')
    return [{ name, type: 'TXT', value: `v=DMARC1; p=none; ${rua}`, messageId: 'suggest.dmarcStart' }];
  const p = d.parsed;
  // p=reject without rua= gets no suggestion: p=quarantine would weaken it (the noRua finding's fix adds rua=).
  if (
    d.status === 'found' &&
    p &&
    (p.p === 'none' || p.p === undefined || (p.p === 'quarantine' && !p.rua.length))
  ) {
    const ruaPart = p.rua.length ? `rua=${p.rua.map((u) => u.uri).join(',')}` : rua;
    return [
      {
        name: d.recordName ?? name,
        type: 'TXT',
        value: `v=DMARC1; p=quarantine; ${ruaPart}`,
        messageId: 'suggest.dmarcEnforce',
      },
    ];
  }
  return [];
}

export function dmarcResultOf(d: DmarcDiscovery): DmarcResult {
  const findings = runChecks(DMARC_CHECKS, d, {});
  const suggested = suggestDmarc(d);
  return {
    ...checkResult(findings, {
      unknown: d.status === 'error',
      records: d.record !== undefined ? [d.record] : (d.records ?? []),
      ...(suggested.length ? { suggested } : {}),
    }),
    detail: d,
  };
}

export async function checkDmarc(domain: string, opts: { resolver: Resolver }): Promise<DmarcResult> {
  return dmarcResultOf(await discoverDmarc(domain, opts));
}
