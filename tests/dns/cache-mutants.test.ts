import { describe, expect, it } from 'vitest';
import {
  DnsCache,
  MemoryStore,
  cacheTtl,
  createStorageAreaStore,
  DEFAULT_CACHE_POLICY,
} from '../../utils/dns/cache';
import type { CacheEntry, CacheStore } from '../../utils/dns/cache';
import type { DnsAnswer } from '../../utils/dns/types';

// Tests written to kill mutants of utils/dns/cache.ts that the behaviour tests in resolver.test.ts let
// live (issue 13): each pins one behaviour a user would notice (a stale answer, a store that grows
// forever, a negative answer re-asked on every keystroke).

const ok = (ttl: number): DnsAnswer => ({
  name: 'a.example.test',
  type: 'A',
  status: 'NOERROR',
  ad: false,
  cnames: [],
  ttl,
  records: [{ type: 'A', name: 'a.example.test', ttl, address: '192.0.2.1' }],
});
const negative = (status: 'NXDOMAIN' | 'NODATA', ttl: number): DnsAnswer => ({
  name: 'a.example.test',
  type: 'A',
  status,
  ad: false,
  cnames: [],
  ttl,
});
const failure = (status: 'SERVFAIL' | 'REFUSED'): DnsAnswer => ({
  name: 'a.example.test',
  type: 'A',
  status,
  rcode: status === 'SERVFAIL' ? 2 : 5,
  rcodeName: status,
});

/** A Map-backed store that records every call, so a test can see what reached the persistent layer. */
function recordingStore(): CacheStore & { map: Map<string, CacheEntry>; calls: string[] } {
  const map = new Map<string, CacheEntry>();
  const calls: string[] = [];
  return {
    map,
    calls,
    get(key) {
      calls.push(`get ${key}`);
      return map.get(key);
    },
    set(key, entry) {
      calls.push(`set ${key}`);
      map.set(key, entry);
    },
    delete(key) {
      calls.push(`delete ${key}`);
      map.delete(key);
    },
  };
}

describe('DnsCache expiry', () => {
  it('serves an answer until just before its TTL runs out and not at the exact moment it does', async () => {
    let now = 1_000_000;
    const cache = new DnsCache({ now: () => now });
    await cache.set('k', ok(60));
    now += 60_000 - 1;
    expect(await cache.get('k')).toMatchObject({ status: 'NOERROR', ttl: 0 });
    now += 1; // exactly storedAt + TTL
    expect(await cache.get('k')).toBeUndefined();
  });

  it('counts the TTL down in whole seconds, rounding down', async () => {
    let now = 5_000;
    const cache = new DnsCache({ now: () => now });
    await cache.set('k', ok(100));
    expect(await cache.get('k')).toMatchObject({ ttl: 100 });
    now += 1_500;
    expect(await cache.get('k')).toMatchObject({ ttl: 98 });
  });

  it('deletes an expired entry from the persistent store, not only from memory', async () => {
    let now = 0;
    const store = recordingStore();
    const cache = new DnsCache({ store, now: () => now });
    await cache.set('k', ok(30));
    expect(store.map.has('k')).toBe(true);
    now = 30_000;
    expect(await cache.get('k')).toBeUndefined();
    expect(store.map.has('k')).toBe(false);
    expect(store.calls).toContain('delete k');
  });

  it('deletes an expired entry found only in the store (after the service worker restarted)', async () => {
    let now = 0;
    const store = recordingStore();
    const cache = new DnsCache({ store, now: () => now });
    await cache.set('k', ok(30));
    cache.dropMemory();
    now = 31_000;
    expect(await cache.get('k')).toBeUndefined();
    expect(store.map.has('k')).toBe(false);
    // And once gone it stays gone, also from memory: a later read asks the store again.
    store.calls.length = 0;
    expect(await cache.get('k')).toBeUndefined();
    expect(store.calls).toEqual(['get k']);
  });

  it('reads an entry back from the store after the in-memory layer is lost, then keeps it in memory', async () => {
    const now = 0;
    const store = recordingStore();
    const cache = new DnsCache({ store, now: () => now });
    await cache.set('k', ok(30));
    cache.dropMemory();
    store.calls.length = 0;
    expect(await cache.get('k')).toMatchObject({ status: 'NOERROR', ttl: 30 });
    expect(await cache.get('k')).toMatchObject({ status: 'NOERROR' });
    expect(store.calls).toEqual(['get k']);
  });

  it('writes each cached answer through to the store with its storage time and expiry', async () => {
    const store = recordingStore();
    const cache = new DnsCache({ store, now: () => 7_000 });
    await cache.set('k', ok(10));
    expect(store.map.get('k')).toEqual({ answer: ok(10), storedAt: 7_000, expiresAt: 17_000 });
  });

  it('does not store what must not be cached (timeouts, transport errors)', async () => {
    const store = recordingStore();
    const cache = new DnsCache({ store, now: () => 0 });
    await cache.set('t', { name: 'a', type: 'A', status: 'TIMEOUT', message: 'slow' });
    await cache.set('e', { name: 'a', type: 'A', status: 'ERROR', reason: 'network', message: 'down' });
    expect(store.calls).toEqual([]);
    expect(await cache.get('t')).toBeUndefined();
  });

  it('returns a SERVFAIL answer unchanged (it has no TTL to count down) while it is cached', async () => {
    let now = 0;
    const cache = new DnsCache({ now: () => now });
    await cache.set('k', failure('SERVFAIL'));
    now = 4_999;
    expect(await cache.get('k')).toEqual(failure('SERVFAIL'));
    now = 5_000;
    expect(await cache.get('k')).toBeUndefined();
  });

  it('keeps working when the store throws (a cache is optional)', async () => {
    const broken: CacheStore = {
      get: () => {
        throw new Error('get');
      },
      set: async () => {
        throw new Error('set');
      },
      delete: () => {
        throw new Error('delete');
      },
    };
    let now = 0;
    const cache = new DnsCache({ store: broken, now: () => now });
    await cache.set('k', ok(10));
    expect(await cache.get('k')).toMatchObject({ status: 'NOERROR' });
    now = 10_000;
    expect(await cache.get('k')).toBeUndefined();
    cache.dropMemory();
    expect(await cache.get('k')).toBeUndefined();
  });

  it('takes a partial policy and keeps the other defaults', () => {
    const cache = new DnsCache({ policy: { failureTtl: 60 } });
    expect(cache.policy).toEqual({ ...DEFAULT_CACHE_POLICY, failureTtl: 60 });
  });
});

