/**
 * MTA-STS cases that pin what the mutation run (issue 13, docs/mutation.md) found no test for: record
 * and policy error texts, the lookup's every path, the fetcher's body cap, and the findings' data.
 */
import { describe, expect, it, vi } from 'vitest';
import {
  MAX_AGE_LIMIT,
  MAX_POLICY_BYTES,
  createPolicyFetcher,
  isStsRecord,
  lookupMtaSts,
  mtaStsResultOf,
  mxMatches,
  parseStsPolicy,
  parseStsRecord,
} from '../../utils/auth/mta-sts';
import type { MtaStsLookup, PolicyFetcher, PolicyResponse } from '../../utils/auth/mta-sts';
import { createZoneResolver } from '../helpers/dns-zone';

const NAME = '_mta-sts.example.test';
const URL = 'https://mta-sts.example.test/.well-known/mta-sts.txt';
const REC = 'v=STSv1; id=20260101';
const POLICY = 'version: STSv1\nmode: enforce\nmx: mx.example.test\nmax_age: 604800\n';
const resolver = createZoneResolver({
  [NAME]: [{ TXT: 'other' }, { TXT: REC }],
  '_mta-sts.two.test': [{ TXT: REC }, { TXT: 'v=STSv1; id=2' }],
  '_mta-sts.none.test': [{ TXT: 'v=spf1 -all' }],
  '_mta-sts.fail.test': ['SERVFAIL'],
});
const response = (over: Partial<PolicyResponse> = {}): PolicyResponse => ({
  status: 200,
  redirected: false,
  contentType: 'text/plain',
  body: POLICY,
  truncated: false,
  ...over,
});
const fetcher =
  (over: Partial<PolicyResponse> = {}): PolicyFetcher =>
  async () =>
    response(over);

describe('the _mta-sts record', () => {
  it.each([
    ['v=STSv1', true],
    ['v=STSv1;', true],
    ['  v = STSv1 ; id=1', true],
    ['v=STSv1  ', true],
    ['v=stsv1', false],
    ['v=STSv1 id=1', false],
    ['v=STSv10', false],
    ['xv=STSv1', false],
  ])('%j is a record: %s', (txt, ok) => expect(isStsRecord(txt)).toBe(ok));

  it('names each problem', () => {
    expect(parseStsRecord(REC)).toEqual({ valid: true, id: '20260101', errors: [] });
    expect(parseStsRecord('v=STSv1')).toEqual({ valid: false, errors: ['id= is missing'] });
    expect(parseStsRecord('v=STSv1; id=2026-01')).toEqual({
      valid: false,
      id: '2026-01',
      errors: ['id=2026-01 is not 1–32 letters and digits'],
    });
    expect(parseStsRecord(`v=STSv1; id=${'a'.repeat(32)}`).valid).toBe(true);
    expect(parseStsRecord(`v=STSv1; id=${'a'.repeat(33)}`).valid).toBe(false);
    expect(parseStsRecord('v=STSv1; id=').errors).toEqual(['id= is not 1–32 letters and digits']);
    expect(parseStsRecord('id=1; v=STSv1').errors).toEqual(['v=STSv1 must come first']);
    expect(parseStsRecord('v=STSv1; id=1; junk').errors).toEqual(['junk']);
  });
});

