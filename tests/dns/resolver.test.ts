import { describe, expect, it } from 'vitest';
import { DnsCache, MemoryStore, cacheTtl, createStorageAreaStore } from '../../utils/dns/cache';
import type { DnsTransport } from '../../utils/dns/doh';
import { createResolver } from '../../utils/dns/resolver';
import {
  createDohResolver,
  fallbackResolverUrl,
  originPattern,
  resolveResolverUrl,
  ResolverUrlError,
} from '../../utils/dns/resolvers';
import type { DnsAnswer, RRType } from '../../utils/dns/types';

const ok = (name: string, type: RRType, ttl = 300): DnsAnswer => ({
  name,
  type,
  status: 'NOERROR',
  ad: false,
  cnames: [],
  ttl,
  records: [{ type: 'A', name, ttl, address: '192.0.2.1' }],
});

/** A transport that answers from a script of outcomes, one per query, and records what it was asked. */
function scripted(
  url: string,
  outcomes: Array<DnsAnswer['status'] | ((name: string, type: RRType) => DnsAnswer)>,
  delayMs = 0,
): DnsTransport & { asked: string[] } {
  const asked: string[] = [];
  return {
    url,
    asked,
    async query(name, type) {
      asked.push(`${name}|${type}`);
      if (delayMs) await new Promise((r) => setTimeout(r, delayMs));
      const o = outcomes.length > 1 ? outcomes.shift() : outcomes[0];
      if (typeof o === 'function') return o(name, type);
      switch (o) {
        case 'TIMEOUT':
          return { name, type, status: 'TIMEOUT', message: 'slow' };
        case 'ERROR':
          return { name, type, status: 'ERROR', reason: 'http-status', message: '503' };
        case 'REFUSED':
        case 'SERVFAIL':
          return { name, type, status: o, rcode: o === 'REFUSED' ? 5 : 2, rcodeName: o };
        case 'NXDOMAIN':
        case 'NODATA':
          return { name, type, status: o, ad: false, cnames: [], ttl: 60 };
        default:
          return ok(name, type);
      }
    },
  };
}

