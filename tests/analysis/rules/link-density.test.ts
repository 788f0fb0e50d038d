import rule from '../../../utils/analysis/rules/link-density';
import { ruleTester } from '../rule-tester';

const link = (i: number): string => `<a href="https://site${i}.com/x">offer ${i}</a>`;
const prose =
  '<p>This month we shipped faster dashboards, CSV export and recurring tasks, and we explain each of them below in some detail so you know what changed.</p>';

ruleTester(rule, {
  valid: [
    { html: prose + [1, 2, 3].map(link).join(' ') },
    { html: prose.repeat(3) + [1, 2, 3, 4, 5, 6].map(link).join(' ') },
    { text: 'See https://a.com and https://b.com for details.' },
  ],
  invalid: [
    {
      draft: { html: [1, 2, 3, 4, 5, 6, 7, 8].map(link).join(' ') },
      findings: [{ messageId: 'manyLinks', data: { count: 8 }, fix: 'fewerLinks' }],
    },
    {
      draft: { text: 'http://a.biz/1 http://b.biz/2 http://c.biz/3 http://d.biz/4 http://e.biz/5 go' },
      findings: [
        {
          messageId: 'manyLinks',
          data: { count: 5 },
          evidence: [{ field: 'text', start: 0, end: 14 }, {}, {}, {}, {}],
        },
      ],
    },
  ],
});
