import { describe, expect, it } from 'vitest';
import { checkHost } from '../../utils/auth/spf/evaluate';
import { createZoneResolver } from '../helpers/dns-zone';
import type { ZoneData } from '../helpers/dns-zone';
import type { Resolver } from '../../utils/dns/types';

// Tests written to kill mutants of utils/auth/spf/evaluate.ts that the conformance and behaviour tests
// let live (issue 13): the default time limit, %{p}'s choice of name and the limit of 10 PTR names.

const CLIENT = '192.0.2.5';
const REVERSE = '5.2.0.192.in-addr.arpa';

describe('the default time limit (RFC 7208 §4.6.4: at least 20 s)', () => {
  /** A clock the resolver moves: the TXT query for the top domain "takes" `elapsed` ms. */
  async function runTaking(elapsed: number) {
    let clock = 1_000_000;
    const zone = createZoneResolver({
      'slow.example.test': [{ TXT: 'v=spf1 include:inc.example.test -all' }],
      'inc.example.test': [{ TXT: 'v=spf1 +all' }],
    });
    const resolver: Resolver = async (name, type) => {
      if (name === 'slow.example.test') clock += elapsed;
      return zone(name, type);
    };
    return checkHost(CLIENT, 'slow.example.test', 'user@slow.example.test', { resolver, now: () => clock });
  }

  it('lets an evaluation that has taken 20 s so far go on', async () => {
    expect(await runTaking(2_001)).toMatchObject({ result: 'pass' });
    expect(await runTaking(19_999)).toMatchObject({ result: 'pass' });
    expect(await runTaking(20_000)).toMatchObject({ result: 'pass' });
  });

  it('stops with temperror once more than 20 s have passed', async () => {
    expect(await runTaking(20_001)).toMatchObject({
      result: 'temperror',
      reason: 'time-limit',
      message: expect.stringContaining('time limit'),
    });
  });

  it('takes a shorter limit when asked', async () => {
    let clock = 0;
    const zone = createZoneResolver({
      'a.example.test': [{ TXT: 'v=spf1 exists:x.example.test -all' }],
      'x.example.test': [{ A: '127.0.0.2' }],
    });
    const resolver: Resolver = async (name, type) => {
      clock += 600;
      return zone(name, type);
    };
    const r = await checkHost(CLIENT, 'a.example.test', 'u@a.example.test', {
      resolver,
      now: () => clock,
      timeLimitMs: 500,
    });
    expect(r).toMatchObject({ result: 'temperror', reason: 'time-limit' });
  });
});

/** %{p} as the explanation of a fail shows it: the record fails everyone and explains with "p=%{p}". */
async function pMacro(ptrNames: string[], validated: string[], domain = 'example.test'): Promise<string> {
  const zone: ZoneData = {
    [domain]: [{ TXT: `v=spf1 -all exp=why.${domain}` }],
    [`why.${domain}`]: [{ TXT: 'p=%{p}' }],
    [REVERSE]: ptrNames.map((n) => ({ PTR: n })),
  };
  for (const n of ptrNames)
    zone[n] = [...(zone[n] ?? []), { A: validated.includes(n) ? CLIENT : '198.51.100.1' }];
  const r = await checkHost(CLIENT, domain, `user@${domain}`, { resolver: createZoneResolver(zone) });
  expect(r.result).toBe('fail');
  return r.explanation ?? '';
}

