/**
 * The Node side of the DoH client (CLI, tests, bench): undici over HTTP/2. Never imported by the
 * extension bundle, which uses the service worker's global fetch.
 *
 * It uses undici's `request`, not its WHATWG `fetch`: the DoH client needs only the status, two
 * headers and the body bytes, and `fetch` adds a Request/Response/stream layer per query that costs
 * about as much CPU as the rest of the query together (a health report sends ~35 queries at once).
 * DoH needs no redirects (RFC 8484 servers answer at the URL), and `request` follows none.
 *
 * undici does not read NODE_EXTRA_CA_CERTS (Node's own https does), so the file is read here and its
 * certificates are added to the bundled roots; the integration tests' CA reaches the CLI this way.
 */
import { readFileSync } from 'node:fs';
import { rootCertificates } from 'node:tls';
import { Agent, request } from 'undici';
import type { DnsCache } from '../../utils/dns/cache';
import type { ManagedResolver } from '../../utils/dns/resolver';
import { createDohResolver } from '../../utils/dns/resolvers';
import type { FetchLike } from '../../utils/dns/types';

export interface NodeFetchOptions {
  /** Extra PEM certificates to trust; default: the file named by NODE_EXTRA_CA_CERTS, if any. */
  extraCa?: string[];
}

export interface NodeFetch extends FetchLike {
  /** Closes the HTTP/2 connections so the process can exit. */
  close(): Promise<void>;
}

export function extraCaFromEnv(env: NodeJS.ProcessEnv = process.env): string[] {
  const file = env.NODE_EXTRA_CA_CERTS;
  if (!file) return [];
  try {
    return [readFileSync(file, 'utf8')];
  } catch {
    // Node itself only warns about an unreadable NODE_EXTRA_CA_CERTS; do the same (silently).
    return [];
  }
}

export function createNodeFetch(opts: NodeFetchOptions = {}): NodeFetch {
  const extra = opts.extraCa ?? extraCaFromEnv();
  // One connection, many streams: without `connections: 1` undici opens a new TLS connection for
  // every query in flight (a health report sends ~40 at once) and servers drop most of them.
  const agent = new Agent({
    allowH2: true,
    connections: 1,
    pipelining: 64,
    connect: extra.length ? { ca: [...rootCertificates, ...extra] } : {},
  });
  const f: FetchLike = async (url, init) => {
    const res = await request(url, {
      method: init.method,
      headers: init.headers,
      ...(init.body ? { body: init.body } : {}),
      ...(init.signal ? { signal: init.signal } : {}),
      dispatcher: agent,
    });
    const chunks = res.body[Symbol.asyncIterator]();
    return {
      status: res.statusCode,
      headers: {
        get: (name: string) => {
          const v = res.headers[name.toLowerCase()];
          return v === undefined ? null : Array.isArray(v) ? v.join(', ') : v;
        },
      },
      // Chunk by chunk, so the DoH client can stop reading an endless body at the DNS maximum.
      body: {
        getReader: () => ({
          read: async () => {
            const next = await chunks.next();
            return next.done ? { done: true } : { done: false, value: new Uint8Array(next.value as Buffer) };
          },
          cancel: async () => void res.body.destroy(),
        }),
      },
      arrayBuffer: () => res.body.arrayBuffer(),
    };
  };
  return Object.assign(f, { close: () => agent.close() });
}

export interface NodeResolverOptions {
  url?: string;
  fallbackUrl?: string | null;
  timeoutMs?: number;
  retries?: number;
  cache?: DnsCache | false;
  extraCa?: string[];
}

export interface NodeResolver extends ManagedResolver {
  close(): Promise<void>;
}

export function createNodeResolver(opts: NodeResolverOptions = {}): NodeResolver {
  const fetch = createNodeFetch(opts.extraCa ? { extraCa: opts.extraCa } : {});
  const resolver = createDohResolver({ ...opts, fetch });
  return Object.assign(resolver, { close: () => fetch.close() });
}
