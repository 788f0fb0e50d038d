import { defineConfig } from 'vitest/config';

// The auth unit tests (tests/auth/**) without the fuzz tests and the panel rendering, for iterating with
// StrykerJS on utils/auth/{dmarc,dkim,mx}: with the whole unit suite (vitest.mutate.config.ts) every
// mutant took about 8 s on the loaded 2-core machine. A score measured with this set is a lower bound
// of the full run's; docs/mutation.md says which set produced each figure.
export default defineConfig({
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  test: {
    include: ['tests/auth/**/*.test.ts'],
    exclude: ['tests/auth/fuzz.test.ts'],
    environment: 'node',
    // Test files share one module graph: each mutant's rerun no longer re-imports tldts and the DNS
    // code (Stryker switches mutants at run time, so nothing needs reloading).
    isolate: false,
  },
});
