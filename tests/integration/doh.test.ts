/**
 * The production DoH client (undici, HTTP/2) against a real unbound, directly and through the
 * fault proxy: what the resolver contract promises, shown over the wire.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { DnsCache } from '../../utils/dns/cache';
import { createDohTransport } from '../../utils/dns/doh';
import { createNodeFetch, createNodeResolver } from '../../scripts/lib/dns-node';
import type { NodeFetch } from '../../scripts/lib/dns-node';
import type { FaultProxy } from './harness';
import { injectedUnbound, startFaultProxy } from './harness';

const unbound = injectedUnbound(inject);
const dohUrl = inject('dohUrl');
const ca = [unbound.certs.caPem];
let proxy: FaultProxy;
let fetch: NodeFetch;

beforeAll(async () => {
  proxy = await startFaultProxy({ upstream: unbound });
  fetch = createNodeFetch({ extraCa: ca });
});
afterAll(async () => {
  await fetch.close();
  await proxy.close();
});
beforeEach(() => proxy.reset());

const direct = () => createNodeResolver({ url: dohUrl, fallbackUrl: null, cache: false, extraCa: ca });

describe('answers from a real resolver', () => {
  it('keeps the character-strings of multi-string TXT records apart', async () => {
    const r = direct();
    const a = await r('multi-string.example.test', 'TXT');
    await r.close();
    expect(a.status).toBe('NOERROR');
    if (a.status !== 'NOERROR') return;
    const strings = a.records
      .map((x) => (x.type === 'TXT' ? x.strings : []))
      .sort((x, y) => x.length - y.length);
    expect(strings).toEqual([
      ['v=spf1 ip4:192.0.2.5', ' -all'],
      ['first', 'second', 'third'],
    ]);
    expect(a.ttl).toBe(300);
    expect(a.ad).toBe(false);
  });

  it('follows CNAME chains and reports CNAME loops as SERVFAIL', async () => {
    const r = direct();
    expect(await r('alias1.example.test', 'A')).toMatchObject({
      status: 'NOERROR',
      cnames: ['alias2.example.test', 'target.example.test'],
      records: [{ address: '192.0.2.60' }],
    });
    expect(await r('cname-loop1.example.test', 'A')).toMatchObject({ status: 'SERVFAIL' });
    await r.close();
  });

  it('tells NXDOMAIN from NODATA, with the negative TTL from the SOA', async () => {
    const r = direct();
    // unbound keeps the root SOA in its cache and counts it down between tests, so the negative
    // TTL is at most the SOA's 60 s (MINIMUM), never the 300 s of the zone's other records.
    const ttl = expect.toSatisfy((n: number) => n > 0 && n <= 60);
    expect(await r('does-not-exist.example.test', 'A')).toMatchObject({
      status: 'NXDOMAIN',
      ttl,
      soa: { minimum: 60 },
    });
    expect(await r('a-only.example.test', 'TXT')).toMatchObject({ status: 'NODATA', ttl });
    await r.close();
  });

  it('passes on SERVFAIL from a lame delegation', async () => {
    const r = direct();
    expect(await r('lame.example.test', 'TXT')).toMatchObject({ status: 'SERVFAIL', rcodeName: 'SERVFAIL' });
    await r.close();
  });
});

describe('through the fault proxy', () => {
  it('falls back to the second resolver when the first times out (after one retry)', async () => {
    await proxy.setFault('slow.example.test', { delayMs: 1500 });
    const r = createNodeResolver({
      url: proxy.url,
      fallbackUrl: dohUrl,
      timeoutMs: 300,
      cache: false,
      extraCa: ca,
    });
    const started = Date.now();
    const a = await r('slow.example.test', 'A');
    await r.close();
    expect(a).toMatchObject({ status: 'NOERROR', records: [{ address: '192.0.2.62' }] });
    expect(r.stats).toMatchObject({ retries: 1, fallbacks: 1, upstreamQueries: 3 });
    expect(await proxy.count('slow.example.test')).toBe(2);
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it('answers a second lookup within the TTL from the cache', async () => {
    const r = createNodeResolver({ url: proxy.url, fallbackUrl: null, cache: new DnsCache(), extraCa: ca });
    await r('cached.example.test', 'TXT');
    const again = await r('cached.example.test', 'TXT');
    await r.close();
    expect(again.status).toBe('NOERROR');
    expect(await proxy.count('cached.example.test')).toBe(1);
    expect(r.stats.cacheHits).toBe(1);
  });

  it('merges lookups that run at the same time into one query', async () => {
    await proxy.setFault('dedup.example.test', { delayMs: 100 });
    const r = createNodeResolver({ url: proxy.url, fallbackUrl: null, cache: false, extraCa: ca });
    const answers = await Promise.all(Array.from({ length: 5 }, () => r('dedup.example.test', 'A')));
    await r.close();
    expect(answers.every((a) => a.status === 'NOERROR')).toBe(true);
    expect(await proxy.count('dedup.example.test')).toBe(1);
    expect(r.stats.merged).toBe(4);
  });

  it('switches from GET to POST when the server refuses GET', async () => {
    await proxy.setFault('get-refused.example.test', { rejectGet: true });
    const t = createDohTransport({ url: proxy.url, fetch });
    expect(await t.query('get-refused.example.test', 'A')).toMatchObject({
      status: 'NOERROR',
      records: [{ address: '192.0.2.64' }],
    });
    expect(await t.query('a-only.example.test', 'A')).toMatchObject({ status: 'NOERROR' });
    expect((await proxy.queries()).map((q) => q.method)).toEqual(['GET', 'POST', 'POST']);
  });

  it.each([
    [{ status: 503 }, 'http-status'],
    [{ contentType: 'text/html' }, 'content-type'],
    [{ truncate: true }, 'truncated'],
    [{ reset: true }, 'network'],
  ] as const)(
    'fault %j → ERROR %s, and the resolver retries then gives the failure back',
    async (fault, reason) => {
      await proxy.setFault('fault.example.test', fault);
      const t = createDohTransport({ url: proxy.url, fetch });
      expect(await t.query('fault.example.test', 'A')).toMatchObject({ status: 'ERROR', reason });
      const r = createNodeResolver({ url: proxy.url, fallbackUrl: null, cache: false, extraCa: ca });
      expect(await r('fault.example.test', 'A')).toMatchObject({ status: 'ERROR', reason });
      await r.close();
      expect(await proxy.count('fault.example.test')).toBe(3);
      await proxy.setFault('fault.example.test', undefined);
    },
  );

  it('a closed port is a network error, not a crash', async () => {
    const r = createNodeResolver({
      url: 'https://127.0.0.1:1/dns-query',
      fallbackUrl: null,
      cache: false,
      retries: 0,
      extraCa: ca,
    });
    expect(await r('a-only.example.test', 'A')).toMatchObject({ status: 'ERROR', reason: 'network' });
    await r.close();
  });
});
