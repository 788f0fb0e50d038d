import rule from '../../../utils/analysis/rules/html-hidden-text';
import { ruleTester } from '../rule-tester';

const filler = 'The committee met on Tuesday to discuss the annual budget and the garden project. '.repeat(4);

ruleTester(rule, {
  valid: [
    { html: '<p style="color:#333">Visible text</p>' },
    { html: '<td bgcolor="#003366"><span style="color:#ffffff">White on dark blue</span></td>' },
    { html: '<div style="display:none"></div><p>Nothing hidden inside.</p>' },
    { html: '<p style="color:#fff;background:#000">Inverted</p>' },
    { text: 'no html at all' },
  ],
  invalid: [
    {
      name: 'newsletter preheader weighs little',
      draft: { html: '<div style="display:none;max-height:0">Spring sale inside</div><p>Hello</p>' },
      findings: [
        {
          messageId: 'hidden',
          severity: 'info',
          data: { chars: 18 },
          evidence: [{ field: 'html', start: 39, end: 57 }],
          fix: 'removeHidden',
        },
      ],
    },
    {
      draft: { html: `<p>Buy now</p><div style="font-size:1px">${filler}</div>` },
      findings: [{ messageId: 'tinyFont' }],
    },
    {
      draft: { html: `<p>Buy now</p><font color="#FFFFFF">${filler}</font>` },
      findings: [{ messageId: 'sameColor' }],
    },
    {
      draft: { html: '<p>Offer</p><span style="color: rgba(0,0,0,0)">invisible words</span>' },
      findings: [{ messageId: 'sameColor' }],
    },
    {
      draft: { html: '<p>Offer</p><span style="visibility:hidden">secret words</span>' },
      findings: [{ messageId: 'hidden' }],
    },
    {
      draft: {
        html: '<p>Offer</p><span style="opacity:0">secret words</span><span style="font-size:0">more</span>',
      },
      findings: [{ messageId: 'sameColor' }, { messageId: 'tinyFont' }],
    },
  ],
});
