/**
 * The background's DNS service: answers 'domain-report' and 'spf-report' messages with reports built
 * over DoH. Resolvers are made on first use (a few kept, least recently used dropped) and share one
 * cache whose store is browser.storage.session, so answers survive the service worker being stopped
 * between messages; cache keys name the resolver, so resolvers never answer for each other.
 *
 * Messages are untrusted input: the listener takes them only from Preflight's own content scripts and
 * pages (isTrustedSender), lengths are bounded, and the only resolvers used are those the settings
 * allow — the built-in ones at their exact RFC 8484 endpoints and the user's own customResolverUrl.
 * A chosen resolver is never silently replaced: a fallback is asked only where the user allows one
 * (settings.resolverFallback), and the report then names it.
 */
import { DomainInputError, normalizeDomainInput, runDomainCheck } from '../../utils/auth/report';
import type { HealthServiceDeps } from '../../utils/auth/service';
import { createHealthService } from '../../utils/auth/service';
import { withQueryBudget } from '../../utils/dns/budget';
import { parseIp } from '../../utils/dns/ip';
import type { Resolver } from '../../utils/dns/types';
import {
  BUILTIN_RESOLVERS,
  ResolverUrlError,
  fallbackResolverUrl,
  resolveResolverUrl,
} from '../../utils/dns/resolvers';
import type { BackgroundRequest, BackgroundResult, ResponseFor } from '../../utils/messages';
import type { UserSettings } from '../../utils/storage';

/** What the service needs to make a resolver: its endpoint, the allowed fallback, the timeout. */
export interface ResolverSpec {
  url: string;
  fallbackUrl?: string;
  timeoutMs: number;
}

export interface DnsServiceDeps {
  /** A resolver for a spec (kept by the service, a few at a time). */
  makeResolver(spec: ResolverSpec): Resolver;
  /** Whether the extension may fetch from the resolver's origin. */
  hasPermission(url: string): Promise<boolean>;
  /** The user's settings (utils/storage.ts loadUserSettings in the extension). */
  loadSettings(): Promise<UserSettings>;
  now?: () => number;
  /** A report's deadline in milliseconds (default 20 s); past it, what is left is reported unknown. */
  reportDeadlineMs?: number;
  /** Settings, the MTA-STS policy fetch and its permission test for the health checks. */
  health?: Omit<HealthServiceDeps, 'now'>;
}

/** Resolvers kept at once: the user switches between a few, never hundreds. */
export const MAX_RESOLVERS = 4;

/** Longest accepted strings in a request (RFC 1035 names, RFC 5321 paths, an https URL). */
export const REQUEST_LIMITS = {
  domain: 320, // a domain (253) or an address whose domain is checked (RFC 5321 §4.5.3.1)
  resolver: 2048,
  ip: 45,
  sender: 320,
  helo: 253,
} as const;

const fail = (code: 'bad-request' | 'no-permission' | 'internal', message: string) => ({
  ok: false as const,
  error: { code, message },
});

/** The part of runtime.MessageSender the check reads. */
export interface SenderLike {
  id?: string;
  url?: string;
  tab?: unknown;
}

/**
 * Messages are taken from Preflight's own content scripts (sent from a tab) and extension pages
 * (popup, options: their URL is inside the extension's origin) — never from another extension or a
 * web page (externally_connectable is not declared, but the check does not rely on that).
 */
export function isTrustedSender(
  sender: SenderLike | undefined,
  self: { id: string; origin: string },
): boolean {
  if (!sender || sender.id !== self.id) return false;
  if (sender.tab !== undefined && sender.tab !== null) return true;
  return typeof sender.url === 'string' && self.origin !== '' && sender.url.startsWith(self.origin);
}

/** Why a request is refused before any work, or undefined. */
export function requestProblem(req: BackgroundRequest): string | undefined {
  const r = req as unknown as Record<string, unknown>;
  for (const [field, max] of Object.entries(REQUEST_LIMITS)) {
    const v = r[field];
    if (typeof v === 'string' && v.length > max) return `${field} is longer than ${max} characters`;
  }
  return undefined;
}

/** Endpoint URLs the settings allow: the built-in ones and the user's custom one, if it is valid. */
export function allowedResolverUrls(settings: UserSettings): string[] {
  const urls = BUILTIN_RESOLVERS.map((b) => b.url);
  if (settings.customResolverUrl) {
    try {
      urls.push(resolveResolverUrl(settings.customResolverUrl));
    } catch {
      // An invalid custom URL allows nothing.
    }
  }
  return urls;
}

