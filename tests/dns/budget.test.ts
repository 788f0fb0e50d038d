import { describe, expect, it } from 'vitest';
import { withQueryBudget } from '../../utils/dns/budget';
import type { DnsAnswer, RRType } from '../../utils/dns/types';

const answer = (name: string, type: RRType): DnsAnswer => ({
  name,
  type,
  status: 'NODATA',
  ad: false,
  cnames: [],
  ttl: 60,
});

describe('withQueryBudget', () => {
  it('keeps at most `concurrency` queries in flight and answers them all', async () => {
    let inFlight = 0;
    let peak = 0;
    const slow = async (name: string, type: RRType) => {
      peak = Math.max(peak, ++inFlight);
      await new Promise((r) => setTimeout(r, 2));
      inFlight--;
      return answer(name, type);
    };
    const r = withQueryBudget(slow, { concurrency: 3 });
    const out = await Promise.all(Array.from({ length: 40 }, (_, i) => r(`n${i}.test`, 'A')));
    expect(out.every((a) => a.status === 'NODATA')).toBe(true);
    expect(peak).toBe(3);
    expect(r.stats.peakInFlight).toBe(3);
    expect(r.exhausted).toBe(false);
  });

  it('refuses queries past the budget with reason "budget"', async () => {
    const r = withQueryBudget(async (n, t) => answer(n, t), { maxQueries: 2 });
    const out = await Promise.all(['a', 'b', 'c'].map((n) => r(`${n}.test`, 'A')));
    expect(out.map((a) => a.status)).toEqual(['NODATA', 'NODATA', 'ERROR']);
    expect(out[2]).toMatchObject({ reason: 'budget' });
    expect(r.exhausted).toBe(true);
  });

  it('at the deadline, answers waiting and hanging queries at once with reason "deadline"', async () => {
    const controller = new AbortController();
    const r = withQueryBudget(() => new Promise<never>(() => undefined), {
      concurrency: 2,
      signal: controller.signal,
    });
    const pending = Promise.all(Array.from({ length: 5 }, (_, i) => r(`n${i}.test`, 'TXT')));
    setTimeout(() => controller.abort(), 5);
    const out = await pending;
    expect(out.map((a) => (a.status === 'ERROR' ? a.reason : a.status))).toEqual(Array(5).fill('deadline'));
    expect(await r('late.test', 'A')).toMatchObject({ status: 'ERROR', reason: 'deadline' });
  });

  it('collects the fallback resolvers that answered', async () => {
    const r = withQueryBudget(async (n, t) => ({
      ...answer(n, t),
      fallback: 'https://dns.google/dns-query',
    }));
    await r('a.test', 'A');
    expect([...r.stats.fallbacks]).toEqual(['https://dns.google/dns-query']);
  });
});

describe('withQueryBudget: one query per question in a report', () => {
  it('asks a name and type once, however often the report needs it, and counts it once', async () => {
    const asked: string[] = [];
    const r = withQueryBudget(
      async (n, t) => {
        asked.push(`${n}|${t}`);
        await new Promise((res) => setTimeout(res, 1));
        return answer(n, t);
      },
      { maxQueries: 2 },
    );
    const out = await Promise.all([
      r('a.test', 'A'),
      r('A.test.', 'A'),
      r('a.test', 'A'),
      r('a.test', 'TXT'),
    ]);
    expect(out.every((a) => a.status === 'NODATA')).toBe(true);
    expect(asked).toEqual(['a.test|A', 'a.test|TXT']);
    expect(r.stats.queries).toBe(2);
  });

  it('lets waiting TXT queries (the records that lead on) go before address lookups', async () => {
    const order: string[] = [];
    const r = withQueryBudget(
      async (n, t) => {
        order.push(`${n}|${t}`);
        await new Promise((res) => setTimeout(res, 1));
        return answer(n, t);
      },
      { concurrency: 1 },
    );
    await Promise.all([r('first.test', 'A'), r('b.test', 'A'), r('c.test', 'AAAA'), r('d.test', 'TXT')]);
    expect(order).toEqual(['first.test|A', 'd.test|TXT', 'b.test|A', 'c.test|AAAA']);
  });
});
