import rule from '../../../utils/analysis/rules/subject-fake-reply';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    { subject: 'Re: Budget', isReply: true },
    {
      subject: 'Fwd: Parking permits',
      text: 'FYI\n\n---------- Forwarded message ---------\nFrom: Facilities',
    },
    {
      subject: 'Re: Draft',
      text: 'Agreed.\n\nOn Tue, 12 Mar 2024 at 09:14, Sarah <s@x.org> wrote:\n> Looks good',
    },
    { subject: 'Re: Nabídka', text: 'Děkuji.\n\nDne út 2. 4. 2024 v 18:22 odesílatel Tomáš napsal:\n> Ahoj' },
    { subject: 'Regarding your invoice' },
    {
      subject: 'Re: chyba',
      html: '<div>ok</div><div class="gmail_quote">Dne … napsal:<blockquote>x</blockquote></div>',
    },
    {
      subject: 'Re: report',
      html: '<p>Done.</p><div id="appendonsend"></div><hr><div id="divRplyFwdMsg">From: A</div><div>old text</div>',
    },
  ],
  invalid: [
    {
      draft: { subject: 'Re: Your invoice is ready', text: 'Please pay today.' },
      findings: [
        {
          messageId: 'fakeReply',
          data: { prefix: 'Re:' },
          evidence: [{ field: 'subject', start: 0, end: 3 }],
          fix: 'removePrefix',
          fixData: { prefix: 'Re:' },
        },
      ],
    },
    {
      draft: { subject: 'RE: RE: Payment' },
      findings: [{ messageId: 'fakeReply', data: { prefix: 'RE:' } }],
    },
    {
      draft: { subject: 'Fwd: Important document' },
      findings: [{ messageId: 'fakeForward', data: { prefix: 'Fwd:' } }],
    },
    {
      draft: { subject: '[EXTERNAL] AW: Rechnung' },
      findings: [{ messageId: 'fakeReply', evidence: [{ start: 11, end: 14 }] }],
    },
    { draft: { subject: 'Re: follow-up', isReply: false }, findings: [{ messageId: 'fakeReply' }] },
  ],
});

import { expect, it } from 'vitest';
import { analyzeDraft } from '../../../utils/analysis';

it('weighs a reply prefix fully only when the adapter knows the compose is new', () => {
  const weight = (isReply?: boolean) =>
    analyzeDraft({ subject: 'Re: Q3 forecast', text: 'Numbers look fine.', isReply } as never).findings.find(
      (f) => f.ruleId === 'subject-fake-reply',
    )?.weight;
  expect(weight(false)).toBe(2);
  expect(weight(undefined)).toBe(1);
  expect(weight(true)).toBeUndefined();
});
