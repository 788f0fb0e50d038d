/**
 * Mutation testing of the core with StrykerJS (`npm run mutate [-- module …]`), one module at a time so a
 * report names each module's score, with the score of each of its parts below it. Modules: analysis,
 * compose, auth, dns (run by default) and spf (a part of auth, run only when named). Not in CI:
 * a full run takes a long time on two cores. Equivalent mutants are marked in the source with
 * `// Stryker disable next-line <mutator>: <why>` and listed in docs/mutation.md; Stryker counts them as
 * ignored, not survived.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');

export const MODULES: Record<string, string[]> = {
  // The engine: rules, HTML scanner, phrase matcher, text folding. Phrase lists and domain tables are data.
  analysis: [
    'utils/analysis/**/*.ts',
    '!utils/analysis/phrases/{en,cs,sk,de,fr,es}.ts',
    '!utils/analysis/data/**',
    '!utils/analysis/model/weights*.ts',
  ],
  // The send gate, the per-compose controller and the compose watcher (start.tsx is DOM wiring: e2e).
  compose: ['utils/compose/gate.ts', 'utils/compose/controller.ts', 'utils/compose/watcher.ts'],
  auth: ['utils/auth/**/*.ts'],
  // The SPF evaluator on its own (part of auth): its code is final while the rest of auth still changes.
  spf: ['utils/auth/spf/**/*.ts'],
  // Wire format, cache and DoH client: the parts that see untrusted bytes and keep state.
  dns: ['utils/dns/wire.ts', 'utils/dns/cache.ts', 'utils/dns/doh.ts', 'utils/dns/resolver.ts'],
};

/**
 * A module's own vitest config, where the whole unit suite would make every mutant slow: the tests that
 * import the module (compose: tests/compose, the invariant property with fewer runs under Stryker).
 */
export const TEST_CONFIGS: Record<string, string> = {
  analysis: 'vitest.mutate-analysis.config.ts',
  compose: 'vitest.mutate-compose.config.ts',
};

const GOAL = 85;

/** The modules of issue 13, run by default. `spf` is a part of `auth`, run alone only when named. */
export const DEFAULT_MODULES = ['analysis', 'compose', 'auth', 'dns'] as const;

/**
 * The parts of a module's report: files grouped by their first directory below the module's root
 * (`utils/auth/spf/checks/spf-all.ts` → `spf`), files at the root each on their own, so the printed
 * summary shows which part holds the survivors.
 */
export function partsOf(
  report: ReportJson,
): Array<{ part: string; score: number; counts: Record<string, number> }> {
  const paths = Object.keys(report.files);
  if (paths.length === 0) return [];
  const split = paths.map((p) => p.split('/'));
  let common = 0;
  while (split.every((s) => s.length > common + 1 && s[common] === split[0]![common])) common++;
  const groups = new Map<string, ReportJson['files']>();
  for (const [i, path] of paths.entries()) {
    const rest = split[i]!.slice(common);
    const part = rest.length > 1 ? `${rest[0]}/` : rest[0]!;
    const files = groups.get(part) ?? {};
    files[path] = report.files[path]!;
    groups.set(part, files);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([part, files]) => ({ part, ...scoreOf({ files }) }));
}

const line = (name: string, score: number, counts: Record<string, number>, indent = '') =>
  `${indent}${name.padEnd(18 - indent.length)} ${score.toFixed(1).padStart(5)}%  killed ${counts.Killed ?? 0}, ` +
  `timeout ${counts.Timeout ?? 0}, survived ${counts.Survived ?? 0}, no coverage ${counts.NoCoverage ?? 0}, ` +
  `ignored ${counts.Ignored ?? 0}`;

interface MutantJson {
  status: string;
}
interface ReportJson {
  files: Record<string, { mutants: MutantJson[] }>;
}

export function scoreOf(report: ReportJson): { score: number; counts: Record<string, number> } {
  const counts: Record<string, number> = {};
  for (const f of Object.values(report.files))
    for (const m of f.mutants) counts[m.status] = (counts[m.status] ?? 0) + 1;
  const detected = (counts.Killed ?? 0) + (counts.Timeout ?? 0);
  const valid = detected + (counts.Survived ?? 0) + (counts.NoCoverage ?? 0);
  return { score: valid === 0 ? 100 : (100 * detected) / valid, counts };
}

function main(): void {
  const asked = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const names = asked.length ? asked : [...DEFAULT_MODULES];
  const rows: string[] = [];
  let failed = false;
  for (const name of names) {
    const globs = MODULES[name];
    if (!globs) {
      console.error(`mutate: unknown module "${name}" (known: ${Object.keys(MODULES).join(', ')})`);
      process.exit(2);
    }
    const out = join('reports', 'mutation', `${name}.json`);
    mkdirSync(join(ROOT, 'reports', 'mutation'), { recursive: true });
    // Stryker takes nested options only from a config file: one per module, from the shared base.
    const base = JSON.parse(readFileSync(join(ROOT, 'stryker.config.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    const config = join('reports', 'mutation', `stryker.${name}.json`);
    const { $schema: _schema, _comment: _c, ...rest } = base;
    writeFileSync(
      join(ROOT, config),
      JSON.stringify(
        {
          ...rest,
          ...(TEST_CONFIGS[name] ? { vitest: { configFile: TEST_CONFIGS[name] } } : {}),
          mutate: globs,
          jsonReporter: { fileName: out },
        },
        null,
        2,
      ),
    );
    const run = spawnSync('npx', ['stryker', 'run', config], { cwd: ROOT, stdio: 'inherit' });
    if (run.status !== 0) {
      rows.push(`${name.padEnd(9)} stryker failed (exit ${run.status})`);
      failed = true;
      continue;
    }
    const report = JSON.parse(readFileSync(join(ROOT, out), 'utf8')) as ReportJson;
    const { score, counts } = scoreOf(report);
    const mark = score >= GOAL ? '' : `  below the ${GOAL}% goal`;
    rows.push(line(name, score, counts) + mark);
    for (const p of partsOf(report)) rows.push(line(p.part, p.score, p.counts, '  '));
  }
  const summary = ['Mutation scores (goal ≥ 85% per module):', ...rows].join('\n');
  writeFileSync(join(ROOT, 'reports', 'mutation', 'summary.txt'), summary + '\n');
  console.log(`\n${summary}`);
  process.exit(failed ? 1 : 0);
}

if (process.argv[1] && import.meta.filename === process.argv[1]) main();
