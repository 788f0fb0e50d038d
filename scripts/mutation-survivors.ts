/**
 * Lists the mutants a Stryker JSON report left alive, one line each, for working through them:
 *
 *   npm run mutate:survivors -- reports/mutation/auth.json [path filter]
 *
 * `S` survived, `NC` no coverage; then line:column-endLine:endColumn, the mutator, the exact source
 * span it replaced and `→` the replacement. The span matters: two mutants on one line can start at the
 * same column (`a < 4 || b` → `false` for the whole condition and for `a < 4` alone).
 */
import { readFileSync } from 'node:fs';

interface Position {
  line: number;
  column: number;
}
interface Mutant {
  status: string;
  mutatorName: string;
  replacement?: string;
  location: { start: Position; end: Position };
}
interface Report {
  files: Record<string, { source: string; mutants: Mutant[] }>;
}

const oneLine = (s: string, max: number): string => {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
};

/** The source text between two 1-based line / 1-based column positions. */
function span(lines: string[], start: Position, end: Position): string {
  if (start.line === end.line) return (lines[start.line - 1] ?? '').slice(start.column - 1, end.column - 1);
  const parts = [(lines[start.line - 1] ?? '').slice(start.column - 1)];
  for (let l = start.line + 1; l < end.line; l++) parts.push(lines[l - 1] ?? '');
  parts.push((lines[end.line - 1] ?? '').slice(0, end.column - 1));
  return parts.join('\n');
}

export function listSurvivors(report: Report, filter = ''): string[] {
  const out: string[] = [];
  for (const [path, file] of Object.entries(report.files).sort(([a], [b]) => a.localeCompare(b))) {
    if (!path.includes(filter)) continue;
    const alive = file.mutants
      .filter((m) => m.status === 'Survived' || m.status === 'NoCoverage')
      .sort(
        (a, b) =>
          a.location.start.line - b.location.start.line || a.location.start.column - b.location.start.column,
      );
    if (!alive.length) continue;
    const lines = file.source.split('\n');
    out.push(`== ${path} (${alive.length})`);
    for (const m of alive) {
      const { start, end } = m.location;
      out.push(
        `${m.status === 'NoCoverage' ? 'NC' : 'S '} L${start.line}:${start.column}-${end.line}:${end.column} ` +
          `${m.mutatorName}: ${oneLine(span(lines, start, end), 100)}  →  ${oneLine(m.replacement ?? '', 80)}`,
      );
    }
  }
  return out;
}

if (process.argv[1] && /mutation-survivors\.ts$/.test(process.argv[1])) {
  const [file, filter] = process.argv.slice(2);
  if (!file) {
    console.error('usage: npm run mutate:survivors -- <stryker report.json> [path filter]');
    process.exit(2);
  }
  const lines = listSurvivors(JSON.parse(readFileSync(file, 'utf8')) as Report, filter ?? '');
  console.log(lines.length ? lines.join('\n') : 'no survivors');
}
