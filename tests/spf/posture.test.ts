import { describe, expect, it } from 'vitest';
import type { Finding } from '../../utils/types';
import { analyzeSpf } from '../../utils/auth/spf/posture';
import type { SpfPostureOptions } from '../../utils/auth/spf/posture';
import { splitTxt, withTermAdded } from '../../utils/auth/spf/suggest';
import { createZoneResolver } from '../helpers/dns-zone';
import { SPF_ZONE } from '../fixtures/dns/zone';

const analyze = (domain: string, opts: Partial<SpfPostureOptions> = {}) =>
  analyzeSpf(domain, { resolver: createZoneResolver(SPF_ZONE), ...opts });
const ids = (fs: Finding[]) => fs.map((f) => f.messageId).sort();

describe('SPF posture', () => {
  it('a healthy Google Workspace domain: no findings, Google authorized by its own ranges', async () => {
    const p = await analyze('good.example.test', { services: ['gmail'] });
    expect(p.findings).toEqual([]);
    expect(p.lookups).toBe(3);
    const google = p.providers.find((x) => x.provider === 'google');
    expect(google?.status).toBe('authorized');
    // Samples come from the provider's published networks, IPv4 and IPv6.
    expect(google?.samples.map((s) => s.ip)).toEqual([
      '209.85.128.1',
      '74.125.0.1',
      '172.217.0.1',
      '2001:4860:4000::1',
      '2404:6800:4000::1',
    ]);
    expect(p.providers.find((x) => x.provider === 'microsoft')?.status).toBe('not-authorized');
  });

  it('reports the sending service only when the user sends with it', async () => {
    expect(ids((await analyze('good.example.test', { services: ['outlook'] })).findings)).toEqual([
      'spf-provider.notAuthorized',
    ]);
    expect((await analyze('ms.example.test', { services: ['outlook'] })).findings).toEqual([]);
  });

  it('a record that copies one Google range is partial, and the fix adds the include before all', async () => {
    const p = await analyze('partial.example.test', { services: ['gmail'] });
    const f = p.findings.find((x) => x.messageId === 'spf-provider.partial');
    expect(f?.fix).toEqual({
      messageId: 'spf-provider.addInclude',
      data: {
        record: 'v=spf1 ip4:209.85.128.0/17 include:_spf.google.com -all',
        include: 'include:_spf.google.com',
        service: 'Google Workspace',
      },
    });
    expect(f?.evidence).toEqual([
      {
        field: 'dns',
        name: 'partial.example.test',
        record: 'v=spf1 ip4:209.85.128.0/17 -all',
        start: 0,
        end: 31,
      },
    ]);
  });

  it('counts lookups over the whole tree with the term and path of each, and suggests a flattened record', async () => {
    const p = await analyze('big.example.test');
    expect(p.lookups).toBe(12);
    expect(p.lookupTerms).toContainEqual({
      domain: '_spf.google.com',
      term: 'include:_netblocks2.google.com',
      path: ['include:_spf.google.com'],
    });
    expect(p.lookupTerms).toContainEqual({
      domain: 'esp1.example.test',
      term: 'include:esp1b.example.test',
      path: ['include:esp1.example.test'],
    });
    const f = p.findings.find((x) => x.ruleId === 'spf-lookup-limit');
    expect(f).toMatchObject({
      messageId: 'spf-lookup-limit.tooMany',
      severity: 'danger',
      data: { count: 12, limit: 10 },
    });
    expect(p.flattened).toEqual({
      record:
        'v=spf1 a mx include:_spf.google.com include:spf.protection.outlook.com ip4:198.51.100.0/26 ip4:198.51.100.64/26 include:esp2.example.test include:esp3.example.test ~all',
      strings: [
        'v=spf1 a mx include:_spf.google.com include:spf.protection.outlook.com ip4:198.51.100.0/26 ip4:198.51.100.64/26 include:esp2.example.test include:esp3.example.test ~all',
      ],
      lookups: 9,
      replaced: ['include:esp1.example.test'],
    });
    expect(f?.fix?.messageId).toBe('spf-lookup-limit.flatten');
    // The suggestion really is within the limit and still authorizes what the original did.
    const zone = { ...SPF_ZONE, 'flat.example.test': [{ TXT: p.flattened!.record }] };
    const flat = await analyzeSpf('flat.example.test', { resolver: createZoneResolver(zone) });
    expect(flat.lookups).toBe(9);
    expect(flat.providers.map((x) => x.status)).toEqual(['authorized', 'authorized']);
  });

  it('finds void lookups with their terms, and more than 2 is danger', async () => {
    const p = await analyze('voids.example.test');
    expect(p.voidTerms.map((v) => v.term)).toEqual([
      'a:nx1.example.test',
      'a:nx2.example.test',
      'mx:nx3.example.test',
    ]);
    expect(p.findings.find((f) => f.ruleId === 'spf-void-lookups')).toMatchObject({
      messageId: 'spf-void-lookups.tooMany',
      severity: 'danger',
    });
  });

  it.each([
    ['passall.example.test', ['spf-all.passAll']],
    ['neutral.example.test', ['spf-all.neutralAll']],
    ['noall.example.test', ['spf-all.missing']],
    ['ptr.example.test', ['spf-ptr.deprecated']],
    ['multi.example.test', ['spf-record.multiple']],
    ['nospf.example.test', ['spf-record.missing']],
    ['loop1.example.test', ['spf-include.loop']],
    ['missinginc.example.test', ['spf-include.missing']],
    ['lame-include.example.test', ['spf-include.dnsError']],
    ['long.example.test', ['spf-record-length.over512']],
    ['type99.example.test', ['spf-type99.present']],
    ['redirect.example.test', ['spf-all.neutralAll']],
    [
      'syntax.example.test',
      [
        'spf-syntax.bad-ip4',
        'spf-syntax.ip-as-domain',
        'spf-syntax.missing-domain',
        'spf-syntax.unknown-mechanism',
      ],
    ],
  ])('%s → %j', async (domain, expected) => {
    expect(ids((await analyze(domain)).findings)).toEqual(expected);
  });

  it('points each finding at its term', async () => {
    const p = await analyze('passall.example.test');
    expect(p.findings[0]?.evidence).toEqual([
      { field: 'dns', name: 'passall.example.test', record: 'v=spf1 +all', start: 7, end: 11 },
    ]);
    expect(p.findings[0]?.fix?.data).toEqual({ record: 'v=spf1 ~all' });
  });

  it('says so when DNS fails at the root, instead of "no record"', async () => {
    const p = await analyzeSpf('down.example.test', {
      resolver: createZoneResolver({ 'down.example.test': ['TIMEOUT'] }),
    });
    expect(p.root.status).toBe('error');
    expect(ids(p.findings)).toEqual(['spf-record.dnsError']);
  });

  it('flags strings over 255 bytes (possible in zone data, never on the wire)', async () => {
    const record = `v=spf1 ${'ip4:192.0.2.1 '.repeat(20)}-all`;
    const p = await analyzeSpf('s.example.test', {
      resolver: createZoneResolver({ 's.example.test': [{ TXT: record }] }),
    });
    expect(ids(p.findings)).toEqual(['spf-record-length.stringTooLong']);
  });
});

