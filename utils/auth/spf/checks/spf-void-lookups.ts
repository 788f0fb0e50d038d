/** Terms whose lookup finds nothing: more than 2 is a permerror (RFC 7208 §4.6.4). */
import { defineSpfCheck, termEvidence, nodes } from './util';

export default defineSpfCheck({
  id: 'spf-void-lookups',
  description: 'Terms whose lookup finds nothing: more than 2 is a permerror (RFC 7208 §4.6.4).',
  messages: { tooMany: 'danger', some: 'notice' },
  check(p, ctx) {
    // A term's own empty answer, and each of its MX hosts without an address (issue 10), is one
    // void lookup; the term is listed once per void, as a receiver counts them.
    const voids = nodes(p.root).flatMap(({ node }) =>
      node.terms.flatMap((t) =>
        Array.from({ length: (t.void ? 1 : 0) + (t.voidHosts?.length ?? 0) }, () => ({ node, t })),
      ),
    );
    if (!voids.length) return [];
    const data = {
      domain: p.domain,
      count: voids.length,
      terms: [...new Set(voids.map((v) => v.t.text))].join(' '),
    };
    return [
      ctx.finding(
        voids.length > 2 ? 'tooMany' : 'some',
        [...new Map(voids.map((v) => [v.t, v])).values()].map((v) => termEvidence(v.node, v.t)),
        data,
      ),
    ];
  },
});
