/**
 * For the mutation tests of the rules: a rule's findings as [short message id, factor] pairs. The rule
 * runs with its weight set to 1, so a finding's weight is the factor the rule computed (rounded to
 * three decimals by the engine).
 */
import type { Finding } from '../../../../utils/types';
import { runRule, type AnalysisSettings, type Rule } from '../../../../utils/analysis';
import type { DraftLike } from '../../rule-tester';
// Every phrase pack, as Node tools load them.
import '../../../../utils/analysis/phrases/all';

export function unitRun(rule: Rule, draft: DraftLike, settings: Partial<AnalysisSettings> = {}): Finding[] {
  return runRule(rule, draft, { ...settings, rules: { [rule.meta.id]: { weight: 1 } } });
}

export function factors(
  rule: Rule,
  draft: DraftLike,
  settings: Partial<AnalysisSettings> = {},
): [string, number][] {
  return unitRun(rule, draft, settings).map((f) => [f.messageId.slice(rule.meta.id.length + 1), f.weight]);
}
