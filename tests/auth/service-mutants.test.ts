/**
 * The domain-health service (utils/auth/service.ts): the TTL cache and what the service shares, with
 * the cases the mutation run (issue 13, docs/mutation.md) found no test for.
 */
import { describe, expect, it, vi } from 'vitest';
import { REPORT_TTL_MS, TtlCache, createHealthService } from '../../utils/auth/service';
import { DomainInputError } from '../../utils/auth/report';
import { createZoneResolver } from '../helpers/dns-zone';

describe('TtlCache', () => {
  it('keeps a value for the TTL, exactly; refresh makes a new one', async () => {
    let t = 1000;
    const c = new TtlCache<number>(100, () => t);
    const make = vi.fn(async () => t);
    expect(await c.get('k', make)).toBe(1000);
    t = 1099;
    expect(await c.get('k', make)).toBe(1000);
    expect(await c.peek('k')).toBe(1000);
    t = 1100;
    expect(c.peek('k')).toBeUndefined();
    expect(await c.get('k', make)).toBe(1100);
    expect(await c.get('k', make, true)).toBe(1100);
    expect(make).toHaveBeenCalledTimes(3);
    expect(c.peek('other')).toBeUndefined();
  });

  it('shares a value being made; a rejected one is dropped, a newer one is not', async () => {
    const c = new TtlCache<string>(100, () => 0);
    let reject: (e: Error) => void = () => undefined;
    const failing = c.get('k', () => new Promise<string>((_, r) => (reject = r)));
    expect(c.peek('k')).toBe(failing);
    expect(c.get('k', async () => 'unused')).toBe(failing);
    reject(new Error('x'));
    await expect(failing).rejects.toThrow('x');
    expect(c.peek('k')).toBeUndefined();

    let reject2: (e: Error) => void = () => undefined;
    const old = c.get('j', () => new Promise<string>((_, r) => (reject2 = r)));
    const fresh = c.get('j', async () => 'fresh', true);
    reject2(new Error('y'));
    await expect(old).rejects.toThrow('y');
    expect(await c.peek('j')).toBe('fresh');
    await fresh;
  });

  it('holds at most max entries, dropping the least recently made', async () => {
    const c = new TtlCache<string>(100, () => 0, 2);
    await c.get('a', async () => 'a');
    await c.get('b', async () => 'b');
    await c.get('a', async () => 'a2', true);
    await c.get('c', async () => 'c');
    expect(c.peek('b')).toBeUndefined();
    expect(await c.peek('a')).toBe('a2');
    expect(await c.peek('c')).toBe('c');
  });

  it('an entry dropped for the cap that fails later leaves no unhandled error behind', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (e: unknown) => unhandled.push(e);
    process.on('unhandledRejection', onUnhandled);
    try {
      const c = new TtlCache<string>(100, () => 0, 1);
      let reject: (e: Error) => void = () => undefined;
      const dropped = c.get('a', () => new Promise<string>((_, r) => (reject = r)));
      await c.get('b', async () => 'b');
      expect(c.peek('a')).toBeUndefined();
      reject(new Error('late'));
      await expect(dropped).rejects.toThrow('late');
      await new Promise((r) => setImmediate(r));
      expect(unhandled).toEqual([]);
      expect(await c.peek('b')).toBe('b');
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });

  it('the default keeps 500 entries and reports 10 minutes', async () => {
    expect(REPORT_TTL_MS).toBe(600_000);
    const c = new TtlCache<number>(100, () => 0);
    for (let i = 0; i <= 500; i++) await c.get(`k${i}`, async () => i);
    expect(c.peek('k0')).toBeUndefined();
    expect(await c.peek('k1')).toBe(1);
  });
});

