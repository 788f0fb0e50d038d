import type { Evidence } from '../../types';
import { defineRule, diminishingSum } from '../rule';
import type { TextField } from '../facts';
import { excerpt, quoteList } from '../text';

// Sums in the millions: digit groups next to a currency ("US$10,500,000", "2.000.000 EUR"), or a
// number with a word for millions in several languages ("4.5 million", "3 miliony", "10 Millionen").
const DIGIT_GROUPS = /\d{1,3}(?:[,.' \u00a0]\d{3}){2,}(?:[.,]\d{1,2})?/g;
const CURRENCY_BEFORE = /(?:[$€£¥]|\b(?:usd|eur|gbp|us\$|czk|kč|kc)|\bus)\s?$/i;
const CURRENCY_AFTER = /^\s?(?:[$€£¥]|usd|eur|gbp|czk|kč|kc|dollars?|euros?|pounds?|korun|dolar\p{L}*|\(\p{L})/iu;
const MILLIONS = /\d{1,4}(?:[.,]\d{1,3})?\s?(?:million|millions|billion|billions|mill?ion\p{L}{0,3}|miliard\p{L}{0,2}|millionen|milliarden|millones|mil millones|mio\.?)(?!\p{L})/giu;
// Cheap gates (native substring search) before the regexes: most mail names no currency and no millions.
const CURRENCY_WORDS = ['$', '€', '£', '¥', 'USD', 'usd', 'EUR', 'eur', 'GBP', 'gbp', 'CZK', 'czk', 'Kč', 'kč', 'dollar', 'Dollar', 'DOLLAR', 'euro', 'Euro', 'EURO', 'pound', 'Pound', 'korun', 'dolar'];
const MILLION_WORDS = ['illi', 'ILLI', 'ilio', 'ILIO', 'iliard', 'ILIARD', 'illón', 'illon', 'Mio', 'mio'];

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
    const add = (field: TextField, s: string, start: number, end: number): void => {
      evidence.push(ctx.facts.evidence(field, start, end));
      shown.push(excerpt(s, start, end));
      weights.push(field === 'subject' ? 1.5 : 1);
    };
    for (const field of ['subject', 'text'] as TextField[]) {
      const s = draft[field];
      const end = ctx.facts.scanEnd(field);
      DIGIT_GROUPS.lastIndex = CURRENCY_WORDS.some((w) => s.includes(w)) ? 0 : s.length;
      for (let m = DIGIT_GROUPS.exec(s); m && m.index < end && evidence.length < 20; m = DIGIT_GROUPS.exec(s)) {
        const after = m.index + m[0].length;
        const before = s.slice(Math.max(0, m.index - 5), m.index);
        if (CURRENCY_BEFORE.test(before)) add(field, s, m.index - before.length + before.search(/\S/), after);
        else if (CURRENCY_AFTER.test(s.slice(after, after + 9))) add(field, s, m.index, after);
      }
      if (!MILLION_WORDS.some((w) => s.includes(w))) continue;
      MILLIONS.lastIndex = 0;
      for (let m = MILLIONS.exec(s); m && m.index < end && evidence.length < 20; m = MILLIONS.exec(s)) {
        add(field, s, m.index, m.index + m[0].length);
      }
    }
    if (weights.length === 0) return [];
    return [ctx.finding({
      messageId: 'largeSum', factor: diminishingSum(weights, 0.5),
      data: { amounts: quoteList(shown, 3) }, evidence, fix: 'stateSimply',
    })];
  },
});
