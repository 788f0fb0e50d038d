/**
 * The learned layer: a linear (logistic-regression) model over the content rules' outputs and the
 * draft's words, trained by `npm run train` on the SpamAssassin development groups (see
 * docs/notes/model.md) and shipped as model.json. It produces the score; the rules still produce
 * every finding and its explanation, and one more finding names the words that weighed most.
 *
 *   score = max(plain sum of the findings' weights,
 *               max(0, k · (Σ rule weight × rule feature + Σ word weights)) + mistake and promotional findings)
 *
 * k is calibrated at training time so that the warning threshold (4) sits at the chosen operating point
 * on the training data; notice (2) and danger (7) scale with it. No intercept: an empty draft scores 0.
 */
import type { Evidence, Finding, Severity } from '../../types';
import type { DraftFacts } from '../facts';
import type { Rule } from '../rule';
import type { AnalysisSettings } from '../settings';
import { quoteList } from '../text';
import {
  draftTokens,
  foldedFields,
  isWordCode,
  isSoftFinding,
  MISTAKE_RULES,
  ruleFeatures,
} from './features';
import shipped from './model.json';

export const MODEL_FORMAT = 'preflight-linear';
export const MODEL_VERSION = 1;

/** The shipped file: weights quantized to integer steps, words grouped by their step. */
export interface ModelFile {
  format: typeof MODEL_FORMAT;
  version: number;
  /** Score units per logit unit. */
  k: number;
  /** Logit weight of each content rule's feature. */
  rules: Record<string, number>;
  /** One step of the word weights, in logits. */
  step: number;
  /** Step count → space-separated tokens with that weight. */
  words: Record<string, string>;
  /** Bounds of the summed word weight (logits), so words alone cannot swamp the rules. */
  wordMin: number;
  wordMax: number;
}

/** Rule-like metadata for the model's own finding (messages catalogued as 'content-model.<id>'). */
export const MODEL_META = {
  id: 'content-model',
  messages: {
    spamWords: 'Words that weigh toward spam in mail like this: {words}.',
  },
  fixes: {
    rewordSpamWords: 'Reword or drop these words if they are not essential.',
  },
} as const;

/** The model's word finding appears once the words alone add this much to the score. */
const WORD_FINDING_MIN = 1;
const SHOW_WORDS = 5;

export interface LoadedModel {
  file: ModelFile;
  words: Map<string, number>;
}

export function loadModel(file: ModelFile): LoadedModel {
  if (file.format !== MODEL_FORMAT || file.version !== MODEL_VERSION) throw new Error('unknown model format');
  const words = new Map<string, number>();
  for (const [steps, list] of Object.entries(file.words)) {
    const w = Number(steps) * file.step;
    // Stryker disable next-line ConditionalExpression: no draft token is empty
    for (const t of list.split(' ')) if (t) words.set(t, w);
  }
  return { file, words };
}

let model: LoadedModel | null = null;
const builtin = (): LoadedModel => (model ??= loadModel(shipped as ModelFile));

export interface ModelResult {
  score: number;
  findings: Finding[];
  /** The raw sums, for training and evaluation scripts. */
  ruleLogit: number;
  wordLogit: number;
}

const round = (n: number): number => Math.round(n * 1000) / 1000;

/** Where a word first appears (as a whole word) in the subject or the text, as evidence. */
function locate(facts: DraftFacts, token: string): Evidence | null {
  const subject = token.startsWith('s:');
  const word = subject ? token.slice(2) : token;
  const field = subject ? 'subject' : 'text';
  const s = foldedFields(facts)[field];
  for (let i = s.indexOf(word); i >= 0; i = s.indexOf(word, i + 1)) {
    const end = i + word.length;
    // Past either end charCodeAt gives NaN, which is no word code.
    if (!isWordCode(s.charCodeAt(i - 1)) && !isWordCode(s.charCodeAt(end))) return { field, start: i, end };
  }
  return null;
}

export function scoreWithModel(
  rules: readonly Rule[],
  findings: readonly Finding[],
  facts: DraftFacts,
  settings: AnalysisSettings,
  loaded: LoadedModel = builtin(),
): ModelResult {
  const { file, words } = loaded;
  let ruleLogit = 0;
  for (const [id, x] of ruleFeatures(rules, findings)) ruleLogit += (file.rules[id] ?? 0) * x;
  let wordLogit = 0;
  const spammy: [string, number][] = [];
  for (const t of draftTokens(facts)) {
    const w = words.get(t);
    if (w === undefined) continue;
    wordLogit += w;
    if (w > 0) spammy.push([t, w]);
  }
  wordLogit = Math.min(file.wordMax, Math.max(file.wordMin, wordLogit));
  let mistakes = 0;
  let soft = 0;
  let plain = 0;
  for (const f of findings) {
    plain += f.weight;
    if (MISTAKE_RULES.has(f.ruleId)) mistakes += f.weight;
    else if (isSoftFinding(f)) soft += f.weight;
  }
  // The plain sum of the rules' weights stays a floor: the model adds what the rules alone miss.
  const score = round(Math.max(plain, Math.max(0, file.k * (ruleLogit + wordLogit)) + mistakes + soft));

  const out: Finding[] = [];
  const wordScore = file.k * wordLogit;
  if (wordScore >= WORD_FINDING_MIN) {
    // Stryker disable next-line EqualityOperator: tokens are distinct, never equal
    spammy.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const top = spammy.slice(0, SHOW_WORDS).filter(([t]) => !t.startsWith('d:'));
    const evidence: Evidence[] = [];
    for (const [t] of top) {
      const e = locate(facts, t);
      // Stryker disable next-line ConditionalExpression: every token comes from the folded fields locate() searches
      if (e) evidence.push(e);
    }
    if (top.length > 0) {
      const t = settings.thresholds;
      const severity: Severity = wordScore >= t.warning ? 'notice' : 'info';
      out.push({
        ruleId: MODEL_META.id,
        severity,
        weight: round(wordScore),
        messageId: `${MODEL_META.id}.spamWords`,
        data: { words: quoteList(top.map(([w]) => (w.startsWith('s:') ? w.slice(2) : w))) },
        evidence,
        fix: { messageId: `${MODEL_META.id}.rewordSpamWords` },
      });
    }
  }
  return { score, findings: out, ruleLogit, wordLogit };
}
