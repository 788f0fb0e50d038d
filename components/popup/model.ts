/**
 * The popup's logic, apart from its looks: which domain to show, the cached report to paint at once,
 * then each check as the background answers it. Browser APIs are injected (tests pass fakes).
 */
import type { CheckKey, CheckResult, CheckStatus, Grade } from '../../utils/auth/contract';
import { CHECK_KEYS } from '../../utils/auth/contract';
import type { HealthReport, PopupResult } from '../../utils/popup-messages';
import { asCheckResult, provisionalGrade } from '../../utils/popup-messages';
import type { TabStatus } from '../../utils/popup-status';
import { cleanDomain } from '../../utils/settings/validate';

export type RowStatus = CheckStatus | 'checking';

export interface CheckRow {
  status: RowStatus;
  result?: CheckResult;
  /** Why the check could not run: a _locales key and an untrusted detail (rendered as text). */
  error?: { key: string; detail: string };
}

export interface PopupView {
  domain: string;
  checks: Record<CheckKey, CheckRow>;
  grade?: Grade;
  /** ms since epoch of the shown results; 0 while none. */
  checkedAt: number;
  resolver: string;
  /** True while lookups run. */
  busy: boolean;
  /** A typed input that is not a domain. */
  inputError?: string;
}

/** A cached report: what the popup painted last time for a domain. */
export interface CachedReport {
  domain: string;
  checkedAt: number;
  resolver: string;
  checks: Partial<Record<CheckKey, CheckResult>>;
  grade?: Grade;
}

export interface PopupDeps {
  /** browser.runtime.sendMessage */
  send(msg: unknown): Promise<unknown>;
  readCache(): Promise<Record<string, CachedReport>>;
  writeCache(all: Record<string, CachedReport>): Promise<void>;
  /** The settings' resolver (id or URL), passed with each request. */
  resolver(): Promise<string>;
  now(): number;
}

/** Reports older than this are checked again when the popup opens. */
export const FRESH_MS = 10 * 60_000;
export const CACHE_SIZE = 20;

export function emptyChecks(status: RowStatus): Record<CheckKey, CheckRow> {
  return Object.fromEntries(CHECK_KEYS.map((k) => [k, { status }])) as Record<CheckKey, CheckRow>;
}

/** The domain of a typed domain or address, or null. */
export function domainFromInput(input: string): string | null {
  const s = input.trim().replace(/^.*@/, '').replace(/>$/, '');
  const d = cleanDomain(s);
  return d && d.includes('.') ? d : null;
}

export function viewFromCache(c: CachedReport): PopupView {
  const checks = emptyChecks('unknown');
  for (const k of CHECK_KEYS) {
    const r = c.checks[k];
    if (r) checks[k] = { status: r.status, result: r };
  }
  return {
    domain: c.domain,
    checks,
    ...(c.grade ? { grade: c.grade } : {}),
    checkedAt: c.checkedAt,
    resolver: c.resolver,
    busy: false,
  };
}

const ERROR_KEYS: Record<string, string> = {
  'bad-request': 'popup_errBadRequest',
  'no-permission': 'popup_errNoPermission',
  internal: 'popup_errInternal',
};

function errorRow(code: string, detail: string): CheckRow {
  return { status: 'unknown', error: { key: ERROR_KEYS[code] ?? 'popup_errInternal', detail } };
}

const isResult = (v: unknown): v is PopupResult<unknown> =>
  typeof v === 'object' && v !== null && typeof (v as { ok?: unknown }).ok === 'boolean';

/**
 * Runs every check for `domain`, calling `update` with the view after each answer. Uses
 * 'domain-check' per check; when the background does not know it (no answer), asks 'domain-report'
 * once and reads every check from it. Never throws; failures become rows that say why.
 */
