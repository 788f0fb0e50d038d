import type { Evidence } from '../../types';
import { defineRule, diminishingSum } from '../rule';
import { excerpt, quoteList } from '../text';
import { SOFT_CATEGORIES, type SpamCategory } from '../phrases';

const SOFT_SUBJECT_CAP = 0.8;

/** Spam wording in the subject weighs more than in the body: it is what filters and readers see first. */
export default defineRule({
  meta: {
    id: 'subject-spam-phrases',
    description: 'The subject uses wording common in spam (built-in and custom phrase lists).',
    why: 'The subject is what filters and readers judge first; spam wording there weighs at least as much as in the text.',
    example: { subject: 'Congratulations, you have won!' },
    category: 'subject',
    defaultWeight: 1.3,
    messages: { phrases: 'The subject contains wording common in spam: {phrases}.' },
    fixes: { rephrase: 'Describe the content of the message plainly.' },
  },
  check(draft, ctx) {
    const hits = [...ctx.facts.spamHits('subject'), ...ctx.facts.customHits('subject')];
    if (hits.length === 0) return [];
    const seen = new Set<string>();
    const weights: number[] = [];
    const evidence: Evidence[] = [];
    const shown: string[] = [];
    for (const h of hits) {
      evidence.push({ field: 'subject', start: h.start, end: h.end });
      if (seen.has(h.entry.phrase)) continue;
      seen.add(h.entry.phrase);
      weights.push(h.entry.weight);
      shown.push(excerpt(draft.subject, h.start, h.end));
    }
    // Promotional wording alone ("Limited time offer") counts for little in a subject.
    const onlySoft = hits.every((h) => SOFT_CATEGORIES.has(h.entry.category as SpamCategory));
    return [
      ctx.finding({
        messageId: 'phrases',
        factor: onlySoft
          ? Math.min(diminishingSum(weights, 0.7), SOFT_SUBJECT_CAP)
          : diminishingSum(weights, 0.7),
        data: { phrases: quoteList(shown) },
        evidence,
        fix: 'rephrase',
      }),
    ];
  },
});