describe('the policy file', () => {
  it('reads keys case-insensitively, CRLF or LF, ignoring blank lines and unknown keys', () => {
    expect(
      parseStsPolicy('  VERSION : STSv1  \r\n\r\nMode: testing\nmx: MX.Example.Test.\nmax_age: 0\nfoo: bar'),
    ).toEqual({
      version: 'STSv1',
      mode: 'testing',
      mx: ['mx.example.test'],
      maxAge: 0,
      errors: [],
    });
    expect(parseStsPolicy('version: STSv1\nmode: none\nmax_age: 86400').errors).toEqual([]);
  });

  it('names every bad line', () => {
    expect(
      parseStsPolicy('version: STSv2\nmode: strict\nmx: bad host\nmax_age: -1\ngarbage\n: x').errors,
    ).toEqual([
      'version "STSv2" is not STSv1',
      'mode "strict" is not enforce, testing or none',
      'mx "bad host" is not a host name pattern',
      `max_age "-1" is not a number of seconds up to ${MAX_AGE_LIMIT}`,
      '"garbage" is not a "key: value" line',
      '": x" is not a "key: value" line',
      'mode is missing',
      'max_age is missing',
    ]);
    expect(parseStsPolicy(`${'g'.repeat(50)}`).errors[0]).toBe(
      `"${'g'.repeat(40)}" is not a "key: value" line`,
    );
    expect(parseStsPolicy(`version: ${'v'.repeat(30)}`).errors[0]).toBe(
      `version "${'v'.repeat(20)}" is not STSv1`,
    );
    expect(parseStsPolicy(`mode: ${'m'.repeat(30)}`).errors[0]).toBe(
      `mode "${'m'.repeat(20)}" is not enforce, testing or none`,
    );
    expect(parseStsPolicy(`mx: ${'x '.repeat(40)}`).errors[0]).toBe(
      `mx "${'x '.repeat(40).trim().slice(0, 60)}" is not a host name pattern`,
    );
    expect(parseStsPolicy(`max_age: ${'9'.repeat(25)}`).errors[0]).toBe(
      `max_age "${'9'.repeat(20)}" is not a number of seconds up to ${MAX_AGE_LIMIT}`,
    );
  });

  it('max_age is at most one year of seconds, digits only', () => {
    expect(parseStsPolicy(`max_age: ${MAX_AGE_LIMIT}`).maxAge).toBe(MAX_AGE_LIMIT);
    expect(parseStsPolicy(`max_age: ${MAX_AGE_LIMIT + 1}`).maxAge).toBeUndefined();
    expect(parseStsPolicy('max_age: 1e5').maxAge).toBeUndefined();
    expect(parseStsPolicy('max_age: 12345678901').maxAge).toBeUndefined();
    expect(parseStsPolicy('max_age: x86400').maxAge).toBeUndefined();
  });

  it('keys other than mx may appear once; mx many times; a policy that enforces needs an mx', () => {
    expect(parseStsPolicy(`${POLICY}mode: testing\nmx: b.example.test`)).toEqual({
      version: 'STSv1',
      mode: 'enforce',
      mx: ['mx.example.test', 'b.example.test'],
      maxAge: 604800,
      errors: ['mode appears more than once'],
    });
    expect(parseStsPolicy('version: STSv1\nmode: enforce\nmax_age: 1').errors).toEqual(['no mx line']);
    expect(parseStsPolicy('version: STSv1\nmode: testing\nmax_age: 1').errors).toEqual(['no mx line']);
    expect(parseStsPolicy('').errors).toEqual([
      'version is missing',
      'mode is missing',
      'max_age is missing',
    ]);
  });

  it('mx patterns: host names, one leading wildcard label', () => {
    const ok = ['mx.example.test', '*.example.test', 'a-b.example.test.', 'x1.y2'];
    const bad = [
      'example',
      '*.*.example.test',
      'a.*.test',
      '-a.test',
      'a-.test',
      'a..test',
      'mx.example.test x',
    ];
    for (const m of ok) expect(parseStsPolicy(`mx: ${m}`).mx).toHaveLength(1);
    for (const m of bad) expect(parseStsPolicy(`mx: ${m}`).mx).toEqual([]);
  });

  it('reads only the first 64 KB', () => {
    const body = `version: STSv1\nmode: none\nmax_age: 1\n${'#'.repeat(MAX_POLICY_BYTES)}\nmode: enforce`;
    expect(parseStsPolicy(body).mode).toBe('none');
  });

  it.each([
    ['*.example.test', 'a.example.test', true],
    ['*.example.test', '.example.test', false],
    ['*.example.test.', 'A.Example.Test.', true],
    ['mx.example.test', 'mx.example.test.', true],
    ['mx.example.test', 'mx.example.tes', false],
    ['*.example.test', 'aexample.test', false],
  ])('%s matches %s: %s', (p, h, ok) => expect(mxMatches(p, h)).toBe(ok));
});

