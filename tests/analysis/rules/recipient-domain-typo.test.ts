import rule from '../../../utils/analysis/rules/recipient-domain-typo';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      to: [
        'a@gmail.com',
        'b@gmx.com',
        'c@gmx.de',
        'd@mail.com',
        'e@email.com',
        'f@ymail.com',
        'g@seznam.cz',
        'h@email.cz',
      ],
    },
    {
      to: [
        'a@hotmail.co.uk',
        'b@yahoo.de',
        'c@outlook.cz',
        'd@live.com',
        'e@me.com',
        'f@web.de',
        'g@post.cz',
        'h@atlas.sk',
      ],
    },
    { to: ['a@acme.com', 'b@acme.cz', 'c@bigcorp.com'] },
    { name: 'short names are left alone', to: ['a@gmz.com', 'b@wp.eu', 'c@web.dk'] },
  ],
  invalid: [
    {
      draft: { to: ['Bob <bob@gmial.com>'] },
      findings: [
        {
          messageId: 'providerTypo',
          severity: 'warning',
          data: { address: 'bob@gmial.com', domain: 'gmial.com', suggestion: 'gmail.com' },
          evidence: [{ field: 'to', index: 0, start: 5, end: 18 }],
          fix: 'useSuggestion',
          fixData: { suggestion: 'bob@gmail.com' },
        },
      ],
    },
    {
      draft: { cc: ['x@hotmial.com'] },
      findings: [{ messageId: 'providerTypo', data: { suggestion: 'hotmail.com' } }],
    },
    {
      draft: { to: ['x@yaho.com'] },
      findings: [{ messageId: 'providerTypo', data: { suggestion: 'yahoo.com' } }],
    },
    {
      draft: { to: ['x@outlok.com'] },
      findings: [{ messageId: 'providerTypo', data: { suggestion: 'outlook.com' } }],
    },
    {
      draft: { to: ['x@seznam.cx'] },
      findings: [{ messageId: 'providerTypo', data: { suggestion: 'seznam.cz' } }],
    },
    {
      draft: { to: ['x@sezman.cz'] },
      findings: [{ messageId: 'providerTypo', data: { suggestion: 'seznam.cz' } }],
    },
    {
      draft: { to: ['x@emial.cz'] },
      findings: [{ messageId: 'providerTypo', data: { suggestion: 'email.cz' } }],
    },
    {
      draft: { to: ['x@gmail.co'] },
      findings: [{ messageId: 'providerTypo', data: { suggestion: 'gmail.com' } }],
    },
    {
      draft: { bcc: ['x@protonmial.com'] },
      findings: [{ messageId: 'providerTypo', data: { suggestion: 'protonmail.com' } }],
    },
    {
      draft: { from: 'me@acmecorp.com', to: ['a@acmecorp.com', 'b@acmecrop.com'] },
      findings: [
        {
          messageId: 'resemblesOther',
          severity: 'notice',
          data: { domain: 'acmecrop.com', other: 'acmecorp.com' },
          evidence: [{ field: 'to', index: 1 }],
          fix: 'checkDomain',
        },
      ],
    },
  ],
});
