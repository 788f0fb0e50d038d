import { describe, expect, it } from 'vitest';
import { checkHost, isSpfDomain, spfIdentity } from '../../utils/auth/spf/evaluate';
import { createZoneResolver } from '../helpers/dns-zone';
import type { ZoneData } from '../helpers/dns-zone';
import { SPF_ZONE } from '../fixtures/dns/zone';

const run = (zone: ZoneData, ip: string, domain: string, opts: { helo?: string; sender?: string } = {}) => {
  const resolver = createZoneResolver(zone);
  return checkHost(ip, domain, opts.sender ?? `user@${domain}`, {
    resolver,
    helo: opts.helo ?? 'mail.example.test',
    defaultExplanation: 'DEFAULT',
  });
};

describe('checkHost', () => {
  it('passes Google addresses through a two-level include tree; the deciding term is the top-level one', async () => {
    const r = await run(SPF_ZONE, '74.125.0.1', 'good.example.test');
    expect(r).toMatchObject({
      result: 'pass',
      mechanism: { text: 'include:_spf.google.com', domain: 'good.example.test' },
      lookups: 2,
      voidLookups: 0,
    });
  });

  it('soft-fails others and explains only fails', async () => {
    expect(await run(SPF_ZONE, '192.0.2.99', 'good.example.test')).toMatchObject({
      result: 'softfail',
      mechanism: { text: '~all' },
    });
    expect((await run(SPF_ZONE, '192.0.2.99', 'good.example.test')).explanation).toBeUndefined();
    expect(await run(SPF_ZONE, '192.0.2.99', 'ms.example.test')).toMatchObject({
      result: 'fail',
      explanation: 'DEFAULT',
    });
  });

  it('counts the 10-lookup limit over includes and stops with permerror', async () => {
    const zone: ZoneData = {
      'deep.example.test': [
        { TXT: `v=spf1 ${Array.from({ length: 11 }, (_, i) => `a:h${i}.example.test`).join(' ')} -all` },
      ],
    };
    for (let i = 0; i < 11; i++) zone[`h${i}.example.test`] = [{ A: `192.0.2.${i + 1}` }];
    expect(await run(zone, '192.0.2.10', 'deep.example.test')).toMatchObject({ result: 'pass', lookups: 10 });
    expect(await run(zone, '192.0.2.11', 'deep.example.test')).toMatchObject({
      result: 'permerror',
      reason: 'lookup-limit',
      lookups: 11,
    });
  });

  it('distinguishes temperror (DNS failed) from permerror (record broken)', async () => {
    expect(await run(SPF_ZONE, '192.0.2.99', 'lame-include.example.test')).toMatchObject({
      result: 'temperror',
      reason: 'dns-error',
    });
    expect(await run(SPF_ZONE, '192.0.2.99', 'missinginc.example.test')).toMatchObject({
      result: 'permerror',
      reason: 'include-none',
    });
    expect(await run(SPF_ZONE, '192.0.2.99', 'loop1.example.test')).toMatchObject({ result: 'permerror' });
    expect(await run(SPF_ZONE, '192.0.2.99', 'voids.example.test')).toMatchObject({
      result: 'permerror',
      reason: 'void-limit',
      voidLookups: 3,
    });
    expect(await run(SPF_ZONE, '192.0.2.99', 'multi.example.test')).toMatchObject({
      result: 'permerror',
      reason: 'multiple-records',
    });
    expect(await run(SPF_ZONE, '192.0.2.99', 'syntax.example.test')).toMatchObject({
      result: 'permerror',
      reason: 'syntax',
    });
    expect(await run(SPF_ZONE, '192.0.2.99', 'nospf.example.test')).toMatchObject({
      result: 'none',
      reason: 'no-record',
    });
  });

  it('treats an IPv4-mapped IPv6 client as IPv4 (RFC 7208 §5)', async () => {
    expect(await run(SPF_ZONE, '::ffff:209.85.128.9', 'partial.example.test')).toMatchObject({
      result: 'pass',
    });
  });

  it('rejects a client that is not an address, and domains SPF cannot check', async () => {
    expect((await run(SPF_ZONE, '1.2.3', 'good.example.test')).result).toBe('permerror');
    expect((await run(SPF_ZONE, '192.0.2.1', 'localhost')).result).toBe('none');
    expect(isSpfDomain('[192.0.2.1]')).toBe(false);
    expect(isSpfDomain('192.0.2.1')).toBe(false);
    expect(isSpfDomain('_spf.example.com')).toBe(true);
  });

  it('stops with temperror when the time limit is over (RFC 7208 §4.6.4)', async () => {
    let t = 0;
    const resolver = createZoneResolver(SPF_ZONE);
    const slowClock = () => (t += 10_000);
    const r = await checkHost('192.0.2.99', 'big.example.test', 'u@big.example.test', {
      resolver,
      now: slowClock,
      timeLimitMs: 20_000,
    });
    expect(r).toMatchObject({ result: 'temperror', reason: 'time-limit' });
  });
});

