// Placeholder until the engine lands: the shape is final, the rules are not.
import type { Draft, Report } from '../types';

export interface AnalysisSettings {
  [key: string]: unknown;
}

export function analyzeDraft(_draft: Draft, _settings?: AnalysisSettings): Report {
  return { score: 0, level: 'ok', findings: [] };
}
