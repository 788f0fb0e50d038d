import rule from '../../../utils/analysis/rules/template-placeholders';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    { text: 'Dear Anna, see you at 10. We grew 15% and 20% in two quarters.' },
    { text: 'Reference [1] and [2], section [A].' },
    { text: 'Code: if (a << 2 > b) { x = {y: 1} }' },
  ],
  invalid: [
    {
      draft: { text: 'Dear {{first_name}}, welcome!' },
      findings: [
        {
          messageId: 'unfilled',
          severity: 'warning',
          data: { placeholders: '“{{first_name}}”' },
          evidence: [{ field: 'text', start: 5, end: 19 }],
          fix: 'fillIn',
        },
      ],
    },
    {
      draft: { subject: 'Offer for %COMPANY%' },
      findings: [{ messageId: 'unfilled', evidence: [{ field: 'subject', start: 10, end: 19 }] }],
    },
    { draft: { text: 'Hi *|FNAME|*, thanks.' }, findings: [{ messageId: 'unfilled' }] },
    {
      draft: { text: 'Hello [Name], I am [Your Name] from [Company].' },
      findings: [{ messageId: 'unfilled', data: { placeholders: '“[Name]”, “[Your Name]”, “[Company]”' } }],
    },
    {
      draft: { text: 'Dobrý den, <<Jméno>> <<Name>>' },
      findings: [{ messageId: 'unfilled', data: { placeholders: '“<<Name>>”' } }],
    },
    { draft: { text: 'Vážený [jméno], děkujeme.' }, findings: [{ messageId: 'unfilled' }] },
  ],
});
