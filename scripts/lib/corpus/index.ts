/** Preflight's labelled set: legitimate drafts and spam written for the purpose. */
import { clean } from './clean';
import { czechBusiness, czechSpam } from './czech';
import { spam } from './spam';
import type { CorpusSample } from './types';

export type { CorpusSample } from './types';
export { czechBusiness, czechSpam } from './czech';
export const corpus: readonly CorpusSample[] = [...clean, ...czechBusiness, ...spam, ...czechSpam];
