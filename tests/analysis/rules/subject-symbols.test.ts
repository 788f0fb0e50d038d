import rule from '../../../utils/analysis/rules/subject-symbols';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    { subject: 'Price list: $40 per unit' },
    { subject: 'Meeting notes 🎉' },
    { subject: 'C# and F# workshop' },
  ],
  invalid: [
    {
      draft: { subject: '$1,000 waiting for you' },
      findings: [{ messageId: 'leadingMoney', evidence: [{ field: 'subject', start: 0, end: 1 }] }],
    },
    {
      draft: { subject: 'Make money $$$ fast' },
      findings: [{ messageId: 'symbolRun', evidence: [{ start: 11, end: 14 }] }],
    },
    {
      draft: { subject: '*** Special offer ***' },
      findings: [
        {
          messageId: 'symbolRun',
          evidence: [
            { start: 0, end: 3 },
            { start: 18, end: 21 },
          ],
        },
      ],
    },
    { draft: { subject: '🔥🔥🔥 Hot deal 💰' }, findings: [{ messageId: 'manyEmoji', data: { count: 4 } }] },
    {
      draft: { subject: '€€€ Win big' },
      findings: [{ messageId: 'leadingMoney' }, { messageId: 'symbolRun' }],
    },
  ],
});
