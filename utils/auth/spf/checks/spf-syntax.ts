/** Every term of every record in the tree follows the RFC 7208 grammar (else: permerror). */
import type { Severity } from '../../../types';
import type { SpfSyntaxCode } from '../parse';
import { defineSpfCheck, termEvidence, nodes } from './util';

const SYNTAX_MESSAGES: Record<SpfSyntaxCode, Severity> = {
  'no-version': 'danger',
  'bad-char': 'danger',
  'unknown-mechanism': 'danger',
  'bad-modifier-name': 'danger',
  'unexpected-argument': 'danger',
  'missing-domain': 'danger',
  'bad-domain-spec': 'danger',
  'ip-as-domain': 'danger',
  'bad-macro': 'danger',
  'bad-ip4': 'danger',
  'bad-ip6': 'danger',
  'bad-cidr': 'danger',
  'duplicate-modifier': 'danger',
};

export default defineSpfCheck({
  id: 'spf-syntax',
  description: 'Every term of every record in the tree follows the RFC 7208 grammar (else: permerror).',
  messages: SYNTAX_MESSAGES,
  check(p, ctx) {
    return nodes(p.root).flatMap(({ node }) =>
      node.errors.map((e) =>
        ctx.finding(e.code, [termEvidence(node, e)], {
          domain: node.domain,
          term: e.term,
          detail: e.message,
        }),
      ),
    );
  },
});
