import { defineConfig } from 'vitest/config';

// A narrower test set for Stryker runs on the analysis core (engine, text, normalize, matcher): the
// core's own unit tests without the rule, corpus, model and fast-check property suites, which make
// every mutant slow on a loaded 2-core machine. MUTATE_TESTS narrows it further to the named files of
// tests/analysis (comma-separated, without .test.ts), e.g. MUTATE_TESTS=engine,engine-mutants.
// docs/mutation.md says which test set produced each figure.
const only = process.env.MUTATE_TESTS?.split(',').filter(Boolean);

export default defineConfig({
  test: {
    include: only?.length
      ? only.map((name) => `tests/analysis/${name}.test.ts`)
      : [
          'tests/analysis/{engine,text,matcher,tokenizer,packs,meta,czech}.test.ts',
          'tests/analysis/*-mutants.test.ts',
        ],
    environment: 'node',
    // As vitest.mutate.config.ts: fast-check stops at a property's first failure. The matcher's trie
    // test scans the whole corpus, which takes over 5 s on the loaded machine.
    setupFiles: ['tests/helpers/mutate-setup.ts'],
    testTimeout: 60_000,
  },
});
