import rule from '../../../utils/analysis/rules/body-shouting';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    { text: 'Hi all, the new VPN (IKEv2) works for the HR, IT and QA teams from Monday. Thanks, Ravi' },
    { text: 'OK THANKS' },
    {
      name: 'shouting only in quoted history',
      text: 'Fine by me.\n\nOn Mon, 1 Apr 2024 at 10:00, X <x@y.com> wrote:\n> THIS IS A VERY LONG SHOUTED QUOTED MESSAGE WITH MANY LETTERS IN IT',
    },
  ],
  invalid: [
    {
      draft: { text: 'YOU HAVE BEEN SELECTED FOR AN EXCLUSIVE CASH BONUS. CLAIM IT NOW BEFORE IT EXPIRES' },
      findings: [
        {
          messageId: 'shouting',
          data: { percent: 100 },
          evidence: [{ field: 'text', start: 0, end: 82 }],
          fix: 'useSentenceCase',
        },
      ],
    },
    {
      draft: { text: 'Dobrý den, POSÍLÁME VÁM NEJLEPŠÍ NABÍDKU ROKU, KTERÁ PLATÍ JEN DNES A ZÍTRA.' },
      findings: [{ messageId: 'shouting' }],
    },
  ],
});
