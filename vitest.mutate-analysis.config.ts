import { defineConfig } from 'vitest/config';

// The test set for Stryker runs on the analysis module (utils/analysis/): the tests whose subject it is,
// tests/analysis (rules, HTML scanner, matcher, engine, model, corpus) and the settings parser's own
// tests. The compose, panel and popup suites also call the engine, but each of them would run for every
// engine mutant and make a whole-module run take hours on 2 cores; they are left out, so the score is a
// lower bound. Used by `npm run mutate -- analysis` (scripts/mutate.ts).
export default defineConfig({
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  test: {
    include: [
      'tests/analysis/**/*.test.{ts,tsx}',
      'tests/options-settings.test.ts',
      'tests/options-import.fuzz.test.ts',
    ],
    exclude: ['node_modules/**'],
    environment: 'node',
    setupFiles: ['tests/helpers/mutate-setup.ts'],
  },
});
