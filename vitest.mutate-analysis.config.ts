import { defineConfig } from 'vitest/config';

// The test set for Stryker runs on the analysis module (utils/analysis/): the tests whose subject it is,
// tests/analysis (rules, HTML scanner, matcher, engine, model, corpus) and the settings parser's own
// tests. The compose, panel and popup suites also call the engine, but each of them would run for every
// engine mutant; they are left out, so the score is a lower bound. Used by `npm run mutate -- analysis`
// (scripts/mutate.ts).
//
// `isolate: false`: Stryker runs every test file that covers a mutant, and with isolation each file
// imports the engine and the phrase packs afresh (about 0.3 s a file; a mutant in the engine is covered
// by some 70 files). Sharing the module cache makes the whole set about 6× faster. Stryker switches
// mutants at run time, so a shared module still runs the active mutant. The two files that test the
// phrase-pack registry from its first state (only English and Czech loaded) keep their isolation.
const FRESH_REGISTRY = ['tests/analysis/packs.test.ts', 'tests/analysis/phrases-mutants.test.ts'];

const shared = {
  environment: 'node' as const,
  setupFiles: ['tests/helpers/mutate-setup.ts'],
};

export default defineConfig({
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  test: {
    projects: [
      {
        extends: true,
        test: {
          ...shared,
          name: 'analysis-shared',
          include: [
            'tests/analysis/**/*.test.{ts,tsx}',
            'tests/options-settings.test.ts',
            'tests/options-import.fuzz.test.ts',
          ],
          exclude: ['node_modules/**', ...FRESH_REGISTRY],
          isolate: false,
        },
      },
      {
        extends: true,
        test: { ...shared, name: 'analysis-isolated', include: FRESH_REGISTRY },
      },
    ],
  },
});
