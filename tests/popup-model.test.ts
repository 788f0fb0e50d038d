import { describe, expect, test } from 'vitest';
import type { CachedReport, PopupDeps, PopupView } from '../components/popup/model';
import { domainFromInput, isFresh, runChecks, tabStatusLine, viewFromCache } from '../components/popup/model';
import { CHECK_KEYS } from '../utils/auth/contract';
import type { CheckResult } from '../utils/auth/contract';
import { asCheckResult, provisionalGrade } from '../utils/popup-messages';
import type { Finding } from '../utils/types';

const finding = (severity: Finding['severity']): Finding => ({
  ruleId: 'spf-x',
  severity,
  weight: 1,
  messageId: 'spf.x',
  evidence: [],
});

function deps(send: PopupDeps['send'], cache: Record<string, CachedReport> = {}) {
  const store = { cache };
  const d: PopupDeps = {
    send,
    readCache: async () => store.cache,
    writeCache: async (v) => {
      store.cache = v;
    },
    resolver: async () => 'quad9',
    now: () => 1_000_000,
  };
  return { d, store };
}

describe('runChecks', () => {
  test('one domain-check per key, each row settles as its answer arrives; the cache keeps the report', async () => {
    const sent: unknown[] = [];
    const { d, store } = deps(async (m) => {
      sent.push(m);
      const { check } = m as { check: string };
      return {
        ok: true,
        value: { status: check === 'dmarc' ? 'fail' : 'pass', findings: [] } satisfies CheckResult,
      };
    });
    const views: PopupView[] = [];
    const final = await runChecks(d, 'example.com', false, (v) => views.push(v));
    expect(views[0]!.checks.spf.status).toBe('checking');
    expect(views[0]!.busy).toBe(true);
    expect(sent).toHaveLength(CHECK_KEYS.length);
    expect(sent[0]).toMatchObject({ type: 'domain-check', domain: 'example.com', resolver: 'quad9' });
    expect(final.busy).toBe(false);
    expect(final.checks.dmarc.status).toBe('fail');
    expect(final.grade).toBe('D');
    expect(store.cache['example.com']!.checks.dmarc!.status).toBe('fail');
  });

  test("an older background without 'domain-check': one domain-report, read per check", async () => {
    const sent: string[] = [];
    const { d } = deps(async (m) => {
      const type = (m as { type: string }).type;
      sent.push(type);
      if (type === 'domain-check') return undefined;
      return {
        ok: true,
        value: {
          domain: 'example.com',
          checkedAt: '',
          resolver: 'https://dns.quad9.net/dns-query',
          findings: [],
          score: 0,
          level: 'ok',
          spf: { findings: [finding('warning')], root: { record: 'v=spf1 ~all' } },
        },
      };
    });
    const v = await runChecks(d, 'example.com', false, () => {});
    expect(sent.filter((t) => t === 'domain-report')).toHaveLength(1);
    expect(v.checks.spf).toMatchObject({ status: 'warn', result: { records: ['v=spf1 ~all'] } });
    expect(v.checks.dmarc).toMatchObject({ status: 'unknown', error: { key: 'popup_notChecked' } });
    expect(v.resolver).toBe('https://dns.quad9.net/dns-query');
    expect(v.grade).toBe('B');
  });

  test('failures say why, per check; nothing throws', async () => {
    const { d } = deps(async (m) =>
      (m as { check?: string }).check === 'mx'
        ? { ok: false, error: { code: 'no-permission', message: 'grant access' } }
        : Promise.reject(new Error('port closed')),
    );
    const v = await runChecks(d, 'example.com', true, () => {});
    expect(v.checks.mx).toMatchObject({
      status: 'unknown',
      error: { key: 'popup_errNoPermission', detail: 'grant access' },
    });
    expect(v.checks.spf).toMatchObject({ status: 'unknown', error: { key: 'popup_errInternal' } });
    expect(v.grade).toBeUndefined();
  });
});

describe('helpers', () => {
  test.each([
    ['example.com', 'example.com'],
    [' Jan <jan@Example.COM> ', 'example.com'],
    ['localhost', null],
    ['not a domain', null],
  ])('domainFromInput(%j)', (input, expected) => expect(domainFromInput(input)).toBe(expected));

  test('cache freshness and the cached view', () => {
    const c: CachedReport = {
      domain: 'a.test',
      checkedAt: 1000,
      resolver: 'r',
      checks: { spf: { status: 'pass', findings: [] } },
      grade: 'A',
    };
    expect(isFresh(c, 1000 + 60_000)).toBe(true);
    expect(isFresh(c, 1000 + 11 * 60_000)).toBe(false);
    expect(isFresh(undefined, 0)).toBe(false);
    const v = viewFromCache(c);
    expect(v.checks.spf.status).toBe('pass');
    expect(v.checks.dkim.status).toBe('unknown');
    expect(v.grade).toBe('A');
  });

  test.each([
    [{}, undefined],
    [{ spf: 'pass', dmarc: 'pass', mx: 'pass' }, 'A'],
    [{ spf: 'pass', dmarc: 'warn' }, 'B'],
    [{ spf: 'fail', dmarc: 'pass' }, 'D'],
    [{ spf: 'pass', mx: 'fail' }, 'F'],
    [{ spf: 'warn', dkim: 'warn', dmarc: 'warn', bimi: 'warn', mtaSts: 'warn', tlsRpt: 'warn' }, 'E'],
  ])('provisionalGrade(%j) = %s', (statuses, grade) => {
    const checks = Object.fromEntries(
      Object.entries(statuses).map(([k, s]) => [k, { status: s, findings: [] }]),
    );
    expect(provisionalGrade(checks as never)).toBe(grade);
  });

  test('asCheckResult takes a CheckResult as is and derives a status from findings otherwise', () => {
    expect(asCheckResult({ status: 'warn', findings: [] })?.status).toBe('warn');
    expect(asCheckResult({ findings: [finding('danger')] })?.status).toBe('fail');
    expect(asCheckResult({ findings: [finding('notice')] })?.status).toBe('pass');
    expect(asCheckResult('nope')).toBeNull();
    expect(asCheckResult({ status: 'pass' })).toBeNull();
  });

  test('tab status lines', () => {
    const s = { adapter: 'gmail', site: 'Gmail', state: 'ok' as const, composes: 2, sender: '' };
    expect(tabStatusLine(null)).toEqual({ key: 'popup_tabNone', subs: [] });
    expect(tabStatusLine(s)).toEqual({ key: 'popup_tabActive', subs: ['Gmail', 2] });
    expect(tabStatusLine({ ...s, composes: 1 })).toEqual({ key: 'popup_tabActiveOne', subs: ['Gmail'] });
    expect(tabStatusLine({ ...s, state: 'layout-not-recognized' })).toEqual({
      key: 'popup_tabLayout',
      subs: ['Gmail'],
    });
  });
});
