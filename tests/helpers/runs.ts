/**
 * A property's number of runs: `n` in the normal suite, a fifth of it (at least 10) under StrykerJS
 * (tests/helpers/mutate-setup.ts sets PREFLIGHT_MUTATE), where a property runs once per mutant it covers
 * and the instrumented code is several times slower. Mutants that only the extra runs would find count
 * as survivors there, so a mutation score is a lower bound; the normal suite keeps the full strength.
 */
export const runs = (n: number): number =>
  process.env.PREFLIGHT_MUTATE ? Math.max(10, Math.ceil(n / 5)) : n;
