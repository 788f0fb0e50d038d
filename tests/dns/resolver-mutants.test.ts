import { describe, expect, it } from 'vitest';
import type { DnsTransport } from '../../utils/dns/doh';
import { DnsCache } from '../../utils/dns/cache';
import { createResolver } from '../../utils/dns/resolver';
import type { DnsAnswer, DnsErrorReason, RRType } from '../../utils/dns/types';

// Tests written to kill mutants of utils/dns/resolver.ts (issue 13): which failures are worth asking
// again, and questions that must never reach a transport.

function failing(reason: DnsErrorReason): DnsTransport & { asked: string[] } {
  const asked: string[] = [];
  return {
    url: `https://${reason}.test/dns-query`,
    asked,
    async query(name: string, type: RRType): Promise<DnsAnswer> {
      asked.push(name);
      return { name, type, status: 'ERROR', reason, message: reason };
    },
  };
}

describe('createResolver retries', () => {
  it('does not ask again, nor ask a fallback, when the question itself is bad or loops', async () => {
    for (const reason of ['bad-name', 'cname-loop'] as const) {
      const first = failing(reason);
      const second = failing('network');
      const r = createResolver({ transports: [first, second], cache: false });
      expect(await r('a.example.test', 'A')).toMatchObject({ status: 'ERROR', reason });
      expect([first.asked.length, second.asked.length, r.stats.retries, r.stats.fallbacks]).toEqual([
        1, 0, 0, 0,
      ]);
    }
  });

  it('asks again after a network error, then the fallback', async () => {
    const first = failing('network');
    const second = failing('http-status');
    const r = createResolver({ transports: [first, second], cache: false });
    expect(await r('a.example.test', 'A')).toMatchObject({ reason: 'http-status' });
    expect([first.asked.length, second.asked.length]).toEqual([2, 2]);
  });

  it('never sends a name that cannot be a DNS name', async () => {
    const t = failing('network');
    const r = createResolver({ transports: [t], cache: false });
    expect(await r('a..example.test', 'A')).toMatchObject({
      status: 'ERROR',
      reason: 'bad-name',
      message: expect.stringContaining('cannot query'),
    });
    expect(t.asked).toEqual([]);
  });

  it('needs at least one transport', () => {
    expect(() => createResolver({ transports: [] })).toThrow(/at least one transport/);
  });

  it('counts every lookup, cached or not', async () => {
    const r = createResolver({ transports: [failing('bad-name')] });
    await r('a.example.test', 'A');
    await r('a..example.test', 'A');
    expect(r.stats.lookups).toBe(2);
  });

  it('keeps the answers of two resolvers apart in a shared cache, even when their URLs run together', async () => {
    const answering = (url: string, address: string): DnsTransport => ({
      url,
      query: async (name, type) => ({
        name,
        type,
        status: 'NOERROR',
        ad: false,
        cnames: [],
        ttl: 300,
        records: [{ type: 'A', name, ttl: 300, address }],
      }),
    });
    const cache = new DnsCache({ now: () => 0 });
    const two = createResolver({
      transports: [answering('https://a.test/q', '192.0.2.1'), answering('https://b.test/q', '192.0.2.1')],
      cache,
    });
    const one = createResolver({
      transports: [answering('https://a.test/qhttps://b.test/q', '192.0.2.2')],
      cache,
    });
    await two('x.example.test', 'A');
    expect(await one('x.example.test', 'A')).toMatchObject({ records: [{ address: '192.0.2.2' }] });
  });
});
