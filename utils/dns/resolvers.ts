/**
 * The DoH resolvers Preflight knows, and the one place that turns a user's choice into transports.
 * Their origins are in wxt.config.ts host_permissions; any other https URL needs
 * requestResolverPermission() (utils/dns/permissions.ts) first.
 */
import { DnsCache } from './cache';
import { createDohTransport } from './doh';
import type { ManagedResolver } from './resolver';
import { createResolver } from './resolver';
import type { FetchLike } from './types';

export interface BuiltinResolver {
  id: 'cloudflare' | 'google' | 'quad9';
  name: string;
  url: string;
}

export const BUILTIN_RESOLVERS: readonly BuiltinResolver[] = [
  { id: 'cloudflare', name: 'Cloudflare', url: 'https://cloudflare-dns.com/dns-query' },
  { id: 'google', name: 'Google Public DNS', url: 'https://dns.google/dns-query' },
  { id: 'quad9', name: 'Quad9', url: 'https://dns.quad9.net/dns-query' },
];

export const DEFAULT_RESOLVER_URL = BUILTIN_RESOLVERS[0]!.url;

export class ResolverUrlError extends Error {
  override name = 'ResolverUrlError';
}

/**
 * A built-in id ('cloudflare', 'google', 'quad9') or an https URL → the endpoint URL.
 * Throws ResolverUrlError for anything else: DoH is HTTPS by definition (RFC 8484 §5), and a
 * plain-http resolver would let the network rewrite answers.
 */
export function resolveResolverUrl(choice: string): string {
  const builtin = BUILTIN_RESOLVERS.find((r) => r.id === choice.trim().toLowerCase());
  if (builtin) return builtin.url;
  let u: URL;
  try {
    u = new URL(choice.trim());
  } catch {
    throw new ResolverUrlError(`"${choice}" is not a resolver name (cloudflare, google, quad9) or a URL`);
  }
  if (u.protocol !== 'https:')
    throw new ResolverUrlError(`a DoH resolver URL must start with https:// (got ${u.protocol})`);
  if (u.username || u.password) throw new ResolverUrlError('a DoH resolver URL must not carry credentials');
  u.hash = '';
  return u.toString();
}

/** The match pattern for a resolver's origin, as host permissions are written. */
export function originPattern(url: string): string {
  const u = new URL(url);
  return `${u.protocol}//${u.host}/*`;
}

export function isBuiltinResolver(url: string): boolean {
  return BUILTIN_RESOLVERS.some((r) => r.url === url);
}

/** The built-in resolver to fall back to from `url`: Google for Cloudflare, else Cloudflare. */
export function fallbackResolverUrl(url: string): string {
  return url === DEFAULT_RESOLVER_URL ? BUILTIN_RESOLVERS[1]!.url : DEFAULT_RESOLVER_URL;
}

export interface DohResolverOptions {
  /** Endpoint URL of the first resolver (default Cloudflare). */
  url?: string;
  /**
   * Endpoint asked when the first one times out or fails; none by default (undefined or null). A
   * chosen resolver is never silently replaced: pass one only where the user allows a fallback
   * (settings.resolverFallback; see fallbackResolverUrl), and answers from it carry `fallback`.
   */
  fallbackUrl?: string | null;
  fetch: FetchLike;
  timeoutMs?: number;
  retries?: number;
  cache?: DnsCache | false;
}

export function createDohResolver(opts: DohResolverOptions): ManagedResolver {
  const url = opts.url ?? DEFAULT_RESOLVER_URL;
  const fallbackUrl = opts.fallbackUrl ?? undefined;
  const urls = fallbackUrl && fallbackUrl !== url ? [url, fallbackUrl] : [url];
  return createResolver({
    transports: urls.map((u) =>
      createDohTransport({
        url: u,
        fetch: opts.fetch,
        ...(opts.timeoutMs ? { timeoutMs: opts.timeoutMs } : {}),
      }),
    ),
    ...(opts.cache !== undefined ? { cache: opts.cache } : {}),
    ...(opts.retries !== undefined ? { retries: opts.retries } : {}),
  });
}
