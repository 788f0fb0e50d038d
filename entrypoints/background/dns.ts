/**
 * The background's DNS service: answers 'domain-report' and 'spf-report' messages with reports built
 * over DoH. Resolvers are made on first use and share one cache whose store is
 * browser.storage.session, so answers survive the service worker being stopped between messages.
 */
import type { SpfReport } from '../../utils/auth/report';
import { DomainInputError, buildDomainReport } from '../../utils/auth/report';
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
}

const fail = (code: 'bad-request' | 'no-permission' | 'internal', message: string) => ({
  ok: false as const,
  error: { code, message },
});

export function createDnsService(deps: DnsServiceDeps) {
  const resolvers = new Map<string, Resolver>();
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
      const report = await buildDomainReport(req.domain, {
        resolver: resolverFor(url),
        resolverLabel: url,
        ...(req.service ? { services: [req.service] } : {}),
        ...(req.type === 'spf-report' && ip !== undefined
          ? { ip, ...(req.sender ? { sender: req.sender } : {}), ...(req.helo ? { helo: req.helo } : {}) }
          : {}),
        ...(deps.now ? { now: deps.now } : {}),
      });
      const value: unknown = req.type === 'spf-report' ? (report.spf satisfies SpfReport) : report;
      return { ok: true, value };
    } catch (e) {
      if (e instanceof DomainInputError) return fail('bad-request', e.message);
      return fail('internal', e instanceof Error ? e.message : String(e));
    }
  }

  return { handle };
}
