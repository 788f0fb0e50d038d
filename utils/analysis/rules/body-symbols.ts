import type { Evidence } from '../../types';
import { defineRule } from '../rule';
import { excerpt, quoteList } from '../text';

const MONEY_RUN = /[$€£¥](?:\s?[$€£¥])+/g;
// Decorative runs of one symbol; "-----" and "=====" are left alone because signatures and quoted
// headers use them. Each alternative starts with a literal, which V8 scans for quickly.
const DECOR_RUN = /\*{5,}|#{5,}|~{5,}|\^{5,}|\+{5,}|>{5,}|\|{5,}|(?:\* ){4,}\*/g;
// Quick checks before each scan: text without these cannot hold a run. Any sign, since runs mix signs ("$€£").
const MONEY_SIGNS = ['$', '€', '£', '¥'];
const DECOR_PAIRS = ['**', '##', '~~', '^^', '++', '>>', '||', '* *'];

/** "$$$" and long runs of attention-grabbing symbols are hype markers spam filters count. */
export default defineRule({
  meta: {
    id: 'body-symbols',
    description: 'The text has runs of currency signs or decorative symbols.',
    why: 'Runs of currency signs and decorative symbols are typical of spam and are scored by content filters.',
    example: { text: 'Make $$$ from home' },
    category: 'body',
    defaultWeight: 1,
    messages: {
      moneySymbols: 'The text contains runs of currency signs: {examples}.',
      symbolRun: 'The text contains long runs of symbols: {examples}.',
    },
    fixes: { removeSymbols: 'Remove the runs of symbols.' },
  },
  check(draft, ctx) {
    const s = draft.text;
    const end = ctx.facts.ownTextEnd;
    const out = [];
    const checks = [
      [MONEY_RUN, 'moneySymbols', 1.5, MONEY_SIGNS.some((c) => s.includes(c))],
      [DECOR_RUN, 'symbolRun', 0.6, DECOR_PAIRS.some((p) => s.includes(p))],
    ] as const;
    for (const [re, messageId, base, present] of checks) {
      if (!present) continue;
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
        out.push(
          ctx.finding({
            messageId,
            factor: base * Math.min(2, 1 + 0.3 * Math.log2(count)),
            data: { examples: quoteList(examples, 3), count },
            evidence,
            fix: 'removeSymbols',
          }),
        );
      }
    }
    return out;
  },
});
