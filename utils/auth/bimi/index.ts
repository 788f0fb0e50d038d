/** BIMI: parse (pure), lookup (resolver), the check, and the report's bimi result. */
import { normalizeName } from '../../dns/names';
import type { Resolver } from '../../dns/types';
import { describeAnswer, isFailure, joinedTexts } from '../../dns/types';
import { checkResult, defineCheck, dnsEvidence, runChecks } from '../check';
import type { CheckResult } from '../contract';
import type { DmarcPolicy } from '../dmarc/parse';
import { clip } from '../tags';
import type { BimiRecord } from './parse';
import { isBimiRecord, parseBimi } from './parse';

export * from './parse';

export interface BimiLookup {
  domain: string;
  name: string;
  status: 'found' | 'none' | 'multiple' | 'error';
  records: string[];
  parsed?: BimiRecord;
  dnsError?: string;
  /** The DMARC policy that applies (BIMI needs quarantine or reject). */
  dmarcPolicy?: DmarcPolicy;
}

export async function lookupBimi(
  input: string,
  opts: { resolver: Resolver; dmarcPolicy?: DmarcPolicy | undefined },
): Promise<BimiLookup> {
  const domain = normalizeName(input);
  const name = `default._bimi.${domain}`;
  const base = { domain, name, ...(opts.dmarcPolicy ? { dmarcPolicy: opts.dmarcPolicy } : {}) };
  const a = await opts.resolver(name, 'TXT');
  if (isFailure(a)) return { ...base, status: 'error', records: [], dnsError: describeAnswer(a) };
  const records = joinedTexts(a).filter(isBimiRecord);
  if (!records.length) return { ...base, status: 'none', records };
  if (records.length > 1) return { ...base, status: 'multiple', records };
  return { ...base, status: 'found', records, parsed: parseBimi(records[0] as string) };
}

/** bimi: an optional brand logo record; it only works with DMARC at quarantine or reject. */
export const bimiCheck = defineCheck<
  BimiLookup,
  unknown,
  'missing' | 'declined' | 'multiple' | 'invalid' | 'dmarcTooWeak' | 'dnsError',
  'strengthenDmarc'
>({
  id: 'bimi',
  description: 'default._bimi.<domain> is valid (https SVG logo) and DMARC is at quarantine or reject.',
  messages: {
    missing: 'info',
    declined: 'info',
    multiple: 'warning',
    invalid: 'warning',
    dmarcTooWeak: 'warning',
    dnsError: 'info',
  },
  fixes: ['strengthenDmarc'],
  check(b, ctx) {
    const data = { domain: b.domain, name: b.name };
    if (b.status === 'none') return [ctx.finding('missing', [dnsEvidence(b.name)], data)];
    if (b.status === 'error')
      return [ctx.finding('dnsError', [dnsEvidence(b.name)], { ...data, reason: b.dnsError ?? '' })];
    if (b.status === 'multiple')
      return [
        ctx.finding(
          'multiple',
          b.records.map((r) => dnsEvidence(b.name, r)),
          { ...data, count: b.records.length },
        ),
      ];
    const ev = [dnsEvidence(b.name, b.records[0])];
    if (b.parsed?.declined) return [ctx.finding('declined', ev, data)];
    const out = [];
    if (b.parsed && !b.parsed.valid)
      out.push(ctx.finding('invalid', ev, { ...data, reason: clip(b.parsed.errors.join('; '), 300) }));
    if (b.dmarcPolicy !== 'quarantine' && b.dmarcPolicy !== 'reject')
      out.push(
        ctx.finding('dmarcTooWeak', ev, { ...data, policy: b.dmarcPolicy ?? 'none' }, 'strengthenDmarc'),
      );
    return out;
  },
});

export const BIMI_CHECKS = [bimiCheck] as const;

export function bimiResultOf(b: BimiLookup): CheckResult & { detail: BimiLookup } {
  const findings = runChecks(BIMI_CHECKS, b, {});
  return { ...checkResult(findings, { unknown: b.status === 'error', records: b.records }), detail: b };
}

export async function checkBimi(
  domain: string,
  opts: { resolver: Resolver; dmarcPolicy?: DmarcPolicy | undefined },
) {
  return bimiResultOf(await lookupBimi(domain, opts));
}