/** The resolver a request asks for (an id, an allowed URL, or the settings' choice), or an error. */
export function chooseResolverUrl(requested: string | undefined, settings: UserSettings): string {
  if (requested === undefined) {
    if (settings.resolver !== 'custom') return resolveResolverUrl(settings.resolver);
    if (!settings.customResolverUrl)
      throw new ResolverUrlError('no custom resolver URL is set in the options');
    return resolveResolverUrl(settings.customResolverUrl);
  }
  const url = resolveResolverUrl(requested);
  if (!allowedResolverUrls(settings).includes(url))
    throw new ResolverUrlError(`${url} is not a resolver the options allow`);
  return url;
}

export function createDnsService(deps: DnsServiceDeps) {
  // Least recently used first (Map keeps insertion order; a use moves the entry to the end).
  const resolvers = new Map<string, Resolver>();
  const health = createHealthService({ ...deps.health, ...(deps.now ? { now: deps.now } : {}) });
  const resolverFor = (spec: ResolverSpec): Resolver => {
    const key = `${spec.url} ${spec.fallbackUrl ?? ''} ${spec.timeoutMs}`;
    let r = resolvers.get(key);
    if (r) resolvers.delete(key);
    else r = deps.makeResolver(spec);
    resolvers.set(key, r);
    while (resolvers.size > MAX_RESOLVERS) {
      const oldest = resolvers.keys().next().value;
      if (oldest === undefined) break;
      resolvers.delete(oldest);
    }
    return r;
  };

  async function handle<R extends BackgroundRequest>(req: R): Promise<ResponseFor<R>> {
    return (await handleAny(req)) as ResponseFor<R>;
  }

  async function handleAny(req: BackgroundRequest): Promise<BackgroundResult<unknown>> {
    const problem = requestProblem(req);
    if (problem) return fail('bad-request', problem);
    const settings = await deps.loadSettings();
    let url: string;
    try {
      url = chooseResolverUrl(req.resolver, settings);
    } catch (e) {
      if (e instanceof ResolverUrlError) return fail('bad-request', e.message);
      throw e;
    }
    if (!(await deps.hasPermission(url)))
      return fail('no-permission', `Preflight may not use ${url} yet; grant access in the options`);
    const fallbackUrl = settings.resolverFallback ? fallbackResolverUrl(url) : undefined;
    const ip = req.type === 'spf-report' ? req.ip : undefined;
    if (ip !== undefined && !parseIp(ip)) return fail('bad-request', `"${ip}" is not an IP address`);
    // One budget per report: a handful of queries in flight, a few hundred in all, and a deadline.
    const resolver = withQueryBudget(
      resolverFor({ url, ...(fallbackUrl ? { fallbackUrl } : {}), timeoutMs: settings.dnsTimeoutMs }),
      { signal: AbortSignal.timeout(deps.reportDeadlineMs ?? 20_000) },
    );
    try {
      if (req.type === 'recipient-check') {
        const domains = await health.recipients(req.domains, { resolver, resolverLabel: url });
        return { ok: true, value: { checkedAt: new Date((deps.now ?? Date.now)()).toISOString(), domains } };
      }
      const q = {
        domain: req.domain,
        resolver,
        resolverLabel: url,
        ...(req.service ? { service: req.service } : {}),
        ...(req.type !== 'spf-report' && req.refresh ? { refresh: true } : {}),
      };
      // The report names every resolver that answered: the chosen one, and a fallback if one was used.
      if (req.type === 'domain-report') {
        const report = await health.report(q);
        const late = [...resolver.stats.fallbacks];
        return {
          ok: true,
          value: late.length ? { ...report, resolver: `${url} (fallback used: ${late.join(', ')})` } : report,
        };
      }
      if (req.type === 'domain-check') {
        const c = await health.check(q, req.check);
        return {
          ok: true,
          value: { domain: normalizeDomainInput(req.domain), check: req.check, resolver: url, ...c },
        };
      }
      // spf-report: the SPF check alone, with check_host() for one message when asked (not cached).
      const value = await runDomainCheck('spf', normalizeDomainInput(req.domain), {
        resolver,
        resolverLabel: url,
        ...(req.service ? { services: [req.service] } : {}),
        ...(ip !== undefined
          ? { ip, ...(req.sender ? { sender: req.sender } : {}), ...(req.helo ? { helo: req.helo } : {}) }
          : {}),
        ...(deps.now ? { now: deps.now } : {}),
      });
      return { ok: true, value };
    } catch (e) {
      if (e instanceof DomainInputError) return fail('bad-request', e.message);
      return fail('internal', e instanceof Error ? e.message : String(e));
    }
  }

  return { handle };
}
