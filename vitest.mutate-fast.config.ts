import { defineConfig } from 'vitest/config';

// Iteration aid for mutation testing of the analysis rules and the HTML scanner: only the tests written
// for them (the rule tables, the HTML scanner tests, rule metadata; not the tokenizer's fuzz campaigns,
// which take seconds per mutant). Scores measured with it are a lower bound of the score with
// vitest.mutate.config.ts (fewer tests kill fewer mutants).
export default defineConfig({
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  test: {
    include: [
      'tests/analysis/rules/**/*.test.ts',
      'tests/analysis/html*.test.ts',
      'tests/analysis/meta.test.ts',
    ],
    environment: 'node',
  },
});
