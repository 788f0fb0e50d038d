import type { Evidence, Finding } from '../../types';
import { defineRule, diminishingSum } from '../rule';
import type { DraftFacts, TextField } from '../facts';
import { excerpt, quoteList } from '../text';
import { hasSignal } from '../phrases';
import { memo } from '../memo';

// Amounts are read only around currency signs and currency words (found by the word scan), so the
// cost follows the number of amounts, not the length of the mail.
const CURRENCY_SIGNS = ['$', '€', '£', '¥'];
const NUMBER_AFTER = /\s?(\d{1,3}(?:[,.' \u00a0]\d{3})+|\d{1,12})(?:[.,]\d{1,2})?/y;
const NUMBER_BEFORE = /(\d{1,3}(?:[,.' \u00a0]\d{3})+|\d{1,12})(?:[.,]\d{1,2})?\s?$/;
const DECIMAL_BEFORE = /\d{1,4}(?:[.,]\d{1,3})?\s?$/;
// A unit of time after an amount: "$500 per day", "3 000 € týdně", "€80/hour".
const RATE_AFTER =
  /\s?(?:per|a|an|\/|za|každý|každou)?\s?(?:day|week|hour|month|den|týden|hodinu|měsíc|mesic|tyden|denně|týdně|měsíčně|denne|tydne|mesicne)(?![\p{L}])/iuy;
const US_BEFORE = /\bus\s?$/i;
const SCAM_CONTEXT: ReadonlySet<string> = new Set(['advanceFee', 'prize', 'getRich', 'crypto', 'loans']);
const MILLION_WORD = /^(?:million|billion|milion|miliard|milliard|millon|mio\b)/;
const isMillionWord = memo((phrase: string): boolean => MILLION_WORD.test(phrase), 4096);

interface Amount {
  start: number;
  end: number;
  value: number;
}

function valueOf(digits: string): number {
  return Number(digits.replace(/[,.' \u00a0]/g, ''));
}

/** Amounts written next to a currency in one field, each once. */
function amounts(facts: DraftFacts, field: TextField, s: string): Amount[] {
  const end = facts.scanEnd(field);
  const anchors: [number, number][] = [];
  for (const sign of CURRENCY_SIGNS) {
    for (let i = s.indexOf(sign); i >= 0 && i < end && anchors.length < 200; i = s.indexOf(sign, i + 1))
      anchors.push([i, i + 1]);
  }
  for (const h of facts.words(field).hits) {
    if (anchors.length >= 200) break;
    if (hasSignal('currency', h.entry.phrase)) anchors.push([h.start, h.end]);
  }
  const out: Amount[] = [];
  for (const [a, b] of anchors.sort((x, y) => x[0] - y[0])) {
    let start = a;
    let stop = b;
    let value: number;
    NUMBER_AFTER.lastIndex = b;
    const after = NUMBER_AFTER.exec(s);
    if (after) {
      stop = b + after[0].length;
      value = valueOf(after[1]!);
      // "US$", "US $"; the character before "US" too, so "BONUS $5" is not read as "US $5".
      const us = US_BEFORE.exec(s.slice(Math.max(0, a - 4), a));
      if (us) start = a - us[0].length;
    } else {
      const window = s.slice(Math.max(0, a - 24), a);
      const before = NUMBER_BEFORE.exec(window);
      if (!before) continue;
      start = a - window.length + before.index;
      value = valueOf(before[1]!);
    }
    if (out.length && out[out.length - 1]!.end > start) continue;
    out.push({ start, end: stop, value });
  }
  return out;
}

/**
 * Large sums of money ("US$10,500,000", "4.5 million euros") are the hook of advance-fee and lottery
 * scams; earnings promised per day or week ("$500 per day") are the hook of work-from-home scams.
 */
export default defineRule({
  meta: {
    id: 'body-money-amounts',
    description:
      'The subject or text names sums in the millions or promises earnings per day, week or month.',
    why: 'Sums in the millions and earnings promised per day or week are the hook of advance-fee, lottery and work-from-home scams, and content filters score them.',
    example: { text: 'The sum of US$10,500,000 is waiting.' },
    category: 'body',
    defaultWeight: 0.9,
    messages: {
      largeSum: 'The message mentions large sums of money: {amounts}.',
      earningsClaim: 'Earnings are promised per day, week or month: {amounts}.',
    },
    fixes: { stateSimply: 'Mention amounts only where the recipient needs them.' },
  },
  check(draft, ctx) {
    const sums: Evidence[] = [];
    const sumsShown: string[] = [];
    const sumWeights: number[] = [];
    const claims: Evidence[] = [];
    const claimsShown: string[] = [];
    for (const field of ['subject', 'text'] as TextField[]) {
      const s = draft[field];
      if (!s) continue;
      const addSum = (start: number, end: number): void => {
        if (sums.length >= 20) return;
        sums.push(ctx.facts.evidence(field, start, end));
        sumsShown.push(excerpt(s, start, end));
        sumWeights.push(field === 'subject' ? 1.5 : 1);
      };
      for (const m of amounts(ctx.facts, field, s)) {
        if (m.value >= 1_000_000) addSum(m.start, m.end);
        RATE_AFTER.lastIndex = m.end;
        const rate = RATE_AFTER.exec(s);
        if (rate && claims.length < 10) {
          claims.push(ctx.facts.evidence(field, m.start, m.end + rate[0].length));
          claimsShown.push(excerpt(s, m.start, m.end + rate[0].length));
        }
      }
      // "2.5 million", "10 Millionen", "3 miliony": a number right before a word for millions.
      for (const h of ctx.facts.words(field).hits) {
        if (!isMillionWord(h.entry.phrase)) continue;
        const window = s.slice(Math.max(0, h.start - 12), h.start);
        const n = DECIMAL_BEFORE.exec(window);
        if (n) addSum(h.start - window.length + n.index, h.end);
      }
    }
    const out: Finding[] = [];
    if (sumWeights.length) {
      // Millions next to beneficiary, prize or investment wording are the hook of a scam, not a report.
      const scamContext = ctx.facts.spamHits('text').some((h) => SCAM_CONTEXT.has(h.entry.category));
      out.push(
        ctx.finding({
          messageId: 'largeSum',
          factor: diminishingSum(sumWeights, 0.5) * (scamContext ? 1.6 : 1),
          data: { amounts: quoteList(sumsShown, 3) },
          evidence: sums,
          fix: 'stateSimply',
        }),
      );
    }
    if (claims.length) {
      out.push(
        ctx.finding({
          messageId: 'earningsClaim',
          factor: 1.3 * Math.min(1.5, 1 + 0.2 * (claims.length - 1)),
          data: { amounts: quoteList(claimsShown, 3) },
          evidence: claims,
          fix: 'stateSimply',
        }),
      );
    }
    return out;
  },
});
