/** TLS-RPT: parse (pure), lookup (resolver), the check, and the report's tlsRpt result. */
import { normalizeName } from '../../dns/names';
import type { Resolver } from '../../dns/types';
import { describeAnswer, isFailure, joinedTexts } from '../../dns/types';
import { checkResult, defineCheck, dnsEvidence, runChecks } from '../check';
import type { CheckResult } from '../contract';
import { clip } from '../tags';
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

/** tls-rpt: the domain asks for reports about TLS failures of mail sent to it (RFC 8460). */
export const tlsRptCheck = defineCheck<
  TlsRptLookup,
  unknown,
  'missing' | 'multiple' | 'invalid' | 'dnsError',
  'publish'
>({
  id: 'tls-rpt',
  description: 'One valid "v=TLSRPTv1; rua=…" record at _smtp._tls.<domain>.',
  messages: { missing: 'notice', multiple: 'warning', invalid: 'warning', dnsError: 'notice' },
  fixes: ['publish'],
  check(t, ctx) {
    const data = { domain: t.domain, name: t.name };
    if (t.status === 'none') return [ctx.finding('missing', [dnsEvidence(t.name)], data, 'publish')];
    if (t.status === 'multiple')
      return [
        ctx.finding(
          'multiple',
          t.records.map((r) => dnsEvidence(t.name, r)),
          { ...data, count: t.records.length },
        ),
      ];
    if (t.status === 'error')
      return [ctx.finding('dnsError', [dnsEvidence(t.name)], { ...data, reason: t.dnsError ?? '' })];
    if (t.parsed && !t.parsed.valid)
      return [
        ctx.finding('invalid', [dnsEvidence(t.name, t.records[0])], {
          ...data,
          reason: clip(t.parsed.errors.join('; '), 300),
        }),
      ];
    return [];
  },
});

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
