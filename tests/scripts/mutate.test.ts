import { describe, expect, it } from 'vitest';
import { DEFAULT_MODULES, MODULES, partsOf, scoreOf } from '../../scripts/mutate';

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
});
