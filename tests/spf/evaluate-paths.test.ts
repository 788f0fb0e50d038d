import { describe, expect, it } from 'vitest';
import { checkHost, isSpfDomain, selectSpfRecord, spfIdentity } from '../../utils/auth/spf/evaluate';
import type { CheckHostOptions } from '../../utils/auth/spf/evaluate';
import { createZoneResolver } from '../helpers/dns-zone';
import type { ZoneData } from '../helpers/dns-zone';
import type { DnsAnswer, DnsRecord, RRType, Resolver } from '../../utils/dns/types';

// Every result path of utils/auth/spf/evaluate.ts with its reason code and message, the edges of its
// limits and the sender splitting (issue 13: mutants the conformance suite, which reads only the
// result, lets live).

const CLIENT = '192.0.2.5';

const noerror = (name: string, type: RRType, records: DnsRecord[]): DnsAnswer => ({
  name,
  type,
  status: 'NOERROR',
  ad: false,
  cnames: [],
  ttl: 60,
  records,
});

async function run(
  zone: ZoneData,
  domain = 'example.test',
  opts: Partial<CheckHostOptions> = {},
  sender?: string,
) {
  const resolver = createZoneResolver(zone);
  const r = await checkHost(CLIENT, domain, sender ?? `user@${domain}`, {
    resolver,
    defaultExplanation: 'DEFAULT',
    ...opts,
  });
  return { r, resolver };
}

describe('selectSpfRecord (RFC 7208 §4.5)', () => {
  it('finds nothing in a negative answer', () => {
    const answer: DnsAnswer = {
      name: 'x.test',
      type: 'TXT',
      status: 'NXDOMAIN',
      ad: false,
      cnames: [],
      ttl: 60,
    };
    expect(selectSpfRecord(answer)).toEqual({ status: 'none', answer, otherRecords: 0 });
  });

  it('joins the character-strings of a record without a separator before and after selecting', () => {
    const answer = noerror('x.test', 'TXT', [
      { type: 'TXT', name: 'x.test', ttl: 60, strings: ['v=spf', '1 -all'] },
      { type: 'TXT', name: 'x.test', ttl: 60, strings: ['other'] },
    ]);
    expect(selectSpfRecord(answer)).toEqual({
      status: 'found',
      text: 'v=spf1 -all',
      strings: ['v=spf', '1 -all'],
      answer,
    });
    const two = noerror('x.test', 'TXT', [
      { type: 'TXT', name: 'x.test', ttl: 60, strings: ['v=spf', '1 -all'] },
      { type: 'TXT', name: 'x.test', ttl: 60, strings: ['v=spf1 ', '+all'] },
    ]);
    expect(selectSpfRecord(two)).toEqual({
      status: 'multiple',
      texts: ['v=spf1 -all', 'v=spf1 +all'],
      answer: two,
    });
  });

  it('counts the other TXT records when none is SPF', () => {
    const answer = noerror('x.test', 'TXT', [{ type: 'TXT', name: 'x.test', ttl: 60, strings: ['v=spf10'] }]);
    expect(selectSpfRecord(answer)).toEqual({ status: 'none', answer, otherRecords: 1 });
  });
});

describe('isSpfDomain (RFC 7208 §4.3)', () => {
  const label63 = 'a'.repeat(63);
  it.each([
    ['example.test', true],
    ['mail-1.example_x.test', true],
    ['localhost', false],
    ['-a.example.test', false],
    ['a-.example.test', false],
    ['a..example.test', false],
    [[label63, label63, label63, label63, 'test'].join('.'), false],
    ['example.123', false],
    ['example.12', false],
    ['example.a123', true],
    ['example.123a', true],
  ])('%s → %s', (domain, ok) => expect(isSpfDomain(domain)).toBe(ok));
});

describe('the sender (RFC 7208 §4.3)', () => {
  it.each([
    ['   ', 'helo.example.test', { domain: 'helo.example.test', sender: 'postmaster@helo.example.test' }],
    ['example.test', 'h', { domain: 'example.test', sender: 'postmaster@example.test' }],
    ['a@b@example.test', 'h', { domain: 'example.test', sender: 'a@b@example.test' }],
  ])('spfIdentity(%j, %j)', (mailFrom, helo, expected) =>
    expect(spfIdentity(mailFrom, helo)).toEqual(expected),
  );

  const explained = async (sender: string, opts: Partial<CheckHostOptions> = {}) =>
    (
      await run(
        {
          'example.test': [{ TXT: 'v=spf1 -all exp=why.example.test' }],
          'why.example.test': [{ TXT: 'l=%{l} o=%{o} s=%{s} h=%{h} r=%{r}' }],
        },
        'example.test',
        opts,
        sender,
      )
    ).r.explanation;

  it('gives checkHost a sender without "@" the local part postmaster and the whole text as domain', async () => {
    expect(await explained('example.test')).toBe(
      'l=postmaster o=example.test s=postmaster@example.test h=example.test r=unknown',
    );
  });

  it('gives an empty local part the name postmaster, and keeps the domain after the "@"', async () => {
    expect(await explained('@mail.example.test', { helo: 'helo.test', receiver: 'mx.receiver.test' })).toBe(
      'l=postmaster o=mail.example.test s=postmaster@mail.example.test h=helo.test r=mx.receiver.test',
    );
  });
});

