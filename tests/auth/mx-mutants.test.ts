/**
 * MX cases that pin what the mutation run (issue 13, docs/mutation.md) found no test for: the order of
 * hosts, the implicit MX's addresses, partial DNS failures, duplicates, deliverability per status and
 * the findings' evidence and data.
 */
import { describe, expect, it } from 'vitest';
import { deliverability, lookupMx, mxResultOf } from '../../utils/auth/mx';
import mxRecord from '../../utils/auth/mx/checks/mx-record';
import { checkContext } from '../../utils/auth/check';
import type { MxHost, MxLookup } from '../../utils/auth/mx';
import type { DnsAnswer, RRType, Resolver } from '../../utils/dns/types';
import type { ZoneData } from '../helpers/dns-zone';
import { createZoneResolver } from '../helpers/dns-zone';

/** The zone, except that the names listed fail (SERVFAIL) for the types listed. */
function resolverWith(
  zone: ZoneData,
  failing: Record<string, RRType[]> = {},
): Resolver & { asked: string[] } {
  const z = createZoneResolver(zone);
  const asked: string[] = [];
  const r = async (name: string, type: RRType): Promise<DnsAnswer> => {
    asked.push(`${name} ${type}`);
    if (failing[name]?.includes(type))
      return { name, type, status: 'SERVFAIL', rcode: 2, rcodeName: 'SERVFAIL' };
    return z(name, type);
  };
  return Object.assign(r, { asked });
}

describe('lookupMx', () => {
  it('sorts hosts by preference, keeps the first of a duplicate once, and reads both address families', async () => {
    const resolver = resolverWith({
      'Example.test': [
        { MX: [30, 'c.example.test'] },
        { MX: [10, 'a.example.test'] },
        { MX: [20, 'b.example.test'] },
        { MX: [40, 'a.example.test'] },
        { MX: [50, 'a.example.test'] },
      ],
      'a.example.test': [{ A: '192.0.2.1' }, { AAAA: '2001:db8::1' }],
      'b.example.test': [{ AAAA: '2001:db8::2' }],
      'c.example.test': [{ TXT: 'no address' }],
    });
    const m = await lookupMx('EXAMPLE.test.', { resolver });
    expect(m).toEqual({
      domain: 'example.test',
      status: 'mx',
      nullWithOthers: false,
      duplicates: ['a.example.test'],
      addresses: [],
      hosts: [
        {
          preference: 10,
          exchange: 'a.example.test',
          resolves: 'ok',
          addresses: ['192.0.2.1', '2001:db8::1'],
        },
        { preference: 20, exchange: 'b.example.test', resolves: 'ok', addresses: ['2001:db8::2'] },
        { preference: 30, exchange: 'c.example.test', resolves: 'none', addresses: [] },
      ],
    });
  });

  it('a host is an error only when both of its address queries fail', async () => {
    const resolver = resolverWith(
      {
        'example.test': [
          { MX: [10, 'a.example.test'] },
          { MX: [20, 'b.example.test'] },
          { MX: [30, 'c.example.test'] },
        ],
        'a.example.test': [{ AAAA: '2001:db8::1' }],
        'b.example.test': [{ A: '192.0.2.2' }],
      },
      { 'a.example.test': ['A'], 'b.example.test': ['AAAA'], 'c.example.test': ['A', 'AAAA'] },
    );
    const m = await lookupMx('example.test', { resolver });
    expect(m.hosts).toEqual([
      { preference: 10, exchange: 'a.example.test', resolves: 'ok', addresses: ['2001:db8::1'] },
      { preference: 20, exchange: 'b.example.test', resolves: 'ok', addresses: ['192.0.2.2'] },
      {
        preference: 30,
        exchange: 'c.example.test',
        resolves: 'error',
        addresses: [],
        reason: expect.stringMatching(/SERVFAIL/),
      },
    ]);
    expect(deliverability(m)).toBe('ok');
  });

  it('an IP literal is not looked up; resolveHosts: false looks up no host', async () => {
    const resolver = resolverWith({
      'example.test': [{ MX: [10, '192.0.2.9'] }, { MX: [20, 'mx.example.test'] }],
    });
    const m = await lookupMx('example.test', { resolver, resolveHosts: false });
    expect(m.hosts).toEqual([
      { preference: 10, exchange: '192.0.2.9', resolves: 'ip', addresses: [] },
      { preference: 20, exchange: 'mx.example.test', resolves: 'ok', addresses: [] },
    ]);
    expect(resolver.asked).toEqual(['example.test MX']);
    await lookupMx('example.test', { resolver, resolveHosts: true });
    expect(resolver.asked.slice(1)).toEqual(['example.test MX', 'mx.example.test A', 'mx.example.test AAAA']);
  });

  it('no MX: the implicit MX has the addresses of both families; no address is no mail', async () => {
    const resolver = resolverWith({
      'implicit.test': [{ A: '192.0.2.1' }, { AAAA: '2001:db8::1' }],
      'v6.test': [{ AAAA: '2001:db8::6' }],
      'bare.test': [{ TXT: 'x' }],
    });
    expect(await lookupMx('implicit.test', { resolver })).toEqual({
      domain: 'implicit.test',
      status: 'implicit',
      hosts: [],
      nullWithOthers: false,
      duplicates: [],
      addresses: ['192.0.2.1', '2001:db8::1'],
    });
    expect(await lookupMx('v6.test', { resolver })).toMatchObject({
      status: 'implicit',
      addresses: ['2001:db8::6'],
    });
    const bare = await lookupMx('bare.test', { resolver });
    expect(bare).toMatchObject({ status: 'no-mail', addresses: [] });
    expect(Object.keys(bare)).not.toContain('dnsError');
  });

  it('no MX and the address lookups fail: an error, unless one family answers', async () => {
    const both = resolverWith({ 'x.test': [{ TXT: 'x' }] }, { 'x.test': ['A', 'AAAA'] });
    expect(await lookupMx('x.test', { resolver: both })).toMatchObject({
      status: 'error',
      dnsError: expect.stringMatching(/SERVFAIL/),
    });
    const one = resolverWith({ 'x.test': [{ AAAA: '2001:db8::1' }] }, { 'x.test': ['A'] });
    expect(await lookupMx('x.test', { resolver: one })).toMatchObject({
      status: 'implicit',
      addresses: ['2001:db8::1'],
    });
  });

  it('the MX query failing or NXDOMAIN ends the lookup', async () => {
    const failing = resolverWith({}, { 'x.test': ['MX'] });
    const m = await lookupMx('x.test', { resolver: failing });
    expect(m).toMatchObject({ status: 'error', hosts: [], dnsError: expect.stringMatching(/SERVFAIL/) });
    expect(failing.asked).toEqual(['x.test MX']);
    const nx = resolverWith({});
    expect(await lookupMx('nx.test', { resolver: nx })).toEqual({
      domain: 'nx.test',
      status: 'nxdomain',
      hosts: [],
      nullWithOthers: false,
      duplicates: [],
      addresses: [],
    });
    expect(nx.asked).toEqual(['nx.test MX']);
  });

  it('a null MX alone is "null"; beside others it is flagged and skipped', async () => {
    const resolver = resolverWith({
      'null.test': [{ MX: [0, '.'] }],
      'mixed.test': [{ MX: [0, '.'] }, { MX: [10, 'mx.mixed.test'] }],
      'mx.mixed.test': [{ A: '192.0.2.1' }],
    });
    expect(await lookupMx('null.test', { resolver })).toMatchObject({
      status: 'null',
      hosts: [],
      nullWithOthers: false,
    });
    const mixed = await lookupMx('mixed.test', { resolver });
    expect(mixed).toMatchObject({ status: 'mx', nullWithOthers: true });
    expect(mixed.hosts.map((h) => h.exchange)).toEqual(['mx.mixed.test']);
  });
});

