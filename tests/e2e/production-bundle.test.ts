/**
 * The shipped build carries no test hook: a page or a link must never be able to turn the send gate off.
 * global-setup builds the production bundles (`wxt build`, without the e2e mode) before this runs; the
 * e2e bundles, built from the same sources with `--mode e2e`, prove the grep finds the hooks when present.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  CHROME_E2E_EXT,
  CHROME_EXT,
  FIREFOX_E2E_EXT,
  FIREFOX_EXT,
  requireBuild,
} from '../../scripts/lib/browsers';

const HOOKS = /preflight-test-(throw|partial)/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}
const hits = (dir: string) =>
  files(dir).filter((f) => /\.(js|html|json)$/.test(f) && HOOKS.test(readFileSync(f, 'utf8')));

describe('production bundles', () => {
  test.each([CHROME_EXT, FIREFOX_EXT])('%s: no test hook in any file', (dir) => {
    requireBuild(dir);
    expect(files(dir).some((f) => f.endsWith('.js'))).toBe(true);
    expect(hits(dir)).toEqual([]);
  });

  test.each([CHROME_E2E_EXT, FIREFOX_E2E_EXT])(
    '%s (e2e build): the hooks are there, so the grep can see them',
    (dir) => {
      requireBuild(dir);
      expect(hits(dir).some((f) => f.includes('content-scripts'))).toBe(true);
    },
  );
});
