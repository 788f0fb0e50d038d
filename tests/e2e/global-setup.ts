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
import { ROOT } from '../../scripts/lib/browsers';
import { buildIsFresh } from './build';
import { startFixtureServer } from '../../scripts/lib/fixture-server';

declare module 'vitest' {
  export interface ProvidedContext {
    fixturePort: number;
  }
}

export default async function setup(project: TestProject) {
  const reuse =
    process.env.PREFLIGHT_E2E_SKIP_BUILD === '1' ||
    (process.env.PREFLIGHT_E2E_BUILD !== '1' && buildIsFresh(ROOT));
  if (!reuse) {
    for (const args of [
      ['wxt', 'build'],
      ['wxt', 'build', '-b', 'firefox'],
      ['wxt', 'build', '--mode', 'e2e'],
      ['wxt', 'build', '-b', 'firefox', '--mode', 'e2e'],
    ]) {
      execFileSync('npx', args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    }
  }
  const server = await startFixtureServer();
  project.provide('fixturePort', server.port);
  return () => server.close();
}
