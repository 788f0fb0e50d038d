/**
 * Deterministic training of the linear model (pure: no files, no clock, no Math.random). Logistic
 * regression by stochastic gradient descent in a seeded order, L2-regularized, rule weights kept ≥ 0
 * (a rule that fires never lowers the score); then the words with the largest weights are kept, the
 * model is refit on them alone, its weights quantized, and the score scale calibrated.
 */
import { MODEL_FORMAT, MODEL_VERSION, type ModelFile } from '../../utils/analysis/model';

export interface Sample {
  /** Content rule id → feature value (see ruleFeatures). */
  rules: Record<string, number>;
  /** Distinct token features (see draftTokens). */
  tokens: string[];
  label: 0 | 1;
  /** Weight in the loss (default 1). */
  weight?: number;
}

export interface TrainOptions {
  seed: number;
  epochs: number;
  learningRate: number;
  l2: number;
  /** A token becomes a feature when it occurs in at least this many training samples. */
  minCount: number;
  /** Words kept in the shipped model. */
  maxWords: number;
  /** Quantization: word weights become integers in [-maxSteps, maxSteps] steps. */
  maxSteps: number;
  /** Share of training ham allowed at or above the warning threshold (calibrates k). */
  hamAtWarning: number;
  /** Bounds of the summed word weight, as multiples of the warning logit. */
  wordMinFactor: number;
  wordMaxFactor: number;
}

export const DEFAULT_OPTIONS: TrainOptions = {
  seed: 20261130,
  epochs: 30,
  learningRate: 0.05,
  l2: 1e-3,
  minCount: 4,
  maxWords: 1200,
  maxSteps: 60,
  hamAtWarning: 0.005,
  wordMinFactor: 2,
  wordMaxFactor: 3,
};

/** mulberry32: a small seeded generator, so the sample order is the same on every run. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled(n: number, random: () => number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

interface Weights {
  bias: number;
  rules: Map<string, number>;
  words: Map<string, number>;
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-Math.max(-30, Math.min(30, z))));

function fit(samples: readonly Sample[], vocab: ReadonlySet<string>, o: TrainOptions): Weights {
  const w: Weights = { bias: 0, rules: new Map(), words: new Map() };
  const random = rng(o.seed);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    const lr = o.learningRate / (1 + epoch * 0.2);
    for (const i of shuffled(samples.length, random)) {
      const s = samples[i]!;
      let z = w.bias;
      for (const [id, x] of Object.entries(s.rules)) z += (w.rules.get(id) ?? 0) * x;
      for (const t of s.tokens) if (vocab.has(t)) z += w.words.get(t) ?? 0;
      const g = (sigmoid(z) - s.label) * (s.weight ?? 1);
      w.bias -= lr * g;
      for (const [id, x] of Object.entries(s.rules)) {
        const a = w.rules.get(id) ?? 0;
        w.rules.set(id, Math.max(0, a - lr * (g * x + o.l2 * a)));
      }
      for (const t of s.tokens) {
        if (!vocab.has(t)) continue;
        const b = w.words.get(t) ?? 0;
        w.words.set(t, b - lr * (g + o.l2 * b));
      }
    }
  }
  return w;
}

const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The model's summed logit without intercept, as the runtime computes it (see scoreWithModel). */
export function rawLogit(model: ModelFile, s: Sample, words: Map<string, number>): number {
  let r = 0;
  for (const [id, x] of Object.entries(s.rules)) r += (model.rules[id] ?? 0) * x;
  let wl = 0;
  for (const t of new Set(s.tokens)) wl += words.get(t) ?? 0;
  return r + Math.min(model.wordMax, Math.max(model.wordMin, wl));
}

export function wordMap(model: ModelFile): Map<string, number> {
  const m = new Map<string, number>();
  for (const [steps, list] of Object.entries(model.words))
    for (const t of list.split(' ')) if (t) m.set(t, Number(steps) * model.step);
  return m;
}

export function trainModel(samples: readonly Sample[], options: Partial<TrainOptions> = {}): ModelFile {
  const o = { ...DEFAULT_OPTIONS, ...options };
  const counts = new Map<string, number>();
  for (const s of samples) for (const t of new Set(s.tokens)) counts.set(t, (counts.get(t) ?? 0) + 1);
  const vocab = new Set([...counts].filter(([, n]) => n >= o.minCount).map(([t]) => t));

  const first = fit(samples, vocab, o);
  const kept = [...first.words]
    .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]) || byName(a[0], b[0]))
    .slice(0, o.maxWords)
    .map(([t]) => t);
  const final = fit(samples, new Set(kept), o);

  const maxAbs = Math.max(1e-9, ...[...final.words.values()].map(Math.abs));
  const step = Math.round((maxAbs / o.maxSteps) * 1e5) / 1e5 || 1e-5;
  const groups = new Map<number, string[]>();
  for (const t of [...final.words.keys()].sort(byName)) {
    const q = Math.round(final.words.get(t)! / step);
    if (q === 0) continue;
    if (!groups.has(q)) groups.set(q, []);
    groups.get(q)!.push(t);
  }
  const rules: Record<string, number> = {};
  for (const id of [...final.rules.keys()].sort(byName)) {
    const a = Math.round(final.rules.get(id)! * 1000) / 1000;
    if (a > 0) rules[id] = a;
  }
  const model: ModelFile = {
    format: MODEL_FORMAT,
    version: MODEL_VERSION,
    k: 1,
    rules,
    step,
    words: Object.fromEntries(
      [...groups.keys()].sort((a, b) => b - a).map((q) => [String(q), groups.get(q)!.join(' ')]),
    ),
    wordMin: -1e9,
    wordMax: 1e9,
  };

  // Calibration: the warning threshold (score 4) sits where at most `hamAtWarning` of training ham is.
  const words = wordMap(model);
  const calibrate = (): number => {
    const ham = samples
      .filter((s) => s.label === 0)
      .map((s) => rawLogit(model, s, words))
      .sort((a, b) => b - a);
    const idx = Math.min(ham.length - 1, Math.floor(ham.length * o.hamAtWarning));
    return Math.max(ham[idx] ?? 1, 0.5);
  };
  let warnLogit = calibrate();
  model.wordMin = Math.round(-o.wordMinFactor * warnLogit * 1000) / 1000;
  model.wordMax = Math.round(o.wordMaxFactor * warnLogit * 1000) / 1000;
  warnLogit = calibrate();
  model.k = Math.round((4 / warnLogit) * 10000) / 10000;
  return model;
}
