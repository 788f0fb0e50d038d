/**
 * Setup for the unit tests under StrykerJS only (vitest.mutate.config.ts). A property that fails under a
 * mutant has done its job: fast-check stops at the first counterexample instead of shrinking it, which
 * can take longer than the whole passing run. Pass/fail is the same, so the mutation score is too.
 */
import fc from 'fast-check';
import { inject, vi } from 'vitest';

// Properties without their own numRuns take 20 runs instead of fast-check's 100 (see tests/helpers/runs.ts
// for those with one): fewer runs can only let more mutants survive, so the score stays a lower bound.
fc.configureGlobal({ ...fc.readConfigureGlobal(), endOnFailure: true, numRuns: 20 });

// Properties that are slow per run (e.g. tests/compose/invariant.test.tsx, a whole Gmail compose per run)
// read this to take fewer runs under Stryker, where they run once per mutant; the normal suite (no
// setup file) keeps their full strength.
process.env.PREFLIGHT_MUTATE = '1';

// Test sets that share the module cache between files (`isolate: false`, vitest.mutate-analysis.config.ts)
// would also share it between Stryker's runs: a table or cache built lazily under one mutant would be
// reused under the next one. So the first file of every run (a new active mutant) starts from fresh
// modules; the files after it in the same run share them. With isolation on this changes nothing.
const active = (inject as (key: string) => unknown)('activeMutant');
const seen = globalThis as { __preflightActiveMutant?: { id: unknown } };
if (!seen.__preflightActiveMutant || seen.__preflightActiveMutant.id !== active) {
  vi.resetModules();
  seen.__preflightActiveMutant = { id: active };
}
