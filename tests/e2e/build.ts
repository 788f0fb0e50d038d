/**
 * Whether the extension in .output/ was built from the sources as they are now, so the e2e setup can
 * reuse it (CI builds each browser once, with `npm run zip`, before the tests) instead of building
 * again. Fresh means: both browsers' manifests exist and are newer than every source file that goes
 * into a build.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** What a build reads: the extension's code, assets and config (tests and scripts are not bundled). */
export const BUILD_INPUTS = [
  'entrypoints',
  'components',
  'utils',
  'public',
  'assets',
  'wxt.config.ts',
  'package.json',
  'tsconfig.json',
];
export const BUILD_OUTPUTS = ['.output/chrome-mv3/manifest.json', '.output/firefox-mv2/manifest.json'];

/** Newest modification time (ms) under `path` (a file or a folder, walked), 0 when absent. */
export function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** The e2e builds (`wxt build --mode e2e`), with the test-only hooks compiled in. */
export const E2E_BUILD_OUTPUTS = [
  '.output/chrome-mv3-e2e/manifest.json',
  '.output/firefox-mv2-e2e/manifest.json',
];

export function buildIsFresh(root: string, which: readonly string[] = BUILD_OUTPUTS): boolean {
  const outputs = which.map((p) => join(root, p));
  if (!outputs.every((p) => existsSync(p))) return false;
  const built = Math.min(...outputs.map((p) => statSync(p).mtimeMs));
  return BUILD_INPUTS.every((p) => newestMtime(join(root, p)) < built);
}
