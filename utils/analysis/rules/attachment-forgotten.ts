import type { Evidence } from '../../types';
import { defineRule } from '../rule';
import type { TextField } from '../facts';
import { excerpt } from '../text';

// "is attached to the idea", "attached with glue": the word, not a file.
const NOT_A_FILE = /^\s+(?:to|with|onto|by|on)\b/i;

/**
 * The user's own text says a file comes with the message, and nothing is attached: the most common
 * "oops" email. Only the user's words count (quoted history often mentions old attachments), and only
 * file-attaching wording ("please find attached", "v příloze", "im Anhang"), not "attached to".
 */
export default defineRule({
  meta: {
    id: 'attachment-forgotten',
    description: 'The text mentions an attachment, but nothing is attached.',
    why: 'Not a filter signal but a common mistake: the recipient gets a message that promises a file without one, so the send gate asks before sending.',
    example: { text: 'Hi Tom, please find attached the signed contract.' },
    category: 'attachments',
    defaultWeight: 1,
    messages: {
      mentionedNotAttached: 'The message mentions an attachment (“{phrase}”), but nothing is attached.',
    },
    fixes: { attachFile: 'Attach the file, or remove the mention.' },
  },
  check(draft, ctx) {
    if (draft.attachments.length > 0) return [];
    const evidence: Evidence[] = [];
    let phrase = '';
    for (const field of ['subject', 'text'] as TextField[]) {
      for (const h of ctx.facts.attachmentHits(field)) {
        if (NOT_A_FILE.test(draft[field].slice(h.end, h.end + 8))) continue;
        evidence.push(ctx.facts.evidence(field, h.start, h.end));
        phrase ||= excerpt(draft[field], h.start, h.end);
        if (evidence.length >= 10) break;
      }
    }
    if (evidence.length === 0) return [];
    // A mistake, not a spam signal: it must not make a clean mail look risky (level stays at notice),
    // but the send gate still asks before it goes out without the file, as Gmail's own reminder does.
    return [
      ctx.finding({
        messageId: 'mentionedNotAttached',
        severity: 'notice',
        askBeforeSend: true,
        data: { phrase },
        evidence,
        fix: 'attachFile',
      }),
    ];
  },
});
