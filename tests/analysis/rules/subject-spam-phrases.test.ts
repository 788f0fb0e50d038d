import rule from '../../../utils/analysis/rules/subject-spam-phrases';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    { subject: 'Agenda for the kick-off meeting' },
    { subject: 'Invoice 2024-0142 for March' },
    { subject: 'Free tickets? Ask Petra' },
    { subject: 'Faktura za březen' },
  ],
  invalid: [
    {
      draft: { subject: 'Congratulations, you have won!' },
      findings: [
        {
          messageId: 'phrases',
          data: { phrases: '“Congratulations”, “you have won”' },
          evidence: [
            { field: 'subject', start: 0, end: 15 },
            { field: 'subject', start: 17, end: 29 },
          ],
          fix: 'rephrase',
        },
      ],
    },
    {
      name: 'Czech without diacritics',
      draft: { subject: 'Vyhrali jste iPhone zdarma' },
      findings: [{ messageId: 'phrases', data: { phrases: '“Vyhrali jste”, “iPhone zdarma”' } }],
    },
    {
      name: 'Czech with diacritics',
      draft: { subject: 'Váš účet bude zablokován' },
      findings: [{ messageId: 'phrases' }],
    },
    {
      draft: { subject: 'Verify your account' },
      findings: [{ messageId: 'phrases', evidence: [{ start: 0, end: 19 }] }],
    },
    {
      name: 'custom phrase from settings',
      draft: { subject: 'Crypto presale tonight' },
      settings: { customPhrases: [{ phrase: 'presale tonight', weight: 2 }] },
      findings: [{ messageId: 'phrases', data: { phrases: '“presale tonight”' } }],
    },
  ],
});
