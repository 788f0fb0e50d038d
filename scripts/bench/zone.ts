/**
 * The DNS bench's names, served by the harness's unbound: a domain whose SPF include chain is three
 * deep, and the Google records its check for Gmail follows. Kept here (not in tests/fixtures) because
 * scripts never import test code; the SPF tests keep the same shape in tests/fixtures/dns/zone.ts.
 */
import type { ZoneData } from '../../utils/dns/zone';

export const BENCH_ZONE: ZoneData = {
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
  '_spf.google.com': [{ TXT: 'v=spf1 include:_netblocks.google.com include:_netblocks2.google.com ~all' }],
  '_netblocks.google.com': [{ TXT: 'v=spf1 ip4:209.85.128.0/17 ip4:74.125.0.0/16 ip4:172.217.0.0/19 ~all' }],
  '_netblocks2.google.com': [{ TXT: 'v=spf1 ip6:2001:4860:4000::/36 ip6:2404:6800:4000::/36 ~all' }],
};
