import rule from '../../../utils/analysis/rules/body-symbols';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    { text: 'Total: $40 + $12 shipping.\n-- \nJana' },
    { text: '-----Original Message-----\n=====\n#1 and #2' },
    { text: '* first\n* second' },
  ],
  invalid: [
    {
      draft: { text: 'Make $$$ from home' },
      findings: [
        { messageId: 'moneySymbols', evidence: [{ field: 'text', start: 5, end: 8 }], fix: 'removeSymbols' },
      ],
    },
    { draft: { text: '€ € € guaranteed' }, findings: [{ messageId: 'moneySymbols' }] },
    {
      draft: { text: '********** OFFER **********' },
      findings: [{ messageId: 'symbolRun', data: { count: 2 } }],
    },
    { draft: { text: 'Buy now >>>>> CLICK' }, findings: [{ messageId: 'symbolRun' }] },
  ],
});
