import type { Evidence } from '../../types';
import { defineRule } from '../rule';
import { excerpt, quoteList } from '../text';

const RUN = /[!?¡！？]{2,}1*/g;
const BANG = /[!！]/g;

/** Runs of "!!!" and "?!" and exclamation marks everywhere: hype that filters count. */
export default defineRule({
  meta: {
    id: 'body-punctuation',
    description: 'The text has runs of exclamation or question marks, or very many exclamation marks.',
    why: 'Runs of exclamation and question marks are a long-standing content-filter signal and read as pressure.',
    example: { text: 'Act now!!! Only today?!' },
    category: 'body',
    defaultWeight: 1,
    messages: {
      exclamationRun: 'The text has runs of exclamation or question marks: {examples}.',
      manyExclamations: 'The text uses many exclamation marks ({count}).',
    },
    fixes: { calmPunctuation: 'Use single punctuation marks and let the content speak.' },
  },
  check(draft, ctx) {
    const s = draft.text;
    const end = ctx.facts.ownTextEnd;
    const runs: Evidence[] = [];
    const examples: string[] = [];
    let runCount = 0;
    let longest = 0;
    RUN.lastIndex = 0;
    for (let m = RUN.exec(s); m && m.index < end; m = RUN.exec(s)) {
      runCount++;
      longest = Math.max(longest, m[0].length);
      if (runs.length < 20) {
        runs.push(ctx.facts.textEvidence(m.index, m.index + m[0].length));
        examples.push(excerpt(s, m.index, m.index + m[0].length, 10));
      }
    }
    if (runCount > 0) {
      const factor = Math.min(2.5, 0.5 + 0.35 * Math.log2(1 + runCount) + 0.08 * Math.min(longest, 10));
      return [
        ctx.finding({
          messageId: 'exclamationRun',
          factor,
          data: { examples: quoteList(examples, 3), count: runCount },
          evidence: runs,
          fix: 'calmPunctuation',
        }),
      ];
    }
    let count = 0;
    const marks: Evidence[] = [];
    BANG.lastIndex = 0;
    for (let m = BANG.exec(s); m && m.index < end; m = BANG.exec(s)) {
      count++;
      if (marks.length < 20) marks.push(ctx.facts.textEvidence(m.index, m.index + 1));
    }
    // Relative to length: a long friendly letter may have a few.
    if (count >= 5 && count * 200 > end) {
      return [
        ctx.finding({
          messageId: 'manyExclamations',
          factor: Math.min(1.5, 0.3 + 0.08 * count),
          data: { count },
          evidence: marks,
          fix: 'calmPunctuation',
        }),
      ];
    }
    return [];
  },
});
