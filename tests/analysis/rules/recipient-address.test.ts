import rule from '../../../utils/analysis/rules/recipient-address';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      to: [
        'jana@example.com',
        'Tom Becker <tom.becker@harbourlogistics.co.uk>',
        '"Doe, John" <john@doe.org>',
      ],
      cc: ['a+tag@sub.example.cz'],
      from: 'me@example.com',
    },
    { to: ['δοκιμή@παράδειγμα.δοκιμή'.replace(/δοκιμή$/, 'gr')] },
    { to: ['user@[192.168.0.1]', 'x@pošta.cz', "o'brien@example.ie"] },
    { to: [], from: '' },
  ],
  invalid: [
    {
      draft: { to: ['jana.example.com'] },
      findings: [
        {
          messageId: 'missingAt',
          severity: 'danger',
          data: { address: 'jana.example.com' },
          evidence: [{ field: 'to', index: 0, start: 0, end: 16 }],
          fix: 'correctAddress',
        },
      ],
    },
    {
      draft: { cc: ['Jana <jana@@example.com>'] },
      findings: [{ messageId: 'malformed', evidence: [{ field: 'cc', index: 0, start: 6, end: 23 }] }],
    },
    { draft: { bcc: ['jana@example..com'] }, findings: [{ messageId: 'malformed' }] },
    { draft: { to: ['.jana@example.com'] }, findings: [{ messageId: 'malformed' }] },
    { draft: { to: ['jan novak@example.com'] }, findings: [{ messageId: 'malformed' }] },
    { draft: { to: ['jana@localhost'] }, findings: [{ messageId: 'malformed' }] },
    {
      draft: { to: ['bob@gmail.con'] },
      findings: [
        {
          messageId: 'unknownTld',
          data: { address: 'bob@gmail.con', tld: 'con' },
          fix: 'useSuggestion',
          fixData: { suggestion: 'bob@gmail.com' },
        },
      ],
    },
    {
      draft: { to: ['eva@firma.cz, petr@firma.cs'] },
      findings: [
        {
          messageId: 'unknownTld',
          evidence: [{ field: 'to', index: 0, start: 14, end: 27 }],
          fixData: { suggestion: 'petr@firma.cz' },
        },
      ],
    },
    {
      draft: { from: 'me@@example.com' },
      findings: [{ messageId: 'senderMalformed', evidence: [{ field: 'from', start: 0, end: 15 }] }],
    },
  ],
});