describe('checkHost results, reasons and messages', () => {
  const base: ZoneData = {
    'example.test': [{ TXT: 'v=spf1 -all' }],
    'multi.test': [{ TXT: 'v=spf1 -all' }, { TXT: 'v=spf1 +all' }],
    'empty.test': [{ TXT: 'hello' }],
    'broken.test': ['SERVFAIL'],
    'syntax.test': [{ TXT: 'v=spf1 foo -all' }],
    'neutral.test': [{ TXT: 'v=spf1 ip4:198.51.100.1' }],
    'inc-none.test': [{ TXT: 'v=spf1 include:empty.test -all' }],
    'red-none.test': [{ TXT: 'v=spf1 redirect=empty.test' }],
    'red-bad.test': [{ TXT: 'v=spf1 redirect=%{d1}' }],
    'red-macro.test': [{ TXT: 'v=spf1 redirect=%{l}.example.test' }],
    'inc-bad.test': [{ TXT: 'v=spf1 include:%{d1} -all' }],
    'inc-macro.test': [{ TXT: 'v=spf1 include:%{l}.example.test -all' }],
    'a-fail.test': [{ TXT: 'v=spf1 a:broken.test -all' }],
    'mx-fail.test': [{ TXT: 'v=spf1 mx:broken.test -all' }],
    'exists-fail.test': [{ TXT: 'v=spf1 exists:broken.test -all' }],
    'mxhost-fail.test': [
      { TXT: 'v=spf1 mx -all' },
      { MX: [20, 'second.broken.test'] },
      { MX: [30, 'third.broken.test'] },
      { MX: [10, 'first.broken.test'] },
    ],
    'first.broken.test': ['SERVFAIL'],
    'second.broken.test': ['SERVFAIL'],
    'third.broken.test': ['SERVFAIL'],
  };

  it.each([
    ['example.test', 'fail', 'matched', 'example.test: "-all" matched'],
    [
      'multi.test',
      'permerror',
      'multiple-records',
      'multi.test has 2 SPF records; exactly one is allowed (RFC 7208 §4.5)',
    ],
    ['empty.test', 'none', 'no-record', 'empty.test has no SPF record'],
    ['nothing.test', 'none', 'no-record', 'nothing.test has no SPF record'],
    ['broken.test', 'temperror', 'dns-error', 'TXT lookup for broken.test: the resolver answered SERVFAIL'],
    ['neutral.test', 'neutral', 'default', 'neutral.test: no mechanism matched'],
    ['inc-none.test', 'permerror', 'include-none', 'include:empty.test: empty.test has no SPF record'],
    ['red-none.test', 'permerror', 'redirect-none', 'redirect=empty.test: empty.test has no SPF record'],
    ['red-bad.test', 'permerror', 'bad-target', 'redirect=%{d1}: "test" is not a domain'],
    [
      'red-macro.test',
      'permerror',
      'bad-target',
      'redirect=%{l}.example.test: "%{l}.example.test" is not a domain',
    ],
    ['inc-bad.test', 'permerror', 'bad-target', 'include:%{d1}: "test" is not a domain'],
    [
      'inc-macro.test',
      'permerror',
      'bad-target',
      'include:%{l}.example.test: "%{l}.example.test" is not a domain',
    ],
    ['a-fail.test', 'temperror', 'dns-error', 'a:broken.test (broken.test): the resolver answered SERVFAIL'],
    [
      'mx-fail.test',
      'temperror',
      'dns-error',
      'mx:broken.test (broken.test): the resolver answered SERVFAIL',
    ],
    [
      'exists-fail.test',
      'temperror',
      'dns-error',
      'exists:broken.test (broken.test): the resolver answered SERVFAIL',
    ],
    // The MX hosts are read in preference order: the first failure named is the most preferred host.
    ['mxhost-fail.test', 'temperror', 'dns-error', 'mx (first.broken.test): the resolver answered SERVFAIL'],
  ])('%s → %s (%s)', async (domain, result, reason, message) => {
    const { r } = await run(base, domain, {}, `a..b@${domain}`);
    expect(r).toMatchObject({ result, reason, message, domain });
  });

  it('reports a syntax error with the domain whose record has it', async () => {
    const { r } = await run(base, 'syntax.test');
    expect(r.result).toBe('permerror');
    expect(r.reason).toBe('syntax');
    expect(r.message).toMatch(/^syntax\.test: .*foo/);
  });

  it('trims the client address, and rejects one that is not an address', async () => {
    expect(
      (
        await checkHost(` ${CLIENT} `, 'example.test', 'u@example.test', {
          resolver: createZoneResolver(base),
        })
      ).result,
    ).toBe('fail');
    expect(
      await checkHost('nope', 'example.test', 'u@example.test', { resolver: createZoneResolver(base) }),
    ).toMatchObject({
      result: 'permerror',
      reason: 'syntax',
      message: '"nope" is not an IP address',
      lookups: 0,
      queries: 0,
    });
  });

  it('does not look up a domain SPF cannot check', async () => {
    const resolver = createZoneResolver({ localhost: [{ TXT: 'v=spf1 +all' }] });
    expect(await checkHost(CLIENT, 'localhost', 'u@localhost', { resolver })).toMatchObject({
      result: 'none',
      reason: 'bad-domain',
      message: '"localhost" is not a domain SPF can check (RFC 7208 §4.3)',
    });
    expect(resolver.queries).toEqual([]);
  });

  it('lets a resolver that throws (a broken contract) reject instead of turning it into a result', async () => {
    const resolver: Resolver = async () => {
      throw new Error('resolver bug');
    };
    await expect(checkHost(CLIENT, 'example.test', 'u@example.test', { resolver })).rejects.toThrow(
      'resolver bug',
    );
  });
});

