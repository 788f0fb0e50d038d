import { defineConfig } from 'vitest/config';

// The test set for Stryker runs on the compose module (utils/compose/{gate,controller,watcher}.ts): the
// tests that import it (tests/compose, without settings.test.ts, which does not). The invariant property
// takes 30 runs instead of 120 here (tests/helpers/mutate-setup.ts sets PREFLIGHT_MUTATE). Used by
// `npm run mutate -- compose` (scripts/mutate.ts) and by single-file runs (docs/mutation.md, compose).
export default defineConfig({
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  test: {
    include: ['tests/compose/*.test.{ts,tsx}'],
    exclude: ['tests/compose/settings.test.ts', 'node_modules/**'],
    environment: 'node',
    setupFiles: ['tests/helpers/mutate-setup.ts'],
  },
});
