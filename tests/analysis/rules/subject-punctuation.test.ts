import rule from '../../../utils/analysis/rules/subject-punctuation';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    { subject: 'Can we meet on Monday?' },
    { subject: 'Invoice 2024-0142' },
    { subject: '' },
    { subject: 'Why? Because: reasons.' },
  ],
  invalid: [
    {
      draft: { subject: 'You won!!!' },
      findings: [
        {
          messageId: 'repeated',
          data: { found: '!!!' },
          evidence: [{ field: 'subject', start: 7, end: 10 }],
          fix: 'singleMark',
        },
      ],
    },
    { draft: { subject: 'Really?! Act now' }, findings: [{ messageId: 'repeated', data: { found: '?!' } }] },
    {
      draft: { subject: 'Who?? Why??' },
      findings: [
        {
          messageId: 'repeated',
          evidence: [
            { start: 3, end: 5 },
            { start: 9, end: 11 },
          ],
        },
      ],
    },
    {
      draft: { subject: 'Happy birthday!' },
      findings: [{ messageId: 'exclamation', severity: 'info', evidence: [{ start: 14, end: 15 }] }],
    },
  ],
});