describe('targets that cannot be DNS names (a local part with an empty label)', () => {
  const zone: ZoneData = {
    'a.test': [{ TXT: 'v=spf1 a:%{l}.a.test -all' }],
    'mx.test': [{ TXT: 'v=spf1 mx:%{l}.mx.test -all' }],
    'exists.test': [{ TXT: 'v=spf1 exists:%{l}.exists.test -all' }],
    // The client's name validates, so only the unusable target keeps ptr from matching.
    'ptr.test': [{ TXT: 'v=spf1 ptr:%{l}.ptr.test -all' }, { A: CLIENT }],
    '5.2.0.192.in-addr.arpa': [{ PTR: 'ptr.test' }],
  };
  it.each([
    ['a.test', 1],
    ['mx.test', 1],
    ['exists.test', 1],
    ['ptr.test', 0],
  ])('%s: no match, %i void lookup(s), no query for the name', async (domain, voids) => {
    const { r, resolver } = await run(zone, domain, {}, `a..b@${domain}`);
    expect(r).toMatchObject({ result: 'fail', mechanism: { text: '-all' }, voidLookups: voids, lookups: 1 });
    expect(resolver.queries.map((q) => q.name)).not.toContain(`a..b.${domain}`);
  });
});

describe('ip4 and ip6 (RFC 7208 §5.6)', () => {
  const zone: ZoneData = {
    'v4net.test': [{ TXT: 'v=spf1 ip4:192.0.2.0/24 -all' }],
    'v4host.test': [{ TXT: 'v=spf1 ip4:192.0.2.1 -all' }],
    'v6net.test': [{ TXT: 'v=spf1 ip6:2001:db8::/32 -all' }],
    'v6host.test': [{ TXT: 'v=spf1 ip6:2001:db8::1 -all' }],
    'v6mapped.test': [{ TXT: 'v=spf1 ip6:c000:205::/32 -all' }],
  };
  it.each([
    [CLIENT, 'v4net.test', 'pass'],
    [CLIENT, 'v4host.test', 'fail'],
    ['192.0.2.1', 'v4host.test', 'pass'],
    ['2001:db8:ffff::5', 'v6net.test', 'pass'],
    ['2001:db8::5', 'v6host.test', 'fail'],
    ['2001:db8::1', 'v6host.test', 'pass'],
    [CLIENT, 'v6mapped.test', 'fail'],
    ['2001:db8::1', 'v4net.test', 'fail'],
  ])('%s against %s → %s', async (ip, domain, result) => {
    const r = await checkHost(ip, domain, `u@${domain}`, { resolver: createZoneResolver(zone) });
    expect(r.result).toBe(result);
  });

  it('never matches an address record it cannot read, and does not crash', async () => {
    const zone2 = createZoneResolver({ 'example.test': [{ TXT: 'v=spf1 a:h.example.test -all' }] });
    const resolver: Resolver = async (name, type) =>
      name === 'h.example.test'
        ? noerror(name, type, [{ type: 'A', name, ttl: 60, address: 'garbage' }])
        : zone2(name, type);
    expect(await checkHost(CLIENT, 'example.test', 'u@example.test', { resolver })).toMatchObject({
      result: 'fail',
      mechanism: { text: '-all' },
    });
  });
});

