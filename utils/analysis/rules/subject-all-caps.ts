import { defineRule } from '../rule';
import { countCase, excerpt, quoteList } from '../text';

// Words of three or more capitals; shorter ones are mostly acronyms (EU, HR, Q3).
const CAPS_WORD = /(?<![\p{L}\p{N}])\p{Lu}{3,}(?![\p{L}\p{N}])/gu;

/** A subject in capitals reads as shouting and is one of the oldest spam-filter signals. */
export default defineRule({
  meta: {
    id: 'subject-all-caps',
    description: 'The subject is written in capitals, wholly or in several words.',
    why: 'A subject in capitals is a classic content-filter signal and reads as shouting.',
    example: { subject: 'URGENT BUSINESS PROPOSAL' },
    category: 'subject',
    defaultWeight: 1.6,
    messages: {
      allCaps: 'The subject is written almost entirely in capitals.',
      capsWords: 'Several words in the subject are in capitals: {words}.',
    },
    fixes: { useSentenceCase: 'Write the subject in normal sentence case.' },
  },
  check(draft, ctx) {
    const s = draft.subject;
    const { letters, upper } = countCase(s);
    const evidence = [{ field: 'subject' as const, start: 0, end: s.length }];
    if (letters >= 8 && upper / letters >= 0.8) {
      // More letters in capitals weigh a little more: "FREE GIFT" < a whole shouted sentence.
      return [
        ctx.finding({
          messageId: 'allCaps',
          factor: 1 + Math.min(0.5, (letters - 8) / 60),
          evidence,
          fix: 'useSentenceCase',
        }),
      ];
    }
    if (s.length > 2000) return [];
    const words = [...s.matchAll(CAPS_WORD)];
    const total = s.split(/\s+/).filter(Boolean).length;
    if (words.length >= 3 || (words.length >= 2 && words.length / Math.max(total, 1) >= 0.5)) {
      return [
        ctx.finding({
          messageId: 'capsWords',
          factor: 0.4 + 0.1 * Math.min(words.length, 6),
          data: { words: quoteList(words.map((m) => excerpt(s, m.index, m.index + m[0].length))) },
          evidence: words
            .slice(0, 10)
            .map((m) => ({ field: 'subject' as const, start: m.index, end: m.index + m[0].length })),
          fix: 'useSentenceCase',
        }),
      ];
    }
    return [];
  },
});