describe('createResolver', () => {
  it('retries once on a timeout, then falls back to the second resolver', async () => {
    const primary = scripted('https://one.test/dns-query', ['TIMEOUT']);
    const second = scripted('https://two.test/dns-query', ['NOERROR']);
    const r = createResolver({ transports: [primary, second], cache: false });
    expect((await r('a.example.test', 'A')).status).toBe('NOERROR');
    expect(primary.asked).toHaveLength(2);
    expect(second.asked).toHaveLength(1);
    expect(r.stats).toMatchObject({ upstreamQueries: 3, retries: 1, fallbacks: 1 });
  });

  it('does not retry DNS answers: SERVFAIL and NXDOMAIN are the zone speaking', async () => {
    for (const status of ['SERVFAIL', 'NXDOMAIN'] as const) {
      const primary = scripted('https://one.test/', [status]);
      const second = scripted('https://two.test/', ['NOERROR']);
      const r = createResolver({ transports: [primary, second], cache: false });
      expect((await r('a.example.test', 'A')).status).toBe(status);
      expect(primary.asked.length + second.asked.length).toBe(1);
    }
  });

  it('asks the second resolver when the first REFUSES, without a retry', async () => {
    const primary = scripted('https://one.test/', ['REFUSED']);
    const second = scripted('https://two.test/', ['NOERROR']);
    const r = createResolver({ transports: [primary, second], cache: false });
    expect((await r('a.example.test', 'A')).status).toBe('NOERROR');
    expect(primary.asked).toHaveLength(1);
  });

  it('returns the last failure when every resolver fails, and never rejects', async () => {
    const r = createResolver({
      transports: [scripted('https://one.test/', ['ERROR']), scripted('https://two.test/', ['TIMEOUT'])],
      cache: false,
    });
    expect((await r('a.example.test', 'A')).status).toBe('TIMEOUT');
    const broken: DnsTransport = { url: 'x', query: () => Promise.reject(new Error('bug')) };
    expect(await createResolver({ transports: [broken], cache: false })('a.example.test', 'A')).toMatchObject(
      { status: 'ERROR', reason: 'network' },
    );
  });

  it('merges concurrent lookups of the same name and type into one query', async () => {
    const t = scripted('https://one.test/', ['NOERROR'], 20);
    const r = createResolver({ transports: [t], cache: false });
    const answers = await Promise.all([
      r('a.example.test', 'A'),
      r('A.Example.Test.', 'A'),
      r('a.example.test', 'A'),
      r('a.example.test', 'TXT'),
    ]);
    expect(answers.map((a) => a.status)).toEqual(['NOERROR', 'NOERROR', 'NOERROR', 'NOERROR']);
    expect(t.asked).toEqual(['a.example.test|A', 'a.example.test|TXT']);
    expect(r.stats.merged).toBe(2);
  });

  it('answers from the cache within the TTL, counting the TTL down', async () => {
    let now = 1_000_000;
    const t = scripted('https://one.test/', ['NOERROR']);
    const r = createResolver({ transports: [t], cache: new DnsCache({ now: () => now }) });
    await r('a.example.test', 'A');
    now += 100_000;
    const again = await r('a.example.test', 'A');
    expect(again).toMatchObject({ status: 'NOERROR', ttl: 200 });
    expect(t.asked).toHaveLength(1);
    now += 201_000;
    await r('a.example.test', 'A');
    expect(t.asked).toHaveLength(2);
    expect(r.stats.cacheHits).toBe(1);
  });

  it('caches negative answers for their SOA TTL, SERVFAIL briefly, timeouts not at all', async () => {
    let now = 0;
    const t = scripted('https://one.test/', [
      (name, type) => ({ name, type, status: 'NXDOMAIN', ad: false, cnames: [], ttl: 60 }),
    ]);
    const r = createResolver({ transports: [t], cache: new DnsCache({ now: () => now }) });
    await r('nx.example.test', 'A');
    now += 59_000;
    await r('nx.example.test', 'A');
    expect(t.asked).toHaveLength(1);
    now += 2_000;
    await r('nx.example.test', 'A');
    expect(t.asked).toHaveLength(2);

    const fail = scripted('https://one.test/', ['SERVFAIL']);
    const r2 = createResolver({ transports: [fail], cache: new DnsCache({ now: () => now }) });
    await r2('sf.example.test', 'A');
    await r2('sf.example.test', 'A');
    expect(fail.asked).toHaveLength(1);
    now += 6_000;
    await r2('sf.example.test', 'A');
    expect(fail.asked).toHaveLength(2);

    const slow = scripted('https://one.test/', ['TIMEOUT']);
    const r3 = createResolver({ transports: [slow], cache: new DnsCache({ now: () => now }), retries: 0 });
    await r3('t.example.test', 'A');
    await r3('t.example.test', 'A');
    expect(slow.asked).toHaveLength(2);
  });

  it('survives a stopped service worker through the persistent store', async () => {
    const area = new Map<string, unknown>();
    const storage = {
      get: async (k: string) => (area.has(k) ? { [k]: structuredClone(area.get(k)) } : {}),
      set: async (items: Record<string, unknown>) => {
        for (const [k, v] of Object.entries(items)) area.set(k, structuredClone(v));
      },
      remove: async (k: string) => void area.delete(k),
    };
    const t1 = scripted('https://one.test/', ['NOERROR']);
    await createResolver({
      transports: [t1],
      cache: new DnsCache({ store: createStorageAreaStore(storage) }),
    })('a.example.test', 'A');
    expect([...area.keys()]).toEqual(['dns:https://one.test/|a.example.test|A']);
    // A new worker: new resolver, new in-memory layer, same storage area.
    const t2 = scripted('https://one.test/', ['NOERROR']);
    const r2 = createResolver({
      transports: [t2],
      cache: new DnsCache({ store: createStorageAreaStore(storage) }),
    });
    expect((await r2('a.example.test', 'A')).status).toBe('NOERROR');
    expect(t2.asked).toHaveLength(0);
    expect(r2.stats.cacheHits).toBe(1);
  });

  it('ignores a store that fails or holds junk', async () => {
    const failing = {
      get: () => Promise.reject(new Error('quota')),
      set: () => Promise.reject(new Error('quota')),
      delete: () => undefined,
    };
    const t = scripted('https://one.test/', ['NOERROR']);
    const r = createResolver({ transports: [t], cache: new DnsCache({ store: failing }) });
    expect((await r('a.example.test', 'A')).status).toBe('NOERROR');
    const junk = createStorageAreaStore({
      get: async (k) => ({ [k]: { nope: 1 } }),
      set: async () => {},
      remove: async () => {},
    });
    expect(await junk.get('a')).toBeUndefined();
  });
});

