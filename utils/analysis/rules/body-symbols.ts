import type { Evidence } from '../../types';
import { defineRule } from '../rule';
import { excerpt, quoteList } from '../text';

const MONEY_RUN = /[$€£¥](?:\s?[$€£¥]){1,}/g;
// Decorative runs; "-----" and "=====" are left alone because signatures and quoted headers use them.
const DECOR_RUN = /[*#~^+>|]{5,}|(?:[*#~^+>|]\s?){6,}/g;

/** "$$$" and long runs of attention-grabbing symbols are hype markers spam filters count. */
export default defineRule({
  meta: {
    id: 'body-symbols',
    description: 'The text has runs of currency signs or decorative symbols.',
    category: 'body',
    defaultWeight: 1,
    messages: {
      moneySymbols: 'The text contains runs of currency signs: {examples}.',
      symbolRun: 'The text contains long runs of symbols: {examples}.',
    },
    fixes: { removeSymbols: 'Remove the symbol runs.' },
  },
  check(draft, ctx) {
    const s = draft.text;
    const end = ctx.facts.ownTextEnd;
    const out = [];
    for (const [re, messageId, base] of [[MONEY_RUN, 'moneySymbols', 1.5], [DECOR_RUN, 'symbolRun', 0.6]] as const) {
      const evidence: Evidence[] = [];
      const examples: string[] = [];
      let count = 0;
      re.lastIndex = 0;
      for (let m = re.exec(s); m && m.index < end; m = re.exec(s)) {
        count++;
        if (evidence.length < 20) {
          evidence.push(ctx.facts.textEvidence(m.index, m.index + m[0].length));
          examples.push(excerpt(s, m.index, m.index + m[0].length, 12));
        }
      }
      if (count) {
        out.push(ctx.finding({
          messageId, factor: base * Math.min(2, 1 + 0.3 * Math.log2(count)),
          data: { examples: quoteList(examples, 3), count }, evidence, fix: 'removeSymbols',
        }));
      }
    }
    return out;
  },
});