describe('lookupMtaSts', () => {
  const base = {
    domain: 'example.test',
    name: NAME,
    records: [REC],
    record: parseStsRecord(REC),
    uncovered: [],
  };

  it('record states: none, multiple, error, found without a fetcher', async () => {
    expect(await lookupMtaSts('none.test', { resolver })).toEqual({
      domain: 'none.test',
      name: '_mta-sts.none.test',
      status: 'none',
      records: [],
      policy: { status: 'not-fetched', url: 'https://mta-sts.none.test/.well-known/mta-sts.txt' },
      uncovered: [],
    });
    expect(await lookupMtaSts('two.test', { resolver })).toMatchObject({
      status: 'multiple',
      records: [REC, 'v=STSv1; id=2'],
    });
    expect(await lookupMtaSts('two.test', { resolver })).not.toHaveProperty('record');
    expect(await lookupMtaSts('fail.test', { resolver })).toEqual({
      domain: 'fail.test',
      name: '_mta-sts.fail.test',
      status: 'error',
      records: [],
      dnsError: 'the resolver answered SERVFAIL',
      policy: { status: 'not-fetched', url: 'https://mta-sts.fail.test/.well-known/mta-sts.txt' },
      uncovered: [],
    });
    expect(await lookupMtaSts('Example.Test.', { resolver })).toEqual({
      ...base,
      status: 'found',
      policy: { status: 'not-fetched', url: URL, reason: 'this tool cannot fetch over HTTPS here' },
    });
  });

  it('asks the permission for the policy origin; a refusal or a failing test is no permission', async () => {
    const hasPermission = vi.fn(async () => false);
    const fetchPolicy = vi.fn(fetcher());
    const r = await lookupMtaSts('example.test', { resolver, fetchPolicy, hasPermission });
    expect(hasPermission).toHaveBeenCalledWith('https://mta-sts.example.test/*');
    expect(fetchPolicy).not.toHaveBeenCalled();
    expect(r.policy).toEqual({
      status: 'no-permission',
      url: URL,
      reason: 'permission for https://mta-sts.example.test/* not granted',
    });
    const thrown = await lookupMtaSts('example.test', {
      resolver,
      fetchPolicy,
      hasPermission: () => Promise.reject(new Error('x')),
    });
    expect(thrown.policy.status).toBe('no-permission');
  });

  it('fetches with the signal; redirect, HTTP status, content type, truncation, errors', async () => {
    const signal = new AbortController().signal;
    const fetchPolicy = vi.fn(fetcher({ contentType: 'Text/Plain; charset=utf-8', truncated: true }));
    const ok = await lookupMtaSts('example.test', {
      resolver,
      fetchPolicy,
      signal,
      mxHosts: ['mx.example.test'],
    });
    expect(fetchPolicy).toHaveBeenCalledWith(URL, signal);
    expect(ok).toEqual({
      ...base,
      status: 'found',
      policy: {
        status: 'ok',
        url: URL,
        parsed: parseStsPolicy(POLICY),
        contentType: 'text/plain',
        truncated: true,
      },
    });
    const html = await lookupMtaSts('example.test', {
      resolver,
      fetchPolicy: fetcher({ contentType: 'text/html' }),
    });
    expect(html.policy).toEqual({
      status: 'content-type',
      url: URL,
      parsed: parseStsPolicy(POLICY),
      contentType: 'text/html',
    });
    const noCt = await lookupMtaSts('example.test', {
      resolver,
      fetchPolicy: fetcher({ contentType: null }),
    });
    expect(noCt.policy.status).toBe('content-type');
    expect(noCt.policy.contentType).toBe('');
    expect(
      (
        await lookupMtaSts('example.test', {
          resolver,
          fetchPolicy: fetcher({ redirected: true, status: 301 }),
        })
      ).policy,
    ).toEqual({
      status: 'redirect',
      url: URL,
      reason: 'HTTP 301',
    });
    expect(
      (await lookupMtaSts('example.test', { resolver, fetchPolicy: fetcher({ status: 404 }) })).policy,
    ).toEqual({
      status: 'http-status',
      url: URL,
      reason: 'HTTP 404',
    });
    const boom = async () => {
      throw new Error('TLS failed');
    };
    expect((await lookupMtaSts('example.test', { resolver, fetchPolicy: boom })).policy).toEqual({
      status: 'fetch-error',
      url: URL,
      reason: 'TLS failed',
    });
    const odd = async () => {
      // eslint-disable-next-line @typescript-eslint/only-throw-error -- a fetcher that throws a non-Error value
      throw 'odd';
    };
    expect((await lookupMtaSts('example.test', { resolver, fetchPolicy: odd })).policy.reason).toBe('odd');
  });

  it('lists the MX hosts no pattern covers, only when the policy is in force', async () => {
    const mxHosts = ['mx.example.test', 'other.example.test'];
    const enforce = await lookupMtaSts('example.test', { resolver, fetchPolicy: fetcher(), mxHosts });
    expect(enforce.uncovered).toEqual(['other.example.test']);
    const none = await lookupMtaSts('example.test', {
      resolver,
      fetchPolicy: fetcher({ body: 'version: STSv1\nmode: none\nmax_age: 1' }),
      mxHosts,
    });
    expect(none.uncovered).toEqual([]);
    const noMode = await lookupMtaSts('example.test', {
      resolver,
      fetchPolicy: fetcher({ body: 'version: STSv1\nmx: a.test\nmax_age: 1' }),
      mxHosts,
    });
    expect(noMode.uncovered).toEqual([]);
    const noHosts = await lookupMtaSts('example.test', { resolver, fetchPolicy: fetcher() });
    expect(noHosts.uncovered).toEqual([]);
    const promised = await lookupMtaSts('example.test', {
      resolver,
      fetchPolicy: fetcher({ body: POLICY.replace('enforce', 'testing') }),
      mxHosts: Promise.resolve(['x.test']),
    });
    expect(promised.uncovered).toEqual(['x.test']);
  });
});

