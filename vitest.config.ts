import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Three projects, one command (`npm test`; `npm run test:unit` runs the unit project alone, in seconds):
//  - unit: pure code, vitest + happy-dom where a file asks for it (`// @vitest-environment happy-dom`)
//  - integration: the DoH client and SPF against a real unbound on loopback (harness starts it)
//  - e2e: the built extension in Debian chromium (playwright-core) and firefox-esr (puppeteer-core)
export default defineConfig({
  // WXT's plugin: the wxt.config aliases, auto-import types, and the fake `browser` (wxt/testing) for
  // code that touches extension APIs. Inherited by every project (`extends: true`).
  plugins: [WxtVitest()],
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.{ts,tsx}'],
          exclude: ['tests/integration/**', 'tests/e2e/**', 'node_modules/**'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/integration/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
