/** Preflight's labelled set: legitimate drafts and spam written for the purpose. */
import { clean } from './clean';
import { spam } from './spam';
import type { CorpusSample } from './types';

export type { CorpusSample } from './types';
export const corpus: readonly CorpusSample[] = [...clean, ...spam];
