import rule from '../../../utils/analysis/rules/html-images';
import { ruleTester } from '../rule-tester';

const text =
  '<p>We moved the meeting to Thursday and updated the agenda with the budget items you asked for.</p>';

ruleTester(rule, {
  valid: [
    { html: `${text}<img src="https://cdn.example.com/chart.png" width="400">` },
    { name: 'a pasted photo travels inside the mail', html: '<img src="cid:ii_lx1">' },
    { html: '<img src="data:image/png;base64,iVBORw0KGgo=">' },
    { html: text },
  ],
  invalid: [
    {
      draft: {
        html: '<a href="http://promo.example.xyz"><img src="http://promo.example.xyz/offer.jpg" width="600"></a>',
      },
      findings: [
        { messageId: 'imageOnly', evidence: [{ field: 'html', start: 35, end: 93 }], fix: 'addText' },
      ],
    },
    {
      draft: {
        html: `<p>Spring sale: forty percent off all jackets this weekend.</p>${'<img src="https://img.shop.com/a.jpg">'.repeat(4)}`,
      },
      findings: [{ messageId: 'imageHeavy', data: { images: 4 } }],
    },
    {
      draft: { html: `${text}<img src="https://t.sender.com/open.gif" width="1" height="1">` },
      findings: [{ messageId: 'trackingPixel', severity: 'info', data: { count: 1 }, fix: 'removePixel' }],
    },
    {
      draft: { html: `${text}<img src="//t.sender.com/o.gif" style="display:none">` },
      findings: [{ messageId: 'trackingPixel' }],
    },
  ],
});
