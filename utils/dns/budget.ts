/**
 * A report's DNS budget, as a wrapper around a resolver (like the lookup limits of utils/dns/limits.ts):
 * at most `concurrency` queries in flight, at most `maxQueries` queries in all, and nothing after the
 * report's deadline (an AbortSignal). A hostile record cannot turn one health check into thousands of
 * queries, and a report always ends: past the budget or the deadline every query gets an ERROR answer
 * ('budget' or 'deadline') at once, which the checks turn into "unknown" with that reason.
 */
import { normalizeName } from './names';
import type { DnsAnswer, RRType, Resolver } from './types';

export interface QueryBudget {
  /** Queries in flight at once (default 6). */
  concurrency?: number;
  /** Distinct queries in all (default 400); a name and type asked again in the report reuses its answer. */
  maxQueries?: number;
  /** The report's deadline; queries asked or still waiting after it are answered 'deadline'. */
  signal?: AbortSignal;
}

export const DEFAULT_QUERY_BUDGET = { concurrency: 6, maxQueries: 400 } as const;

export interface BudgetStats {
  /** Queries passed to the resolver. */
  queries: number;
  /** The most that were in flight at once. */
  peakInFlight: number;
  /** Queries refused because the budget was spent. */
  overBudget: number;
  /** Queries refused or abandoned because the deadline passed. */
  pastDeadline: number;
  /** Fallback resolvers that answered some query (settings.resolverFallback), for the report. */
  fallbacks: Set<string>;
}

export interface BudgetedResolver extends Resolver {
  readonly stats: BudgetStats;
  /** True once any query was refused for budget or deadline: the report is partial. */
  readonly exhausted: boolean;
}

export function withQueryBudget(resolver: Resolver, budget: QueryBudget = {}): BudgetedResolver {
  const concurrency = Math.max(1, budget.concurrency ?? DEFAULT_QUERY_BUDGET.concurrency);
  const maxQueries = Math.max(0, budget.maxQueries ?? DEFAULT_QUERY_BUDGET.maxQueries);
  const signal = budget.signal;
  const stats: BudgetStats = {
    queries: 0,
    peakInFlight: 0,
    overBudget: 0,
    pastDeadline: 0,
    fallbacks: new Set(),
  };
  let inFlight = 0;
  // A freed slot is handed to the next waiter directly (wake(true)), so a newcomer can never slip in
  // between and push the count over `concurrency`; wake(false) means the deadline passed.
  // TXT queries go first: they read the records (SPF includes, DMARC…) whose terms lead to the next
  // level, so they are the report's critical path; address lookups can wait a round trip.
  const waiting: Array<(slot: boolean) => void> = [];
  const waitingFirst: Array<(slot: boolean) => void> = [];

  const pastDeadline = (name: string, type: RRType): DnsAnswer => {
    stats.pastDeadline++;
    return {
      name,
      type,
      status: 'ERROR',
      reason: 'deadline',
      message: 'the report ran out of time before this query',
    };
  };
  const overBudget = (name: string, type: RRType): DnsAnswer => {
    stats.overBudget++;
    return {
      name,
      type,
      status: 'ERROR',
      reason: 'budget',
      message: `the report already made ${maxQueries} DNS queries, its limit`,
    };
  };
  // The deadline releases everyone in the queue at once (each then sees the aborted signal).
  const aborted = new Promise<'aborted'>((resolve) => {
    if (!signal) return;
    if (signal.aborted) resolve('aborted');
    else signal.addEventListener('abort', () => resolve('aborted'), { once: true });
  });
  signal?.addEventListener(
    'abort',
    () => {
      for (const wake of [...waitingFirst.splice(0), ...waiting.splice(0)]) wake(false);
    },
    { once: true },
  );

  const acquire = (type: RRType): Promise<boolean> => {
    if (inFlight < concurrency) {
      inFlight++;
      return Promise.resolve(true);
    }
    return new Promise<boolean>((wake) => (type === 'TXT' ? waitingFirst : waiting).push(wake));
  };
  const release = () => {
    const next = waitingFirst.shift() ?? waiting.shift();
    if (next) next(true);
    else inFlight--;
  };

  // One report asks the same name and type many times (the walk, then each provider's checkHost
  // runs): those share one query, which takes one slot and counts once. The report also sees one
  // answer per question, never two that differ.
  const asked = new Map<string, Promise<DnsAnswer>>();
  const resolve = (name: string, type: RRType): Promise<DnsAnswer> => {
    const key = `${normalizeName(name)}|${type}`;
    const known = asked.get(key);
    if (known) return known;
    const p = ask(name, type);
    asked.set(key, p);
    return p;
  };

  const ask = async (name: string, type: RRType): Promise<DnsAnswer> => {
    if (signal?.aborted) return pastDeadline(name, type);
    if (stats.queries >= maxQueries) return overBudget(name, type);
    stats.queries++;
    if (!(await acquire(type))) return pastDeadline(name, type);
    if (signal?.aborted) {
      release();
      return pastDeadline(name, type);
    }
    stats.peakInFlight = Math.max(stats.peakInFlight, inFlight);
    try {
      const answer = signal
        ? await Promise.race([resolver(name, type), aborted])
        : await resolver(name, type);
      if (answer === 'aborted') return pastDeadline(name, type);
      if (answer.fallback) stats.fallbacks.add(answer.fallback);
      return answer;
    } finally {
      release();
    }
  };

  // defineProperty, not Object.assign: assign would copy the getter's value once.
  return Object.defineProperties(resolve, {
    stats: { value: stats },
    exhausted: { get: () => stats.overBudget > 0 || stats.pastDeadline > 0 },
  }) as BudgetedResolver;
}
