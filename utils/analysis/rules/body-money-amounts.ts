import type { Evidence } from '../../types';
import { defineRule, diminishingSum } from '../rule';
import type { TextField } from '../facts';
import { excerpt, quoteList } from '../text';

// Sums in the millions: digit groups next to a currency ("US$10,500,000", "2.000.000 EUR"), or a
// number with a word for millions in several languages ("4.5 million", "3 miliony", "10 Millionen").
const DIGIT_GROUPS = /\d{1,3}(?:[,.' \u00a0]\d{3}){2,}(?:[.,]\d{1,2})?/g;
const CURRENCY_BEFORE = /(?:[$€£¥]|\b(?:usd|eur|gbp|us\$|czk|kč|kc)|\bus)\s?$/i;
const CURRENCY_AFTER = /^\s?(?:[$€£¥]|usd|eur|gbp|czk|kč|kc|dollars?|euros?|pounds?|korun|dolar\p{L}*|\(\p{L})/iu;
// Earnings promised per unit of time: "$500 per day", "€3,000 a week", "80 000 Kč měsíčně".
const EARNINGS = /(?:[$€£]\s?\d[\d,.' ]{0,9}\d?|\d[\d,.' ]{0,9}\s?(?:[$€£]|usd|eur|gbp|kč|kc|czk|dollars?|euros?|pounds?|korun))\s?(?:per|a|an|\/|každý|za|denně|týdně|měsíčně|mesicne|tydne|denne|pro)\s?(?:day|week|hour|month|den|týden|hodinu|měsíc|mesic|tyden)?/giu;
const MILLIONS = /\d{1,4}(?:[.,]\d{1,3})?\s?(?:million|millions|billion|billions|mill?ion\p{L}{0,3}|miliard\p{L}{0,2}|millionen|milliarden|millones|mil millones|mio\.?)(?!\p{L})/giu;
// Cheap gates before the regexes (most mail names no currency and no millions): currency signs by
// native character search, currency words and "million" from the word scan.
const CURRENCY_SIGNS = ['$', '€', '£', '¥'];
const SCAM_CONTEXT: ReadonlySet<string> = new Set(['advanceFee', 'prize', 'getRich', 'crypto', 'loans']);

/** Large sums of money ("US$10,500,000", "4.5 million euros") are the hook of advance-fee and lottery scams. */
export default defineRule({
  meta: {
    id: 'body-money-amounts',
    description: 'The subject or text names sums in the millions or promises earnings per day, week or month.',
    category: 'body',
    defaultWeight: 0.9,
    messages: {
      largeSum: 'Large sums of money are mentioned: {amounts}.',
      earningsClaim: 'Earnings are promised per day, week or month: {amounts}.',
    },
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
      const currency = CURRENCY_SIGNS.some((c) => s.includes(c)) || ctx.facts.mentions(field, 'currency');
      DIGIT_GROUPS.lastIndex = currency ? 0 : s.length;
      for (let m = DIGIT_GROUPS.exec(s); m && m.index < end && evidence.length < 20; m = DIGIT_GROUPS.exec(s)) {
        const after = m.index + m[0].length;
        const before = s.slice(Math.max(0, m.index - 5), m.index);
        const sign = CURRENCY_BEFORE.exec(before);
        if (sign) add(field, s, m.index - before.length + sign.index, after);
        else if (CURRENCY_AFTER.test(s.slice(after, after + 9))) add(field, s, m.index, after);
      }
      if (!ctx.facts.mentions(field, 'millions')) continue;
      MILLIONS.lastIndex = 0;
      for (let m = MILLIONS.exec(s); m && m.index < end && evidence.length < 20; m = MILLIONS.exec(s)) {
        add(field, s, m.index, m.index + m[0].length);
      }
    }
    const out = [];
    if (weights.length) {
      // Millions next to beneficiary, prize or investment wording are the hook of a scam, not a report.
      const scamContext = ctx.facts.spamHits('text').some((h) => SCAM_CONTEXT.has(h.entry.category));
      out.push(ctx.finding({
        messageId: 'largeSum', factor: diminishingSum(weights, 0.5) * (scamContext ? 1.6 : 1),
        data: { amounts: quoteList(shown, 3) }, evidence, fix: 'stateSimply',
      }));
    }
    // Rates of pay need a currency; the same gate as above.
    const claims: Evidence[] = [];
    const claimShown: string[] = [];
    for (const field of ['subject', 'text'] as TextField[]) {
      const s = draft[field];
      if (!(CURRENCY_SIGNS.some((c) => s.includes(c)) || ctx.facts.mentions(field, 'currency'))) continue;
      const end = ctx.facts.scanEnd(field);
      EARNINGS.lastIndex = 0;
      for (let m = EARNINGS.exec(s); m && m.index < end && claims.length < 10; m = EARNINGS.exec(s)) {
        // "a" and "/" alone are too loose ("$40 a piece"); they count only before a unit of time.
        if (!/(?:day|week|hour|month|den|týden|hodinu|měsíc|mesic|tyden|denně|týdně|měsíčně|mesicne|tydne|denne)$/iu.test(m[0].trimEnd())) continue;
        claims.push(ctx.facts.evidence(field, m.index, m.index + m[0].length));
        claimShown.push(excerpt(s, m.index, m.index + m[0].length));
      }
    }
    if (claims.length) {
      out.push(ctx.finding({
        messageId: 'earningsClaim', factor: 1.3 * Math.min(1.5, 1 + 0.2 * (claims.length - 1)),
        data: { amounts: quoteList(claimShown, 3) }, evidence: claims, fix: 'stateSimply',
      }));
    }
    return out;
  },
});
