/** Which phrase packs a draft needs, from its subject and body (the text, or the HTML's text). */
import type { Draft } from '../types';
import { packsFor, type PackedLanguage } from './phrases';

const SAMPLE = 20_000;
// Tags out, crudely: enough to see the words; bounded and linear ([^>] cannot backtrack past '>').
const TAG = /<[^>]{0,2000}>/g;

export function packsForDraft(draft: Partial<Draft> | null | undefined): PackedLanguage[] {
  if (!draft || typeof draft !== 'object') return [];
  const subject = typeof draft.subject === 'string' ? draft.subject.slice(0, 1000) : '';
  let body = typeof draft.text === 'string' ? draft.text.slice(0, SAMPLE) : '';
  if (!body.trim() && typeof draft.html === 'string') body = draft.html.slice(0, SAMPLE).replace(TAG, ' ');
  return packsFor(`${subject}\n${body}`);
}
