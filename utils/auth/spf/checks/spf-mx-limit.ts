/** An mx term may look up at most 10 MX names (RFC 7208 §4.6.4). */
import { defineSpfCheck, termEvidence, nodes } from './util';

export default defineSpfCheck({
  id: 'spf-mx-limit',
  description: 'An mx term may look up at most 10 MX names (RFC 7208 §4.6.4).',
  messages: { tooMany: 'danger' },
  check(p, ctx) {
    return nodes(p.root).flatMap(({ node }) =>
      node.terms
        .filter((t) => (t.mxCount ?? 0) > 10)
        .map((t) =>
          ctx.finding('tooMany', [termEvidence(node, t)], {
            domain: node.domain,
            term: t.text,
            count: t.mxCount ?? 0,
          }),
        ),
    );
  },
});