export async function runChecks(
  deps: PopupDeps,
  domain: string,
  refresh: boolean,
  update: (v: PopupView) => void,
): Promise<PopupView> {
  const view: PopupView = {
    domain,
    checks: emptyChecks('checking'),
    checkedAt: 0,
    resolver: '',
    busy: true,
  };
  let reportGrade: Grade | undefined;
  const publish = () => {
    view.grade =
      reportGrade ?? provisionalGrade(Object.fromEntries(CHECK_KEYS.map((k) => [k, view.checks[k].result])));
    update({ ...view, checks: { ...view.checks } });
  };
  publish();
  const resolver = await deps.resolver().catch(() => 'cloudflare');

  let full: Promise<unknown> | null = null;
  const fullReport = () =>
    (full ??= deps
      .send({ type: 'domain-report', domain, resolver, ...(refresh ? { refresh } : {}) })
      .catch((e: unknown) => ({ ok: false, error: { code: 'internal', message: String(e) } })));

  const settle = (key: CheckKey, row: CheckRow, report?: HealthReport) => {
    view.checks[key] = row;
    if (report?.resolver) view.resolver = report.resolver;
    if (report?.grade) reportGrade = report.grade;
    view.checkedAt = deps.now();
    publish();
  };

  const fromReport = async (key: CheckKey) => {
    const answer = await fullReport();
    if (!isResult(answer)) return settle(key, errorRow('internal', 'no answer from the background'));
    if (!answer.ok) return settle(key, errorRow(answer.error.code, answer.error.message));
    const report = answer.value as HealthReport;
    const r = asCheckResult(report[key]);
    settle(
      key,
      r
        ? { status: r.status, result: r }
        : { status: 'unknown', error: { key: 'popup_notChecked', detail: '' } },
      report,
    );
  };

  await Promise.all(
    CHECK_KEYS.map(async (key) => {
      let answer: unknown;
      try {
        answer = await deps.send({
          type: 'domain-check',
          domain,
          check: key,
          resolver,
          ...(refresh ? { refresh } : {}),
        });
      } catch {
        answer = undefined;
      }
      if (!isResult(answer)) return fromReport(key);
      if (!answer.ok) return settle(key, errorRow(answer.error.code, answer.error.message));
      // The background answers { domain, check, checkedAt, result }: the CheckResult is one level down.
      const value: unknown = answer.value;
      const inner = value && typeof value === 'object' && 'result' in value ? value.result : value;
      const r = asCheckResult(inner);
      const res =
        (answer as { resolver?: unknown }).resolver ??
        (value && typeof value === 'object' ? (value as { resolver?: unknown }).resolver : undefined);
      if (typeof res === 'string') view.resolver = res;
      settle(key, r ? { status: r.status, result: r } : errorRow('internal', 'unexpected answer'));
    }),
  );
  if (!view.resolver) view.resolver = resolver;
  view.busy = false;
  publish();

  try {
    const cache = await deps.readCache();
    const entry: CachedReport = {
      domain,
      checkedAt: view.checkedAt || deps.now(),
      resolver: view.resolver,
      checks: Object.fromEntries(
        CHECK_KEYS.flatMap((k) => (view.checks[k].result ? [[k, view.checks[k].result]] : [])),
      ),
      ...(view.grade ? { grade: view.grade } : {}),
    };
    const next = Object.fromEntries(
      [...Object.entries(cache).filter(([d]) => d !== domain), [domain, entry] as const]
        .sort((a, b) => b[1].checkedAt - a[1].checkedAt)
        .slice(0, CACHE_SIZE),
    );
    await deps.writeCache(next);
  } catch {
    // a cache that cannot be written only costs speed next time
  }
  return view;
}

/** Whether a cached report is recent enough to show without checking again. */
export function isFresh(c: CachedReport | undefined, now: number): c is CachedReport {
  return !!c && now - c.checkedAt < FRESH_MS && now >= c.checkedAt;
}

/** The tab-status line's message key and substitutions. */
export function tabStatusLine(s: TabStatus | null): { key: string; subs: Array<string | number> } {
  if (!s) return { key: 'popup_tabNone', subs: [] };
  if (s.state !== 'ok') return { key: 'popup_tabLayout', subs: [s.site] };
  if (s.composes === 1) return { key: 'popup_tabActiveOne', subs: [s.site] };
  return { key: 'popup_tabActive', subs: [s.site, s.composes] };
}
