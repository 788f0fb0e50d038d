/**
 * Words that legitimate newsletters and notifications use as much as spam does. The corpus's ham is
 * mostly mailing-list discussion, so a model trained on it would learn that any promotional wording is
 * spam; these words are kept out of the model's vocabulary instead (training-time only). They are the
 * words of the English phrase lists' soft categories (urgency, calls to action, marketing, list
 * boilerplate), plus the vocabulary of unsubscribe footers, tracking and web views.
 */
import en from '../../utils/analysis/phrases/en';
import { SOFT_CATEGORIES } from '../../utils/analysis/phrases/types';
import { fold } from '../../utils/analysis/text';

const EXTRA =
  'unsubscribe subscribe subscribed subscription unsubscribed remove removed removal opt out optout list lists mailing ' +
  'email emails mail newsletter newsletters click here link links view browser online web website site visit ' +
  'privacy policy preferences manage update receive received receiving sent message messages reply ' +
  'offer offers order orders buy shop sale sales save saving savings deal deals discount special limited time ' +
  'today now new free price prices call contact info information account customer customers service services ' +
  'business company marketing please thank thanks our your you we us';

function build(): Set<string> {
  const out = new Set<string>();
  const add = (text: string): void => {
    for (const w of fold(text).split(/[^\p{L}\p{N}]+/u)) if (w) out.add(w.replace(/\*$/, ''));
  };
  add(EXTRA);
  for (const [category, list] of Object.entries(en.spam))
    if (SOFT_CATEGORIES.has(category as never)) for (const [phrase] of list ?? []) add(phrase);
  return out;
}

export const PROMO_WORDS: ReadonlySet<string> = build();

/** Drops promotional words (body "word" and subject "s:word") from a token list. */
export const withoutPromo = (tokens: readonly string[]): string[] =>
  tokens.filter((t) => !PROMO_WORDS.has(t.startsWith('s:') ? t.slice(2) : t));