describe('record suggestions', () => {
  it('splits long records into strings of at most 255 bytes, at spaces', () => {
    const record = `v=spf1 ${'ip4:192.0.2.1 '.repeat(40)}-all`;
    const parts = splitTxt(record);
    expect(parts.join('')).toBe(record);
    expect(parts.every((s) => s.length <= 255)).toBe(true);
    expect(parts.slice(1).every((s) => s.startsWith(' '))).toBe(true);
  });
  it('adds a term before all or redirect, or makes a new record', () => {
    expect(withTermAdded('v=spf1 mx -all', 'include:x.test')).toBe('v=spf1 mx include:x.test -all');
    expect(withTermAdded('v=spf1 mx redirect=y.test', 'include:x.test')).toBe(
      'v=spf1 mx include:x.test redirect=y.test',
    );
    expect(withTermAdded('v=spf1 mx', 'include:x.test')).toBe('v=spf1 mx include:x.test');
    expect(withTermAdded(undefined, 'include:x.test')).toBe('v=spf1 include:x.test ~all');
    expect(withTermAdded('v=spf1 include:x.test -all', 'include:x.test')).toBe('v=spf1 include:x.test -all');
  });
});

describe('hostile trees', () => {
  it('stops reading after 50 records, so a record cannot make a health check flood the resolver', async () => {
    const zone: Record<string, Array<{ TXT: string }>> = {};
    const fan = (name: string, depth: number) => {
      const kids = depth < 3 ? Array.from({ length: 8 }, (_, i) => `k${i}.${name}`) : [];
      zone[name] = [{ TXT: `v=spf1 ${kids.map((k) => `include:${k}`).join(' ')} -all` }];
      kids.forEach((k) => fan(k, depth + 1));
    };
    fan('fan.example.test', 0);
    const resolver = createZoneResolver(zone);
    const p = await analyzeSpf('fan.example.test', { resolver, providers: [] });
    expect(resolver.queries.filter((q) => q.type === 'TXT').length).toBeLessThanOrEqual(51);
    expect(p.findings.map((f) => f.messageId)).toContain('spf-lookup-limit.tooMany');
  });
});

