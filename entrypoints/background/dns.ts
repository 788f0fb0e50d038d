/**
 * The background's DNS service: answers 'domain-report' and 'spf-report' messages with reports built
 * over DoH. Resolvers are made on first use and share one cache whose store is
 * browser.storage.session, so answers survive the service worker being stopped between messages.
 */
import { DomainInputError, normalizeDomainInput, runDomainCheck } from '../../utils/auth/report';
import type { HealthServiceDeps } from '../../utils/auth/service';
import { createHealthService } from '../../utils/auth/service';
import { parseIp } from '../../utils/dns/ip';
import type { Resolver } from '../../utils/dns/types';
import { DEFAULT_RESOLVER_URL, ResolverUrlError, resolveResolverUrl } from '../../utils/dns/resolvers';
import type { BackgroundRequest, BackgroundResult, ResponseFor } from '../../utils/messages';

export interface DnsServiceDeps {
  /** A resolver for a DoH endpoint URL (kept by the service, one per URL). */
  makeResolver(url: string): Resolver;
  /** Whether the extension may fetch from the resolver's origin. */
  hasPermission(url: string): Promise<boolean>;
  now?: () => number;
  /** Settings, the MTA-STS policy fetch and its permission test for the health checks. */
  health?: Omit<HealthServiceDeps, 'now'>;
}

const fail = (code: 'bad-request' | 'no-permission' | 'internal', message: string) => ({
  ok: false as const,
  error: { code, message },
});

export function createDnsService(deps: DnsServiceDeps) {
  const resolvers = new Map<string, Resolver>();
  const health = createHealthService({ ...deps.health, ...(deps.now ? { now: deps.now } : {}) });
  const resolverFor = (url: string): Resolver => {
    let r = resolvers.get(url);
    if (!r) resolvers.set(url, (r = deps.makeResolver(url)));
    return r;
  };

  async function handle<R extends BackgroundRequest>(req: R): Promise<ResponseFor<R>> {
    return (await handleAny(req)) as ResponseFor<R>;
  }

  async function handleAny(req: BackgroundRequest): Promise<BackgroundResult<unknown>> {
    let url: string;
    try {
      url = req.resolver ? resolveResolverUrl(req.resolver) : DEFAULT_RESOLVER_URL;
    } catch (e) {
      if (e instanceof ResolverUrlError) return fail('bad-request', e.message);
      throw e;
    }
    if (!(await deps.hasPermission(url)))
      return fail('no-permission', `Preflight may not use ${url} yet; grant access in the options`);
    const ip = req.type === 'spf-report' ? req.ip : undefined;
    if (ip !== undefined && !parseIp(ip)) return fail('bad-request', `"${ip}" is not an IP address`);
    try {
      const resolver = resolverFor(url);
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
      if (req.type === 'domain-report') return { ok: true, value: await health.report(q) };
      if (req.type === 'domain-check') {
        const c = await health.check(q, req.check);
        return {
          ok: true,
          value: { domain: normalizeDomainInput(req.domain), check: req.check, ...c },
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
