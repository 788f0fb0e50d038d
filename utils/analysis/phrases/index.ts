/**
 * All phrase data, compiled once at module load into one matcher: spam wording of every language and
 * attachment mentions in one trie, because mail mixes languages and one pass is cheaper than several.
 */
import { PhraseMatcher, type PhraseEntry } from './matcher';
import { SPAM_CATEGORIES, type LanguagePhrases, type SpamCategory } from './types';
import en from './en';
import cs from './cs';
import sk from './sk';
import de from './de';
import fr from './fr';
import es from './es';
import { SIGNALS } from './signals';

export { SOFT_CATEGORIES, SPAM_CATEGORIES, type SpamCategory } from './types';
export { PhraseMatcher, type PhraseEntry, type PhraseHit, type WordScan } from './matcher';

export const LANGUAGES: readonly LanguagePhrases[] = [en, cs, sk, de, fr, es];

export function spamEntries(languages: readonly LanguagePhrases[] = LANGUAGES): PhraseEntry<SpamCategory>[] {
  const out: PhraseEntry<SpamCategory>[] = [];
  for (const lang of languages) {
    for (const category of SPAM_CATEGORIES) {
      for (const [phrase, weight] of lang.spam[category] ?? []) out.push({ phrase, weight, category });
    }
  }
  return out;
}

export type BuiltinCategory = SpamCategory | 'attachment' | 'signal';
export { SIGNAL_TESTS, type SignalKind } from './signals';

function signalEntries(): PhraseEntry<'signal'>[] {
  return Object.values(SIGNALS).flatMap((words) => words.map((phrase) => ({ phrase, weight: 0, category: 'signal' as const })));
}

export function attachmentEntries(languages: readonly LanguagePhrases[] = LANGUAGES): PhraseEntry<'attachment'>[] {
  return languages.flatMap((l) => l.attachmentMentions.map((phrase) => ({ phrase, weight: 1, category: 'attachment' as const })));
}

/** Spam wording and attachment mentions share one trie, so one pass over the text finds both. */
export const builtinMatcher = new PhraseMatcher<BuiltinCategory>([...spamEntries(), ...attachmentEntries(), ...signalEntries()]);
