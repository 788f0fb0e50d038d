import type { Evidence } from '../../types';
import { defineRule } from '../rule';

const LEADING_MONEY = /^\s*(?:[$€£¥]|US\$)/i;
const MONEY_RUN = /[$€£¥](?:\s?[$€£¥])+/g;
const DECOR_RUN = /[*#~^+=>_|\\<]{3,}/g;
const EMOJI = /\p{Extended_Pictographic}/gu;

/** Money signs and decorations in a subject: "$$$", a leading "$", "***", rows of emoji. */
export default defineRule({
  meta: {
    id: 'subject-symbols',
    description: 'The subject starts with a currency sign or has runs of symbols or many emoji.',
    why: 'A subject that opens with a currency sign or is full of symbols or emoji is typical of promotional spam.',
    example: { subject: '$1,000 waiting for you' },
    category: 'subject',
    defaultWeight: 1.2,
    messages: {
      leadingMoney: 'The subject starts with a currency sign.',
      symbolRun: 'The subject contains a run of symbols such as “$$$” or “***”.',
      manyEmoji: 'The subject has many emoji ({count}).',
    },
    fixes: { removeSymbols: 'Remove the symbols and say plainly what the message is about.' },
  },
  check(draft, ctx) {
    const s = draft.subject.length > 2000 ? draft.subject.slice(0, 2000) : draft.subject;
    const out = [];
    const lead = LEADING_MONEY.exec(s);
    if (lead) {
      out.push(
        ctx.finding({
          messageId: 'leadingMoney',
          factor: 1.2,
          evidence: [{ field: 'subject', start: lead[0].length - 1, end: lead[0].length }],
          fix: 'removeSymbols',
        }),
      );
    }
    const runs: Evidence[] = [];
    let money = false;
    for (const re of [MONEY_RUN, DECOR_RUN]) {
      re.lastIndex = 0;
      for (let m = re.exec(s); m && runs.length < 10; m = re.exec(s)) {
        runs.push({ field: 'subject', start: m.index, end: m.index + m[0].length });
        if (re === MONEY_RUN) money = true;
      }
    }
    if (runs.length) {
      out.push(
        ctx.finding({
          messageId: 'symbolRun',
          factor: money ? 1.5 : 0.8,
          evidence: runs,
          fix: 'removeSymbols',
        }),
      );
    }
    const emoji = [...s.matchAll(EMOJI)];
    if (emoji.length >= 3) {
      out.push(
        ctx.finding({
          messageId: 'manyEmoji',
          factor: Math.min(1.2, 0.3 + 0.15 * emoji.length),
          data: { count: emoji.length },
          evidence: emoji
            .slice(0, 10)
            .map((m) => ({ field: 'subject' as const, start: m.index, end: m.index + m[0].length })),
          fix: 'removeSymbols',
        }),
      );
    }
    return out;
  },
});