describe('mx (RFC 7208 §5.4, §4.6.4)', () => {
  const mxZone = (count: number): ZoneData => {
    const zone: ZoneData = { 'example.test': [{ TXT: 'v=spf1 mx -all' }] };
    for (let i = 1; i <= count; i++) {
      (zone['example.test'] as ZoneData[string]).push({ MX: [i, `mx${i}.example.test`] });
      zone[`mx${i}.example.test`] = [{ A: i === count ? CLIENT : `198.51.100.${i}` }];
    }
    return zone;
  };

  it('looks up exactly 10 MX names', async () => {
    const { r } = await run(mxZone(10));
    expect(r).toMatchObject({ result: 'pass', mechanism: { text: 'mx' } });
  });

  it('stops with permerror at 11 MX names', async () => {
    const { r } = await run(mxZone(11));
    expect(r).toMatchObject({
      result: 'permerror',
      reason: 'mx-limit',
      message: 'mx: example.test has 11 MX records; at most 10 may be looked up',
    });
  });

  it('skips a null MX (RFC 7505): no query, no void lookup', async () => {
    const { r, resolver } = await run({ 'example.test': [{ TXT: 'v=spf1 mx -all' }, { MX: [0, '.'] }] });
    expect(r).toMatchObject({ result: 'fail', voidLookups: 0 });
    expect(resolver.queries).toEqual([
      { name: 'example.test', type: 'TXT' },
      { name: 'example.test', type: 'MX' },
    ]);
  });
});

describe('the explanation (RFC 7208 §6.2)', () => {
  const explain = async (text: string, resolverWrap?: (r: Resolver) => Resolver) => {
    const zone = createZoneResolver({
      'example.test': [{ TXT: 'v=spf1 -all exp=why.example.test' }],
      'why.example.test': [{ TXT: text }],
      'bad.test': [{ TXT: 'v=spf1 -all exp=%{l}.example.test' }],
    });
    const resolver = resolverWrap ? resolverWrap(zone) : zone;
    return checkHost(CLIENT, 'example.test', 'u@example.test', { resolver, defaultExplanation: 'DEFAULT' });
  };

  it('expands a source of exactly 1024 characters, not one of 1025', async () => {
    expect((await explain('x'.repeat(1024))).explanation).toBe('x'.repeat(511) + '…');
    expect((await explain('x'.repeat(1025))).explanation).toBe('DEFAULT');
  });

  it('keeps an explanation of exactly 512 characters and cuts a longer one to 511 and an ellipsis', async () => {
    expect((await explain('y'.repeat(512))).explanation).toBe('y'.repeat(512));
    expect((await explain('y'.repeat(513))).explanation).toBe('y'.repeat(511) + '…');
  });

  it('uses the default when the exp= target is not a DNS name', async () => {
    const resolver = createZoneResolver({
      'example.test': [{ TXT: 'v=spf1 -all exp=%{l}.example.test' }],
    });
    const r = await checkHost(CLIENT, 'example.test', 'a..b@example.test', {
      resolver,
      defaultExplanation: 'DEFAULT',
    });
    expect(r).toMatchObject({ result: 'fail', explanation: 'DEFAULT' });
    expect(resolver.queries.map((q) => q.name)).toEqual(['example.test']);
  });

  it('lets an error other than a macro error reject (a resolver that throws breaks its contract)', async () => {
    await expect(
      explain('text', (zone) => async (name, type) => {
        if (name === 'why.example.test') throw new Error('resolver bug');
        return zone(name, type);
      }),
    ).rejects.toThrow('resolver bug');
  });

  it('gives %{p} as "unknown" when the reverse lookup throws', async () => {
    const r = await explain('p=%{p}', (zone) => async (name, type) => {
      if (type === 'PTR') throw new Error('resolver bug');
      return zone(name, type);
    });
    expect(r.explanation).toBe('p=unknown');
  });
});
