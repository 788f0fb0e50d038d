import rule from '../../../utils/analysis/rules/attachment-forgotten';
import { ruleTester } from '../rule-tester';

const pdf = [{ name: 'invoice.pdf', size: 1000, type: 'application/pdf' }];

ruleTester(rule, {
  valid: [
    { text: 'Please find attached the invoice.', attachments: pdf },
    { text: 'I am very attached to the idea of a summer party.' },
    { text: 'The shelf is attached to the wall.' },
    { text: 'No attachment needed, the link is enough.' },
    {
      name: 'mention only in quoted history',
      text: 'Thanks!\n\nOn Mon, 1 Apr 2024 at 10:00, X <x@y.com> wrote:\n> I have attached the plan.',
    },
    { text: 'Moje příloha k návrhu? Probereme zítra.' },
  ],
  invalid: [
    {
      draft: { text: 'Hi Tom, please find attached the signed contract.' },
      findings: [
        {
          messageId: 'mentionedNotAttached',
          severity: 'notice',
          data: { phrase: 'please find attached' },
          evidence: [{ field: 'text', start: 8, end: 28 }],
          fix: 'attachFile',
        },
      ],
    },
    { draft: { text: "I've attached the slides." }, findings: [{ messageId: 'mentionedNotAttached' }] },
    {
      draft: { text: 'The report is attached.' },
      findings: [{ messageId: 'mentionedNotAttached', data: { phrase: 'is attached' } }],
    },
    {
      draft: { subject: 'Invoice (see attachment)' },
      findings: [{ messageId: 'mentionedNotAttached', evidence: [{ field: 'subject', start: 9, end: 23 }] }],
    },
    {
      draft: { text: 'Dobrý den, v příloze zasílám fakturu.' },
      findings: [{ messageId: 'mentionedNotAttached', data: { phrase: 'v příloze zasílám' } }],
    },
    {
      name: 'Czech without diacritics',
      draft: { text: 'ahoj, v priloze posilam podklady' },
      findings: [{ messageId: 'mentionedNotAttached' }],
    },
    { draft: { text: 'Přikládám smlouvu k podpisu.' }, findings: [{ messageId: 'mentionedNotAttached' }] },
    {
      draft: { text: 'Im Anhang finden Sie die Rechnung.' },
      findings: [{ messageId: 'mentionedNotAttached' }],
    },
    {
      draft: { text: 'Veuillez trouver le devis en pièce jointe.' },
      findings: [{ messageId: 'mentionedNotAttached' }],
    },
    { draft: { text: 'Te adjunto el contrato.' }, findings: [{ messageId: 'mentionedNotAttached' }] },
    // Issue 13: a mention of the word (not a file) must not end the search for a real one (`continue`, not
    // `break`). "I'm attached" is no mention at all; "is attached to" is one, ruled out by NOT_A_FILE.
    {
      name: 'the issue 13 sentence',
      draft: { text: "I'm attached to this plan. Please find attached the contract." },
      findings: [{ messageId: 'mentionedNotAttached', evidence: [{ field: 'text', start: 27, end: 47 }] }],
    },
    {
      name: 'a real mention after one ruled out as "attached to"',
      draft: { text: 'She is attached to this plan. Please find attached the contract.' },
      findings: [
        {
          messageId: 'mentionedNotAttached',
          data: { phrase: 'Please find attached' },
          evidence: [{ field: 'text', start: 30, end: 50 }],
        },
      ],
    },
  ],
});

import { describe, expect, it } from 'vitest';
import { analyzeDraft } from '../../../utils/analysis';

describe('a forgotten attachment is a mistake, not a spam signal', () => {
  const draft = {
    from: 'jan@example.com',
    to: ['eva@example.org'],
    cc: [],
    bcc: [],
    subject: 'Contract',
    text: 'Hi Eva, please find attached the signed contract. Best, Jan',
    html: '',
    attachments: [],
  };
  it('keeps a clean mail at notice and asks before sending', () => {
    const report = analyzeDraft(draft);
    expect(report.level).toBe('notice');
    const f = report.findings.find((x) => x.ruleId === 'attachment-forgotten');
    expect(f?.askBeforeSend).toBe(true);
  });
  it('is silent once the file is attached', () => {
    const report = analyzeDraft({
      ...draft,
      attachments: [{ name: 'contract.pdf', size: 120_000, type: 'application/pdf' }],
    });
    expect(report.findings.some((x) => x.ruleId === 'attachment-forgotten')).toBe(false);
  });
});
