/**
 * Preflight's draft analysis engine: pure (no DOM, no extension API, no network), so the same code
 * runs in content scripts, workers, the CLI and tests.
 *
 *   analyzeDraft(draft, settings?) → { score, level, findings }
 */
export {
  analyzeDraft,
  analyzeRules,
  levelForScore,
  runRule,
  ENGINE_MESSAGES,
  type AnalyzeOptions,
} from './engine';
export {
  DEFAULT_SETTINGS,
  resolveSettings,
  type AnalysisSettings,
  type CustomPhrase,
  type RuleSettings,
  type Thresholds,
} from './settings';
export { rules, ruleById } from './rules';
export {
  registerPhrasePack,
  loadedLanguages,
  packsFor,
  PACKED_LANGUAGES,
  type PackedLanguage,
} from './phrases';
export { packsForDraft } from './packs';
export type {
  Rule,
  RuleMeta,
  RuleContext,
  RuleCategory,
  NormalizedDraft,
  NormalizedAttachment,
} from './rule';
