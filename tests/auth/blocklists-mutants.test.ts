/**
 * The blocklist check pinned exactly (issue 13): verdict boundaries per list, the domains looked up,
 * the findings' data, evidence and fix, their order, and the statuses.
 */
import { describe, expect, it } from 'vitest';
import { blocklistDomains, checkBlocklists, interpretListAnswer } from '../../utils/auth/blocklists';
import type { DnsAnswer, Resolver } from '../../utils/dns/types';
import { aAnswer } from '../helpers/dns-answers';

const a = aAnswer;
const nodata: DnsAnswer = { name: 'x.test', type: 'A', status: 'NODATA', ad: false, cnames: [], ttl: 60 };

describe('interpretListAnswer, boundaries', () => {
  it('NODATA is clean, like NXDOMAIN', () => {
    expect(interpretListAnswer('surbl', nodata)).toEqual({ kind: 'clean' });
  });

  it('127.0.1.255 is a refusal only from the DBL; 127.0.0.1 only from URIBL and SURBL', () => {
    expect(interpretListAnswer('surbl', a('127.0.1.255'))).toEqual({
      kind: 'unexpected',
      code: '127.0.1.255',
    });
    expect(interpretListAnswer('spamhaus-dbl', a('127.0.0.1'))).toEqual({
      kind: 'unexpected',
      code: '127.0.0.1',
    });
    expect(interpretListAnswer('uribl', a('127.0.0.1'))).toMatchObject({ kind: 'refused', why: 'refused' });
  });

  it('a listing code must be the whole address', () => {
    expect(interpretListAnswer('spamhaus-dbl', a('1127.0.1.2'))).toMatchObject({ kind: 'unexpected' });
    expect(interpretListAnswer('spamhaus-dbl', a('127.0.1.2.9'))).toMatchObject({ kind: 'unexpected' });
    expect(interpretListAnswer('uribl', a('x127.0.0.2'))).toMatchObject({ kind: 'unexpected' });
    expect(interpretListAnswer('uribl', a('127.0.0.2x'))).toMatchObject({ kind: 'unexpected' });
    expect(interpretListAnswer('uribl', a('127.0.0.14'))).toEqual({
      kind: 'listed',
      code: '127.0.0.14',
      abused: false,
    });
  });

  it('lists every listing code; "abused" only from the DBL and only when every code is 100 or more', () => {
    expect(interpretListAnswer('spamhaus-dbl', a('127.0.1.102', '127.0.1.2'))).toEqual({
      kind: 'listed',
      code: '127.0.1.102, 127.0.1.2',
      abused: false,
    });
    expect(interpretListAnswer('spamhaus-dbl', a('127.0.1.100'))).toMatchObject({ abused: true });
    expect(interpretListAnswer('spamhaus-dbl', a('127.0.1.99'))).toMatchObject({ abused: false });
    expect(interpretListAnswer('surbl', a('127.0.0.120'))).toMatchObject({ abused: false });
  });

  it('an answer of several other addresses is unexpected, with every code listed', () => {
    expect(interpretListAnswer('uribl', a('198.51.100.1', '198.51.100.2'))).toEqual({
      kind: 'unexpected',
      code: '198.51.100.1, 198.51.100.2',
    });
  });

  it('an answer with no A record at all is unexpected with an empty code', () => {
    expect(interpretListAnswer('surbl', a())).toEqual({ kind: 'unexpected', code: '' });
  });
});

describe('blocklistDomains', () => {
  it('takes the part after the last @, skips empty names and IP addresses, keeps registrable domains once', () => {
    expect(
      blocklistDomains(['a@b@Mail.Example.com', 'example.com', '', '192.0.2.1', '[2001:db8::1]', 'x.org']),
    ).toEqual(['example.com', 'x.org']);
  });

  it('keeps the domain of an address with a longer local part; guesses nothing from a line-broken one', () => {
    expect(blocklistDomains(['jana.novak@mail.other.org'])).toEqual(['other.org']);
    // The name before the line break is not the address's domain: nothing after the "@", nothing looked up.
    expect(blocklistDomains(['evil.com\n@'])).toEqual([]);
  });
});

