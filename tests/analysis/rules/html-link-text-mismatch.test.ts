import rule from '../../../utils/analysis/rules/html-link-text-mismatch';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    { html: '<a href="https://www.paypal.com/signin">https://www.paypal.com/signin</a>' },
    { html: '<a href="https://accounts.google.com/x">google.com</a>' },
    { html: '<a href="https://example.com/docs">Read the docs</a>' },
    {
      name: 'mailing tool redirect',
      html: '<a href="https://acme.us1.list-manage.com/track/click?u=1">acme.com</a>',
    },
    { name: 'file names are not domains', html: '<a href="https://drive.example.com/f/1">report.pdf</a>' },
    { html: '<a href="mailto:jana@example.com">jana@example.com</a>' },
  ],
  invalid: [
    {
      draft: {
        html: '<p>Log in: <a href="http://secure-login.paypa1-support.com/verify">https://www.paypal.com/signin</a></p>',
      },
      findings: [
        {
          messageId: 'mismatch',
          severity: 'warning',
          data: { shown: 'paypal.com', actual: 'paypa1-support.com' },
          evidence: [{ field: 'html', start: 11, end: 100 }],
          fix: 'showRealTarget',
        },
      ],
    },
    {
      draft: { html: '<a href="http://185.234.72.19/owa">www.microsoft.com</a>' },
      findings: [{ messageId: 'mismatch', data: { actual: '185.234.72.19' } }],
    },
    {
      draft: { html: '<a href="https://evil.example.net">Bank.co.uk</a>' },
      findings: [{ messageId: 'mismatch', data: { shown: 'bank.co.uk' } }],
    },
  ],
});
