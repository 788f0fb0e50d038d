/**
 * `npm run fuzz [-- --minutes 3 --seed 123]`: a long, seeded fuzz campaign of the draft engine's HTML
 * scanner (not in CI; the unit suite runs a short one in tests/analysis/tokenizer.test.ts).
 *
 * Three properties, each for a third of the time:
 *  1. tag soup and mutated real HTML: analyzeDraft returns a full (not partial) report within the
 *     linear work bound;
 *  2. the same inputs scaled to 100 KB: within the bound, and under 50 ms (best of three runs, the
 *     smaller of wall clock and CPU time, so a GC pause or a busy machine does not count as a hang);
 *  3. attribute names and values agree with parse5 on tag soup.
 * Prints the seed, the runs and the result of each, and the slowest 100 KB call; exits 1 on a failure
 * with the counterexample, so `npm run fuzz -- --seed <seed>` replays it.
 */
import fc from 'fast-check';
import { analyzeDraft } from '../utils/analysis';
import type { Draft } from '../utils/types';
import { anyHtml, comparableSoup, HANGS, scaleTo } from './lib/fuzz/html-arbitraries';
import { comparable, parse5Attributes, scannerAttributes } from './lib/fuzz/reference';

const UNITS_PER_CHAR = 8;
const FIXED_UNITS = 2_000;
const LIMIT_MS = 50;

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const minutes = Number(arg('minutes') ?? process.env.FUZZ_MINUTES ?? 3);
const seed = Number(arg('seed') ?? Date.now() % 2 ** 31);
const share = (minutes * 60_000) / 3;

/**
 * One call; `ms` is the smaller of wall clock and CPU time, so a machine shared with other work
 * (which stretches wall clock while this process waits) does not pass for a slow engine.
 */
function analyze(html: string): { partial: boolean; work: number; ms: number } {
  const stats = { work: 0, limit: 0 };
  const c = process.cpuUsage();
  const t = performance.now();
  const report = analyzeDraft({ html } as Draft, undefined, { stats });
  const wall = performance.now() - t;
  const cpu = process.cpuUsage(c);
  const ms = Math.min(wall, (cpu.user + cpu.system) / 1000);
  if (!Number.isFinite(report.score)) throw new Error('score is not a number');
  return { partial: report.partial === true, work: stats.work, ms };
}

function checkLinear(html: string): number {
  const r = analyze(html);
  if (r.partial) throw new Error('an ordinary budget ran out (partial report)');
  const bound = UNITS_PER_CHAR * html.length + FIXED_UNITS;
  if (r.work > bound) throw new Error(`work ${r.work} over the linear bound ${bound}`);
  return r.ms;
}

let slowest = 0;
let slowestInput = '';

function check100k(html: string): void {
  const big = scaleTo(html, 100_000);
  let ms = checkLinear(big);
  for (let i = 0; i < 2 && ms > LIMIT_MS; i++) ms = Math.min(ms, analyze(big).ms);
  if (ms > slowest) {
    slowest = ms;
    slowestInput = html.slice(0, 80);
  }
  if (ms > LIMIT_MS) throw new Error(`100 KB took ${ms.toFixed(1)} ms (limit ${LIMIT_MS})`);
}

function agree(soup: string): void {
  const html = comparable(soup);
  const a = JSON.stringify(scannerAttributes(html));
  const b = JSON.stringify(parse5Attributes(html));
  if (a !== b) throw new Error(`scanner ${a}\nparse5  ${b}`);
}

const campaigns = [
  { name: 'linear work, any HTML', arbitrary: anyHtml, run: (h: string) => void checkLinear(h) },
  { name: '100 KB under 50 ms', arbitrary: anyHtml, run: check100k },
  { name: 'attributes agree with parse5', arbitrary: comparableSoup, run: agree },
];

console.log(`fuzz: seed ${seed}, ${minutes} min (${(share / 1000).toFixed(0)} s per property)`);
for (const h of HANGS) checkLinear(h);
// Warm the engine (JIT, phrase trie) as a Gmail tab is after its first draft.
for (let i = 0; i < 5; i++) analyze(scaleTo('<div>Hello <b>there</b> &amp; welcome</div>', 100_000));
console.log('  issue 7 inputs: ok');
let failed = false;
for (const c of campaigns) {
  const t = performance.now();
  const result = fc.check(
    fc.property(c.arbitrary, (h) => {
      c.run(h);
    }),
    { seed, numRuns: Number.MAX_SAFE_INTEGER, interruptAfterTimeLimit: share, markInterruptAsFailure: false },
  );
  const s = ((performance.now() - t) / 1000).toFixed(0);
  if (result.failed) {
    failed = true;
    console.log(`  ${c.name}: FAILED after ${result.numRuns} runs (${s} s)`);
    console.log(`    counterexample: ${JSON.stringify(result.counterexample)}`);
    console.log(`    ${String(result.errorInstance)}`);
  } else {
    console.log(`  ${c.name}: ok, ${result.numRuns} runs (${s} s)`);
  }
}
console.log(
  `  slowest 100 KB analyzeDraft: ${slowest.toFixed(2)} ms (limit ${LIMIT_MS}), input starting ${JSON.stringify(slowestInput)}`,
);
console.log(failed ? 'result: FAILED' : 'result: ok');
process.exit(failed ? 1 : 0);
