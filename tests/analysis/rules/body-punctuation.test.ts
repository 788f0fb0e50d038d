import rule from '../../../utils/analysis/rules/body-punctuation';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    { text: 'Great news! The contract is signed. See you on Monday?' },
    { text: 'What? Really. OK.' },
    {
      name: 'a few exclamations in a long letter',
      text: `${'We had a lovely time at the lake this summer and the weather was kind to us. '.repeat(20)}Thanks! Bye! See you! Love! Cheers!`,
    },
  ],
  invalid: [
    {
      draft: { text: 'Act now!!! Only today?!' },
      findings: [
        {
          messageId: 'exclamationRun',
          data: { count: 2 },
          evidence: [
            { field: 'text', start: 7, end: 10 },
            { field: 'text', start: 21, end: 23 },
          ],
          fix: 'calmPunctuation',
        },
      ],
    },
    {
      draft: { text: 'Buy! Now! Cheap! Best! Deal! Today!' },
      findings: [{ messageId: 'manyExclamations', data: { count: 6 } }],
    },
  ],
});
