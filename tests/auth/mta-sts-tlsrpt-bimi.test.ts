import { describe, expect, it, vi } from 'vitest';
import { checkBimi, parseBimi } from '../../utils/auth/bimi';
import {
  checkMtaSts,
  createPolicyFetcher,
  mxMatches,
  parseStsPolicy,
  parseStsRecord,
} from '../../utils/auth/mta-sts';
import type { PolicyFetcher } from '../../utils/auth/mta-sts';
import { checkTlsRpt, parseTlsRpt } from '../../utils/auth/tls-rpt';
import { createZoneResolver } from '../helpers/dns-zone';
import { FIXTURE_ZONE } from '../fixtures/dns/zone';

const resolver = createZoneResolver(FIXTURE_ZONE);
const ids = (r: { findings: { messageId: string }[] }) => r.findings.map((f) => f.messageId).sort();
const POLICY =
  'version: STSv1\r\nmode: enforce\r\nmx: aspmx.l.google.test\r\nmx: *.aspmx.l.google.test\r\nmax_age: 604800\r\n';

const fetcher =
  (body: string, over: Partial<Awaited<ReturnType<PolicyFetcher>>> = {}): PolicyFetcher =>
  async () => ({
    status: 200,
    redirected: false,
    contentType: 'text/plain; charset=utf-8',
    body,
    truncated: false,
    ...over,
  });

describe('MTA-STS (RFC 8461)', () => {
  it.each([
    ['v=STSv1; id=20260101', true],
    ['v=STSv1; id=2026-01-01', false],
    ['v=STSv1;', false],
    ['id=1; v=STSv1', false],
  ])('record %s valid: %s', (txt, valid) => expect(parseStsRecord(txt).valid).toBe(valid));

  it('parses a policy and reports every problem line', () => {
    expect(parseStsPolicy(POLICY)).toEqual({
      version: 'STSv1',
      mode: 'enforce',
      mx: ['aspmx.l.google.test', '*.aspmx.l.google.test'],
      maxAge: 604800,
      errors: [],
    });
    expect(
      parseStsPolicy('version: STSv2\nmode: strict\nmx: bad host\nmax_age: -1\ngarbage').errors,
    ).toHaveLength(7);
  });

  it.each([
    ['mx.example.com', 'mx.example.com', true],
    ['*.example.com', 'mx.example.com', true],
    ['*.example.com', 'a.mx.example.com', false],
    ['*.example.com', 'example.com', false],
    ['MX.Example.com.', 'mx.example.com', true],
  ])('%s matches %s: %s', (p, h, ok) => expect(mxMatches(p, h)).toBe(ok));

  it('without the permission the policy is unknown, with the reason', async () => {
    const fetchPolicy = vi.fn(fetcher(POLICY));
    const r = await checkMtaSts('gw.example.test', {
      resolver,
      fetchPolicy,
      hasPermission: async () => false,
    });
    expect(r.status).toBe('unknown');
    expect(fetchPolicy).not.toHaveBeenCalled();
    expect(ids(r)).toEqual(['mta-sts-policy.notChecked']);
    expect(r.findings[0]!.data?.reason).toContain('https://mta-sts.gw.example.test/*');
  });

  it.each([
    ['a good policy', fetcher(POLICY), 'pass', []],
    ['a redirect', fetcher('', { status: 301, redirected: true }), 'warn', ['mta-sts-policy.redirect']],
    ['HTML', fetcher(POLICY, { contentType: 'text/html' }), 'warn', ['mta-sts-policy.contentType']],
    [
      'an MX not covered',
      fetcher(POLICY.replace(/mx: .*\r\n/g, 'mx: other.test\r\n')),
      'fail',
      ['mta-sts-policy.mxNotCovered'],
    ],
    ['testing mode', fetcher(POLICY.replace('enforce', 'testing')), 'warn', ['mta-sts-policy.modeTesting']],
    ['a short max_age', fetcher(POLICY.replace('604800', '60')), 'warn', ['mta-sts-policy.maxAgeShort']],
    [
      'a network error',
      async () => Promise.reject(new Error('ECONNREFUSED')),
      'warn',
      ['mta-sts-policy.fetchFailed'],
    ],
  ])('with %s', async (_name, fetchPolicy, status, expected) => {
    const r = await checkMtaSts('gw.example.test', {
      resolver,
      mxHosts: ['aspmx.l.google.test', 'alt1.aspmx.l.google.test'],
      fetchPolicy: fetchPolicy,
      hasPermission: async () => true,
    });
    expect(ids(r)).toEqual(expected);
    expect(r.status).toBe(status);
  });

  it('takes the MX hosts as a promise and compares them with the policy once they are known', async () => {
    let release: (hosts: string[]) => void = () => undefined;
    const hosts = new Promise<string[]>((r) => (release = r));
    const asked: string[] = [];
    const pending = checkMtaSts('gw.example.test', {
      resolver: (name, type) => (asked.push(name), resolver(name, type)),
      mxHosts: hosts,
      fetchPolicy: fetcher(POLICY),
      hasPermission: async () => true,
    });
    await new Promise((r) => setTimeout(r, 0));
    // The record was asked before the MX hosts were known.
    expect(asked).toEqual(['_mta-sts.gw.example.test']);
    release(['aspmx.l.google.test', 'mx.elsewhere.test']);
    const r = await pending;
    expect(ids(r)).toEqual(['mta-sts-policy.mxNotCovered']);
    expect(r.detail.uncovered).toEqual(['mx.elsewhere.test']);
  });

  it('no record is a notice with a suggested record', async () => {
    const r = await checkMtaSts('monitor.example.test', { resolver });
    expect(ids(r)).toEqual(['mta-sts-record.missing']);
    expect(r.suggested?.[0]?.name).toBe('_mta-sts.monitor.example.test');
  });

  it('the fetcher refuses redirects and caps the body at 64 KB', async () => {
    const big = new TextEncoder().encode('x'.repeat(200_000));
    const f = createPolicyFetcher(async (_url, init) => {
      expect(init.redirect).toBe('manual');
      return new Response(big, { headers: { 'content-type': 'text/plain' } });
    });
    const res = await f('https://mta-sts.x.test/.well-known/mta-sts.txt');
    expect(res.truncated).toBe(true);
    expect(res.body.length).toBe(65_536);
    const r = createPolicyFetcher(async () => ({
      status: 0,
      type: 'opaqueredirect',
      headers: new Headers(),
      body: null,
      text: async () => '',
    }));
    expect((await r('https://x')).redirected).toBe(true);
  });
});

