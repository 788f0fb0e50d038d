import rule from '../../../utils/analysis/rules/recipients-many-visible';
import { ruleTester } from '../rule-tester';

const people = (n: number, domains: string[]): string[] =>
  Array.from({ length: n }, (_, i) => `p${i}@${domains[i % domains.length]}`);

ruleTester(rule, {
  valid: [
    { to: people(10, ['a.com', 'b.com', 'c.com']) },
    { name: 'one organisation', to: people(30, ['firma.cz']) },
    { name: 'Bcc is private', bcc: people(40, ['a.com', 'b.com', 'c.com']) },
    { name: 'two domains', to: people(20, ['a.com', 'b.com']) },
  ],
  invalid: [
    {
      draft: {
        to: people(8, ['a.com', 'b.com']),
        cc: people(5, ['c.com', 'd.com']).map((x) => x.replace('p', 'q')),
      },
      findings: [
        { messageId: 'manyVisible', severity: 'notice', data: { count: 13, domains: 4 }, fix: 'useBcc' },
      ],
    },
    {
      name: 'a threshold from settings',
      draft: { to: people(6, ['a.com', 'b.com', 'c.com']) },
      settings: { maxVisibleRecipients: 5 },
      findings: [{ messageId: 'manyVisible', data: { count: 6 } }],
    },
  ],
});
