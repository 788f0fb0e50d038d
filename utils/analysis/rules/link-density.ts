import type { Evidence } from '../../types';
import { defineRule } from '../rule';

/**
 * Many links and little text is the shape of link spam (and of SEO spam in plain text). Newsletters
 * have many links too, but with text around them, so the measure is text per link.
 */
export default defineRule({
  meta: {
    id: 'link-density',
    description: 'The message has many links for very little text.',
    why: 'Many links in little text is the shape of link spam and phishing, and content filters score it.',
    example: {
      html: [1, 2, 3, 4, 5, 6, 7, 8]
        .map((i) => `<a href="https://shop${i}.example.com/">offer ${i}</a>`)
        .join(' '),
    },
    category: 'links',
    defaultWeight: 1,
    messages: { manyLinks: 'The message has many links ({count}) and very little text.' },
    fixes: { fewerLinks: 'Keep the few links that matter and explain them in the text.' },
  },
  check(draft, ctx) {
    let count: number;
    let textChars: number;
    let evidence: Evidence[];
    if (draft.html) {
      const links = ctx.facts.html.links.filter((l) => !/^\s*(?:mailto:|tel:|#)/i.test(l.href));
      count = links.length;
      textChars = ctx.facts.html.visibleChars;
      evidence = links.slice(0, 20).map((l) => ({ field: 'html', start: l.start, end: l.end }));
    } else {
      const urls = ctx.facts.textUrls;
      count = urls.length;
      // Stryker disable next-line ConditionalExpression: a shortcut; the same test follows below
      if (count < 5) return [];
      // URLs themselves are not prose.
      textChars =
        draft.text.slice(0, ctx.facts.ownTextEnd).replace(/\s+/g, '').length -
        urls.reduce((n, u) => n + u.end - u.start, 0);
      evidence = urls.slice(0, 20).map((u) => ctx.facts.textEvidence(u.start, u.end));
    }
    if (count < 5) return [];
    const perLink = textChars / count;
    if (perLink >= 60) return [];
    const factor = Math.min(2.5, (0.5 + 0.08 * Math.min(count, 20)) * (perLink < 20 ? 1.5 : 1));
    return [ctx.finding({ messageId: 'manyLinks', factor, data: { count }, evidence, fix: 'fewerLinks' })];
  },
});