describe('cacheTtl', () => {
  it('gives negative answers the minimum TTL too, so a TTL of 0 is not re-asked on every check', () => {
    expect(cacheTtl(negative('NXDOMAIN', 0))).toBe(5);
    expect(cacheTtl(negative('NODATA', 0))).toBe(5);
    expect(cacheTtl(negative('NXDOMAIN', 2), { ...DEFAULT_CACHE_POLICY, minTtl: 30 })).toBe(30);
  });

  it('keeps a negative TTL between the bounds as it is, and caps it at 3 hours', () => {
    expect(cacheTtl(negative('NXDOMAIN', 900))).toBe(900);
    expect(cacheTtl(negative('NXDOMAIN', 10_801))).toBe(10_800);
  });

  it('keeps a positive TTL between the bounds, caps it at a day, and raises it to the minimum', () => {
    expect(cacheTtl(ok(300))).toBe(300);
    expect(cacheTtl(ok(86_401))).toBe(86_400);
    expect(cacheTtl(ok(4))).toBe(5);
  });

  it('caches SERVFAIL and REFUSED for the failure TTL, not for their (absent) record TTL', () => {
    expect(cacheTtl(failure('SERVFAIL'))).toBe(5);
    expect(cacheTtl(failure('REFUSED'))).toBe(5);
    expect(cacheTtl(failure('REFUSED'), { ...DEFAULT_CACHE_POLICY, failureTtl: 120 })).toBe(120);
    expect(cacheTtl({ name: 'a', type: 'A', status: 'TIMEOUT', message: '' })).toBe(0);
  });

  it('keeps an NXDOMAIN that the store holds for at least the minimum TTL', async () => {
    let now = 0;
    const cache = new DnsCache({ now: () => now });
    await cache.set('k', negative('NXDOMAIN', 0));
    now = 4_999;
    expect(await cache.get('k')).toMatchObject({ status: 'NXDOMAIN', ttl: 0 });
  });
});

describe('DnsCache memory', () => {
  it('does not let misses push cached answers out of memory (no store round trip for a hit)', async () => {
    const store = recordingStore();
    const cache = new DnsCache({ store, now: () => 0 });
    await cache.set('k', ok(300));
    for (let i = 0; i < 600; i++) expect(await cache.get(`miss${i}`)).toBeUndefined();
    store.calls.length = 0;
    expect(await cache.get('k')).toMatchObject({ status: 'NOERROR' });
    expect(store.calls).toEqual([]);
  });
});

describe('MemoryStore', () => {
  it('keeps nothing, and returns, when it has no room at all', () => {
    const s = new MemoryStore(-1);
    s.set('a', { answer: ok(1), storedAt: 0, expiresAt: 1 });
    expect([s.get('a'), s.size]).toEqual([undefined, 0]);
  });

  it('holds 2000 entries by default and evicts the least recently stored first', () => {
    const s = new MemoryStore();
    const e = { answer: ok(1), storedAt: 0, expiresAt: 1 };
    for (let i = 0; i < 2001; i++) s.set(`k${i}`, e);
    expect(s.size).toBe(2000);
    expect(s.get('k0')).toBeUndefined();
    expect(s.get('k1')).toBe(e);
  });

  it('moves a re-stored key to the back of the eviction order', () => {
    const s = new MemoryStore(2);
    const e = { answer: ok(1), storedAt: 0, expiresAt: 1 };
    s.set('a', e);
    s.set('b', e);
    s.set('a', e);
    s.set('c', e);
    expect([s.get('a'), s.get('b'), s.size]).toEqual([e, undefined, 2]);
    s.delete('a');
    expect(s.size).toBe(1);
  });
});

describe('createStorageAreaStore', () => {
  it('keeps entries under the "dns:" prefix and removes them again', async () => {
    const items: Record<string, unknown> = {};
    const store = createStorageAreaStore({
      get: async (k) => (k in items ? { [k]: items[k] } : {}),
      set: async (o) => void Object.assign(items, o),
      remove: async (k) => void delete items[k],
    });
    const entry = { answer: ok(1), storedAt: 0, expiresAt: 1 };
    await store.set('x|A', entry);
    expect(Object.keys(items)).toEqual(['dns:x|A']);
    expect(await store.get('x|A')).toEqual(entry);
    await store.delete('x|A');
    expect(items).toEqual({});
  });

  it('ignores stored values that are not cache entries', async () => {
    const bad: unknown[] = [
      undefined,
      null,
      'text',
      { expiresAt: 1, storedAt: 0 },
      { expiresAt: 1, storedAt: 0, answer: null },
      { expiresAt: '1', storedAt: 0, answer: {} },
      { expiresAt: 1, storedAt: '0', answer: {} },
    ];
    for (const v of bad) {
      const store = createStorageAreaStore({
        get: async (k) => ({ [k]: v }),
        set: async () => {},
        remove: async () => {},
      });
      expect(await store.get('k')).toBeUndefined();
    }
  });
});
