/**
 * SPF over a real DoH server: the posture report through unbound must equal the report from the
 * same zone data in memory (the unit tests' truth), and check_host() must give the same results.
 */
import { afterAll, describe, expect, inject, it } from 'vitest';
import { checkHost } from '../../utils/auth/spf/evaluate';
import { analyzeSpf } from '../../utils/auth/spf/posture';
import { createNodeResolver } from '../../scripts/lib/dns-node';
import { createZoneResolver } from '../helpers/dns-zone';
import { SPF_ZONE } from '../fixtures/dns/zone';
import { injectedUnbound } from '../../scripts/lib/unbound';

const { certs } = injectedUnbound(inject);
const resolver = createNodeResolver({ url: inject('dohUrl'), fallbackUrl: null, extraCa: [certs.caPem] });
afterAll(() => resolver.close());

const domains = Object.keys(SPF_ZONE).filter(
  (d) => d.endsWith('.example.test') && SPF_ZONE[d]?.some((e) => typeof e === 'object' && 'TXT' in e),
);

describe('SPF posture through unbound', () => {
  it('has zone domains to compare', () => {
    expect(domains.length).toBeGreaterThanOrEqual(25);
  });

  it.each(domains)('%s: same report as from memory', async (domain) => {
    const [real, memory] = await Promise.all([
      analyzeSpf(domain, { resolver, services: ['gmail', 'outlook'] }),
      analyzeSpf(domain, { resolver: createZoneResolver(SPF_ZONE), services: ['gmail', 'outlook'] }),
    ]);
    expect(real).toEqual(memory);
  });

  it('a full posture check: Google authorized, lookups counted over the tree, no findings', async () => {
    const p = await analyzeSpf('good.example.test', { resolver, services: ['gmail'] });
    expect(p.root).toMatchObject({
      status: 'found',
      record: 'v=spf1 include:_spf.google.com ~all',
      totalLookups: 3,
    });
    expect(p.providers.find((x) => x.provider === 'google')).toMatchObject({ status: 'authorized' });
    expect(p.findings).toEqual([]);
  });

  it('check_host() over DoH', async () => {
    const run = (ip: string, domain: string) => checkHost(ip, domain, `user@${domain}`, { resolver });
    expect((await run('2404:6800:4000::25', 'good.example.test')).result).toBe('pass');
    expect((await run('192.0.2.99', 'ms.example.test')).result).toBe('fail');
    expect((await run('192.0.2.99', 'lame-include.example.test')).result).toBe('temperror');
    expect((await run('192.0.2.99', 'big.example.test')).result).toBe('permerror');
    expect((await run('192.0.2.99', 'nospf.example.test')).result).toBe('none');
  });

  it('the root is fake: real names do not exist, so nothing was asked outside', async () => {
    expect((await resolver('www.example.com', 'A')).status).toBe('NXDOMAIN');
  });
});
