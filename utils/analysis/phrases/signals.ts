/**
 * Words that are not spam by themselves but tell a rule it is worth running a costlier check: the
 * word scan finds them for free, instead of one more pass over the text per rule.
 */
export const SIGNALS = {
  crypto: [
    'bitcoin*',
    'btc',
    'wallet*',
    'crypto*',
    'krypto*',
    'ethereum',
    'usdt',
    'peněženk*',
    'penazenk*',
    'satoshi*',
  ],
  currency: [
    'usd',
    'eur',
    'gbp',
    'czk',
    'kč',
    'chf',
    'dollar*',
    'dolar*',
    'euro*',
    'pound*',
    'korun*',
    'naira',
  ],
  millions: ['million*', 'billion*', 'milion*', 'miliard*', 'milliard*', 'millon*', 'mio'],
} as const;

export type SignalKind = keyof typeof SIGNALS;

import { memo } from '../memo';

/** Tests a matched phrase for a signal word (phrases are folded, lower case). */
export const SIGNAL_TESTS: Record<SignalKind, RegExp> = {
  crypto: /bitcoin|\bbtc\b|wallet|crypto|krypto|ethereum|usdt|penezenk|penazenk|satoshi/,
  currency: /\b(?:usd|eur|gbp|czk|kc|chf|naira)\b|dollar|dolar|euro|pound|korun/,
  millions: /million|billion|milion|miliard|milliard|millon|\bmio\b/,
};

const SIGNAL_BITS: Record<SignalKind, number> = { crypto: 1, currency: 2, millions: 4 };

/** The signal kinds of a phrase as bits, computed once per phrase (rules ask per hit, per call). */
const signalBits = memo((phrase: string): number => {
  let bits = 0;
  for (const kind of Object.keys(SIGNAL_BITS) as SignalKind[])
    if (SIGNAL_TESTS[kind].test(phrase)) bits |= SIGNAL_BITS[kind];
  return bits;
}, 4096);

/** SIGNAL_TESTS[kind].test(phrase), cached per phrase. */
export const hasSignal = (kind: SignalKind, phrase: string): boolean =>
  (signalBits(phrase) & SIGNAL_BITS[kind]) !== 0;