describe('cache policy', () => {
  it('clamps TTLs: at least a few seconds, at most a day (3 hours for negative answers)', () => {
    expect(cacheTtl(ok('a', 'A', 0))).toBe(5);
    expect(cacheTtl(ok('a', 'A', 999_999))).toBe(86_400);
    expect(cacheTtl({ name: 'a', type: 'A', status: 'NODATA', ad: false, cnames: [], ttl: 999_999 })).toBe(
      10_800,
    );
    expect(cacheTtl({ name: 'a', type: 'A', status: 'ERROR', reason: 'network', message: '' })).toBe(0);
  });

  it('evicts the oldest entries of a full memory store', () => {
    const s = new MemoryStore(2);
    const e = { answer: ok('a', 'A'), storedAt: 0, expiresAt: 1 };
    s.set('a', e);
    s.set('b', e);
    s.set('c', e);
    expect([s.get('a'), s.size]).toEqual([undefined, 2]);
  });
});

describe('resolver choice', () => {
  it('takes built-in ids or https URLs, nothing else', () => {
    expect(resolveResolverUrl('quad9')).toBe('https://dns.quad9.net/dns-query');
    expect(resolveResolverUrl('https://doh.example.test/dns-query#x')).toBe(
      'https://doh.example.test/dns-query',
    );
    expect(() => resolveResolverUrl('http://doh.example.test/dns-query')).toThrow(ResolverUrlError);
    expect(() => resolveResolverUrl('nonsense')).toThrow(ResolverUrlError);
    expect(originPattern('https://doh.example.test:8443/dns-query')).toBe('https://doh.example.test:8443/*');
  });

  it('never falls back unless asked to; the fallback a user allows is Google for Cloudflare, else Cloudflare', () => {
    const f = async () => {
      throw new Error('unused');
    };
    expect(createDohResolver({ fetch: f }).transports.map((t) => t.url)).toEqual([
      'https://cloudflare-dns.com/dns-query',
    ]);
    expect(
      createDohResolver({ fetch: f, url: 'https://doh.example.test/q' }).transports.map((t) => t.url),
    ).toEqual(['https://doh.example.test/q']);
    expect(fallbackResolverUrl('https://cloudflare-dns.com/dns-query')).toBe('https://dns.google/dns-query');
    expect(fallbackResolverUrl('https://doh.example.test/q')).toBe('https://cloudflare-dns.com/dns-query');
    const url = 'https://doh.example.test/q';
    expect(
      createDohResolver({ fetch: f, url, fallbackUrl: fallbackResolverUrl(url) }).transports.map(
        (t) => t.url,
      ),
    ).toEqual([url, 'https://cloudflare-dns.com/dns-query']);
  });
});

describe('resolver identity (issue 10: privacy and cache poisoning)', () => {
  it('keys the shared cache by resolver: a custom resolver never answers for the default one', async () => {
    const cache = new DnsCache();
    const custom = createResolver({
      transports: [
        scripted('https://custom.test/dns-query', [
          (name, type) => ({
            ...ok(name, type),
            records: [{ type: 'A', name, ttl: 300, address: '203.0.113.66' }],
          }),
        ]),
      ],
      cache,
    });
    const defaultTransport = scripted('https://cloudflare-dns.com/dns-query', ['NOERROR']);
    const builtin = createResolver({ transports: [defaultTransport], cache });
    const a = await custom('example.test', 'A');
    const b = await builtin('example.test', 'A');
    expect(a.status === 'NOERROR' && a.records[0]).toMatchObject({ address: '203.0.113.66' });
    expect(b.status === 'NOERROR' && b.records[0]).toMatchObject({ address: '192.0.2.1' });
    expect(defaultTransport.asked).toEqual(['example.test|A']);
  });

  it('marks an answer that came from the fallback with its URL; answers of the chosen one carry none', async () => {
    const r = createResolver({
      transports: [
        scripted('https://one.test/dns-query', ['TIMEOUT', 'TIMEOUT', 'NOERROR']),
        scripted('https://two.test/dns-query', ['NOERROR']),
      ],
      cache: false,
    });
    expect(await r('a.example.test', 'A')).toMatchObject({
      status: 'NOERROR',
      fallback: 'https://two.test/dns-query',
    });
    expect((await r('b.example.test', 'A')).fallback).toBeUndefined();
  });
});
