import { defineConfig } from 'vitest/config';

// The auth unit tests only (tests/auth/**), for iterating with StrykerJS on utils/auth/{dmarc,dkim,mx}:
// the full unit suite (vitest.mutate.config.ts) makes every Stryker dry run slow on this 2-core machine.
// Scores measured with this config say so in docs/mutation.md ("test set: tests/auth").
export default defineConfig({
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  test: {
    include: ['tests/auth/**/*.test.{ts,tsx}'],
    environment: 'node',
  },
});
