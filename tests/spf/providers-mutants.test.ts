/**
 * The provider ranges read from the provider's own SPF record (issue 13): which terms count, which
 * are followed, the 10-record bound, the error text; and which sample addresses are tested.
 */
import { describe, expect, it } from 'vitest';
import type { Provider, ProviderNetwork } from '../../utils/auth/spf/providers';
import {
  providerForService,
  providerRanges,
  sampleAddresses,
  PROVIDERS,
} from '../../utils/auth/spf/providers';
import { parseIp } from '../../utils/dns/ip';
import { createZoneResolver } from '../helpers/dns-zone';
import type { ZoneData } from '../helpers/dns-zone';

const provider: Provider = { id: 'google', name: 'Test Mail', service: 'gmail', include: 'p.test' };
const texts = (r: { networks: ProviderNetwork[] }) => r.networks.map((n) => `${n.text} /${n.prefix}`);
const ranges = (zone: ZoneData) => providerRanges(provider, createZoneResolver(zone));

describe('providerRanges', () => {
  it('keeps "+" ip4/ip6 networks (default prefixes 32 and 128), follows "+" includes and redirect only', async () => {
    const r = await ranges({
      'p.test': [
        {
          TXT: 'v=spf1 ip4:192.0.2.1 ip6:2001:db8::1 +ip4:192.0.2.0/24 -ip4:198.51.100.0/24 ~ip6:2001:db8:1::/48 ?ip4:203.0.113.0/24 a:a.p.test mx:a.p.test exists:a.p.test -include:minus.p.test ?include:q.p.test include:inc.p.test include:%{d}.m.p.test exp=a.p.test redirect=red.p.test',
        },
      ],
      'a.p.test': [{ TXT: 'v=spf1 ip4:10.0.0.1 -all' }, { A: '10.0.0.2' }, { MX: [10, 'a.p.test'] }],
      'minus.p.test': [{ TXT: 'v=spf1 ip4:10.0.0.3 -all' }],
      'q.p.test': [{ TXT: 'v=spf1 ip4:10.0.0.4 -all' }],
      'inc.p.test': [{ TXT: 'v=spf1 ip6:2001:db8:2::/64 -all' }],
      'red.p.test': [{ TXT: 'v=spf1 ip4:198.51.100.128/25 -all' }],
    });
    expect(r).toEqual({
      provider: 'google',
      networks: [
        { network: parseIp('192.0.2.1'), prefix: 32, text: 'ip4:192.0.2.1' },
        { network: parseIp('2001:db8::1'), prefix: 128, text: 'ip6:2001:db8::1' },
        { network: parseIp('192.0.2.0'), prefix: 24, text: '+ip4:192.0.2.0/24' },
        { network: parseIp('2001:db8:2::'), prefix: 64, text: 'ip6:2001:db8:2::/64' },
        { network: parseIp('198.51.100.128'), prefix: 25, text: 'ip4:198.51.100.128/25' },
      ],
    });
  });

  it('reads at most 10 records, each once', async () => {
    const zone: ZoneData = {};
    const name = (i: number) => (i === 0 ? 'p.test' : `p${i}.test`);
    for (let i = 0; i < 12; i++)
      zone[name(i)] = [{ TXT: `v=spf1 ip4:10.0.0.${i} include:p.test include:${name(i + 1)}` }];
    const resolver = createZoneResolver(zone);
    const r = await providerRanges(provider, resolver);
    expect(texts(r)).toEqual(Array.from({ length: 10 }, (_, i) => `ip4:10.0.0.${i} /32`));
    expect(r.error).toBeUndefined();
    expect(resolver.queries.filter((q) => q.type === 'TXT').map((q) => q.name)).toEqual(
      Array.from({ length: 10 }, (_, i) => name(i)),
    );
  });

  it('names each record it could not read, joined with "; "', async () => {
    const r = await ranges({
      'p.test': [{ TXT: 'v=spf1 ip4:192.0.2.1 include:two.p.test include:gone.p.test' }],
      'two.p.test': [{ TXT: 'v=spf1 -all' }, { TXT: 'v=spf1 ~all' }],
    });
    expect(r).toEqual({
      provider: 'google',
      networks: [{ network: parseIp('192.0.2.1'), prefix: 32, text: 'ip4:192.0.2.1' }],
      error: 'two.p.test: several SPF records; gone.p.test: the name does not exist (NXDOMAIN)',
    });
  });

  it('each service sends through its provider', () => {
    expect(providerForService('gmail')).toBe(PROVIDERS.google);
    expect(providerForService('outlook')).toBe(PROVIDERS.microsoft);
  });
});

describe('sampleAddresses', () => {
  const net = (text: string): ProviderNetwork => {
    const [ip, prefix] = text.split('/');
    return { network: parseIp(ip!)!, prefix: Number(prefix), text };
  };
  const v4 = (n: number) => Array.from({ length: n }, (_, i) => net(`10.${i}.0.0/16`));
  const v6 = (n: number) => Array.from({ length: n }, (_, i) => net(`2001:db8:${i}::/48`));

  it('all networks when there are few (4 IPv4, 2 IPv6)', () => {
    expect(sampleAddresses([...v6(2), ...v4(4)])).toEqual([
      '10.0.0.1',
      '10.1.0.1',
      '10.2.0.1',
      '10.3.0.1',
      '2001:db8::1',
      '2001:db8:1::1',
    ]);
  });

  it('first, thirds and last of the IPv4 networks; first and last IPv6', () => {
    expect(sampleAddresses([...v4(7), ...v6(3)])).toEqual([
      '10.0.0.1',
      '10.2.0.1',
      '10.4.0.1',
      '10.6.0.1',
      '2001:db8::1',
      '2001:db8:2::1',
    ]);
    expect(sampleAddresses(v4(5))).toEqual(['10.0.0.1', '10.1.0.1', '10.3.0.1', '10.4.0.1']);
    expect(sampleAddresses(v4(11))).toEqual(['10.0.0.1', '10.3.0.1', '10.7.0.1', '10.10.0.1']);
  });

  it('nothing to sample in no networks', () => {
    expect(sampleAddresses([])).toEqual([]);
  });
});