describe('createPolicyFetcher', () => {
  const stream = (chunks: Uint8Array[]) =>
    new ReadableStream<Uint8Array>({
      start(c) {
        for (const x of chunks) c.enqueue(x);
        c.close();
      },
    });
  const res = (over: Record<string, unknown>) => async () => ({
    status: 200,
    headers: { get: (n: string) => (n === 'content-type' ? 'text/plain' : null) },
    text: async () => 'from text()',
    ...over,
  });

  it('asks without following redirects, passing the signal only when given', async () => {
    const fetchFn = vi.fn(res({ body: null }));
    await createPolicyFetcher(fetchFn)('https://x');
    expect(fetchFn).toHaveBeenCalledWith('https://x', { redirect: 'manual' });
    const signal = new AbortController().signal;
    await createPolicyFetcher(fetchFn)('https://x', signal);
    expect(fetchFn).toHaveBeenLastCalledWith('https://x', { redirect: 'manual', signal });
  });

  it('reads the stream up to 64 KB exactly; one byte more is cut and marked', async () => {
    const exact = await createPolicyFetcher(
      res({ body: stream([new Uint8Array(MAX_POLICY_BYTES - 1).fill(97), new Uint8Array([98])]) }),
    )('https://x');
    expect(exact.body.length).toBe(MAX_POLICY_BYTES);
    expect(exact.body.endsWith('ab')).toBe(true);
    expect(exact.truncated).toBe(false);
    const over = await createPolicyFetcher(
      res({ body: stream([new Uint8Array(MAX_POLICY_BYTES).fill(97), new Uint8Array([98, 99])]) }),
    )('https://x');
    expect(over.body).toBe('a'.repeat(MAX_POLICY_BYTES));
    expect(over.truncated).toBe(true);
    expect(over).toMatchObject({ status: 200, redirected: false, contentType: 'text/plain' });
  });

  it('keeps the chunks in order', async () => {
    const enc = new TextEncoder();
    const r = await createPolicyFetcher(
      res({ body: stream([enc.encode('ver'), enc.encode('sion: STSv1')]) }),
    )('x');
    expect(r.body).toBe('version: STSv1');
  });

  it('a redirect (status 3xx or opaque) is not read', async () => {
    for (const over of [{ status: 301 }, { status: 399 }, { status: 0, type: 'opaqueredirect' }]) {
      const r = await createPolicyFetcher(res({ ...over, body: stream([new Uint8Array([97])]) }))('x');
      expect(r).toMatchObject({ redirected: true, body: '' });
    }
    for (const status of [200, 299, 400]) {
      const r = await createPolicyFetcher(res({ status, body: null }))('x');
      expect(r).toMatchObject({ redirected: false, body: 'from text()' });
    }
  });

  it('without a stream the text is cut to 64 KB', async () => {
    const r = await createPolicyFetcher(
      res({ body: null, text: async () => 'a'.repeat(MAX_POLICY_BYTES + 5) }),
    )('x');
    expect(r.body.length).toBe(MAX_POLICY_BYTES);
  });
});

