/** The ptr mechanism is slow, unreliable and deprecated (RFC 7208 §5.5: SHOULD NOT be used). */
import { defineSpfCheck, termEvidence, nodes } from './util';

export default defineSpfCheck({
  id: 'spf-ptr',
  description: 'The ptr mechanism is slow, unreliable and deprecated (RFC 7208 §5.5: SHOULD NOT be used).',
  messages: { deprecated: 'notice' },
  fixes: ['replace'],
  check(p, ctx) {
    return nodes(p.root).flatMap(({ node }) =>
      node.terms
        .filter((t) => t.kind === 'ptr')
        .map((t) =>
          ctx.finding(
            'deprecated',
            [termEvidence(node, t)],
            { domain: node.domain, term: t.text },
            { id: 'replace' },
          ),
        ),
    );
  },
});
