/** Terms whose lookup finds nothing: more than 2 is a permerror (RFC 7208 §4.6.4). */
import { defineSpfCheck, termEvidence, nodes } from './util';

export default defineSpfCheck({
  id: 'spf-void-lookups',
  description: 'Terms whose lookup finds nothing: more than 2 is a permerror (RFC 7208 §4.6.4).',
  messages: { tooMany: 'danger', some: 'notice' },
  check(p, ctx) {
    const voids = nodes(p.root).flatMap(({ node }) =>
      node.terms.filter((t) => t.void).map((t) => ({ node, t })),
    );
    if (!voids.length) return [];
    const data = { domain: p.domain, count: voids.length, terms: voids.map((v) => v.t.text).join(' ') };
    return [
      ctx.finding(
        voids.length > 2 ? 'tooMany' : 'some',
        voids.map((v) => termEvidence(v.node, v.t)),
        data,
      ),
    ];
  },
});
