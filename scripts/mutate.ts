/**
 * Mutation testing of the core with StrykerJS (`npm run mutate [-- module …]`), one module at a time so a
 * report names each module's score, with the score of each of its parts below it. Modules: analysis,
 * compose, auth, dns (run by default) and spf (a part of auth, run only when named). Not in CI:
 * a full run takes a long time on two cores. Equivalent mutants are marked in the source with
 * `// Stryker disable next-line <mutator>: <why>` and listed in docs/mutation.md; Stryker counts them as
 * ignored, not survived.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, mkdirSync, writeFileSync } from 'node:fs';
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
 * Modules run in shards, one Stryker run each, in this order. A shard's report is written when it ends,
 * so a long run that is stopped keeps the shards it finished, and `--resume` skips the shards whose
 * report is already there. The module's score is that of the shards' reports merged. The shards
 * partition the module's files (tests/scripts/mutate.test.ts). `analysis` has about 6,000 mutants and
 * takes hours on two cores.
 */
export const SHARDS: Record<string, Record<string, string[]>> = {
  analysis: {
    rules: ['utils/analysis/rules/**/*.ts'],
    phrases: ['utils/analysis/phrases/*.ts', '!utils/analysis/phrases/{en,cs,sk,de,fr,es}.ts'],
    model: ['utils/analysis/model/**/*.ts', '!utils/analysis/model/weights*.ts'],
    html: ['utils/analysis/html.ts', 'utils/analysis/entities.ts'],
    core: ['utils/analysis/*.ts', '!utils/analysis/html.ts', '!utils/analysis/entities.ts'],
  },
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

/** One Stryker run over `globs` with the module's test set; true when it wrote its report to `out`. */
function runStryker(module: string, id: string, globs: string[], out: string): boolean {
  mkdirSync(join(ROOT, 'reports', 'mutation'), { recursive: true });
  // Stryker takes nested options only from a config file: one per run, from the shared base.
  const base = JSON.parse(readFileSync(join(ROOT, 'stryker.config.json'), 'utf8')) as Record<string, unknown>;
  const config = join('reports', 'mutation', `stryker.${id}.json`);
  const { $schema: _schema, _comment: _c, ...rest } = base;
  writeFileSync(
    join(ROOT, config),
    JSON.stringify(
      {
        ...rest,
        ...(TEST_CONFIGS[module] ? { vitest: { configFile: TEST_CONFIGS[module] } } : {}),
        mutate: globs,
        jsonReporter: { fileName: out },
      },
      null,
      2,
    ),
  );
  const run = spawnSync('npx', ['stryker', 'run', config], { cwd: ROOT, stdio: 'inherit' });
  return run.status === 0;
}

function main(): void {
  const asked = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const resume = process.argv.includes('--resume');
  const names = asked.length ? asked : [...DEFAULT_MODULES];
  const rows: string[] = [];
  let failed = false;
  for (const name of names) {
    const globs = MODULES[name];
    if (!globs) {
      console.error(`mutate: unknown module "${name}" (known: ${Object.keys(MODULES).join(', ')})`);
      process.exit(2);
    }
    const shards = SHARDS[name] ? Object.entries(SHARDS[name]) : [[name, globs] as const];
    const merged: ReportJson = { files: {} };
    let missing = 0;
    for (const [shard, shardGlobs] of shards) {
      const id = shard === name ? name : `${name}.${shard}`;
      const out = join('reports', 'mutation', `${id}.json`);
      if (!(resume && existsSync(join(ROOT, out)))) {
        if (!runStryker(name, id, [...shardGlobs], out)) {
          rows.push(`${id.padEnd(9)} stryker failed`);
          failed = true;
          missing++;
          continue;
        }
      }
      const report = JSON.parse(readFileSync(join(ROOT, out), 'utf8')) as ReportJson;
      Object.assign(merged.files, report.files);
    }
    if (missing) continue;
    if (shards.length > 1)
      writeFileSync(join(ROOT, 'reports', 'mutation', `${name}.json`), JSON.stringify(merged));
    const { score, counts } = scoreOf(merged);
    const mark = score >= GOAL ? '' : `  below the ${GOAL}% goal`;
    rows.push(line(name, score, counts) + mark);
    for (const p of partsOf(merged)) rows.push(line(p.part, p.score, p.counts, '  '));
  }
  const summary = ['Mutation scores (goal ≥ 85% per module):', ...rows].join('\n');
  writeFileSync(join(ROOT, 'reports', 'mutation', 'summary.txt'), summary + '\n');
  console.log(`\n${summary}`);
  process.exit(failed ? 1 : 0);
}

if (process.argv[1] && import.meta.filename === process.argv[1]) main();
