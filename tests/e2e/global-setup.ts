/**
 * Real-browser tests: build the extension for both browsers once, start the HTTPS fixture server, and
 * hand its port to the tests (`inject('fixturePort')`). A build in .output/ newer than every source is
 * reused (CI builds once, with `npm run zip`, before the tests); PREFLIGHT_E2E_SKIP_BUILD=1 reuses
 * .output/ whatever its age (quick reruns while editing tests only), PREFLIGHT_E2E_BUILD=1 always builds.
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
    ]) {
      execFileSync('npx', args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    }
  }
  const server = await startFixtureServer();
  project.provide('fixturePort', server.port);
  return () => server.close();
}
