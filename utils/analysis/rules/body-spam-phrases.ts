import type { Evidence, Finding } from '../../types';
import { defineRule, diminishingSum } from '../rule';
import { excerpt, quoteList } from '../text';
import { SOFT_CATEGORIES, type PhraseHit, type SpamCategory } from '../phrases';

type Category =
  | 'urgency'
  | 'money'
  | 'prize'
  | 'guarantee'
  | 'callToAction'
  | 'salutation'
  | 'bulk'
  | 'advanceFee'
  | 'pharmacy'
  | 'extortion'
  | 'phishing'
  | 'getRich'
  | 'crypto'
  | 'loans'
  | 'adult'
  | 'seo'
  | 'marketing'
  | 'counterfeit'
  | 'custom';

type Fix = 'rephrase' | 'addressByName' | 'removeBoilerplate' | 'reportInstead';

const FIX: Record<Category, Fix> = {
  urgency: 'rephrase',
  money: 'rephrase',
  prize: 'reportInstead',
  guarantee: 'rephrase',
  callToAction: 'rephrase',
  salutation: 'addressByName',
  bulk: 'removeBoilerplate',
  advanceFee: 'reportInstead',
  pharmacy: 'rephrase',
  extortion: 'reportInstead',
  phishing: 'reportInstead',
  getRich: 'rephrase',
  crypto: 'rephrase',
  loans: 'rephrase',
  adult: 'rephrase',
  seo: 'rephrase',
  marketing: 'rephrase',
  counterfeit: 'rephrase',
  custom: 'rephrase',
};

/**
 * Mailing-list footers ("unsubscribe", "view in browser") are normal in newsletters and say nothing on
 * their own; they only add to the score when other spam wording is already there.
 */
const BULK_NEEDS = 1.5;
const WEAK = 0.5;
/** Soft wording alone (see SOFT_CATEGORIES) adds up to this much at most. */
export const SOFT_CAP = 2;
/** Harder signals from this total on lift the cap. */
export const HARD_ENOUGH = 1;

/**
 * Weighted spam wording in the user's own text (quoted history excluded), grouped by category. Within
 * a category each further phrase counts less (0.7×), and a repeated phrase adds only a little, so the
 * score grows with variety of signals rather than with length.
 */
export default defineRule({
  meta: {
    id: 'body-spam-phrases',
    description:
      'The text uses wording common in spam, scams and phishing (per-language phrase lists and custom phrases).',
    why: 'Content filters (rule-based and Bayesian) learn the wording of spam, scams and phishing; several kinds of such wording together weigh more.',
    example: { text: 'Dear friend, you have won the lottery! Click here to claim your prize.' },
    category: 'body',
    defaultWeight: 1,
    messages: {
      urgency: 'Pressure to act fast: {phrases}.',
      money: 'Money and price wording typical of spam: {phrases}.',
      prize: 'Prize or lottery wording: {phrases}.',
      guarantee: 'Guarantees and no-risk promises: {phrases}.',
      callToAction: 'Pushy calls to action: {phrases}.',
      salutation: 'A generic greeting instead of the recipient’s name: {phrases}.',
      bulk: 'Mailing-list boilerplate next to other spam wording: {phrases}.',
      advanceFee: 'Wording of advance-fee scams: {phrases}.',
      pharmacy: 'Pharmacy, diet or enhancement wording: {phrases}.',
      extortion: 'Wording of extortion (“sextortion”) scams: {phrases}.',
      phishing: 'Wording typical of phishing: {phrases}.',
      getRich: 'Get-rich-quick or work-from-home wording: {phrases}.',
      crypto: 'Crypto investment wording: {phrases}.',
      loans: 'Loan and credit offers: {phrases}.',
      adult: 'Dating or adult wording: {phrases}.',
      seo: 'Wording of unsolicited SEO and marketing offers: {phrases}.',
      marketing: 'Hard-sell marketing wording: {phrases}.',
      counterfeit: 'Wording of counterfeit-goods offers: {phrases}.',
      custom: 'Phrases from your own list: {phrases}.',
    },
    fixes: {
      rephrase: 'Say it plainly, without these phrases.',
      addressByName: 'Address the recipient by name.',
      removeBoilerplate: 'Leave unsubscribe footers to your newsletter tool.',
      reportInstead:
        'If you are passing on a suspicious message, report it or forward it as an attachment instead.',
    },
  },
  check(draft, ctx) {
    const byCategory = new Map<Category, PhraseHit[]>();
    for (const h of ctx.facts.spamHits('text')) {
      const c = h.entry.category as Category;
      let list = byCategory.get(c);
      if (!list) byCategory.set(c, (list = []));
      list.push(h);
    }
    const custom = ctx.facts.customHits('text');
    if (custom.length) byCategory.set('custom', custom);

    const scored: { category: Category; weight: number; hits: PhraseHit[] }[] = [];
    for (const [category, hits] of byCategory) {
      const counts = new Map<string, { weight: number; count: number }>();
      for (const h of hits) {
        const c = counts.get(h.entry.phrase);
        if (c) c.count++;
        else counts.set(h.entry.phrase, { weight: h.entry.weight, count: 1 });
      }
      // Repeats add a tenth per doubling: "click here" five times is not five signals.
      const weights = [...counts.values()].map((c) => c.weight * (1 + 0.1 * Math.log2(c.count)));
      scored.push({ category, weight: diminishingSum(weights, 0.7), hits });
    }
    const others = scored.filter((s) => s.category !== 'bulk').reduce((sum, s) => sum + s.weight, 0);
    const hard = scored
      .filter((s) => !SOFT_CATEGORIES.has(s.category as SpamCategory))
      .reduce((sum, s) => sum + s.weight, 0);
    const soft = scored
      .filter(
        (s) =>
          SOFT_CATEGORIES.has(s.category as SpamCategory) && (s.category !== 'bulk' || others >= BULK_NEEDS),
      )
      .reduce((sum, s) => sum + s.weight, 0);
    // Promotions say "limited time offer" and "shop now" too: pushy, not spam, unless harder signals agree.
    const softScale = hard < HARD_ENOUGH && soft > SOFT_CAP ? SOFT_CAP / soft : 1;
    const findings: Finding[] = [];
    for (const { category, weight: raw, hits } of scored) {
      const weight = SOFT_CATEGORIES.has(category as SpamCategory) ? raw * softScale : raw;
      if (category === 'bulk' && others < BULK_NEEDS) continue;
      // A lone weak word ("free of charge", "urgent") in otherwise clean text is not worth a line in
      // the panel; next to other spam wording it still counts.
      if (weight < WEAK && others < BULK_NEEDS) continue;
      const evidence: Evidence[] = hits.slice(0, 50).map((h) => ctx.facts.textEvidence(h.start, h.end));
      // Quote the first few distinct phrases as the user wrote them.
      const shown: string[] = [];
      const quoted = new Set<string>();
      for (const h of hits) {
        if (shown.length > 4) break;
        if (quoted.has(h.entry.phrase)) continue;
        quoted.add(h.entry.phrase);
        shown.push(excerpt(draft.text, h.start, h.end));
      }
      findings.push(
        ctx.finding({
          messageId: category,
          factor: weight,
          data: { phrases: quoteList(shown), count: hits.length },
          evidence,
          fix: FIX[category],
        }),
      );
    }
    return findings;
  },
});