describe('spfIdentity (RFC 7208 §2.4, §4.3)', () => {
  it.each([
    ['user@example.com', 'mx.example.net', { domain: 'example.com', sender: 'user@example.com' }],
    ['', 'mx.example.net', { domain: 'mx.example.net', sender: 'postmaster@mx.example.net' }],
    ['@example.net', 'h', { domain: 'example.net', sender: 'postmaster@example.net' }],
    ['"a@b"@example.org', 'h', { domain: 'example.org', sender: '"a@b"@example.org' }],
  ])('%j / %j', (mailFrom, helo, expected) => expect(spfIdentity(mailFrom, helo)).toEqual(expected));
});

describe('checkHost regressions (issue 10)', () => {
  it('counts MX hosts without an address as void lookups: the third one is a permerror, as in pyspf and Mail::SPF', async () => {
    const zone: ZoneData = {
      'mxvoid.example.test': [
        { TXT: 'v=spf1 mx -all' },
        { MX: [10, 'gone1.example.test'] },
        { MX: [20, 'gone2.example.test'] },
        { MX: [30, 'gone3.example.test'] },
      ],
      'mxtwo.example.test': [
        { TXT: 'v=spf1 mx -all' },
        { MX: [10, 'gone1.example.test'] },
        { MX: [20, 'gone2.example.test'] },
      ],
      // An existing name without an A record: NODATA counts as well.
      'nodata.example.test': [{ TXT: 'v=spf1' }],
      'mxnodata.example.test': [
        { TXT: 'v=spf1 mx a:gone9.example.test -all' },
        { MX: [10, 'nodata.example.test'] },
        { MX: [20, 'gone4.example.test'] },
      ],
    };
    expect(await run(zone, '192.0.2.1', 'mxvoid.example.test')).toMatchObject({
      result: 'permerror',
      reason: 'void-limit',
      voidLookups: 3,
    });
    expect(await run(zone, '192.0.2.1', 'mxtwo.example.test')).toMatchObject({
      result: 'fail',
      voidLookups: 2,
    });
    expect(await run(zone, '192.0.2.1', 'mxnodata.example.test')).toMatchObject({
      result: 'permerror',
      reason: 'void-limit',
    });
  });

  it('caps the exp= explanation: a huge or macro-multiplied text gives a bounded result', async () => {
    const sender = `${'x'.repeat(60)}@exp.example.test`;
    const zone: ZoneData = {
      'exp.example.test': [{ TXT: 'v=spf1 -all exp=huge.example.test' }],
      'huge.example.test': [{ TXT: Array.from({ length: 200 }, () => '%{s}%{s}%{s}%{s}'.padEnd(255, 'y')) }],
      'expm.example.test': [{ TXT: 'v=spf1 -all exp=mult.example.test' }],
      'mult.example.test': [{ TXT: '%{s}'.repeat(200) }],
    };
    const huge = await run(zone, '192.0.2.1', 'exp.example.test', { sender });
    expect(huge).toMatchObject({ result: 'fail', explanation: 'DEFAULT' });
    const mult = await run(zone, '192.0.2.1', 'expm.example.test', {
      sender: `${'x'.repeat(60)}@expm.example.test`,
    });
    expect(mult.result).toBe('fail');
    expect(mult.explanation?.length).toBeLessThanOrEqual(512);
    expect(mult.explanation).toMatch(/^x{60}@expm\.example\.test/);
  });
});