describe('MTA-STS findings and result', () => {
  const found = (policy: MtaStsLookup['policy'], over: Partial<MtaStsLookup> = {}): MtaStsLookup => ({
    domain: 'example.test',
    name: NAME,
    status: 'found',
    records: [REC],
    record: parseStsRecord(REC),
    policy,
    uncovered: [],
    ...over,
  });
  const ev = [{ field: 'dns', name: NAME, record: REC, start: 0, end: REC.length }];
  const data = { domain: 'example.test', url: URL };
  const view = (m: MtaStsLookup) =>
    mtaStsResultOf(m).findings.map((f) => [f.messageId, f.data, f.fix?.messageId]);

  it('the record: none suggests one; multiple, error and invalid say why', () => {
    const none = mtaStsResultOf({
      ...found({ status: 'not-fetched', url: URL }),
      status: 'none',
      records: [],
    });
    expect(none.findings).toEqual([
      expect.objectContaining({
        messageId: 'mta-sts-record.missing',
        severity: 'notice',
        data: { domain: 'example.test', name: NAME },
        evidence: [{ field: 'dns', name: NAME, start: 0, end: 0 }],
        fix: { messageId: 'mta-sts-record.publish', data: { domain: 'example.test', name: NAME } },
      }),
    ]);
    expect(none.suggested).toEqual([
      {
        name: NAME,
        type: 'TXT',
        value: expect.stringMatching(/^v=STSv1; id=\d{8}01$/),
        messageId: 'suggest.mtaSts',
      },
    ]);
    const today = new Date().toISOString().slice(0, 10).replace(/-/g, '');
    expect(none.suggested?.[0]?.value).toBe(`v=STSv1; id=${today}01`);
    expect(none.status).toBe('warn');

    const two = [REC, 'v=STSv1; id=2'];
    const multi = mtaStsResultOf({
      ...found({ status: 'not-fetched', url: URL }),
      status: 'multiple',
      records: two,
    });
    expect(multi.findings[0]).toMatchObject({
      messageId: 'mta-sts-record.multiple',
      data: { domain: 'example.test', name: NAME, count: 2 },
      evidence: two.map((r) => ({ name: NAME, record: r })),
    });
    expect(multi.suggested).toBeUndefined();
    expect(multi.findings).toHaveLength(1);

    const err = mtaStsResultOf({
      ...found({ status: 'not-fetched', url: URL }),
      status: 'error',
      records: [],
      dnsError: 'x',
    });
    expect(err.status).toBe('unknown');
    expect(err.findings.map((f) => [f.messageId, f.data])).toEqual([
      ['mta-sts-record.dnsError', { domain: 'example.test', name: NAME, reason: 'x' }],
    ]);
    const errNoReason = mtaStsResultOf({
      ...found({ status: 'not-fetched', url: URL }),
      status: 'error',
      records: [],
    });
    expect(errNoReason.findings[0]?.data).toEqual({ domain: 'example.test', name: NAME, reason: '' });

    const bad = 'v=STSv1; id=a-b; junk';
    const inv = mtaStsResultOf(
      found(
        { status: 'ok', url: URL, parsed: parseStsPolicy(POLICY) },
        { records: [bad], record: parseStsRecord(bad) },
      ),
    );
    expect(inv.findings.map((f) => [f.messageId, f.data, f.evidence])).toEqual([
      [
        'mta-sts-record.invalid',
        { domain: 'example.test', name: NAME, reason: 'junk; id=a-b is not 1–32 letters and digits' },
        [{ field: 'dns', name: NAME, record: bad, start: 0, end: bad.length }],
      ],
    ]);
  });

  it('a policy not checked is unknown with the grant advice', () => {
    for (const status of ['no-permission', 'not-fetched'] as const) {
      const r = mtaStsResultOf(found({ status, url: URL, reason: 'why' }));
      expect(r.status).toBe('unknown');
      expect(r.findings).toEqual([
        expect.objectContaining({
          messageId: 'mta-sts-policy.notChecked',
          severity: 'info',
          data: { ...data, reason: 'why' },
          evidence: ev,
          fix: { messageId: 'mta-sts-policy.grant', data: { ...data, reason: 'why' } },
        }),
      ]);
    }
    expect(mtaStsResultOf(found({ status: 'not-fetched', url: URL })).findings[0]?.data).toEqual({
      ...data,
      reason: '',
    });
  });

  it('fetch failures, HTTP status and redirects are warnings', () => {
    expect(view(found({ status: 'fetch-error', url: URL, reason: 'boom' }))).toEqual([
      ['mta-sts-policy.fetchFailed', { ...data, reason: 'boom' }, undefined],
    ]);
    expect(view(found({ status: 'http-status', url: URL }))).toEqual([
      ['mta-sts-policy.fetchFailed', { ...data, reason: '' }, undefined],
    ]);
    expect(view(found({ status: 'http-status', url: URL, reason: 'r'.repeat(200) }))[0]?.[1]).toEqual({
      ...data,
      reason: expect.stringMatching(/^r{100,120}…?$/),
    });
    expect(view(found({ status: 'redirect', url: URL, reason: 'HTTP 301' }))).toEqual([
      ['mta-sts-policy.redirect', data, undefined],
    ]);
    const r = mtaStsResultOf(found({ status: 'redirect', url: URL }));
    expect(r.status).toBe('warn');
  });

  it('content type, errors, modes, uncovered hosts, a short max_age', () => {
    const ok = (body: string, over: Partial<MtaStsLookup> = {}, ct?: string) =>
      found(
        ct === undefined
          ? { status: 'ok', url: URL, parsed: parseStsPolicy(body) }
          : { status: 'content-type', url: URL, parsed: parseStsPolicy(body), contentType: ct },
        over,
      );
    expect(mtaStsResultOf(ok(POLICY)).findings).toEqual([]);
    expect(mtaStsResultOf(ok(POLICY)).status).toBe('pass');
    expect(view(ok(POLICY, {}, 'text/html'))).toEqual([
      ['mta-sts-policy.contentType', { ...data, contentType: 'text/html' }, undefined],
    ]);
    expect(view(found({ status: 'content-type', url: URL }))).toEqual([
      ['mta-sts-policy.contentType', { ...data, contentType: '' }, undefined],
    ]);
    expect(view(found({ status: 'ok', url: URL }))).toEqual([]);
    expect(view(ok('version: STSv1\nmode: none\nmax_age: 86400'))).toEqual([
      ['mta-sts-policy.modeNone', data, 'mta-sts-policy.enforce'],
    ]);
    expect(view(ok(POLICY.replace('enforce', 'testing'), { uncovered: ['a.test', 'b.test'] }))).toEqual([
      [
        'mta-sts-policy.mxNotCoveredTesting',
        { ...data, hosts: 'a.test, b.test', patterns: 'mx.example.test' },
        undefined,
      ],
      ['mta-sts-policy.modeTesting', data, 'mta-sts-policy.enforce'],
    ]);
    const uncovered = mtaStsResultOf(ok(`${POLICY}mx: *.b.test`, { uncovered: ['a.test'] }));
    expect(uncovered.status).toBe('fail');
    expect(uncovered.findings.map((f) => [f.messageId, f.severity, f.data])).toEqual([
      [
        'mta-sts-policy.mxNotCovered',
        'danger',
        { ...data, hosts: 'a.test', patterns: 'mx.example.test, *.b.test' },
      ],
    ]);
    expect(view(ok('version: STSv1\nmode: enforce\nmx: a.test\nmax_age: 86399'))).toEqual([
      ['mta-sts-policy.maxAgeShort', { ...data, seconds: 86399 }, undefined],
    ]);
    expect(view(ok('version: STSv1\nmode: enforce\nmx: a.test\nmax_age: 86400'))).toEqual([]);
    expect(view(ok('version: STSv2\nmode: enforce\nmx: a.test\nmax_age: 86400'))).toEqual([
      ['mta-sts-policy.invalid', { ...data, reason: 'version "STSv2" is not STSv1' }, undefined],
    ]);
    const many = Array.from({ length: 30 }, (_, i) => `bad line ${i}`).join('\n');
    const reason = mtaStsResultOf(ok(many)).findings.find((f) => f.messageId === 'mta-sts-policy.invalid')
      ?.data?.reason as string;
    expect(reason.length).toBeLessThanOrEqual(300);
    expect(reason.length).toBeGreaterThan(200);
  });

  it('no policy finding without one record', () => {
    const r = mtaStsResultOf({
      ...found({ status: 'fetch-error', url: URL, reason: 'x' }),
      status: 'multiple',
    });
    expect(r.findings.map((f) => f.messageId)).toEqual(['mta-sts-record.multiple']);
  });
});

