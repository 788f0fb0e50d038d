import rule from '../../../utils/analysis/rules/body-money-amounts';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    { text: 'The invoice is EUR 4,850.00, due in 30 days.' },
    { text: 'We shipped 1,250,000 units last year.' },
    { text: 'Call me on +420 777 123 456.' },
    { text: 'Sold for $40 a piece.' },
  ],
  invalid: [
    {
      draft: { text: 'The sum of US$10,500,000 is waiting.' },
      findings: [
        {
          messageId: 'largeSum',
          data: { amounts: '“US$10,500,000”' },
          evidence: [{ field: 'text', start: 11, end: 24 }],
          fix: 'stateSimply',
        },
      ],
    },
    {
      draft: { subject: 'You won 2.5 million euros' },
      findings: [{ messageId: 'largeSum', evidence: [{ field: 'subject', start: 8, end: 25 }] }],
    },
    { draft: { text: 'Dědictví ve výši 8 500 000 USD.' }, findings: [{ messageId: 'largeSum' }] },
    {
      draft: { text: 'Earn $500 per day from home.' },
      findings: [{ messageId: 'earningsClaim', evidence: [{ start: 5, end: 17 }] }],
    },
    {
      draft: { text: 'Vydělávejte 80 000 Kč měsíčně.' },
      findings: [{ messageId: 'earningsClaim', data: { amounts: '“80 000 Kč měsíčně”' } }],
    },
    { draft: { text: 'Ganar 3 millones de dólares.' }, findings: [{ messageId: 'largeSum' }] },
    {
      draft: { text: 'Prize: 1000000 EUR' },
      findings: [{ messageId: 'largeSum', evidence: [{ start: 7, end: 18 }] }],
    },
  ],
});
