import rule from '../../../utils/analysis/rules/obfuscated-words';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      text: 'Our Q3 results, the mp3 files and the 10am call; see e-mail from jana.novak@example.com and www.example.com/v1.',
    },
    { text: 'U.S.A. and e.g. and i.e. are fine; so is a well-known co-worker.' },
    { text: 'Привет, как дела? Hello!' },
    { text: 'Meet at 4pm in room B12.' },
    { subject: 'Win10 upgrade for COVID19 lab' },
  ],
  invalid: [
    {
      draft: { subject: 'V1agra for you', text: 'Get fr33 m0ney now' },
      findings: [
        {
          messageId: 'leet',
          data: { words: '“V1agra”, “fr33”, “m0ney”' },
          evidence: [
            { field: 'subject', start: 0, end: 6 },
            { field: 'text', start: 4, end: 8 },
            { field: 'text', start: 9, end: 14 },
          ],
          fix: 'writePlainly',
        },
      ],
    },
    {
      draft: { text: 'Get ca$h and c!alis today' },
      findings: [{ messageId: 'leet', data: { words: '“ca$h”, “c!alis”' } }],
    },
    {
      draft: { subject: 'F.R.E.E gift' },
      findings: [{ messageId: 'spaced', evidence: [{ field: 'subject', start: 0, end: 7 }] }],
    },
    {
      draft: { text: 'Totally f r e e for you' },
      findings: [{ messageId: 'spaced', data: { words: '“f r e e”' } }],
    },
    { draft: { text: 'Cheap V-I-A-G-R-A here' }, findings: [{ messageId: 'spaced' }] },
    {
      name: 'Cyrillic a in PayPal',
      draft: { text: 'Your Pаypal account' },
      findings: [{ messageId: 'mixedScript', data: { words: '“Pаypal”' } }],
    },
    {
      name: 'zero-width space in a word',
      draft: { text: 'Totally fr\u200bee offer' },
      findings: [
        {
          messageId: 'invisibleChars',
          data: { count: 1 },
          evidence: [{ field: 'text', start: 10, end: 11 }],
        },
      ],
    },
  ],
});