describe('query flood (issue 10)', () => {
  /** The reporter's record: about 7 KB of a/mx/exists terms, each name with ten MX hosts. */
  function floodZone() {
    const terms: string[] = [];
    for (let i = 0; terms.join(' ').length < 7000; i++)
      terms.push(`${['a', 'mx', 'exists'][i % 3]}:h${i}.flood.example.test`);
    const zone: Record<string, Array<{ TXT: string } | { MX: [number, string] } | { A: string }>> = {
      'flood.example.test': [{ TXT: `v=spf1 ${terms.join(' ')} -all` }],
    };
    for (let i = 0; i < terms.length; i++)
      zone[`h${i}.flood.example.test`] = Array.from({ length: 10 }, (_, j) => ({
        MX: [j, `m${j}.h${i}.flood.example.test`] as [number, string],
      }));
    return { zone, terms };
  }

  it('caps the terms queried per record, the queries per report and the queries in flight', async () => {
    const { zone, terms } = floodZone();
    expect(terms.length).toBeGreaterThan(200);
    const zoneResolver = createZoneResolver(zone);
    let inFlight = 0;
    let peak = 0;
    const slow = async (name: string, type: Parameters<typeof zoneResolver>[1]) => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      await new Promise((r) => setTimeout(r, 1));
      try {
        return await zoneResolver(name, type);
      } finally {
        inFlight--;
      }
    };
    const p = await analyzeSpf('flood.example.test', { resolver: slow, providers: [] });
    // Before the fix: 8,404 queries, 8,000 in flight.
    expect(zoneResolver.queries.length).toBeLessThanOrEqual(400);
    expect(peak).toBeLessThanOrEqual(6);
    // Every term is still counted (the record is far over the limit), the rest were not asked.
    expect(p.lookups).toBe(terms.length);
    expect(p.root.terms.filter((t) => t.notFollowed).length).toBe(terms.length - 20);
    expect(p.findings.map((f) => f.messageId)).toContain('spf-lookup-limit.tooMany');
  });

  it('a report past its deadline ends at once, partial, with the reason on what it did not read', async () => {
    const zone = createZoneResolver(SPF_ZONE);
    // Everything but the root TXT record never answers.
    const hanging = (name: string, type: Parameters<typeof zone>[1]) =>
      name === 'good.example.test' && type === 'TXT' ? zone(name, type) : new Promise<never>(() => undefined);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 30);
    const p = await analyzeSpf('good.example.test', {
      resolver: hanging,
      signal: controller.signal,
      services: ['gmail'],
    });
    expect(p.partial).toMatchObject({ reason: 'deadline' });
    expect(p.root.terms[0]?.dnsError).toMatch(/ran out of time/);
    expect(p.providers.every((x) => x.status === 'unknown')).toBe(true);
  });

  it('a spent query budget makes the posture partial', async () => {
    const p = await analyze('good.example.test', { budget: { maxQueries: 2 }, providers: [] });
    expect(p.partial).toMatchObject({ reason: 'budget' });
  });
});

describe('void MX hosts (issue 10)', () => {
  it('counts each MX host without an IPv4 address as a void lookup, as receivers do', async () => {
    const resolver = createZoneResolver({
      'mxv.example.test': [
        { TXT: 'v=spf1 mx -all' },
        { MX: [10, 'gone1.example.test'] },
        { MX: [20, 'gone2.example.test'] },
        { MX: [30, 'v6only.example.test'] },
      ],
      'v6only.example.test': [{ AAAA: '2001:db8::25' }],
    });
    const p = await analyzeSpf('mxv.example.test', { resolver, providers: [] });
    expect(p.root.terms[0]?.voidHosts).toEqual([
      'gone1.example.test',
      'gone2.example.test',
      'v6only.example.test',
    ]);
    expect(p.voidLookups).toBe(3);
    expect(p.findings.map((f) => f.messageId)).toContain('spf-void-lookups.tooMany');
  });
});