describe('checkBlocklists', () => {
  const answers: Record<string, DnsAnswer> = {
    // Asked in the order DBL, SURBL, URIBL: the refusal comes before the listing.
    'bad.com.dbl.spamhaus.org': a('127.255.255.254'),
    'bad.com.multi.surbl.org': a('127.0.0.2'),
    'bad.com.multi.uribl.com': a('127.0.0.1'),
  };
  const resolver: Resolver = async (name, type) =>
    answers[name] ?? { name, type, status: 'NXDOMAIN', ad: false, cnames: [], ttl: 60 };

  it('is unknown with one finding when turned off or given nothing to look up', async () => {
    for (const [r, id] of [
      [await checkBlocklists(['bad.com'], { resolver, enabled: false }), 'blocklists.notEnabled'],
      [await checkBlocklists(['192.0.2.1'], { resolver, enabled: true }), 'blocklists.nothingToCheck'],
    ] as const) {
      expect(r.status).toBe('unknown');
      expect(r.findings).toHaveLength(1);
      expect(r.findings[0]).toMatchObject({
        ruleId: 'blocklists',
        messageId: id,
        evidence: [{ field: 'dns', start: 0, end: 0 }],
      });
    }
  });

  it('a listing fails the check, with the list, code, evidence and the delisting fix; worst first', async () => {
    const r = await checkBlocklists(['bad.com'], { resolver, enabled: true });
    expect(r.status).toBe('fail');
    expect(r.findings.map((f) => f.messageId)).toEqual([
      'blocklists.listed',
      'blocklists.refusedPublicResolver',
      'blocklists.refused',
    ]);
    expect(r.findings[0]).toMatchObject({
      data: { domain: 'bad.com', list: 'SURBL', code: '127.0.0.2' },
      evidence: [{ field: 'dns', name: 'bad.com.multi.surbl.org', start: 0, end: 0 }],
      fix: { messageId: 'blocklists.delist', data: { domain: 'bad.com', list: 'SURBL', code: '127.0.0.2' } },
    });
    expect(r.findings[1]?.data).toEqual({ domain: 'bad.com', list: 'Spamhaus DBL', code: '127.255.255.254' });
    expect(r.findings[2]?.data).toEqual({ domain: 'bad.com', list: 'URIBL', code: '127.0.0.1' });
    expect(r.findings[1]?.fix).toBeUndefined();
  });

  it('no listing but a refusal or odd answer is unknown; all clean passes with no findings', async () => {
    const odd = await checkBlocklists(['bad.com'], {
      resolver: async (name, type) => (name.endsWith('surbl.org') ? a('198.51.100.1') : resolver(name, type)),
      enabled: true,
    });
    expect(odd.status).toBe('unknown');
    expect(odd.findings.map((f) => f.messageId)).toEqual([
      'blocklists.refusedPublicResolver',
      'blocklists.unexpected',
      'blocklists.refused',
    ]);
    expect(odd.findings[1]?.data).toEqual({ domain: 'bad.com', list: 'SURBL', code: '198.51.100.1' });
    const clean = await checkBlocklists(['good.com'], { resolver, enabled: true });
    expect(clean).toEqual({ status: 'pass', findings: [] });
    const failing = await checkBlocklists(['good.com'], {
      resolver: async (name, type) => ({ name, type, status: 'SERVFAIL', rcode: 2, rcodeName: 'SERVFAIL' }),
      enabled: true,
    });
    expect(failing.status).toBe('unknown');
    expect(failing.findings[0]).toMatchObject({
      messageId: 'blocklists.dnsError',
      data: { domain: 'good.com' },
    });
    expect(String(failing.findings[0]?.data?.reason)).not.toBe('');
  });

  it('an odd answer alone (no refusal, no listing) is unknown, not a pass', async () => {
    const r = await checkBlocklists(['good.com'], {
      resolver: async () => a('198.51.100.1'),
      enabled: true,
    });
    expect(r.status).toBe('unknown');
    expect(r.findings.map((f) => f.messageId)).toEqual([
      'blocklists.unexpected',
      'blocklists.unexpected',
      'blocklists.unexpected',
    ]);
  });

  it('after the deadline (an aborted signal) it asks nothing and every list is a DNS error', async () => {
    const asked: string[] = [];
    const ctl = new AbortController();
    ctl.abort();
    const r = await checkBlocklists(['good.com'], {
      resolver: async (name, type) => {
        asked.push(name);
        return resolver(name, type);
      },
      enabled: true,
      signal: ctl.signal,
    });
    expect(asked).toEqual([]);
    expect(r.status).toBe('unknown');
    expect(r.findings.map((f) => f.messageId)).toEqual([
      'blocklists.dnsError',
      'blocklists.dnsError',
      'blocklists.dnsError',
    ]);
  });
});
