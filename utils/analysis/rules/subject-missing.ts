import { defineRule } from '../rule';

/** An empty subject: Gmail asks before sending, and filters and readers treat it as careless or bulk. */
export default defineRule({
  meta: {
    id: 'subject-missing',
    description: 'The subject is empty.',
    why: 'An empty subject looks careless or automated; Gmail asks before sending one, and readers skip it.',
    example: { subject: '' },
    category: 'subject',
    defaultWeight: 1,
    messages: { missing: 'The subject is empty.' },
    fixes: { addSubject: 'Say in the subject what the message is about.' },
  },
  check(draft, ctx) {
    if (draft.subject.trim()) return [];
    return [
      ctx.finding({
        messageId: 'missing',
        severity: 'notice',
        evidence: [{ field: 'subject', start: 0, end: draft.subject.length }],
        fix: 'addSubject',
      }),
    ];
  },
});
