/** TLS-RPT: parse (pure), lookup (resolver), the check, and the report's tlsRpt result. */
import { normalizeName } from '../../dns/names';
import type { Resolver } from '../../dns/types';
import { describeAnswer, isFailure, joinedTexts } from '../../dns/types';
import { checkResult, runChecks } from '../check';
import tlsRptCheck from './checks/tls-rpt';
import type { CheckResult } from '../contract';
import type { TlsRptRecord } from './parse';
import { isTlsRptRecord, parseTlsRpt } from './parse';

export * from './parse';

export interface TlsRptLookup {
  domain: string;
  name: string;
  status: 'found' | 'none' | 'multiple' | 'error';
  records: string[];
  parsed?: TlsRptRecord;
  dnsError?: string;
}

export async function lookupTlsRpt(input: string, opts: { resolver: Resolver }): Promise<TlsRptLookup> {
  const domain = normalizeName(input);
  const name = `_smtp._tls.${domain}`;
  const a = await opts.resolver(name, 'TXT');
  if (isFailure(a)) return { domain, name, status: 'error', records: [], dnsError: describeAnswer(a) };
  const records = joinedTexts(a).filter(isTlsRptRecord);
  if (!records.length) return { domain, name, status: 'none', records };
  if (records.length > 1) return { domain, name, status: 'multiple', records };
  return { domain, name, status: 'found', records, parsed: parseTlsRpt(records[0] as string) };
}

/** One check, in its own file like every other. */
export const TLS_RPT_CHECKS = [tlsRptCheck] as const;

export function tlsRptResultOf(t: TlsRptLookup): CheckResult & { detail: TlsRptLookup } {
  const findings = runChecks(TLS_RPT_CHECKS, t, {});
  return {
    ...checkResult(findings, {
      unknown: t.status === 'error',
      records: t.records,
      ...(t.status === 'none'
        ? {
            suggested: [
              {
                name: t.name,
                type: 'TXT' as const,
                value: `v=TLSRPTv1; rua=mailto:tls-reports@${t.domain}`,
                messageId: 'suggest.tlsRpt',
              },
            ],
          }
        : {}),
    }),
    detail: t,
  };
}

export async function checkTlsRpt(domain: string, opts: { resolver: Resolver }) {
  return tlsRptResultOf(await lookupTlsRpt(domain, opts));
}
