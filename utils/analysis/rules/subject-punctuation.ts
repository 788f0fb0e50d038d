import type { Evidence } from '../../types';
import { defineRule } from '../rule';

// "!!", "?!", "??", "!!!1", also the full-width and inverted forms spammers paste in.
const RUN = /[!?¡¿！？]{2,}1*/g;

/** Repeated punctuation in a subject is a classic spam signal; one "!" is a much weaker one. */
export default defineRule({
  meta: {
    id: 'subject-punctuation',
    description: 'The subject has repeated exclamation or question marks.',
    why: 'Repeated exclamation or question marks in the subject are a classic content-filter signal.',
    example: { subject: 'You won!!!' },
    category: 'subject',
    defaultWeight: 1.4,
    messages: {
      repeated: 'The subject contains repeated punctuation (“{found}”).',
      exclamation: 'The subject ends with an exclamation mark.',
    },
    fixes: { singleMark: 'Use at most one punctuation mark, and preferably none in a subject.' },
  },
  check(draft, ctx) {
    const s = draft.subject;
    const evidence: Evidence[] = [];
    let longest = 0;
    RUN.lastIndex = 0;
    for (let m = RUN.exec(s); m && evidence.length < 20; m = RUN.exec(s)) {
      evidence.push({ field: 'subject', start: m.index, end: m.index + m[0].length });
      longest = Math.max(longest, m[0].length);
    }
    if (evidence.length) {
      const factor = Math.min(2, 0.8 + 0.15 * longest + 0.2 * (evidence.length - 1));
      return [
        ctx.finding({
          messageId: 'repeated',
          factor,
          data: { found: s.slice(evidence[0]!.start, evidence[0]!.end) },
          evidence,
          fix: 'singleMark',
        }),
      ];
    }
    const trimmed = s.trimEnd();
    if (trimmed.endsWith('!')) {
      return [
        ctx.finding({
          messageId: 'exclamation',
          factor: 0.25,
          evidence: [{ field: 'subject', start: trimmed.length - 1, end: trimmed.length }],
          fix: 'singleMark',
        }),
      ];
    }
    return [];
  },
});
