/** The e2e setup reuses .output/ only when it is newer than every build input (tests/e2e/build.ts). */
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BUILD_OUTPUTS, buildIsFresh } from '../e2e/build';

let root = '';
const write = (rel: string, at: number) => {
  const p = join(root, rel);
  mkdirSync(dirname(p), { recursive: true });
  writeFileSync(p, 'x');
  // Folders count too (a deleted source changes its folder): date the file and every folder above it.
  for (let q = p; q.length > root.length; q = dirname(q)) utimesSync(q, at, at);
};

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('buildIsFresh', () => {
  const T = 1_700_000_000; // seconds
  const setup = () => {
    root = mkdtempSync(join(tmpdir(), 'preflight-fresh-'));
    write('utils/analysis/engine.ts', T);
    write('wxt.config.ts', T);
  };

  it('is false without a build', () => {
    setup();
    expect(buildIsFresh(root)).toBe(false);
  });

  it('is true when both browsers were built after the last source change', () => {
    setup();
    for (const out of BUILD_OUTPUTS) write(out, T + 10);
    expect(buildIsFresh(root)).toBe(true);
  });

  it('is false when one browser is missing or a source changed after the build', () => {
    setup();
    write(BUILD_OUTPUTS[0]!, T + 10);
    expect(buildIsFresh(root)).toBe(false);
    write(BUILD_OUTPUTS[1]!, T + 10);
    write('utils/analysis/engine.ts', T + 20);
    expect(buildIsFresh(root)).toBe(false);
  });
});
