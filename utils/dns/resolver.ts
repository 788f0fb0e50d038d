/**
 * The production resolver: cache → in-flight merge → DoH transports (one retry each, then the next
 * transport). Implements the Resolver contract, so SPF and every later check sees only answers.
 */
import { DnsCache } from './cache';
import type { DnsTransport } from './doh';
import { nameProblem, normalizeName } from './names';
import type { DnsAnswer, RRType, Resolver } from './types';

export interface ResolverStats {
  /** Calls to the resolver. */
  lookups: number;
  /** Answered from the cache. */
  cacheHits: number;
  /** Joined a query already in flight for the same name and type. */
  merged: number;
  /** HTTP requests sent to transports (retries and fallbacks included). */
  upstreamQueries: number;
  retries: number;
  /** Lookups that had to go to a later transport. */
  fallbacks: number;
}

export interface ManagedResolver extends Resolver {
  readonly stats: ResolverStats;
  readonly transports: readonly DnsTransport[];
  readonly cache: DnsCache | undefined;
}

export interface ResolverOptions {
  /** Primary first; later ones are fallbacks. */
  transports: DnsTransport[];
  /** A DnsCache, or false for none. Default: an in-memory cache. */
  cache?: DnsCache | false;
  /** Retries on the same transport after a timeout or transport error (default 1). */
  retries?: number;
}

/** Worth asking again (or asking someone else): the question never got a DNS answer. */
function isTransient(a: DnsAnswer): boolean {
  if (a.status === 'TIMEOUT') return true;
  if (a.status === 'ERROR') return a.reason !== 'bad-name' && a.reason !== 'cname-loop';
  return false;
}

export function createResolver(opts: ResolverOptions): ManagedResolver {
  if (!opts.transports.length) throw new Error('createResolver needs at least one transport');
  const cache = opts.cache === false ? undefined : (opts.cache ?? new DnsCache());
  const retries = opts.retries ?? 1;
  const stats: ResolverStats = {
    lookups: 0,
    cacheHits: 0,
    merged: 0,
    upstreamQueries: 0,
    retries: 0,
    fallbacks: 0,
  };
  const inflight = new Map<string, Promise<DnsAnswer>>();
  // Cache keys name the resolver (its transports, in order): one DnsCache may serve several
  // resolvers, and a custom resolver's answer must never come back labelled as another's.
  const scope = opts.transports.map((t) => t.url).join(' ');

  async function ask(name: string, type: RRType): Promise<DnsAnswer> {
    let last: DnsAnswer | undefined;
    for (const [i, transport] of opts.transports.entries()) {
      if (i > 0) stats.fallbacks++;
      // REFUSED is the resolver's policy (rate limit, blocked name): another resolver may answer.
      for (let attempt = 0; attempt <= retries; attempt++) {
        if (attempt > 0) stats.retries++;
        stats.upstreamQueries++;
        last = await transport.query(name, type);
        // An answer from a fallback says so, and the report names it (never a silent substitute).
        if (i > 0) last = { ...last, fallback: transport.url };
        if (last.status === 'REFUSED') break;
        if (!isTransient(last)) return last;
      }
    }
    return last as DnsAnswer;
  }

  async function lookup(name: string, type: RRType, key: string): Promise<DnsAnswer> {
    const cached = await cache?.get(key);
    if (cached) {
      stats.cacheHits++;
      return cached;
    }
    let answer: DnsAnswer;
    try {
      answer = await ask(name, type);
    } catch (e) {
      // A transport broke the never-reject contract; keep ours.
      return {
        name,
        type,
        status: 'ERROR',
        reason: 'network',
        message: e instanceof Error ? e.message : String(e),
      };
    }
    await cache?.set(key, answer);
    return answer;
  }

  const resolve = (rawName: string, type: RRType): Promise<DnsAnswer> => {
    stats.lookups++;
    const name = normalizeName(rawName);
    const problem = nameProblem(name);
    if (problem) {
      return Promise.resolve({
        name,
        type,
        status: 'ERROR',
        reason: 'bad-name',
        message: `cannot query "${name}" (${problem})`,
      });
    }
    const key = `${scope}|${name}|${type}`;
    const running = inflight.get(key);
    if (running) {
      stats.merged++;
      return running;
    }
    const p = lookup(name, type, key).finally(() => inflight.delete(key));
    inflight.set(key, p);
    return p;
  };

  return Object.assign(resolve, { stats, transports: opts.transports, cache });
}
