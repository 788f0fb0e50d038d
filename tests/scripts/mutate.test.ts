import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join, matchesGlob, relative } from 'node:path';
import { DEFAULT_MODULES, MODULES, SHARDS, partsOf, scoreOf } from '../../scripts/mutate';

const ROOT = join(import.meta.dirname, '..', '..');

/** Stryker's reading of a glob list: a file is in when it matches a plain glob and no `!` glob. */
const inGlobs = (file: string, globs: string[]) =>
  globs.some((g) => !g.startsWith('!') && matchesGlob(file, g)) &&
  !globs.some((g) => g.startsWith('!') && matchesGlob(file, g.slice(1)));

const tsFiles = (dir: string): string[] =>
  readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) =>
      relative(ROOT, join(ROOT, dir, f))
        .split('\\')
        .join('/'),
    );

const m = (...statuses: string[]) => ({ mutants: statuses.map((status) => ({ status })) });

describe('npm run mutate: scores', () => {
  it('counts killed and timed-out mutants as detected, ignored ones as neither', () => {
    const r = scoreOf({ files: { 'a.ts': m('Killed', 'Timeout', 'Survived', 'NoCoverage', 'Ignored') } });
    expect(r.score).toBe(50);
    expect(r.counts).toEqual({ Killed: 1, Timeout: 1, Survived: 1, NoCoverage: 1, Ignored: 1 });
  });

  it('gives 100 % to a report with nothing to detect', () => {
    expect(scoreOf({ files: { 'a.ts': m('Ignored') } }).score).toBe(100);
  });

  it('groups files by their first directory below the common root, root files alone', () => {
    const parts = partsOf({
      files: {
        'utils/auth/spf/evaluate.ts': m('Killed', 'Survived'),
        'utils/auth/spf/checks/spf-all.ts': m('Killed', 'Killed'),
        'utils/auth/dmarc/parse.ts': m('Survived'),
        'utils/auth/report.ts': m('Killed'),
      },
    });
    expect(parts.map((p) => [p.part, p.score])).toEqual([
      ['dmarc/', 0],
      ['report.ts', 100],
      ['spf/', 75],
    ]);
  });

  it('runs the four modules of issue 13 by default, each one known', () => {
    expect([...DEFAULT_MODULES]).toEqual(['analysis', 'compose', 'auth', 'dns']);
    for (const name of DEFAULT_MODULES) expect(MODULES[name]?.length).toBeGreaterThan(0);
  });

  it('splits analysis into shards that hold each of its files exactly once', () => {
    const files = tsFiles('utils/analysis').filter((f) => inGlobs(f, MODULES.analysis!));
    expect(files.length).toBeGreaterThan(40);
    expect(files).toContain('utils/analysis/rules/body-shouting.ts');
    expect(files).not.toContain('utils/analysis/phrases/en.ts');
    const shards = Object.values(SHARDS.analysis!);
    for (const f of files) expect([f, shards.filter((g) => inGlobs(f, g)).length]).toEqual([f, 1]);
    // and no shard reaches outside the module
    for (const f of tsFiles('utils/analysis'))
      if (!inGlobs(f, MODULES.analysis!)) expect(shards.some((g) => inGlobs(f, g))).toBe(false);
  });
});
