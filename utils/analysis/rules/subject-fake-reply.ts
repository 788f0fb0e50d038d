import { defineRule } from '../rule';

// Reply and forward prefixes as webmails write them in several languages: Re, Odp (pl), AW/WG (de),
// SV/VS (nordic), RV/RE (es), TR (fr), Fwd/Fw/Přeposl.
const REPLY =
  /^(\s*(?:\[[^\]]{0,40}\]\s*)?)(?:re|aw|sv|vs|odp|antw|ynt|r)\s*(?:\[\d{1,3}\]|\(\d{1,3}\))?\s*:/i;
const FORWARD =
  /^(\s*(?:\[[^\]]{0,40}\]\s*)?)(?:fwd?|wg|tr|rv|enc|doorst|fs|přeposl|prepos)\s*(?:\[\d{1,3}\])?\s*:/i;

/**
 * "Re:" or "Fwd:" on a message that starts a conversation pretends to continue one, a trick both
 * spammers and phishers use and filters punish.
 */
export default defineRule({
  meta: {
    id: 'subject-fake-reply',
    description: 'The subject claims to be a reply or forward, but the draft is a new message.',
    why: 'A "Re:" or "Fwd:" on a new message pretends to continue a conversation, a trick filters score and recipients distrust.',
    example: { subject: 'Re: Your invoice is ready', text: 'Please pay today.', isReply: false },
    category: 'subject',
    defaultWeight: 2,
    messages: {
      fakeReply: 'The subject starts with a reply prefix ({prefix}), but this is a new message.',
      fakeForward: 'The subject starts with a forward prefix ({prefix}), but nothing is forwarded.',
    },
    fixes: { removePrefix: 'Remove “{prefix}” from the subject.' },
  },
  check(draft, ctx) {
    if (draft.isReply || ctx.facts.hasQuotedHistory) return [];
    const s = draft.subject;
    const reply = REPLY.exec(s);
    const forward = reply ? null : FORWARD.exec(s);
    const m = reply ?? forward;
    if (!m) return [];
    // After any "[EXTERNAL]"-style tag a gateway added.
    const start = m.index + m[1]!.length;
    const end = m.index + m[0].length;
    const prefix = s.slice(start, end);
    return [
      ctx.finding({
        messageId: reply ? 'fakeReply' : 'fakeForward',
        // Only a webmail adapter knows for sure that a compose starts a conversation. A draft from
        // elsewhere (an exported mail, a test) may be a real reply whose quoted history was cut: half weight.
        factor: draft.replyKnown ? 1 : 0.5,
        data: { prefix },
        evidence: [{ field: 'subject', start, end }],
        fix: 'removePrefix',
        fixData: { prefix },
      }),
    ];
  },
});