describe('MTA-STS: survivors of the narrow run', () => {
  it('a record without id= has no id property; a line of spaces is a blank line', () => {
    expect(parseStsRecord('v=STSv1')).not.toHaveProperty('id');
    expect(parseStsPolicy(`   \n\t\n${POLICY}`).errors).toEqual([]);
  });
});

describe('MTA-STS: survivors of the whole-module run (round 2)', () => {
  it('a content type with spaces before its parameters is still text/plain', async () => {
    const m = await lookupMtaSts('example.test', {
      resolver,
      fetchPolicy: fetcher({ contentType: ' Text/Plain ; charset=utf-8' }),
    });
    expect(m.policy).toMatchObject({ status: 'ok', contentType: 'text/plain' });
  });

  it('a DNS error points at the _mta-sts name without a record', () => {
    const r = mtaStsResultOf({
      domain: 'example.test',
      name: NAME,
      status: 'error',
      records: [],
      dnsError: 'timeout',
      policy: { status: 'not-fetched', url: URL },
      uncovered: [],
    });
    expect(r.findings).toEqual([
      expect.objectContaining({
        messageId: 'mta-sts-record.dnsError',
        evidence: [{ field: 'dns', name: NAME, start: 0, end: 0 }],
      }),
    ]);
  });

  it('several policy errors are joined with "; "', () => {
    const body = 'version: STSv2\nmode: enforce\nmx: a.test\nmax_age: 86400\nnonsense';
    const r = mtaStsResultOf({
      domain: 'example.test',
      name: NAME,
      status: 'found',
      records: [REC],
      record: parseStsRecord(REC),
      policy: { status: 'ok', url: URL, parsed: parseStsPolicy(body), contentType: 'text/plain' },
      uncovered: [],
    });
    const reason = r.findings.find((f) => f.messageId === 'mta-sts-policy.invalid')?.data?.reason as string;
    expect(parseStsPolicy(body).errors).toHaveLength(2);
    expect(reason).toBe(parseStsPolicy(body).errors.join('; '));
    expect(reason).toMatch(/^version "STSv2" is not STSv1; \S/);
  });

  it('status 300 is a redirect too: the body is not read', async () => {
    const fetchFn = async () => ({
      status: 300,
      headers: { get: () => null },
      body: new ReadableStream<Uint8Array>({
        start(c) {
          c.enqueue(new Uint8Array([97]));
          c.close();
        },
      }),
      text: async () => 'from text()',
    });
    expect(await createPolicyFetcher(fetchFn)('x')).toMatchObject({
      status: 300,
      redirected: true,
      body: '',
    });
  });

  it('a read that is not done but has no bytes ends the body (no throw)', async () => {
    const reads = [
      { done: false, value: new Uint8Array([97]) },
      { done: false, value: undefined },
    ];
    const read = vi.fn(async () => reads.shift() ?? { done: true, value: undefined });
    expect(await createPolicyFetcher(readerResponse(read))('x')).toMatchObject({
      body: 'a',
      truncated: false,
    });
    expect(read).toHaveBeenCalledTimes(2);
  });

  it('a server sending only empty chunks cannot keep the reader looping: it stops after the byte limit in reads', async () => {
    let calls = 0;
    const read = vi.fn(async () => {
      calls++;
      return calls === 1
        ? { done: false, value: new Uint8Array([97]) }
        : { done: false, value: new Uint8Array(0) };
    });
    expect(await createPolicyFetcher(readerResponse(read))('x')).toMatchObject({
      body: 'a',
      truncated: false,
    });
    expect(read).toHaveBeenCalledTimes(MAX_POLICY_BYTES + 1);
  });
});

/** A fetch whose 200 text/plain response body is read only through `read`. */
function readerResponse(read: () => Promise<{ done: boolean; value: Uint8Array | undefined }>) {
  return async () => ({
    status: 200,
    headers: { get: () => 'text/plain' },
    body: {
      getReader: () => ({ read, cancel: async () => undefined }),
    } as unknown as ReadableStream<Uint8Array>,
    text: async () => 'from text()',
  });
}
