/**
 * Phrase data, compiled on first use into one matcher: spam wording of every loaded language and
 * attachment mentions in one trie, because mail mixes languages and one pass is cheaper than several.
 *
 * English and Czech ship in the engine. Slovak, German, French and Spanish are phrase packs
 * (PACKED_LANGUAGES) that a host loads when a draft needs them (see detect.ts and
 * utils/phrase-packs.ts) and hands to registerPhrasePack(); the matcher is then rebuilt on next use.
 * Node tools and tests import './all' to register every pack at once.
 */
import { PhraseMatcher, type PhraseEntry } from './matcher';
import { PACKED_LANGUAGES, SPAM_CATEGORIES, type LanguagePhrases, type SpamCategory } from './types';
import en from './en';
import cs from './cs';
import { SIGNALS } from './signals';

export { SOFT_CATEGORIES, SPAM_CATEGORIES, type SpamCategory } from './types';
export { PhraseMatcher, type PhraseEntry, type PhraseHit, type WordScan } from './matcher';

/** Languages built into the engine. */
export const BUILTIN_LANGUAGES: readonly LanguagePhrases[] = [en, cs];
export { PACKED_LANGUAGES, type PackedLanguage } from './types';
import type { PackedLanguage } from './types';

const active: LanguagePhrases[] = [...BUILTIN_LANGUAGES];

/** The languages whose phrases the matcher uses now (built-in ones plus registered packs). */
export function loadedLanguages(): readonly string[] {
  return active.map((l) => l.lang);
}

const isPair = (x: unknown): x is readonly [string, number] =>
  Array.isArray(x) && x.length === 2 && typeof x[0] === 'string' && typeof x[1] === 'number';

/**
 * Adds a phrase pack (an object of the LanguagePhrases shape, e.g. parsed from a pack's JSON). Packed
 * languages only; malformed entries are dropped, not thrown on. Returns true when the pack was new
 * (the caller may then analyse again to use it).
 */
export function registerPhrasePack(pack: unknown): boolean {
  const p = pack as Partial<LanguagePhrases> | null;
  if (!p || typeof p !== 'object' || typeof p.lang !== 'string') return false;
  if (!(PACKED_LANGUAGES as readonly string[]).includes(p.lang) || loadedLanguages().includes(p.lang))
    return false;
  const spam: Record<string, (readonly [string, number])[]> = {};
  const raw = (p.spam && typeof p.spam === 'object' ? p.spam : {}) as Record<string, unknown>;
  for (const category of SPAM_CATEGORIES) {
    const list = raw[category];
    if (Array.isArray(list)) spam[category] = list.filter(isPair).slice(0, 5000);
  }
  const mentions = Array.isArray(p.attachmentMentions)
    ? p.attachmentMentions.filter((m): m is string => typeof m === 'string').slice(0, 1000)
    : [];
  active.push({ lang: p.lang, spam: spam, attachmentMentions: mentions });
  builtin = null;
  return true;
}

/** Every loaded language (built-in and registered packs), in load order. */
export const LANGUAGES: readonly LanguagePhrases[] = active;

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

function signalEntries(out: PhraseEntry<'signal'>[]): PhraseEntry<'signal'>[] {
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

import { packsFor as detectPacks } from './detect';

/** Phrase packs the text seems to need that are not loaded yet (see detect.ts). */
export function packsFor(text: string): PackedLanguage[] {
  return detectPacks(text, loadedLanguages());
}

/**
 * Spam wording and attachment mentions share one trie, so one pass over the text finds both. Built
 * on first use, not at import: the content script loads on every Gmail page, most of which never
 * analyse a draft.
 */
export function builtinMatcher(): PhraseMatcher<BuiltinCategory> {
  if (!builtin) {
    const LANGUAGES = active;
    const entries: PhraseEntry<BuiltinCategory>[] = [];
    spamEntries(LANGUAGES, entries as PhraseEntry<SpamCategory>[]);
    attachmentEntries(LANGUAGES, entries as PhraseEntry<'attachment'>[]);
    signalEntries(entries as PhraseEntry<'signal'>[]);
    builtin = new PhraseMatcher(entries);
  }
  return builtin;
}
