import rule from '../../../utils/analysis/rules/subject-missing';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    { subject: 'Quarterly review' },
    { subject: 'Re: Draft chapter 3', isReply: true },
    { subject: 'x' },
  ],
  invalid: [
    {
      draft: { subject: '' },
      findings: [
        {
          messageId: 'missing',
          severity: 'notice',
          evidence: [{ field: 'subject', start: 0, end: 0 }],
          fix: 'addSubject',
        },
      ],
    },
    {
      draft: { subject: '   \t' },
      findings: [{ messageId: 'missing', evidence: [{ field: 'subject', start: 0, end: 4 }] }],
    },
    { name: 'missing field', draft: { text: 'Hello' }, findings: [{ messageId: 'missing' }] },
  ],
});
