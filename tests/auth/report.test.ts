import { describe, expect, it } from 'vitest';
import { CHECK_KEYS } from '../../utils/auth/contract';
import type { CheckStatus } from '../../utils/auth/contract';
import { buildDomainReport, gradeOf } from '../../utils/auth/report';
import type { Resolver } from '../../utils/dns/types';
import { createZoneResolver } from '../helpers/dns-zone';
import { FIXTURE_ZONE } from '../fixtures/dns/zone';

const resolver = createZoneResolver(FIXTURE_ZONE);
const all = (status: CheckStatus) => Object.fromEntries(CHECK_KEYS.map((k) => [k, { status }]));

describe('gradeOf', () => {
  it.each([
    [{}, 'A'],
    [all('pass'), 'A'],
    [{ ...all('pass'), mtaSts: { status: 'warn' }, tlsRpt: { status: 'warn' } }, 'A'],
    [{ ...all('pass'), dmarc: { status: 'warn' } }, 'B'],
    [{ ...all('pass'), spf: { status: 'fail' } }, 'C'],
    [{ ...all('pass'), spf: { status: 'fail' }, dkim: { status: 'warn' }, mtaSts: { status: 'warn' } }, 'D'],
    [{ ...all('pass'), mx: { status: 'fail' } }, 'E'],
    [{ ...all('pass'), spf: { status: 'fail' }, dmarc: { status: 'fail' } }, 'F'],
    [{ spf: { status: 'unknown' }, dmarc: { status: 'unknown' }, mx: { status: 'unknown' } }, 'C'],
    [{ dkim: { status: 'unknown' } }, 'A'],
    [all('fail'), 'F'],
  ] as const)('%j → %s', (checks, grade) => expect(gradeOf(checks)).toBe(grade));
});

describe('buildDomainReport', () => {
  it('has the contract shape: domain, checkedAt, resolver, grade, every check with status and findings', async () => {
    const r = await buildDomainReport('Someone@GW.example.test', {
      resolver,
      resolverLabel: 'zone',
      services: ['gmail'],
      now: () => Date.UTC(2026, 0, 1),
    });
    expect(r).toMatchObject({
      domain: 'gw.example.test',
      checkedAt: '2026-01-01T00:00:00.000Z',
      resolver: 'zone',
      grade: 'A',
    });
    for (const k of CHECK_KEYS) {
      expect(['pass', 'warn', 'fail', 'unknown']).toContain(r[k].status);
      expect(Array.isArray(r[k].findings)).toBe(true);
    }
    expect(r.spf.status).toBe('pass');
    expect(r.dmarc.status).toBe('pass');
    expect(r.dkim.status).toBe('pass');
    expect(r.mx.status).toBe('pass');
    expect(r.mtaSts.status).toBe('unknown'); // record found, policy not fetched (no fetcher here)
  });

  it.each([
    ['monitor.example.test', ['dmarc-policy.monitorOnly', 'dmarc-reports.unauthorized', 'dkim-key.rsa1024']],
    ['twospf.example.test', ['spf-record.multiple']],
    ['big.example.test', ['spf-lookup-limit.tooMany']],
    ['nullmx.example.test', ['mx-record.nullMx']],
  ])('%s reports %j', async (domain, expected) => {
    const r = await buildDomainReport(domain, { resolver, services: ['gmail'] });
    const ids = r.findings.map((f) => f.messageId);
    for (const id of expected) expect(ids).toContain(id);
    expect(r.grade).not.toBe('A');
  });

  it('suggests the SPF record with the sending provider added', async () => {
    const r = await buildDomainReport('m365.example.test', { resolver, services: ['gmail'] });
    expect(r.spf.suggested?.[0]).toMatchObject({
      name: 'm365.example.test',
      value: expect.stringContaining('include:_spf.google.com'),
    });
  });

  it('asks every query that depends on no answer in the first round trip (MTA-STS and BIMI beside MX and DMARC)', async () => {
    // Each answer is held for 20 ms (a round trip); `round` counts how many rounds of answers came back
    // before a query was asked.
    let round = 0;
    const roundOf = new Map<string, number>();
    const timed: Resolver = async (name, type) => {
      if (!roundOf.has(`${name} ${type}`)) roundOf.set(`${name} ${type}`, round);
      await new Promise((r) => setTimeout(r, 20));
      round = Math.max(round, (roundOf.get(`${name} ${type}`) ?? 0) + 1);
      return resolver(name, type);
    };
    const r = await buildDomainReport('gw.example.test', { resolver: timed, services: ['gmail'] });
    expect(r.grade).toBe('A');
    expect(r.mtaSts.detail.status).toBe('found');
    expect(r.bimi.detail.dmarcPolicy).toBe('reject');
    for (const q of [
      '_mta-sts.gw.example.test TXT',
      'default._bimi.gw.example.test TXT',
      'gw.example.test MX',
    ])
      expect([q, roundOf.get(q)]).toEqual([q, 0]);
  });

  it('sends the heads of dependent chains (SPF tree, MX, DMARC) before the one-round probes (DKIM, TLS-RPT)', async () => {
    const order: string[] = [];
    const logged: Resolver = async (name, type) => {
      order.push(`${name} ${type}`);
      return resolver(name, type);
    };
    await buildDomainReport('gw.example.test', { resolver: logged, services: ['gmail'] });
    const firstLeaf = order.findIndex((q) => /_domainkey\.|^_smtp\._tls\.|^_mta-sts\.|_bimi\./.test(q));
    expect(firstLeaf).toBeGreaterThan(0);
    for (const head of [
      'gw.example.test MX',
      'gw.example.test TXT',
      '_dmarc.gw.example.test TXT',
      '_spf.google.com TXT',
    ]) {
      const at = order.indexOf(head);
      expect([head, at >= 0 && at < firstLeaf]).toEqual([head, true]);
    }
  });

  it('runs MTA-STS without MX hosts when the MX check breaks, instead of losing the check', async () => {
    const broken: Resolver = async (name, type) => {
      if (type === 'MX') throw new Error('resolver bug');
      return resolver(name, type);
    };
    const r = await buildDomainReport('gw.example.test', { resolver: broken });
    expect(r.mx.status).toBe('unknown');
    expect(r.mtaSts.detail.status).toBe('found');
  });
});
