import rule from '../../../utils/analysis/rules/subject-all-caps';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    { subject: 'Quarterly review moved to Thursday' },
    { subject: 'FYI: new VPN settings for the HR and IT teams' },
    { subject: 'RE: Q3' },
    { subject: 'NASA and ESA joint call' },
    { subject: 'Výsledky za ČTVRTLETÍ' },
  ],
  invalid: [
    {
      draft: { subject: 'URGENT BUSINESS PROPOSAL' },
      findings: [
        { messageId: 'allCaps', evidence: [{ field: 'subject', start: 0, end: 24 }], fix: 'useSentenceCase' },
      ],
    },
    { draft: { subject: 'ŽÁDOST O SCHŮZKU ZÍTRA' }, findings: [{ messageId: 'allCaps' }] },
    {
      draft: { subject: 'Get your FREE BONUS NOW today' },
      findings: [
        {
          messageId: 'capsWords',
          data: { words: '“FREE”, “BONUS”, “NOW”' },
          evidence: [
            { start: 9, end: 13 },
            { start: 14, end: 19 },
            { start: 20, end: 23 },
          ],
        },
      ],
    },
    { draft: { subject: 'LAST CHANCE offer' }, findings: [{ messageId: 'capsWords' }] },
  ],
});
