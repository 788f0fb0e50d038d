/**
 * Words that are not spam by themselves but tell a rule it is worth running a costlier check: the
 * word scan finds them for free, instead of one more pass over the text per rule.
 */
export const SIGNALS = {
  crypto: ['bitcoin*', 'btc', 'wallet*', 'crypto*', 'krypto*', 'ethereum', 'usdt', 'peněženk*', 'penazenk*', 'satoshi*'],
  currency: ['usd', 'eur', 'gbp', 'czk', 'kč', 'chf', 'dollar*', 'dolar*', 'euro*', 'pound*', 'korun*', 'naira'],
  millions: ['million*', 'billion*', 'milion*', 'miliard*', 'milliard*', 'millon*', 'mio'],
} as const;

export type SignalKind = keyof typeof SIGNALS;

/** Tests a matched phrase for a signal word (phrases are folded, lower case). */
export const SIGNAL_TESTS: Record<SignalKind, RegExp> = {
  crypto: /bitcoin|\bbtc\b|wallet|crypto|krypto|ethereum|usdt|penezenk|penazenk|satoshi/,
  currency: /\b(?:usd|eur|gbp|czk|kc|chf|naira)\b|dollar|dolar|euro|pound|korun/,
  millions: /million|billion|milion|miliard|milliard|millon|\bmio\b/,
};