const host = (exchange: string, resolves: MxHost['resolves'], extra: Partial<MxHost> = {}): MxHost => ({
  preference: 10,
  exchange,
  resolves,
  addresses: [],
  ...extra,
});
const lookup = (over: Partial<MxLookup>): MxLookup => ({
  domain: 'example.test',
  status: 'mx',
  hosts: [],
  nullWithOthers: false,
  duplicates: [],
  addresses: [],
  ...over,
});

describe('deliverability', () => {
  it.each<[Partial<MxLookup>, string]>([
    [{ status: 'error' }, 'unknown'],
    [{ status: 'nxdomain' }, 'bounce'],
    [{ status: 'null' }, 'bounce'],
    [{ status: 'no-mail' }, 'bounce'],
    [{ status: 'implicit' }, 'ok'],
    [{ hosts: [host('a', 'none'), host('b', 'ok')] }, 'ok'],
    [{ hosts: [host('a', 'none'), host('b', 'error')] }, 'unknown'],
    [{ hosts: [host('a', 'none'), host('b', 'ip')] }, 'bounce'],
    [{ hosts: [] }, 'bounce'],
  ])('%j → %s', (over, expected) => {
    expect(deliverability(lookup(over))).toBe(expected);
  });
});

describe('MX findings', () => {
  const ev = (h: string) => ({ field: 'dns', name: 'example.test', record: h, start: 0, end: h.length });

  it('names the hosts of each kind, with evidence per host', () => {
    const r = mxResultOf(
      lookup({
        hosts: [
          host('ok.test', 'ok', { preference: 5 }),
          host('none1.test', 'none'),
          host('none2.test', 'none'),
          host('192.0.2.1', 'ip'),
          host('198.51.100.1', 'ip'),
          host('err1.test', 'error', { reason: 'first' }),
          host('err2.test', 'error', { reason: 'second' }),
        ],
        duplicates: ['ok.test', 'none1.test'],
        nullWithOthers: true,
      }),
    );
    expect(r.records).toEqual([
      '5 ok.test',
      '10 none1.test',
      '10 none2.test',
      '10 192.0.2.1',
      '10 198.51.100.1',
      '10 err1.test',
      '10 err2.test',
    ]);
    const by = Object.fromEntries(r.findings.map((f) => [f.messageId, f]));
    expect(Object.keys(by).sort()).toEqual([
      'mx-hosts.duplicate',
      'mx-hosts.hostDnsError',
      'mx-hosts.hostIsIp',
      'mx-hosts.nullWithOthers',
      'mx-hosts.someDoNotResolve',
    ]);
    expect(by['mx-hosts.someDoNotResolve']).toMatchObject({
      data: { domain: 'example.test', hosts: 'none1.test, none2.test' },
      evidence: [ev('none1.test'), ev('none2.test')],
    });
    expect(by['mx-hosts.hostIsIp']).toMatchObject({
      data: { domain: 'example.test', hosts: '192.0.2.1, 198.51.100.1' },
      evidence: [ev('192.0.2.1'), ev('198.51.100.1')],
    });
    expect(by['mx-hosts.hostDnsError']).toMatchObject({
      data: { domain: 'example.test', hosts: 'err1.test, err2.test', reason: 'first' },
      evidence: [ev('err1.test'), ev('err2.test')],
    });
    expect(by['mx-hosts.duplicate']).toMatchObject({
      data: { domain: 'example.test', hosts: 'ok.test, none1.test' },
      evidence: [ev('ok.test'), ev('none1.test')],
    });
    expect(by['mx-hosts.nullWithOthers']).toMatchObject({
      data: { domain: 'example.test' },
      evidence: [{ field: 'dns', name: 'example.test', start: 0, end: 0 }],
    });
    expect(r.status).toBe('warn');
  });

  it('no host resolving is a failure; an error host without a reason says so with ""', () => {
    const r = mxResultOf(lookup({ hosts: [host('a.test', 'none'), host('b.test', 'error')] }));
    expect(r.findings.map((f) => [f.messageId, f.data])).toEqual([
      ['mx-hosts.noneResolve', { domain: 'example.test', hosts: 'a.test' }],
      ['mx-hosts.hostDnsError', { domain: 'example.test', hosts: 'b.test', reason: '' }],
    ]);
    expect(r.status).toBe('fail');
    expect(mxResultOf(lookup({ hosts: [host('a.test', 'ok')] })).findings).toEqual([]);
  });

  it('the host checks say nothing unless there are MX records', () => {
    const r = mxResultOf(
      lookup({
        status: 'implicit',
        addresses: ['192.0.2.1', '2001:db8::1'],
        hosts: [host('a', 'none')],
        nullWithOthers: true,
      }),
    );
    expect(r.findings).toEqual([
      expect.objectContaining({
        messageId: 'mx-record.implicit',
        data: { domain: 'example.test', addresses: '192.0.2.1, 2001:db8::1' },
        evidence: [{ field: 'dns', name: 'example.test', start: 0, end: 0 }],
        fix: {
          messageId: 'mx-record.publishMx',
          data: { domain: 'example.test', addresses: '192.0.2.1, 2001:db8::1' },
        },
      }),
    ]);
  });

  it.each<[MxLookup['status'], string, boolean, string]>([
    ['null', 'mx-record.nullMx', true, 'fail'],
    ['no-mail', 'mx-record.noMail', true, 'fail'],
    ['nxdomain', 'mx-record.nxdomain', false, 'fail'],
    ['error', 'mx-record.dnsError', false, 'unknown'],
  ])('%s → %s', (status, id, fix, result) => {
    const r = mxResultOf(lookup({ status, dnsError: 'why' }));
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({
      messageId: id,
      evidence: [{ field: 'dns', name: 'example.test' }],
    });
    expect(r.findings[0]?.fix?.messageId).toBe(fix ? 'mx-record.publishMx' : undefined);
    expect(r.status).toBe(result);
    expect(r.records).toEqual(status === 'null' ? ['0 .'] : []);
  });

  it('dnsError gives the reason, or "" without one', () => {
    expect(mxResultOf(lookup({ status: 'error', dnsError: 'timed out' })).findings[0]?.data).toEqual({
      domain: 'example.test',
      reason: 'timed out',
    });
    expect(mxResultOf(lookup({ status: 'error' })).findings[0]?.data).toEqual({
      domain: 'example.test',
      reason: '',
    });
  });
});

describe('MX: survivors of the whole-module run (round 2)', () => {
  it('mx-record called directly returns an empty list for MX records (not undefined)', () => {
    const m = lookup({ hosts: [host('mx.test', 'ok')] });
    expect(mxRecord.check(m, checkContext(mxRecord))).toEqual([]);
    expect(mxRecord.check(lookup({ status: 'nxdomain' }), checkContext(mxRecord))).toHaveLength(1);
  });
});
