import { describe, expect, it } from 'vitest';
import { listSurvivors } from '../../scripts/mutation-survivors';

const source = [
  'const a = 1;',
  'if (text.length < 4 || text.length > 300) continue;',
  'f(',
  '  x,',
  ');',
].join('\n');
const at = (line: number, column: number, endLine: number, endColumn: number) => ({
  start: { line, column },
  end: { line: endLine, column: endColumn },
});

describe('mutate:survivors', () => {
  const report = {
    files: {
      'utils/b.ts': {
        source,
        mutants: [
          { status: 'Killed', mutatorName: 'X', replacement: 'y', location: at(1, 11, 1, 12) },
          {
            status: 'Survived',
            mutatorName: 'ConditionalExpression',
            replacement: 'false',
            location: at(2, 5, 2, 41),
          },
          {
            status: 'Survived',
            mutatorName: 'ConditionalExpression',
            replacement: 'false',
            location: at(2, 5, 2, 20),
          },
          {
            status: 'NoCoverage',
            mutatorName: 'ArrayDeclaration',
            replacement: '[]',
            location: at(3, 1, 5, 2),
          },
        ],
      },
      'utils/a.ts': {
        source: 'x',
        mutants: [{ status: 'Timeout', mutatorName: 'X', location: at(1, 1, 1, 2) }],
      },
    },
  };

  it('prints only survivors and no-coverage mutants, each with the exact span it replaced', () => {
    expect(listSurvivors(report)).toEqual([
      '== utils/b.ts (3)',
      'S  L2:5-2:41 ConditionalExpression: text.length < 4 || text.length > 300  →  false',
      'S  L2:5-2:20 ConditionalExpression: text.length < 4  →  false',
      'NC L3:1-5:2 ArrayDeclaration: f( x, )  →  []',
    ]);
  });

  it('keeps only the files whose path contains the filter', () => {
    expect(listSurvivors(report, 'a.ts')).toEqual([]);
    expect(listSurvivors(report, 'b.ts')[0]).toBe('== utils/b.ts (3)');
  });
});
