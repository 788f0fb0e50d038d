/**
 * A TTL cache for DNS answers with negative caching (RFC 2308). It keeps a small in-memory map in
 * front of a pluggable store, because the MV3 service worker can be stopped at any moment: in the
 * background the store is chrome.storage.session (see createStorageAreaStore), in Node and tests a Map.
 */
import type { DnsAnswer } from './types';

export interface CacheEntry {
  answer: DnsAnswer;
  /** Epoch milliseconds. */
  storedAt: number;
  expiresAt: number;
}

/** Where entries live. Methods may be sync or async; errors are swallowed (a cache is optional). */
export interface CacheStore {
  get(key: string): Promise<CacheEntry | undefined> | CacheEntry | undefined;
  set(key: string, entry: CacheEntry): Promise<void> | void;
  delete(key: string): Promise<void> | void;
}

export interface CachePolicy {
  /** Floor for every cached answer, so a TTL of 0 still serves one report (seconds). */
  minTtl: number;
  /** Ceiling for positive answers (seconds). */
  maxTtl: number;
  /** Ceiling for NXDOMAIN/NODATA (RFC 2308 §5 suggests 1–3 hours). */
  maxNegativeTtl: number;
  /** SERVFAIL/REFUSED: RFC 2308 §7.1 allows up to 5 minutes; brief, so a fix shows up soon. */
  failureTtl: number;
}

export const DEFAULT_CACHE_POLICY: CachePolicy = {
  minTtl: 5,
  maxTtl: 86_400,
  maxNegativeTtl: 10_800,
  failureTtl: 5,
};

/** Seconds to keep an answer, or 0 for "do not cache" (timeouts and transport errors). */
export function cacheTtl(answer: DnsAnswer, policy: CachePolicy = DEFAULT_CACHE_POLICY): number {
  const clamp = (ttl: number, max: number) => Math.min(Math.max(ttl, policy.minTtl), max);
  switch (answer.status) {
    case 'NOERROR':
      return clamp(answer.ttl, policy.maxTtl);
    case 'NXDOMAIN':
    case 'NODATA':
      return clamp(answer.ttl, policy.maxNegativeTtl);
    case 'SERVFAIL':
    case 'REFUSED':
      return policy.failureTtl;
    case 'TIMEOUT':
    case 'ERROR':
      return 0;
  }
}

export class MemoryStore implements CacheStore {
  private readonly map = new Map<string, CacheEntry>();
  constructor(private readonly maxEntries = 2000) {}
  get(key: string): CacheEntry | undefined {
    return this.map.get(key);
  }
  set(key: string, entry: CacheEntry): void {
    this.map.delete(key);
    this.map.set(key, entry);
    // Map keeps insertion order, so the first key is the least recently stored.
    while (this.map.size > this.maxEntries) {
      const oldest = this.map.keys().next().value;
      if (oldest === undefined) break;
      this.map.delete(oldest);
    }
  }
  delete(key: string): void {
    this.map.delete(key);
  }
  get size(): number {
    return this.map.size;
  }
  clear(): void {
    this.map.clear();
  }
}

/** The part of browser.storage.session (or .local) the store needs. */
export interface StorageAreaLike {
  get(keys: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string): Promise<void>;
}

/** A CacheStore over an extension storage area; entries are plain JSON under a "dns:" prefix. */
export function createStorageAreaStore(area: StorageAreaLike, prefix = 'dns:'): CacheStore {
  return {
    async get(key) {
      const k = prefix + key;
      const got = (await area.get(k))[k];
      return isCacheEntry(got) ? got : undefined;
    },
    async set(key, entry) {
      await area.set({ [prefix + key]: entry });
    },
    async delete(key) {
      await area.remove(prefix + key);
    },
  };
}

function isCacheEntry(v: unknown): v is CacheEntry {
  if (typeof v !== 'object' || v === null) return false;
  const e = v as Partial<CacheEntry>;
  return (
    typeof e.expiresAt === 'number' &&
    typeof e.storedAt === 'number' &&
    typeof e.answer === 'object' &&
    e.answer !== null
  );
}

export interface DnsCacheOptions {
  store?: CacheStore;
  policy?: Partial<CachePolicy>;
  now?: () => number;
}

export class DnsCache {
  private readonly memory = new MemoryStore(500);
  private readonly store: CacheStore | undefined;
  readonly policy: CachePolicy;
  private readonly now: () => number;

  constructor(opts: DnsCacheOptions = {}) {
    this.store = opts.store;
    this.policy = { ...DEFAULT_CACHE_POLICY, ...opts.policy };
    this.now = opts.now ?? Date.now;
  }

  /** The cached answer with its TTL counted down, or undefined. */
  async get(key: string): Promise<DnsAnswer | undefined> {
    const now = this.now();
    let entry = this.memory.get(key);
    if (!entry && this.store) {
      // Stryker disable next-line OptionalChaining: equivalent, this.store is set here (the ?. is for the closure's type narrowing)
      entry = await safely(() => this.store?.get(key));
      if (entry) this.memory.set(key, entry);
    }
    if (!entry) return undefined;
    if (entry.expiresAt <= now) {
      this.memory.delete(key);
      // Stryker disable next-line ConditionalExpression,OptionalChaining: equivalent, either guard alone skips a missing store
      if (this.store) await safely(() => this.store?.delete(key));
      return undefined;
    }
    const answer = entry.answer;
    if ('ttl' in answer) return { ...answer, ttl: Math.max(0, Math.floor((entry.expiresAt - now) / 1000)) };
    return answer;
  }

  async set(key: string, answer: DnsAnswer): Promise<void> {
    const ttl = cacheTtl(answer, this.policy);
    if (ttl <= 0) return;
    const now = this.now();
    const entry: CacheEntry = { answer, storedAt: now, expiresAt: now + ttl * 1000 };
    this.memory.set(key, entry);
    // Stryker disable next-line ConditionalExpression,OptionalChaining: equivalent, either guard alone skips a missing store
    if (this.store) await safely(() => this.store?.set(key, entry));
  }

  /** Forget the in-memory layer (what a stopped service worker loses); the store keeps its entries. */
  dropMemory(): void {
    this.memory.clear();
  }
}

async function safely<T>(fn: () => Promise<T> | T): Promise<T | undefined> {
  try {
    return await fn();
  } catch {
    return undefined;
  }
}