describe('createHealthService', () => {
  const zone = {
    'example.test': [{ TXT: 'v=spf1 -all' }, { MX: [10, 'mx.example.test'] as [number, string] }],
    'mx.example.test': [{ A: '192.0.2.1' }],
    '_dmarc.example.test': [{ TXT: 'v=DMARC1; p=reject; rua=mailto:d@example.test' }],
    '_mta-sts.example.test': [{ TXT: 'v=STSv1; id=1' }],
    'ok.test': [{ MX: [10, 'mx.example.test'] as [number, string] }],
  };
  const setup = (deps: Parameters<typeof createHealthService>[0] = {}) => {
    const asked: string[] = [];
    const resolver = createZoneResolver(zone, { onQuery: (n, t) => asked.push(`${n} ${t}`) });
    let t = Date.UTC(2026, 0, 1);
    const svc = createHealthService({ now: () => t, ...deps });
    return { asked, resolver, svc, advance: (ms: number) => (t += ms) };
  };

  it('caches a report per resolver and domain; refresh asks again', async () => {
    const { asked, resolver, svc, advance } = setup({ ttlMs: 1000 });
    const r = await svc.report({ domain: 'Example.TEST', resolver, resolverLabel: 'A' });
    expect(r.domain).toBe('example.test');
    expect(r.resolver).toBe('A');
    expect(r.checkedAt).toBe('2026-01-01T00:00:00.000Z');
    const n = asked.length;
    expect(n).toBeGreaterThan(0);
    expect(await svc.report({ domain: 'example.test', resolver, resolverLabel: 'A' })).toBe(r);
    expect(asked.length).toBe(n);
    await svc.report({ domain: 'example.test', resolver, resolverLabel: 'B' });
    expect(asked.length).toBe(2 * n);
    await svc.report({ domain: 'example.test', resolver, resolverLabel: 'A', refresh: true });
    expect(asked.length).toBe(3 * n);
    advance(1000);
    const later = await svc.report({ domain: 'example.test', resolver, resolverLabel: 'A' });
    expect(later.checkedAt).toBe('2026-01-01T00:00:01.000Z');
    await expect(svc.report({ domain: 'not a domain', resolver, resolverLabel: 'A' })).rejects.toBeInstanceOf(
      DomainInputError,
    );
  });

  it('the default TTL is ten minutes', async () => {
    const { asked, resolver, svc, advance } = setup();
    await svc.report({ domain: 'example.test', resolver, resolverLabel: 'A' });
    const n = asked.length;
    advance(REPORT_TTL_MS - 1);
    await svc.report({ domain: 'example.test', resolver, resolverLabel: 'A' });
    expect(asked.length).toBe(n);
    advance(1);
    await svc.report({ domain: 'example.test', resolver, resolverLabel: 'A' });
    expect(asked.length).toBe(2 * n);
  });

  it('a single check comes from a cached report, else runs alone and is cached', async () => {
    const { asked, resolver, svc, advance } = setup();
    const q = { domain: 'example.test', resolver, resolverLabel: 'A' };
    const one = await svc.check(q, 'dmarc');
    expect(one.checkedAt).toBe('2026-01-01T00:00:00.000Z');
    expect(one.result.status).toBe('pass');
    expect(asked.some((x) => x.startsWith('_dmarc.example.test'))).toBe(true);
    expect(asked.some((x) => x === 'example.test MX')).toBe(false);
    const n = asked.length;
    expect(await svc.check(q, 'dmarc')).toStrictEqual(one);
    expect(asked.length).toBe(n);
    await svc.check({ ...q, refresh: true }, 'dmarc');
    expect(asked.length).toBeGreaterThan(n);

    advance(5);
    const report = await svc.report(q);
    const m = asked.length;
    const fromReport = await svc.check(q, 'mx');
    expect(fromReport).toEqual({ checkedAt: report.checkedAt, result: report.mx });
    expect(asked.length).toBe(m);
    const refreshed = await svc.check({ ...q, refresh: true }, 'mx');
    expect(asked.length).toBeGreaterThan(m);
    expect(refreshed.result).toEqual(report.mx);
  });

  it('settings that fail to load are ignored', async () => {
    const { resolver, svc } = setup({
      settings: () => Promise.reject(new Error('storage')),
    });
    const q = { domain: 'example.test', resolver, resolverLabel: 'A' };
    const r = await svc.check(q, 'dmarc');
    expect(r.result.status).toBe('pass');
  });

  it('passes the settings (selectors, blocklists) and the MTA-STS fetcher and permission test', async () => {
    const fetchPolicy = vi.fn(async () => ({
      status: 200,
      redirected: false,
      contentType: 'text/plain',
      body: 'version: STSv1\nmode: enforce\nmx: mx.example.test\nmax_age: 604800',
      truncated: false,
    }));
    const hasPermission = vi.fn(async () => true);
    const { asked, resolver, svc } = setup({
      settings: async () => ({ dkimSelectors: ['mysel'], blocklists: true }),
      fetchPolicy,
      hasPermission,
    });
    const r = await svc.report({ domain: 'example.test', resolver, resolverLabel: 'A' });
    expect(asked).toContain('mysel._domainkey.example.test TXT');
    expect(asked).toContain('example.test.dbl.spamhaus.org A');
    expect(hasPermission).toHaveBeenCalledWith('https://mta-sts.example.test/*');
    expect(fetchPolicy).toHaveBeenCalled();
    expect(r.mtaSts.detail.policy.status).toBe('ok');

    const bare = setup();
    const b = await bare.svc.report({ domain: 'example.test', resolver: bare.resolver, resolverLabel: 'A' });
    expect(bare.asked).not.toContain('mysel._domainkey.example.test TXT');
    expect(bare.asked.some((x) => x.includes('spamhaus'))).toBe(false);
    expect(b.mtaSts.detail.policy.status).toBe('not-fetched');

    const off = setup({ settings: async () => ({ blocklists: false }) });
    await off.svc.report({ domain: 'example.test', resolver: off.resolver, resolverLabel: 'A' });
    expect(off.asked.some((x) => x.includes('spamhaus'))).toBe(false);
  });

  it('a sending service is part of the cache key and of the report', async () => {
    const { asked, resolver, svc } = setup();
    const q = { domain: 'example.test', resolver, resolverLabel: 'A' };
    const plain = await svc.report(q);
    const n = asked.length;
    const withService = await svc.report({ ...q, service: 'gmail' });
    expect(asked.length).toBeGreaterThan(n);
    expect(withService).not.toBe(plain);
  });

  it('each sending service has its own cached report', async () => {
    const { asked, resolver, svc } = setup();
    // ok.test has no SPF record: the record to start with names the service's include.
    const q = { domain: 'ok.test', resolver, resolverLabel: 'A' };
    const gmail = await svc.report({ ...q, service: 'gmail' });
    const n = asked.length;
    const outlook = await svc.report({ ...q, service: 'outlook' });
    expect(asked.length).toBeGreaterThan(n);
    expect(gmail.spf.suggested?.[0]?.value).toBe('v=spf1 include:_spf.google.com ~all');
    expect(outlook.spf.suggested?.[0]?.value).toBe('v=spf1 include:spf.protection.outlook.com ~all');
  });

  it('a check asked while the whole report fails runs by itself', async () => {
    let calls = 0;
    const { resolver, svc } = setup({
      // Throws (not a rejected promise) the first time: the report being made fails.
      settings: () => {
        if (calls++ === 0) throw new Error('storage not ready');
        return Promise.resolve({});
      },
    });
    const q = { domain: 'example.test', resolver, resolverLabel: 'A' };
    const report = svc.report(q);
    const check = svc.check(q, 'dmarc');
    await expect(report).rejects.toThrow('storage not ready');
    const r = await check;
    expect(r.result.status).toBe('pass');
    expect(r.checkedAt).toBe('2026-01-01T00:00:00.000Z');
  });

  it('checks each recipient domain once per resolver, trimmed and lower-cased', async () => {
    const { asked, resolver, svc, advance } = setup();
    const r = await svc.recipients([' OK.test', 'ok.test', '', 'nowhere.test'], {
      resolver,
      resolverLabel: 'A',
    });
    expect(r).toEqual([
      { domain: 'ok.test', status: 'ok', reason: 'mx', checkedAt: '2026-01-01T00:00:00.000Z' },
      { domain: 'nowhere.test', status: 'bounce', reason: 'nxdomain', checkedAt: '2026-01-01T00:00:00.000Z' },
    ]);
    const n = asked.length;
    advance(10);
    expect((await svc.recipients(['ok.test'], { resolver, resolverLabel: 'A' }))[0]?.checkedAt).toBe(
      '2026-01-01T00:00:00.000Z',
    );
    expect(asked.length).toBe(n);
    await svc.recipients(['ok.test'], { resolver, resolverLabel: 'B' });
    expect(asked.length).toBeGreaterThan(n);
  });

  it('lower-cases a recipient domain without changing its letters (ß stays ß)', async () => {
    const { resolver, svc } = setup();
    const r = await svc.recipients(['Straße.test'], { resolver, resolverLabel: 'A' });
    expect(r.map((x) => x.domain)).toEqual(['xn--strae-oqa.test']);
  });
});
