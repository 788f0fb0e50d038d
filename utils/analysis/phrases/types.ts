/**
 * Vocabulary of the phrase data files. Weights are relative: about 0.3 for words that also appear in
 * ordinary mail ("urgent", "free of charge"), 1 for a clear marketing or pressure phrase, 2 to 3 for
 * wording that legitimate mail practically never uses ("verify your account", "next of kin").
 */
export const SPAM_CATEGORIES = [
  'urgency', 'money', 'prize', 'guarantee', 'callToAction', 'salutation', 'bulk', 'advanceFee',
  'pharmacy', 'extortion', 'phishing', 'getRich', 'crypto', 'loans', 'adult', 'seo', 'marketing',
] as const;

export type SpamCategory = (typeof SPAM_CATEGORIES)[number];

/** Phrases with weights, grouped by category. */
export type PhraseList = { readonly [K in SpamCategory]?: ReadonlyArray<readonly [phrase: string, weight: number]> };

export interface LanguagePhrases {
  lang: string;
  spam: PhraseList;
  /** Wording that says a file comes with the message ("please find attached", "v příloze"). */
  attachmentMentions: readonly string[];
}
