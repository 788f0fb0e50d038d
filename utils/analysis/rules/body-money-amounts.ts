import type { Evidence } from '../../types';
import { defineRule, diminishingSum } from '../rule';
import type { TextField } from '../facts';
import { excerpt, quoteList } from '../text';

// Runs over folded text (lower case). Millions written out or with digit groups, in several languages.
const BIG_NUMBER = /(?:[$€£]|\b(?:usd|eur|gbp|us\$|czk|kc))\s?\d{1,3}(?:[,.' ]\d{3}){2,}(?:[.,]\d{1,2})?|\b\d{1,3}(?:[,.' ]\d{3}){2,}(?:[.,]\d{1,2})?\s?(?:[$€£]|usd|eur|gbp|dollars?|euros?|pounds?|kc|czk)|\b\d{1,4}(?:[.,]\d{1,3})?\s?(?:million|millions|billion|billions|milion\w{0,3}|miliard\w{0,2}|millionen|milliarden|millones|mil millones|millions d)\b/g;

/** Large sums of money ("US$10,500,000", "4.5 million euros") are the hook of advance-fee and lottery scams. */
export default defineRule({
  meta: {
    id: 'body-money-amounts',
    description: 'The subject or text names sums in the millions.',
    category: 'body',
    defaultWeight: 0.9,
    messages: { largeSum: 'Large sums of money are mentioned: {amounts}.' },
    fixes: { stateSimply: 'Mention amounts only where the recipient needs them.' },
  },
  check(draft, ctx) {
    const evidence: Evidence[] = [];
    const shown: string[] = [];
    const weights: number[] = [];
    for (const field of ['subject', 'text'] as TextField[]) {
      const s = ctx.facts.folded(field);
      const end = field === 'text' ? ctx.facts.ownTextEnd : s.length;
      BIG_NUMBER.lastIndex = 0;
      for (let m = BIG_NUMBER.exec(s); m && m.index < end && evidence.length < 20; m = BIG_NUMBER.exec(s)) {
        evidence.push(ctx.facts.evidence(field, m.index, m.index + m[0].length));
        shown.push(excerpt(draft[field], m.index, m.index + m[0].length));
        weights.push(field === 'subject' ? 1.5 : 1);
      }
    }
    if (weights.length === 0) return [];
    return [ctx.finding({
      messageId: 'largeSum', factor: diminishingSum(weights, 0.5),
      data: { amounts: quoteList(shown, 3) }, evidence, fix: 'stateSimply',
    })];
  },
});
