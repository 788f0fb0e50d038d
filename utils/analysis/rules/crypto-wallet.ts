import type { Evidence } from '../../types';
import { defineRule } from '../rule';
import { excerpt } from '../text';

// Bitcoin (legacy base58 and bech32) and Ethereum addresses. Fixed-length classes: linear.
const WALLET = /\b(?:bc1[ac-hj-np-z02-9]{25,62}|[13][a-km-zA-HJ-NP-Z1-9]{25,34}|0x[a-fA-F0-9]{40})\b/g;
// Legacy addresses start with a digit, so scanning for them touches every number. Mail that carries
// one names the currency too, and any address is a long letters-and-digits token: both are already
// known from the word scan.

/** A wallet address to pay into is the payload of sextortion and fake-investment mail. */
export default defineRule({
  meta: {
    id: 'crypto-wallet',
    description: 'The text contains a cryptocurrency wallet address.',
    why: 'Wallet addresses are the payment channel of extortion and investment scams; filters flag messages that ask for crypto payments.',
    example: { text: 'Send 0.05 BTC to bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh within 48 hours.' },
    category: 'body',
    defaultWeight: 1.5,
    messages: { walletAddress: 'The text contains a cryptocurrency wallet address ({address}).' },
    fixes: { checkPayment: 'Send payment details only through a channel the recipient already trusts.' },
  },
  check(draft, ctx) {
    const s = draft.text;
    const end = ctx.facts.ownTextEnd;
    const evidence: Evidence[] = [];
    let first: [number, number] | null = null;
    const longToken = ctx.facts.words('text').oddTokens.some((t) => t.leet && t.end - t.start >= 26);
    if (!longToken && !ctx.facts.mentions('text', 'crypto')) return [];
    WALLET.lastIndex = 0;
    for (let m = WALLET.exec(s); m && m.index < end && evidence.length < 10; m = WALLET.exec(s)) {
      // Legacy addresses mix cases and digits; a run of plain digits or one case is a number, not an address.
      if (!m[0].startsWith('0x') && !m[0].startsWith('bc1') && !(/[a-z]/.test(m[0]) && /[A-Z]/.test(m[0])))
        continue;
      evidence.push(ctx.facts.textEvidence(m.index, m.index + m[0].length));
      first ??= [m.index, m.index + m[0].length];
    }
    if (!first) return [];
    return [
      ctx.finding({
        messageId: 'walletAddress',
        data: { address: excerpt(s, first[0], first[1], 16) },
        evidence,
        fix: 'checkPayment',
      }),
    ];
  },
});
