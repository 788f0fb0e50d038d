/**
 * DNS data as a zone: the ZoneData shape the unbound harness serves (scripts/lib/unbound.ts, used by
 * the tests and the bench) and a resolver answering from it for the tests and the conformance suite
 * (the idea of mailauth's test/helpers/dns-zone.js). Never bundled in the extension: it sits in
 * scripts/lib because the bench needs the zone shape, and scripts never import from tests/.
 * tests/helpers/dns-zone.ts re-exports it. The resolver behaves like a recursive resolver in front of authoritative data:
 * names match case-insensitively, CNAMEs are followed (a loop is SERVFAIL, as unbound answers),
 * a missing name is NXDOMAIN unless names exist below it (an empty non-terminal is NODATA, RFC 8020).
 *
 * Entries are read in order, so a name can answer some types and fail others: a bare 'TIMEOUT'
 * (or 'SERVFAIL') entry fails every type that has no record before it, as the OpenSPF test-suite
 * driver does (see /work/shared/conformance/README.md).
 */
import { normalizeName } from '../../utils/dns/names';
import type { DnsAnswer, DnsRecord, RRType, Resolver, SoaRecord } from '../../utils/dns/types';

export type ZoneEntry =
  | 'TIMEOUT'
  | 'SERVFAIL'
  | { A: string }
  | { AAAA: string }
  | { CNAME: string }
  | { NS: string }
  | { PTR: string }
  | { MX: [number, string] }
  /** One record: a string, or its character-strings as a list. */
  | { TXT: string | string[] }
  | { SPF: string | string[] };

export type ZoneData = Record<string, ZoneEntry[]>;

export interface ZoneResolverOptions {
  /** TTL of every record (default 300). */
  ttl?: number;
  /** Negative-caching TTL reported through a synthetic SOA (default 60). */
  negativeTtl?: number;
  /** Called for every query, e.g. to count them. */
  onQuery?: (name: string, type: RRType) => void;
  /** Sets the AD bit on data answers, to test code that reads it. */
  ad?: boolean;
}

const MAX_CHAIN = 16;

export interface ZoneResolver extends Resolver {
  readonly queries: Array<{ name: string; type: RRType }>;
}

export function createZoneResolver(zone: ZoneData, opts: ZoneResolverOptions = {}): ZoneResolver {
  const ttl = opts.ttl ?? 300;
  const negativeTtl = opts.negativeTtl ?? 60;
  const ad = opts.ad ?? false;
  const data = new Map<string, ZoneEntry[]>();
  for (const [name, entries] of Object.entries(zone)) {
    const key = normalizeName(name);
    data.set(key, [...(data.get(key) ?? []), ...entries]);
  }
  const queries: Array<{ name: string; type: RRType }> = [];
  const soa = (name: string): SoaRecord => ({
    type: 'SOA',
    name: name.split('.').slice(-1)[0] ?? '',
    ttl: negativeTtl,
    mname: 'ns.zone.invalid',
    rname: 'hostmaster.zone.invalid',
    serial: 1,
    refresh: 3600,
    retry: 600,
    expire: 86400,
    minimum: negativeTtl,
  });

  const toRecord = (
    name: string,
    entry: Exclude<ZoneEntry, 'TIMEOUT' | 'SERVFAIL'>,
  ): DnsRecord | undefined => {
    if ('A' in entry) return { type: 'A', name, ttl, address: entry.A };
    if ('AAAA' in entry) return { type: 'AAAA', name, ttl, address: entry.AAAA.toLowerCase() };
    if ('CNAME' in entry) return { type: 'CNAME', name, ttl, target: normalizeName(entry.CNAME) };
    if ('NS' in entry) return { type: 'NS', name, ttl, target: normalizeName(entry.NS) };
    if ('PTR' in entry) return { type: 'PTR', name, ttl, target: normalizeName(entry.PTR) };
    if ('MX' in entry)
      return { type: 'MX', name, ttl, preference: entry.MX[0], exchange: normalizeName(entry.MX[1]) };
    if ('TXT' in entry)
      return {
        type: 'TXT',
        name,
        ttl,
        strings: typeof entry.TXT === 'string' ? [entry.TXT] : [...entry.TXT],
      };
    if ('SPF' in entry)
      return {
        type: 'SPF',
        name,
        ttl,
        strings: typeof entry.SPF === 'string' ? [entry.SPF] : [...entry.SPF],
      };
    return undefined;
  };

  const hasDescendant = (name: string): boolean => {
    const suffix = `.${name}`;
    for (const k of data.keys()) if (k.endsWith(suffix)) return true;
    return false;
  };

  const resolve = async (rawName: string, type: RRType): Promise<DnsAnswer> => {
    const name = normalizeName(rawName);
    queries.push({ name, type });
    opts.onQuery?.(name, type);
    const cnames: string[] = [];
    let current = name;
    for (;;) {
      const entries = data.get(current);
      if (!entries) {
        const status = hasDescendant(current) ? 'NODATA' : 'NXDOMAIN';
        return { name, type, status, ad, cnames, ttl: negativeTtl, soa: soa(current) };
      }
      const records: DnsRecord[] = [];
      let cname: string | undefined;
      for (const entry of entries) {
        if (entry === 'TIMEOUT' || entry === 'SERVFAIL') {
          if (records.length) break;
          if (entry === 'TIMEOUT')
            return { name, type, status: 'TIMEOUT', message: `zone data says ${current} times out` };
          return { name, type, status: 'SERVFAIL', rcode: 2, rcodeName: 'SERVFAIL' };
        }
        const rec = toRecord(current, entry);
        if (!rec) continue;
        if (rec.type === type) records.push(rec);
        else if (rec.type === 'CNAME') cname = rec.target;
      }
      if (records.length) return { name, type, status: 'NOERROR', ad, cnames, ttl, records };
      if (cname === undefined || type === 'CNAME') {
        return { name, type, status: 'NODATA', ad, cnames, ttl: negativeTtl, soa: soa(current) };
      }
      if (cname === name || cnames.includes(cname) || cnames.length >= MAX_CHAIN) {
        return { name, type, status: 'SERVFAIL', rcode: 2, rcodeName: 'SERVFAIL' };
      }
      cnames.push(cname);
      current = cname;
    }
  };

  return Object.assign(resolve, { queries });
}
