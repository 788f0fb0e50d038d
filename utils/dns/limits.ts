/**
 * Lookup limits as a wrapper around a resolver (the mailauth pattern), so SPF evaluation does not
 * scatter counters through its logic. RFC 7208 §4.6.4: at most 10 terms that cause DNS queries
 * (include, a, mx, ptr, exists, redirect) per check_host(), and at most 2 "void lookups".
 */
import type { DnsAnswer, RRType, Resolver } from './types';
import { isVoid } from './types';

export interface LookupLimits {
  /** Terms that query DNS (RFC 7208 §4.6.4: 10). */
  maxTerms: number;
  /** Terms whose query comes back NXDOMAIN or NODATA (RFC 7208 §4.6.4: "SHOULD" 2). */
  maxVoid: number;
}

export const SPF_LIMITS: LookupLimits = { maxTerms: 10, maxVoid: 2 };

export class LookupLimitError extends Error {
  override name = 'LookupLimitError';
  constructor(
    readonly limit: 'terms' | 'void',
    readonly max: number,
    /** The term that went over. */
    readonly term: string,
  ) {
    super(
      limit === 'terms'
        ? `more than ${max} DNS-querying terms (at "${term}")`
        : `more than ${max} void lookups (at "${term}")`,
    );
  }
}

export interface LookupCounts {
  terms: number;
  voids: number;
  /** Every query made through the wrapper, counted or not. */
  queries: number;
}

export interface CountingResolver extends Resolver {
  readonly counts: LookupCounts;
  /** Charges one DNS-querying term; throws LookupLimitError when that is one too many. */
  chargeTerm(term: string): void;
  /**
   * Resolves a term's own query (the A of `a`, the MX of `mx`, the TXT of `include`…) and counts a
   * void answer; throws LookupLimitError when that is one void too many.
   */
  resolveForTerm(name: string, type: RRType, term: string): Promise<DnsAnswer>;
  /** Counts a void lookup found without asking (a target that cannot even be a DNS name). */
  countVoid(term: string): void;
}

/** Wraps `resolver`; plain calls are counted as queries only (e.g. the A lookups of MX hosts). */
export function withLookupLimits(resolver: Resolver, limits: LookupLimits = SPF_LIMITS): CountingResolver {
  const counts: LookupCounts = { terms: 0, voids: 0, queries: 0 };
  const plain = (name: string, type: RRType): Promise<DnsAnswer> => {
    counts.queries++;
    return resolver(name, type);
  };
  const countVoid = (term: string): void => {
    counts.voids++;
    if (counts.voids > limits.maxVoid) throw new LookupLimitError('void', limits.maxVoid, term);
  };
  return Object.assign(plain, {
    counts,
    chargeTerm(term: string) {
      counts.terms++;
      if (counts.terms > limits.maxTerms) throw new LookupLimitError('terms', limits.maxTerms, term);
    },
    countVoid,
    async resolveForTerm(name: string, type: RRType, term: string) {
      const answer = await plain(name, type);
      if (isVoid(answer)) countVoid(term);
      return answer;
    },
  });
}