describe('TLS-RPT (RFC 8460)', () => {
  it.each([
    ['v=TLSRPTv1; rua=mailto:a@b.test,https://r.test/x', true],
    ['v=TLSRPTv1;', false],
    ['v=TLSRPTv1; rua=ftp://x', false],
  ])('%s valid: %s', (txt, valid) => expect(parseTlsRpt(txt).valid).toBe(valid));

  it.each([
    ['gw.example.test', 'pass', []],
    ['monitor.example.test', 'warn', ['tls-rpt.missing']],
  ])('%s: %s', async (domain, status, expected) => {
    const r = await checkTlsRpt(domain, { resolver });
    expect(r.status).toBe(status);
    expect(ids(r)).toEqual(expected);
  });
});

describe('BIMI', () => {
  it.each([
    ['v=BIMI1; l=https://x.test/logo.svg; a=https://x.test/vmc.pem', true, false],
    ['v=BIMI1; l=; a=', true, true],
    ['v=BIMI1; l=http://x.test/logo.svg', false, false],
    ['v=BIMI1; l=https://x.test/logo.png', false, false],
  ])('%s valid: %s declined: %s', (txt, valid, declined) =>
    expect(parseBimi(txt)).toMatchObject({ valid, declined }),
  );

  it.each([
    ['reject', 'pass', []],
    ['none', 'warn', ['bimi.dmarcTooWeak']],
    [undefined, 'warn', ['bimi.dmarcTooWeak']],
  ] as const)('needs DMARC at quarantine or reject (p=%s)', async (policy, status, expected) => {
    const r = await checkBimi('gw.example.test', { resolver, dmarcPolicy: policy });
    expect(r.status).toBe(status);
    expect(ids(r)).toEqual(expected);
  });

  it('takes the DMARC policy as a promise: the record is asked first, judged once the policy is known', async () => {
    let release: (p: 'none') => void = () => undefined;
    const asked: string[] = [];
    const pending = checkBimi('gw.example.test', {
      resolver: (name, type) => (asked.push(name), resolver(name, type)),
      dmarcPolicy: new Promise((r) => (release = r)),
    });
    await new Promise((r) => setTimeout(r, 0));
    expect(asked).toEqual(['default._bimi.gw.example.test']);
    release('none');
    const r = await pending;
    expect(ids(r)).toEqual(['bimi.dmarcTooWeak']);
    expect(r.detail.dmarcPolicy).toBe('none');
  });

  it('no record is only information', async () => {
    const r = await checkBimi('monitor.example.test', { resolver });
    expect(r.status).toBe('pass');
    expect(ids(r)).toEqual(['bimi.missing']);
  });
});
