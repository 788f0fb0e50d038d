/**
 * `npm run bench`: speed figures for every part of Preflight. Each part lives in scripts/bench/<part>.ts
 * and exports `run(): Promise<void>`, printing its own table. `npm run bench -- analysis dns` runs only
 * those parts. A bench is a measurement, not a test: it prints targets beside the figures and exits 0
 * unless the bench itself could not run.
 */
export {};

const parts = ['analysis', 'dns', 'browser'] as const;
const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const selected = wanted.length ? parts.filter((p) => wanted.includes(p)) : [...parts];

let failed = false;
for (const part of selected) {
  console.log(`\n=== ${part} ===`);
  try {
    const mod = (await import(`./bench/${part}.ts`)) as { run: () => Promise<void> };
    await mod.run();
  } catch (err) {
    failed = true;
    console.error(`bench ${part} could not run:`, err instanceof Error ? err.message : err);
  }
}
process.exit(failed ? 1 : 0);
