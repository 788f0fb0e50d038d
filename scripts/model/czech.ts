/**
 * A small hand-labelled Czech training set (written for the purpose; the corpus is English). Kept apart
 * from tests/corpus, which stays a test set the model never sees.
 */
import type { Draft } from '../../utils/types';

export interface LabelledDraft {
  label: 'ham' | 'spam';
  draft: Draft;
}

const d = (subject: string, text: string): Draft => ({
  from: 'odesilatel@example.cz',
  to: ['prijemce@example.cz'],
  cc: [],
  bcc: [],
  subject,
  text,
  html: '',
  attachments: [],
});

export const czechTraining: LabelledDraft[] = [];
