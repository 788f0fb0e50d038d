/** BIMI: parse (pure), lookup (resolver), the check, and the report's bimi result. */
import { normalizeName } from '../../dns/names';
import type { Resolver } from '../../dns/types';
import { describeAnswer, isFailure, joinedTexts } from '../../dns/types';
import { checkResult, runChecks } from '../check';
import bimiCheck from './checks/bimi';
import type { CheckResult } from '../contract';
import type { DmarcPolicy } from '../dmarc/parse';
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

/**
 * The DMARC policy may be given as a promise (the report's DMARC check still running): the BIMI record
 * is asked at once, beside the DMARC query, and the policy is awaited only to judge the record, so
 * BIMI adds no round trip to the report.
 */
export interface BimiOptions {
  resolver: Resolver;
  dmarcPolicy?: DmarcPolicy | undefined | PromiseLike<DmarcPolicy | undefined>;
}

export async function lookupBimi(input: string, opts: BimiOptions): Promise<BimiLookup> {
  const domain = normalizeName(input);
  const name = `default._bimi.${domain}`;
  const answer = opts.resolver(name, 'TXT');
  const dmarcPolicy = await opts.dmarcPolicy;
  const base = { domain, name, ...(dmarcPolicy ? { dmarcPolicy } : {}) };
  const a = await answer;
  if (isFailure(a)) return { ...base, status: 'error', records: [], dnsError: describeAnswer(a) };
  const records = joinedTexts(a).filter(isBimiRecord);
  if (!records.length) return { ...base, status: 'none', records };
  if (records.length > 1) return { ...base, status: 'multiple', records };
  return { ...base, status: 'found', records, parsed: parseBimi(records[0] as string) };
}

/** One check, in its own file like every other. */
export const BIMI_CHECKS = [bimiCheck] as const;

export function bimiResultOf(b: BimiLookup): CheckResult & { detail: BimiLookup } {
  const findings = runChecks(BIMI_CHECKS, b, {});
  return { ...checkResult(findings, { unknown: b.status === 'error', records: b.records }), detail: b };
}

export async function checkBimi(domain: string, opts: BimiOptions) {
  return bimiResultOf(await lookupBimi(domain, opts));
}
