/**
 * The background's domain-health service: reports, single checks and recipient checks over the
 * injected resolver, cached by TTL (and in-flight requests shared), so the popup and every compose
 * panel asking about the same domain cost one set of queries.
 */
import type { Resolver } from '../dns/types';
import type { CheckKey } from './contract';
import type { PolicyFetcher } from './mta-sts/fetch';
import type { RecipientDomainCheck } from './recipients';
import { checkRecipientDomain } from './recipients';
import type { DomainChecks, DomainReport, DomainReportOptions } from './report';
import { buildDomainReport, normalizeDomainInput, runDomainCheck } from './report';
import type { SendingService } from './spf/providers';

/** Reports are kept this long (DNS answers themselves are cached by their TTL in the resolver). */
export const REPORT_TTL_MS = 10 * 60_000;
const MAX_ENTRIES = 500;

export class TtlCache<T> {
  private readonly map = new Map<string, { at: number; value: Promise<T> }>();
  constructor(
    private readonly ttlMs: number,
    private readonly now: () => number,
    private readonly max = MAX_ENTRIES,
  ) {}

  /** The cached value (or the one being made), else `make()`'s; a rejected make is not kept. */
  get(key: string, make: () => Promise<T>, refresh = false): Promise<T> {
    const hit = this.map.get(key);
    if (hit && !refresh && this.now() - hit.at < this.ttlMs) return hit.value;
    const value = make();
    this.map.delete(key);
    this.map.set(key, { at: this.now(), value });
    value.catch(() => this.map.get(key)?.value === value && this.map.delete(key));
    // Oldest first in a Map: drop from the front past the cap.
    while (this.map.size > this.max) this.map.delete(this.map.keys().next().value as string);
    return value;
  }

  peek(key: string): Promise<T> | undefined {
    const hit = this.map.get(key);
    return hit && this.now() - hit.at < this.ttlMs ? hit.value : undefined;
  }
}

export interface HealthServiceDeps {
  now?: () => number;
  ttlMs?: number;
  /** settings.dkimSelectors and settings.blocklists, read when a check runs. */
  settings?: () => Promise<{ dkimSelectors?: string[]; blocklists?: boolean }>;
  fetchPolicy?: PolicyFetcher;
  hasPermission?: (origin: string) => Promise<boolean>;
}

export interface HealthQuery {
  domain: string;
  resolver: Resolver;
  /** Identifies the resolver in cache keys and in the report. */
  resolverLabel: string;
  service?: SendingService;
  refresh?: boolean;
}

export interface TimedCheck<K extends CheckKey = CheckKey> {
  checkedAt: string;
  result: DomainChecks[K];
}

export function createHealthService(deps: HealthServiceDeps = {}) {
  const now = deps.now ?? Date.now;
  const ttl = deps.ttlMs ?? REPORT_TTL_MS;
  const reports = new TtlCache<DomainReport>(ttl, now);
  const checks = new TtlCache<TimedCheck>(ttl, now);
  const recipients = new TtlCache<RecipientDomainCheck & { checkedAt: string }>(ttl, now);

  async function options(q: HealthQuery): Promise<DomainReportOptions> {
    const s = (await deps.settings?.().catch(() => undefined)) ?? {};
    return {
      resolver: q.resolver,
      resolverLabel: q.resolverLabel,
      now,
      ...(q.service ? { services: [q.service] } : {}),
      ...(s.dkimSelectors ? { dkimSelectors: s.dkimSelectors } : {}),
      ...(s.blocklists !== undefined ? { blocklists: s.blocklists } : {}),
      ...(deps.fetchPolicy ? { fetchPolicy: deps.fetchPolicy } : {}),
      ...(deps.hasPermission ? { hasPermission: deps.hasPermission } : {}),
    };
  }

  const key = (q: HealthQuery, domain: string) => `${q.resolverLabel}|${q.service ?? ''}|${domain}`;

  return {
    /** The whole report (throws DomainInputError for a bad domain). */
    async report(q: HealthQuery): Promise<DomainReport> {
      const domain = normalizeDomainInput(q.domain);
      return reports.get(key(q, domain), async () => buildDomainReport(domain, await options(q)), q.refresh);
    },

    /** One check; answered from a cached whole report when there is one. */
    async check<K extends CheckKey>(q: HealthQuery, check: K): Promise<TimedCheck<K>> {
      const domain = normalizeDomainInput(q.domain);
      const whole = q.refresh ? undefined : reports.peek(key(q, domain));
      if (whole) {
        const r = await whole.catch(() => undefined);
        if (r) return { checkedAt: r.checkedAt, result: r[check] };
      }
      return checks.get(
        `${key(q, domain)}|${check}`,
        async () => ({
          checkedAt: new Date(now()).toISOString(),
          result: await runDomainCheck(check, domain, await options(q)),
        }),
        q.refresh,
      ) as Promise<TimedCheck<K>>;
    },

    /** Whether each recipient domain can receive mail; cached per domain. */
    async recipients(domains: string[], q: Omit<HealthQuery, 'domain'>) {
      const unique = [...new Set(domains.map((d) => d.trim().toLowerCase()).filter(Boolean))];
      return Promise.all(
        unique.map((d) =>
          recipients.get(`${q.resolverLabel}|${d}`, async () => ({
            ...(await checkRecipientDomain(d, { resolver: q.resolver })),
            checkedAt: new Date(now()).toISOString(),
          })),
        ),
      );
    },
  };
}

export type HealthService = ReturnType<typeof createHealthService>;
