/**
 * All phrase data, compiled once (on first use) into one matcher: spam wording of every language and
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

// Indexed loops that append to one array: these run once, on a cold engine, over ~2,000 phrases.
export function spamEntries(
  languages: readonly LanguagePhrases[] = LANGUAGES,
  out: PhraseEntry<SpamCategory>[] = [],
): PhraseEntry<SpamCategory>[] {
  for (let l = 0; l < languages.length; l++) {
    const spam = languages[l]!.spam;
    for (let c = 0; c < SPAM_CATEGORIES.length; c++) {
      const category = SPAM_CATEGORIES[c]!;
      const list = spam[category];
      if (list)
        for (let i = 0; i < list.length; i++)
          out.push({ phrase: list[i]![0], weight: list[i]![1], category });
    }
  }
  return out;
}

export type BuiltinCategory = SpamCategory | 'attachment' | 'signal';
export { SIGNAL_TESTS, hasSignal, type SignalKind } from './signals';

function signalEntries(out: PhraseEntry<'signal'>[] = []): PhraseEntry<'signal'>[] {
  for (const words of Object.values(SIGNALS))
    for (let i = 0; i < words.length; i++) out.push({ phrase: words[i]!, weight: 0, category: 'signal' });
  return out;
}

export function attachmentEntries(
  languages: readonly LanguagePhrases[] = LANGUAGES,
  out: PhraseEntry<'attachment'>[] = [],
): PhraseEntry<'attachment'>[] {
  for (let l = 0; l < languages.length; l++) {
    const mentions = languages[l]!.attachmentMentions;
    for (let i = 0; i < mentions.length; i++)
      out.push({ phrase: mentions[i]!, weight: 1, category: 'attachment' });
  }
  return out;
}

let builtin: PhraseMatcher<BuiltinCategory> | null = null;

/**
 * Spam wording and attachment mentions share one trie, so one pass over the text finds both. Built
 * on first use, not at import: the content script loads on every Gmail page, most of which never
 * analyse a draft.
 */
export function builtinMatcher(): PhraseMatcher<BuiltinCategory> {
  if (!builtin) {
    const entries: PhraseEntry<BuiltinCategory>[] = [];
    spamEntries(LANGUAGES, entries as PhraseEntry<SpamCategory>[]);
    attachmentEntries(LANGUAGES, entries as PhraseEntry<'attachment'>[]);
    signalEntries(entries as PhraseEntry<'signal'>[]);
    builtin = new PhraseMatcher(entries);
  }
  return builtin;
}
