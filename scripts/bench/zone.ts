/**
 * The DNS data the bench serves from unbound, shared with the tests (tests/fixtures/dns/zone.ts
 * includes it, so the unit tests check the same records): the big providers' SPF records in short,
 * and the bench's domain, whose include chain is three levels deep.
 */
import type { ZoneData } from '../lib/dns-zone';

/** Shortened copies of the providers' records (Google: a list of includes; Microsoft: ranges). */
export const PROVIDER_ZONE: ZoneData = {
  '_spf.google.com': [{ TXT: 'v=spf1 include:_netblocks.google.com include:_netblocks2.google.com ~all' }],
  '_netblocks.google.com': [{ TXT: 'v=spf1 ip4:209.85.128.0/17 ip4:74.125.0.0/16 ip4:172.217.0.0/19 ~all' }],
  '_netblocks2.google.com': [{ TXT: 'v=spf1 ip6:2001:4860:4000::/36 ip6:2404:6800:4000::/36 ~all' }],
  'spf.protection.outlook.com': [
    {
      TXT: 'v=spf1 ip4:40.92.0.0/15 ip4:40.107.0.0/16 ip4:52.100.0.0/15 ip4:104.47.0.0/17 ip6:2a01:111:f400::/48 -all',
    },
  ],
};

/** Three includes deep under the root record: the bench's domain. */
export const BENCH_DOMAIN_ZONE: ZoneData = {
  'bench.example.test': [
    { TXT: 'v=spf1 a mx include:l1.bench.example.test ~all' },
    { A: '192.0.2.50' },
    { MX: [10, 'mx.bench.example.test'] },
  ],
  'mx.bench.example.test': [{ A: '192.0.2.51' }, { AAAA: '2001:db8::51' }],
  'l1.bench.example.test': [
    { TXT: 'v=spf1 ip4:198.51.100.128/27 include:l2.bench.example.test include:_spf.google.com ~all' },
  ],
  'l2.bench.example.test': [{ TXT: 'v=spf1 ip4:198.51.100.160/27 include:l3.bench.example.test -all' }],
  'l3.bench.example.test': [{ TXT: 'v=spf1 ip4:198.51.100.192/27 ip6:2001:db8:b::/48 -all' }],
};

export const BENCH_ZONE: ZoneData = { ...PROVIDER_ZONE, ...BENCH_DOMAIN_ZONE };
