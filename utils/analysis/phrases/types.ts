/**
 * Vocabulary of the phrase data files. Weights are relative: about 0.3 for words that also appear in
 * ordinary mail ("urgent", "free of charge"), 1 for a clear marketing or pressure phrase, 2 to 3 for
 * wording that legitimate mail practically never uses ("verify your account", "next of kin").
 */
export const SPAM_CATEGORIES = [
  'urgency',
  'money',
  'prize',
  'guarantee',
  'callToAction',
  'salutation',
  'bulk',
  'advanceFee',
  'pharmacy',
  'extortion',
  'phishing',
  'getRich',
  'crypto',
  'loans',
  'adult',
  'seo',
  'marketing',
  'counterfeit',
] as const;

/**
 * Wording that legitimate promotions use too ("limited time offer", "shop now", "unsubscribe"). Alone
 * it can make a mail look pushy (notice) but not like spam; next to harder signals it counts fully.
 */
export const SOFT_CATEGORIES: ReadonlySet<SpamCategory> = new Set([
  'urgency',
  'callToAction',
  'marketing',
  'bulk',
]);

export type SpamCategory = (typeof SPAM_CATEGORIES)[number];

/** Phrases with weights, grouped by category. */
export type PhraseList = {
  readonly [K in SpamCategory]?: ReadonlyArray<readonly [phrase: string, weight: number]>;
};

export interface LanguagePhrases {
  lang: string;
  spam: PhraseList;
  /** Wording that says a file comes with the message ("please find attached", "v příloze"). */
  attachmentMentions: readonly string[];
}

/** Languages shipped as phrase packs (JSON the host loads when a draft needs them), not in the engine. */
export const PACKED_LANGUAGES = ['sk', 'de', 'fr', 'es'] as const;
export type PackedLanguage = (typeof PACKED_LANGUAGES)[number];
