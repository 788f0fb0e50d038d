/**
 * Where a domain receives mail (RFC 5321 §5.1, RFC 7505): its MX hosts and whether they resolve, the
 * implicit MX (the domain's own address) when there is none, and the null MX that says "no mail".
 * Used for the sender's domain (can it receive replies and bounces?) and for each recipient domain.
 */
import { parseIp } from '../../dns/ip';
import { normalizeName } from '../../dns/names';
import type { DnsAnswer, Resolver } from '../../dns/types';
import { describeAnswer, isFailure, recordsOf } from '../../dns/types';

export interface MxHost {
  preference: number;
  exchange: string;
  /** 'ok': has an A or AAAA; 'none': neither; 'error': both queries failed; 'ip': the exchange is an address. */
  resolves: 'ok' | 'none' | 'error' | 'ip';
  addresses: string[];
  reason?: string;
}

export interface MxLookup {
  domain: string;
  /**
   * 'mx': MX records; 'null': null MX only; 'implicit': no MX, the domain has an address;
   * 'no-mail': no MX and no address; 'nxdomain': the domain does not exist; 'error': DNS failed.
   */
  status: 'mx' | 'null' | 'implicit' | 'no-mail' | 'nxdomain' | 'error';
  hosts: MxHost[];
  /** Null MX published beside other MX records (RFC 7505 §3: must be the only one). */
  nullWithOthers: boolean;
  duplicates: string[];
  /** Addresses of the domain itself, for the implicit MX. */
  addresses: string[];
  dnsError?: string;
}

function addresses(a: DnsAnswer): string[] {
  return [...recordsOf(a, 'A'), ...recordsOf(a, 'AAAA')].map((r) => r.address);
}

async function addressOf(name: string, resolver: Resolver) {
  const [a, aaaa] = await Promise.all([resolver(name, 'A'), resolver(name, 'AAAA')]);
  const list = [...addresses(a), ...addresses(aaaa)];
  // `reason` is read only when both queries failed.
  return { list, failed: isFailure(a) && isFailure(aaaa), reason: describeAnswer(a) };
}

export async function lookupMx(
  input: string,
  opts: { resolver: Resolver; resolveHosts?: boolean },
): Promise<MxLookup> {
  const domain = normalizeName(input);
  const out: MxLookup = {
    domain,
    status: 'mx',
    hosts: [],
    nullWithOthers: false,
    duplicates: [],
    addresses: [],
  };
  const a = await opts.resolver(domain, 'MX');
  if (isFailure(a)) return { ...out, status: 'error', dnsError: describeAnswer(a) };
  if (a.status === 'NXDOMAIN') return { ...out, status: 'nxdomain' };
  const records = recordsOf(a, 'MX').sort((x, y) => x.preference - y.preference);
  if (!records.length) {
    const own = await addressOf(domain, opts.resolver);
    if (own.failed) return { ...out, status: 'error', dnsError: own.reason };
    return { ...out, status: own.list.length ? 'implicit' : 'no-mail', addresses: own.list };
  }
  const nulls = records.filter((r) => r.exchange === '');
  const real = records.filter((r) => r.exchange !== '');
  if (nulls.length && !real.length) return { ...out, status: 'null' };
  out.nullWithOthers = nulls.length > 0;
  const seen = new Set<string>();
  for (const r of real) {
    if (seen.has(r.exchange) && !out.duplicates.includes(r.exchange)) out.duplicates.push(r.exchange);
    seen.add(r.exchange);
  }
  const unique = real.filter((r, i) => real.findIndex((x) => x.exchange === r.exchange) === i);
  out.hosts = await Promise.all(
    unique.map(async (r): Promise<MxHost> => {
      const base = { preference: r.preference, exchange: r.exchange, addresses: [] as string[] };
      if (parseIp(r.exchange)) return { ...base, resolves: 'ip' };
      if (opts.resolveHosts === false) return { ...base, resolves: 'ok' };
      const x = await addressOf(r.exchange, opts.resolver);
      if (x.failed) return { ...base, resolves: 'error', reason: x.reason };
      return { ...base, resolves: x.list.length ? 'ok' : 'none', addresses: x.list };
    }),
  );
  return out;
}

/** Whether mail to the domain can be delivered at all: 'bounce' when it certainly cannot. */
export function deliverability(mx: MxLookup): 'ok' | 'bounce' | 'unknown' {
  if (mx.status === 'error') return 'unknown';
  if (mx.status === 'nxdomain' || mx.status === 'null' || mx.status === 'no-mail') return 'bounce';
  if (mx.status === 'implicit') return 'ok';
  if (mx.hosts.some((h) => h.resolves === 'ok')) return 'ok';
  if (mx.hosts.some((h) => h.resolves === 'error')) return 'unknown';
  return 'bounce';
}
