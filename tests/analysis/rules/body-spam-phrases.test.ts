import rule from '../../../utils/analysis/rules/body-spam-phrases';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    { text: 'Hi Tom, could we move the review to 3 pm? Thanks, Jana' },
    { text: 'Feel free to call me. The workshop is free of charge.' },
    {
      name: 'phrase only in quoted history',
      text: 'Thanks, deleted it.\n\nOn Mon, 1 Apr 2024 at 10:00, X <x@y.com> wrote:\n> Verify your account or it will be suspended',
    },
    {
      name: 'unsubscribe alone in a newsletter',
      text: 'Our April product news. Unsubscribe or manage your preferences at any time.',
    },
    { name: 'word boundaries', text: 'The viagrafalls trip and the clickhere.com site are fine.' },
    { name: 'no match across a sentence end', text: 'We must act. Now the plan is ready.' },
    { text: "You won't regret it, and we won't either." },
  ],
  invalid: [
    {
      draft: { text: 'Dear friend, you have won the lottery! Click here to claim your prize.' },
      findings: [
        { messageId: 'salutation', evidence: [{ field: 'text', start: 0, end: 11 }], fix: 'addressByName' },
        {
          messageId: 'prize',
          data: { phrases: '“you have won”, “lottery”, “claim your prize”', count: 3 },
          fix: 'reportInstead',
        },
        { messageId: 'callToAction', data: { phrases: '“Click here”' } },
      ],
    },
    {
      name: 'phishing, Czech without diacritics',
      draft: { text: 'Vazeny kliente, vas ucet bude zablokovan. Overte svuj ucet ihned.' },
      findings: [{ messageId: 'salutation' }, { messageId: 'phishing', data: { count: 2 } }],
    },
    {
      name: 'phrase across a line break and extra spaces',
      draft: { text: 'Please verify   your\naccount today.' },
      findings: [{ messageId: 'phishing', evidence: [{ start: 7, end: 28 }] }],
    },
    {
      name: 'bulk footer counts only next to other spam wording',
      draft: { text: 'Cheap meds, no prescription needed! Viagra and Cialis. To unsubscribe reply STOP.' },
      findings: [{ messageId: 'pharmacy' }, { messageId: 'bulk' }],
    },
    {
      name: 'German and French and Spanish',
      draft: { text: 'Sie haben gewonnen! Vous avez gagné ! Usted ha ganado.' },
      findings: [{ messageId: 'prize', data: { count: 3 } }],
    },
    {
      name: 'promotional wording alone is capped',
      draft: {
        text: 'Limited time offer! Act now, order now, buy now, shop now, last chance, hurry up, while supplies last.',
      },
      findings: [{ messageId: 'urgency' }, { messageId: 'marketing' }],
    },
    {
      draft: { text: 'Swiss replica watches and designer handbags.' },
      findings: [{ messageId: 'counterfeit' }],
    },
    {
      name: 'custom phrases',
      draft: { text: 'Join the presale tonight.' },
      settings: { customPhrases: [{ phrase: 'presale tonight', weight: 1.5 }] },
      findings: [{ messageId: 'custom', data: { phrases: '“presale tonight”' } }],
    },
    {
      name: 'text derived from HTML points into the HTML',
      draft: { html: '<p>Hello,</p><p>please <b>verify your account</b> now.</p>' },
      findings: [{ messageId: 'phishing', evidence: [{ field: 'html', start: 26, end: 45 }] }],
    },
  ],
});