describe('%{p}: the validated domain name of the client (RFC 7208 §7.3)', () => {
  const names = ['host.other.example', 'mail.example.test', 'example.test'];

  it('prefers the domain itself when it is validated', async () => {
    expect(await pMacro(names, names)).toBe('p=example.test');
  });

  it('else a validated subdomain of it', async () => {
    expect(await pMacro(names, ['host.other.example', 'mail.example.test'])).toBe('p=mail.example.test');
  });

  it('else any validated name, and a name that only ends in the same letters is not a subdomain', async () => {
    expect(
      await pMacro(['host.other.example', 'notexample.test'], ['host.other.example', 'notexample.test']),
    ).toBe('p=host.other.example');
    expect(await pMacro(names, ['host.other.example'])).toBe('p=host.other.example');
  });

  it('is "unknown" when no PTR name resolves back to the client', async () => {
    expect(await pMacro(names, [])).toBe('p=unknown');
    expect(await pMacro([], [])).toBe('p=unknown');
  });

  it('is "unknown" when the reverse lookup itself fails', async () => {
    const resolver = createZoneResolver({
      'example.test': [{ TXT: 'v=spf1 -all exp=why.example.test' }],
      'why.example.test': [{ TXT: 'p=%{p}' }],
      [REVERSE]: ['SERVFAIL'],
    });
    const r = await checkHost(CLIENT, 'example.test', 'u@example.test', { resolver });
    expect(r.explanation).toBe('p=unknown');
  });
});

describe('the ptr mechanism looks at the first 10 PTR names only (RFC 7208 §4.6.4)', () => {
  const ptrZone = (count: number): ZoneData => {
    const zone: ZoneData = { 'example.test': [{ TXT: 'v=spf1 ptr -all' }], [REVERSE]: [] };
    for (let i = 1; i <= count; i++) {
      const n = `h${i}.example.test`;
      (zone[REVERSE] as ZoneData[string]).push({ PTR: n });
      // Only the last name resolves back to the client.
      zone[n] = [{ A: i === count ? CLIENT : '198.51.100.1' }];
    }
    return zone;
  };

  it('matches when the 10th name is the validated one', async () => {
    const r = await checkHost(CLIENT, 'example.test', 'u@example.test', {
      resolver: createZoneResolver(ptrZone(10)),
    });
    expect(r).toMatchObject({ result: 'pass', mechanism: { text: 'ptr' } });
  });

  it('does not look at an 11th name', async () => {
    const resolver = createZoneResolver(ptrZone(11));
    const r = await checkHost(CLIENT, 'example.test', 'u@example.test', { resolver });
    expect(r).toMatchObject({ result: 'fail', mechanism: { text: '-all' } });
    expect(resolver.queries.some((q) => q.name === 'h11.example.test')).toBe(false);
  });

  it('validates IPv6 clients with AAAA lookups and the whole address', async () => {
    const v6 = '2001:db8::5';
    const rev = '5.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa';
    const zone: ZoneData = {
      'example.test': [{ TXT: 'v=spf1 ptr -all' }],
      [rev]: [{ PTR: 'a.example.test' }, { PTR: 'b.example.test' }],
      'a.example.test': [{ AAAA: '2001:db8::6' }, { A: '192.0.2.5' }],
      'b.example.test': [{ AAAA: '2001:db8::5' }],
    };
    expect(
      await checkHost(v6, 'example.test', 'u@example.test', { resolver: createZoneResolver(zone) }),
    ).toMatchObject({ result: 'pass' });
    delete zone['b.example.test'];
    expect(
      await checkHost(v6, 'example.test', 'u@example.test', { resolver: createZoneResolver(zone) }),
    ).toMatchObject({ result: 'fail' });
  });

  it('never validates a name whose address record is unreadable (untrusted resolver data), and does not crash', async () => {
    const zone = createZoneResolver({
      'example.test': [{ TXT: 'v=spf1 ptr -all' }],
      [REVERSE]: [{ PTR: 'h.example.test' }],
    });
    const resolver: Resolver = async (name, type) =>
      name === 'h.example.test' && type === 'A'
        ? {
            name,
            type,
            status: 'NOERROR',
            ad: false,
            cnames: [],
            ttl: 60,
            records: [{ type: 'A', name, ttl: 60, address: 'not-an-address' }],
          }
        : zone(name, type);
    expect(await checkHost(CLIENT, 'example.test', 'u@example.test', { resolver })).toMatchObject({
      result: 'fail',
      mechanism: { text: '-all' },
    });
  });
});
