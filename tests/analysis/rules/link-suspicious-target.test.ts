import rule from '../../../utils/analysis/rules/link-suspicious-target';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      html: '<a href="https://www.example.com/path?q=1">site</a> <a href="mailto:a@b.com">mail</a> <a href="#top">top</a>',
    },
    { html: '<a href="https://example.com:443/x">ok</a> <a href="http://example.com:80/">ok</a>' },
    { text: 'Docs at https://docs.example.org/start and www.example.com.' },
    { name: 'text URLs are checked only when there is no HTML', html: '<p>hi</p>', text: 'http://1.2.3.4/x' },
    {
      name: 'brands on their own domains',
      text: 'https://www.paypal.com/signin https://accounts.google.com https://login.microsoftonline.com https://www.google-analytics.com',
    },
    {
      name: 'brand names inside ordinary words',
      text: 'https://purchase.example.com https://mainstream.news https://pineapple.shop.cz/x',
    },
    { text: 'https://support.fieldcam.io/help and https://secure.example.com/login' },
  ],
  invalid: [
    {
      draft: { html: '<a href="javascript:alert(1)">x</a>' },
      findings: [
        {
          messageId: 'scriptLink',
          severity: 'warning',
          data: { scheme: 'javascript' },
          evidence: [{ field: 'html', start: 9, end: 28 }],
          fix: 'removeLink',
        },
      ],
    },
    {
      name: 'browsers drop tabs inside schemes',
      draft: { html: '<a href="java&#x09;script:void(0)">x</a>' },
      findings: [{ messageId: 'scriptLink' }],
    },
    {
      draft: { html: '<a href="data:text/html;base64,PHNjcmlwdD4=">x</a>' },
      findings: [{ messageId: 'scriptLink', data: { scheme: 'data' } }],
    },
    {
      draft: { html: '<a href="http://185.234.72.19:8080/owa">x</a>' },
      findings: [
        { messageId: 'ipAddress', data: { host: '185.234.72.19' }, fix: 'useDirectLink' },
        { messageId: 'oddPort', severity: 'notice', data: { port: 8080 } },
      ],
    },
    {
      name: 'integer IP',
      draft: { text: 'Go to http://3232235777/login now' },
      findings: [{ messageId: 'ipAddress', evidence: [{ field: 'text', start: 6, end: 29 }] }],
    },
    {
      draft: { text: 'Details: bit.ly/3xRmedz' },
      findings: [
        {
          messageId: 'shortener',
          severity: 'notice',
          data: { host: 'bit.ly' },
          evidence: [{ start: 9, end: 23 }],
        },
      ],
    },
    {
      draft: { html: '<a href="https://www.paypal.com@evil.example.net/">x</a>' },
      findings: [{ messageId: 'hiddenUserinfo', data: { host: 'evil.example.net' } }],
    },
    {
      draft: { text: 'Claim at https://rewards-center.top/claim' },
      findings: [{ messageId: 'abusedTld', severity: 'info', data: { tld: 'top' } }],
    },
    {
      draft: { text: 'Log in at https://paypal-support.com/verify' },
      findings: [{ messageId: 'deceptiveHost', severity: 'notice', data: { host: 'paypal-support.com' } }],
    },
    {
      draft: { html: '<a href="http://apple.id-unlock.example.net/">Unlock</a>' },
      findings: [{ messageId: 'deceptiveHost' }],
    },
    {
      draft: { text: 'Verify now: http://secure-verify-account.com/login' },
      findings: [{ messageId: 'deceptiveHost', data: { host: 'secure-verify-account.com' } }],
    },
  ],
});
