import { describe, expect, it } from 'vitest';
import {
  formatIp,
  parseIp,
  parseIPv4,
  parseIPv6,
  prefixMatch,
  reverseName,
  sampleAddress,
} from '../../utils/dns/ip';
import { LookupLimitError, withLookupLimits } from '../../utils/dns/limits';
import { nameProblem, toAsciiDomain } from '../../utils/dns/names';
import { requestResolverPermission } from '../../utils/dns/permissions';
import { createZoneResolver } from '../helpers/dns-zone';

describe('zone resolver', () => {
  const zone = createZoneResolver({
    'Host.Example.Test': [{ A: '192.0.2.1' }, { TXT: ['one', 'two'] }],
    'alias.example.test': [{ CNAME: 'host.example.test.' }],
    'loop1.example.test': [{ CNAME: 'loop2.example.test' }],
    'loop2.example.test': [{ CNAME: 'loop1.example.test' }],
    'deep.below.example.test': [{ A: '192.0.2.2' }],
    'flaky.example.test': [{ TXT: 'v=spf1 -all' }, 'TIMEOUT', { A: '192.0.2.3' }],
    'broken.example.test': ['SERVFAIL'],
  });

  it('answers case-insensitively and keeps character-strings apart', async () => {
    expect(await zone('HOST.example.test.', 'TXT')).toMatchObject({
      status: 'NOERROR',
      records: [{ strings: ['one', 'two'] }],
    });
  });
  it('follows CNAMEs; a loop is SERVFAIL, like a real resolver', async () => {
    expect(await zone('alias.example.test', 'A')).toMatchObject({
      status: 'NOERROR',
      cnames: ['host.example.test'],
      records: [{ address: '192.0.2.1' }],
    });
    expect(await zone('alias.example.test', 'CNAME')).toMatchObject({
      status: 'NOERROR',
      records: [{ target: 'host.example.test' }],
    });
    expect((await zone('loop1.example.test', 'A')).status).toBe('SERVFAIL');
  });
  it('tells NXDOMAIN from NODATA, empty non-terminals included (RFC 8020)', async () => {
    expect((await zone('nothing.example.test', 'A')).status).toBe('NXDOMAIN');
    expect((await zone('host.example.test', 'MX')).status).toBe('NODATA');
    expect((await zone('below.example.test', 'A')).status).toBe('NODATA');
  });
  it('reads entries in order: TIMEOUT fails types with no record before it', async () => {
    expect((await zone('flaky.example.test', 'TXT')).status).toBe('NOERROR');
    expect((await zone('flaky.example.test', 'A')).status).toBe('TIMEOUT');
    expect((await zone('broken.example.test', 'TXT')).status).toBe('SERVFAIL');
  });
});

describe('lookup limits wrapper', () => {
  const zone = createZoneResolver({ 'a.example.test': [{ A: '192.0.2.1' }] });
  it('counts terms and void lookups and throws one past the limit', async () => {
    const dns = withLookupLimits(zone, { maxTerms: 2, maxVoid: 1 });
    dns.chargeTerm('a');
    dns.chargeTerm('mx');
    expect(() => dns.chargeTerm('include:x')).toThrow(LookupLimitError);
    await dns.resolveForTerm('nx1.example.test', 'A', 'a:nx1');
    await expect(dns.resolveForTerm('nx2.example.test', 'A', 'a:nx2')).rejects.toMatchObject({
      limit: 'void',
      term: 'a:nx2',
    });
    await dns('nx3.example.test', 'A'); // a plain query counts as a query only
    expect(dns.counts).toEqual({ terms: 3, voids: 2, queries: 3 });
  });
});

describe('IP addresses', () => {
  it('parses only the strict forms RFC 7208 allows', () => {
    for (const bad of ['1.2.3', '1.2.03.4', '256.1.1.1', '1.2.3.4.5', ' 1.2.3.4'])
      expect(parseIPv4(bad), bad).toBeUndefined();
    for (const bad of [':CAFE::BABE', '1::2::3', 'fe80::1%eth0', '1:2:3:4:5:6:7', '::ffff:1.2.3', '12345::'])
      expect(parseIPv6(bad), bad).toBeUndefined();
    expect(formatIp(parseIp('::1.1.1.1')!)).toBe('::101:101');
    expect(parseIp('::FFFF:1.2.3.4')).toEqual({ version: 4, bytes: Uint8Array.from([1, 2, 3, 4]) });
    expect(formatIp(parseIp('2001:DB8:0:0:1:0:0:1')!)).toBe('2001:db8::1:0:0:1');
    expect(formatIp(parseIp('2001:db8:0:1:1:1:1:1')!)).toBe('2001:db8:0:1:1:1:1:1');
  });
  it('matches prefixes and builds reverse names', () => {
    const a = parseIp('192.0.2.130')!.bytes;
    expect(prefixMatch(a, parseIp('192.0.2.128')!.bytes, 25)).toBe(true);
    expect(prefixMatch(a, parseIp('192.0.2.0')!.bytes, 25)).toBe(false);
    expect(prefixMatch(a, parseIp('10.0.0.0')!.bytes, 0)).toBe(true);
    expect(reverseName(parseIp('192.0.2.4')!)).toBe('4.2.0.192.in-addr.arpa');
    expect(reverseName(parseIp('2001:db8::cb01')!)).toBe(
      '1.0.b.c.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa',
    );
    expect(formatIp(sampleAddress(parseIp('209.85.128.0')!, 17))).toBe('209.85.128.1');
    expect(formatIp(sampleAddress(parseIp('192.0.2.7')!, 32))).toBe('192.0.2.7');
  });
});

describe('names', () => {
  it('checks query limits and converts IDNs to A-labels', () => {
    expect(nameProblem('a..b')).toBe('empty-label');
    expect(nameProblem(`${'a'.repeat(64)}.test`)).toBe('long-label');
    expect(nameProblem(Array(130).fill('ab').join('.'))).toBe('long-name');
    expect(toAsciiDomain('Příklad.CZ.')).toBe('xn--pklad-zsa96e.cz');
    expect(toAsciiDomain('user@example.com')).toBeUndefined();
    expect(toAsciiDomain('exa mple.com')).toBeUndefined();
  });
});

describe('requestResolverPermission', () => {
  it('asks for the resolver origin only when it is not built in and not granted', async () => {
    const asked: string[][] = [];
    const api = {
      contains: async () => false,
      request: async (p: { origins: string[] }) => (asked.push(p.origins), true),
    };
    expect(await requestResolverPermission('https://dns.google/dns-query', api)).toBe(true);
    expect(asked).toEqual([]);
    expect(await requestResolverPermission('https://doh.example.test:8443/dns-query', api)).toBe(true);
    expect(asked).toEqual([['https://doh.example.test:8443/*']]);
  });
});
