/**
 * DMARC policy discovery over an injected resolver (RFC 9989 §4.10): `_dmarc.<domain>`, then the DNS
 * tree walk, then for every report destination outside the domain's organisation its authorization
 * record (RFC 9990 §3: `<domain>._report._dmarc.<destination>`). A DNS failure is never reported as
 * "no record": the discovery says 'error' and why.
 */
import { getDomain } from 'tldts';
import { normalizeName } from '../../dns/names';
import type { Resolver } from '../../dns/types';
import { describeAnswer, isFailure, joinedTexts } from '../../dns/types';
import type { ParsedDmarc } from './parse';
import { isDmarcRecord, parseDmarc } from './parse';

export interface ReportDestination {
  kind: 'rua' | 'ruf';
  uri: string;
  domain: string;
  /** same-org: no authorization needed; authorized / unauthorized from the record; unknown: DNS failed. */
  status: 'same-org' | 'authorized' | 'unauthorized' | 'unknown';
  /** The name queried for the authorization record. */
  name?: string;
  reason?: string;
}

export interface DmarcDiscovery {
  domain: string;
  /** Organisational domain by the Public Suffix List. */
  orgDomain: string;
  status: 'found' | 'none' | 'multiple' | 'error';
  /** Where the record was found (the domain itself, or a parent through the tree walk). */
  policyDomain?: string;
  /** `_dmarc.<policyDomain>`. */
  recordName?: string;
  record?: string;
  records?: string[];
  parsed?: ParsedDmarc;
  dnsError?: string;
  /** A DMARC record published at the domain itself (where receivers do not look). */
  apexRecord?: string;
  destinations: ReportDestination[];
  /** Names asked, in order (the tree walk). */
  walked: string[];
}

export function orgDomainOf(domain: string): string {
  return getDomain(domain) ?? domain;
}

/** The names the tree walk asks, in order (RFC 9989 §4.10.1): at most 8. */
export function treeWalkNames(domain: string): string[] {
  const labels = normalizeName(domain).split('.');
  const names = [labels.join('.')];
  // More than 7 labels: jump to the rightmost 7, then shorten one label at a time to the TLD.
  let n = labels.length > 7 ? 7 : labels.length - 1;
  for (; n >= 1; n--) names.push(labels.slice(labels.length - n).join('.'));
  return names;
}

export interface DmarcOptions {
  resolver: Resolver;
}

export async function discoverDmarc(input: string, opts: DmarcOptions): Promise<DmarcDiscovery> {
  const domain = normalizeName(input);
  const orgDomain = orgDomainOf(domain);
  const out: DmarcDiscovery = { domain, orgDomain, status: 'none', destinations: [], walked: [] };
  // The apex lookup runs beside the walk's first query: it only matters when the walk finds nothing.
  const apexPromise = opts.resolver(domain, 'TXT');
  for (const name of treeWalkNames(domain)) {
    const qname = `_dmarc.${name}`;
    out.walked.push(qname);
    const a = await opts.resolver(qname, 'TXT');
    if (isFailure(a)) {
      out.status = 'error';
      out.dnsError = describeAnswer(a);
      out.recordName = qname;
      break;
    }
    const records = joinedTexts(a).filter(isDmarcRecord);
    if (records.length === 0) continue;
    out.policyDomain = name;
    out.recordName = qname;
    if (records.length > 1) {
      out.status = 'multiple';
      out.records = records;
      break;
    }
    out.status = 'found';
    const record = records[0]!; // exactly one record here
    out.record = record;
    out.parsed = parseDmarc(record);
    break;
  }
  const apex = await apexPromise;
  const apexRecord = joinedTexts(apex).find(isDmarcRecord);
  if (apexRecord !== undefined) out.apexRecord = apexRecord;
  if (out.parsed && out.policyDomain)
    out.destinations = await checkDestinations(out.policyDomain, out.parsed, opts);
  return out;
}

async function checkDestinations(
  policyDomain: string,
  parsed: ParsedDmarc,
  opts: DmarcOptions,
): Promise<ReportDestination[]> {
  const org = orgDomainOf(policyDomain);
  const uris = [
    ...parsed.rua.map((u) => ({ kind: 'rua' as const, u })),
    ...parsed.ruf.map((u) => ({ kind: 'ruf' as const, u })),
  ].filter((x) => x.u.domain);
  return Promise.all(
    uris.map(async ({ kind, u }): Promise<ReportDestination> => {
      const dest = u.domain as string;
      if (orgDomainOf(dest) === org) return { kind, uri: u.uri, domain: dest, status: 'same-org' };
      const name = `${policyDomain}._report._dmarc.${dest}`;
      const a = await opts.resolver(name, 'TXT');
      if (isFailure(a))
        return { kind, uri: u.uri, domain: dest, status: 'unknown', name, reason: describeAnswer(a) };
      const ok = joinedTexts(a).some(isDmarcRecord);
      return { kind, uri: u.uri, domain: dest, status: ok ? 'authorized' : 'unauthorized', name };
    }),
  );
}
