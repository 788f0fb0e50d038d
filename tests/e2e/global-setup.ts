/**
 * Real-browser tests: build the extension for both browsers once, start the HTTPS fixture server, and
 * hand its port to the tests (`inject('fixturePort')`). PREFLIGHT_E2E_SKIP_BUILD=1 reuses .output/
 * (for quick reruns while editing tests only).
 *
 * Two builds per browser: the production build (`wxt build`, .output/<browser>) that is shipped and
 * that tests/e2e/production-bundle.test.ts checks for test hooks, and the e2e build
 * (`wxt build --mode e2e`, .output/<browser>-e2e) with the test-only hooks compiled in
 * (utils/compose/test-hooks.ts), which the browser tests load. The e2e build is never zipped.
 */
import { execFileSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';
import { ROOT, requireBrowsers } from '../../scripts/lib/browsers';
import { BUILD_OUTPUTS, E2E_BUILD_OUTPUTS, buildIsFresh } from './build';
import { startFixtureServer } from '../../scripts/lib/fixture-server';

declare module 'vitest' {
  export interface ProvidedContext {
    fixturePort: number;
  }
}

export default async function setup(project: TestProject) {
  // A missing browser fails the run here, with the install command, before a minute of building, and
  // instead of every test reporting "skipped" after its beforeAll failed.
  requireBrowsers();
  // Each pair of builds is made unless it is newer than every source (CI's `npm run zip` has just made
  // the production pair). PREFLIGHT_E2E_SKIP_BUILD=1 never builds, and refuses a stale build rather
  // than test old code; PREFLIGHT_E2E_BUILD=1 always builds.
  const force = process.env.PREFLIGHT_E2E_BUILD === '1';
  const skip = process.env.PREFLIGHT_E2E_SKIP_BUILD === '1';
  const pairs: [readonly string[], string[][]][] = [
    [
      BUILD_OUTPUTS,
      [
        ['wxt', 'build'],
        ['wxt', 'build', '-b', 'firefox'],
      ],
    ],
    [
      E2E_BUILD_OUTPUTS,
      [
        ['wxt', 'build', '--mode', 'e2e'],
        ['wxt', 'build', '-b', 'firefox', '--mode', 'e2e'],
      ],
    ],
  ];
  for (const [outputs, builds] of pairs) {
    const fresh = buildIsFresh(ROOT, outputs);
    if (skip) {
      if (!fresh)
        throw new Error(
          `PREFLIGHT_E2E_SKIP_BUILD=1, but ${outputs.join(' and ')} is missing or older than the sources: ` +
            'run the e2e tests once without it (they build), or `npm run build`.',
        );
      continue;
    }
    if (fresh && !force) continue;
    for (const args of builds)
      execFileSync('npx', args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  const server = await startFixtureServer();
  project.provide('fixturePort', server.port);
  return () => server.close();
}
