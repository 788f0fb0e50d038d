import { defineConfig } from 'vitest/config';

// The unit tests only (no unbound, no browsers), for StrykerJS (`npm run mutate`): every mutant runs
// against the tests that cover it, so the suite must be quick and free of external services.
export default defineConfig({
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/integration/**', 'tests/e2e/**', 'tests/lint/**', 'node_modules/**'],
    environment: 'node',
    // fast-check stops at a property's first failure (no shrinking): same verdicts, much faster.
    setupFiles: ['tests/helpers/mutate-setup.ts'],
  },
});
