import type { Evidence } from '../../types';
import { defineRule } from '../rule';

// Four or more capitalised words in a row (acronyms come alone or in pairs).
const CAPS_RUN = /\b[A-Z][A-Z'’]{1,}(?:[\s,.!?:;-]+[A-Z][A-Z'’]{1,}){3,}/g;

/** A body mostly in capitals reads as shouting to people and to filters. Needs enough letters to judge. */
export default defineRule({
  meta: {
    id: 'body-shouting',
    description: 'A large share of the letters in the text are capitals.',
    why: 'Text mostly in capitals is a long-standing content-filter signal and reads as shouting.',
    example: { text: 'YOU HAVE BEEN SELECTED FOR AN EXCLUSIVE CASH BONUS. CLAIM IT NOW BEFORE IT EXPIRES' },
    category: 'body',
    defaultWeight: 2.5,
    messages: { shouting: '{percent}% of the letters in the text are capitals.' },
    fixes: { useSentenceCase: 'Write in normal sentence case; keep capitals for names and acronyms.' },
  },
  check(draft, ctx) {
    const end = ctx.facts.ownTextEnd;
    const { letters, upper } = ctx.facts.words('text');
    if (letters < 40) return [];
    const share = upper / letters;
    if (share < 0.35) return [];
    const evidence: Evidence[] = [];
    CAPS_RUN.lastIndex = 0;
    for (
      let m = CAPS_RUN.exec(draft.text);
      m && m.index < end && evidence.length < 10;
      m = CAPS_RUN.exec(draft.text)
    ) {
      evidence.push(ctx.facts.textEvidence(m.index, m.index + m[0].length));
    }
    if (evidence.length === 0) evidence.push(ctx.facts.textEvidence(0, end));
    // 35% → small, 75% and more → the full weight.
    const factor = Math.min(1, 0.2 + ((share - 0.35) / 0.4) * 0.8);
    return [
      ctx.finding({
        messageId: 'shouting',
        factor,
        data: { percent: Math.round(share * 100) },
        evidence,
        fix: 'useSentenceCase',
      }),
    ];
  },
});
