/**
 * analyzeDraft: normalize, run every enabled rule (each in isolation: a rule that throws is skipped
 * and named in `internalErrors`), add up the score and pick the level. Every call is bounded by a work budget (budget.ts): when it
 * runs out the scans stop, the report is `partial` and carries the `engine.partial` notice.
 */
import type { Draft, Finding, Level, Report } from '../types';
import { LEVELS, levelRank } from '../types';
import { compareFindings, isSeverity, levelOfSeverity } from '../findings';
import { DraftFacts } from './facts';
import { normalizeDraft } from './normalize';
import { severityForWeight, type Rule, type RuleContext } from './rule';
import { resolveSettings, type AnalysisSettings } from './settings';
import { rules as registry } from './rules';
export { ENGINE_MESSAGES } from './messages';
import { scoreWithModel } from './model';

/** Turns the rules' findings into the score (and may add findings); null falls back to the plain sum. */
export type Scorer = (
  rules: readonly Rule[],
  findings: readonly Finding[],
  facts: DraftFacts,
  settings: AnalysisSettings,
) => { score: number; findings: Finding[] } | null;

export function levelForScore(score: number, settings: AnalysisSettings): Level {
  const t = settings.thresholds;
  if (score >= t.danger) return 'danger';
  if (score >= t.warning) return 'warning';
  if (score >= t.notice) return 'notice';
  return 'ok';
}

/** A finite number (Number.isFinite coerces nothing, so no separate typeof test is needed). */
const isFiniteNumber = (v: unknown): v is number => Number.isFinite(v);

function effectiveWeight(rule: Rule, settings: AnalysisSettings): number {
  const w = settings.rules[rule.meta.id]?.weight;
  return isFiniteNumber(w) && w >= 0 ? Math.min(w, 100) : rule.meta.defaultWeight;
}

const round = (n: number): number => Math.round(n * 1000) / 1000;

function makeContext(rule: Rule, weight: number, facts: DraftFacts, settings: AnalysisSettings): RuleContext {
  const id = rule.meta.id;
  return {
    settings,
    weight,
    facts,
    finding(spec) {
      const factor = isFiniteNumber(spec.factor) ? Math.max(0, spec.factor) : 1;
      const w = round(weight * factor);
      const finding: Finding = {
        ruleId: id,
        severity: spec.severity ?? severityForWeight(w, settings),
        weight: w,
        messageId: `${id}.${spec.messageId}`,
        evidence: spec.evidence,
        fix: { messageId: `${id}.${spec.fix}`, ...(spec.fixData ? { data: spec.fixData } : {}) },
      };
      if (spec.data) finding.data = spec.data;
      if (spec.askBeforeSend) finding.askBeforeSend = true;
      return finding;
    },
  };
}

/** Runs one rule on a draft (used by the engine and the rule tester). Throws what the rule throws. */
export function runRule(rule: Rule, draft: unknown, settings?: Partial<AnalysisSettings>): Finding[] {
  const s = resolveSettings(settings);
  const { draft: nd, html } = normalizeDraft(draft);
  const facts = new DraftFacts(nd, s, html);
  return rule.check(nd, makeContext(rule, effectiveWeight(rule, s), facts, s));
}

function isFinding(f: unknown): f is Finding {
  const x = f as Finding;
  return (
    !!x &&
    typeof x === 'object' &&
    typeof x.messageId === 'string' &&
    isFiniteNumber(x.weight) &&
    Array.isArray(x.evidence) &&
    isSeverity(x.severity)
  );
}

export interface AnalyzeOptions {
  /**
   * Work units for the whole call (HTML scan, text folding and phrase matching) instead of the
   * default for the draft's size (budget.ts). A tiny value forces a partial report, for tests of
   * the callers' fail-open paths.
   */
  budget?: number;
  /** Filled in with the units the call spent (for tests and the bench). */
  stats?: { work: number; limit: number };
  /** Turns the rules' findings into the score (analyzeDraft passes the learned model); none: plain sum. */
  scorer?: Scorer;
}

function partialFinding(): Finding {
  return {
    ruleId: 'engine',
    severity: 'info',
    weight: 0,
    messageId: 'engine.partial',
    evidence: [],
    fix: { messageId: 'engine.checkManually' },
  };
}

export function analyzeRules(
  rules: readonly Rule[],
  /** A Draft, or anything untrusted code passed as one (normalized before any rule sees it). */
  draft: unknown,
  settings?: Partial<AnalysisSettings> | null,
  options: AnalyzeOptions = {},
): Report {
  try {
    const s = resolveSettings(settings);
    const { draft: nd, html, budget } = normalizeDraft(draft, { budget: options.budget });
    const facts = new DraftFacts(nd, s, html, budget);
    const findings: Finding[] = [];
    // Allocated on the first failure only: the usual report carries no list.
    let failed: string[] | null = null;
    for (const rule of rules) {
      if (s.rules[rule.meta.id]?.enabled === false) continue;
      try {
        const out = rule.check(nd, makeContext(rule, effectiveWeight(rule, s), facts, s));
        // A rule that returns anything but a list of findings is broken too: keep its good findings.
        let ok = Array.isArray(out);
        if (ok) {
          for (const f of out) {
            if (isFinding(f)) findings.push(f);
            else ok = false;
          }
        }
        if (!ok) (failed ??= []).push(rule.meta.id);
      } catch {
        // A broken rule must not take the send gate down with it; the others still report, and the
        // report names it.
        (failed ??= []).push(rule.meta.id);
      }
    }
    let score = 0;
    let floor = 0;
    for (const f of findings) {
      score += f.weight;
      floor = Math.max(floor, levelRank(levelOfSeverity(f.severity)));
    }
    score = round(score);
    const scorer = options.scorer;
    if (scorer) {
      try {
        const scored = scorer(rules, findings, facts, s);
        if (scored && Number.isFinite(scored.score)) {
          score = scored.score;
          for (const f of scored.findings) {
            findings.push(f);
            floor = Math.max(floor, levelRank(levelOfSeverity(f.severity)));
          }
        }
      } catch {
        // A broken model falls back to the plain sum of the rules' weights.
        (failed ??= []).push('scorer');
      }
    }
    const level = LEVELS[Math.max(levelRank(levelForScore(score, s)), floor)]!;
    findings.sort(compareFindings);
    if (options.stats) {
      options.stats.work = budget.used;
      options.stats.limit = budget.limit;
    }
    const report: Report = { score, level, findings };
    if (budget.exhausted) {
      findings.push(partialFinding());
      report.partial = true;
    }
    if (failed) report.internalErrors = failed;
    return report;
  } catch {
    return { score: 0, level: 'ok', findings: [], internalErrors: ['engine'] };
  }
}

export function analyzeDraft(
  draft: Draft,
  settings?: Partial<AnalysisSettings>,
  options?: AnalyzeOptions,
): Report {
  return analyzeRules(registry, draft, settings, { scorer: scoreWithModel, ...options });
}
