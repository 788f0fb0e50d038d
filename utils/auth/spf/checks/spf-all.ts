/** The record ends in -all or ~all, so mail from unlisted hosts is not accepted as authorized. */
import type { Finding } from '../../../types';
import type { SpfNode } from '../posture';
import { parseSpf } from '../parse';
import { defineSpfCheck, recordEvidence, termEvidence } from './util';

/** The `all` that ends evaluation: the root's, or through redirect= the target's (RFC 7208 §6.1). */
function effectiveAll(root: SpfNode): { node: SpfNode; qualifier: string | undefined } {
  let node = root;
  // A record with an `all` has no redirect term (dnsTerms leaves it out), so the find below ends the loop.
  for (let i = 0; i < 10 && node.hasRedirect; i++) {
    const next = node.terms.find((t) => t.kind === 'redirect')?.child;
    if (!next || next.status !== 'found') break;
    node = next;
  }
  return { node, qualifier: node.all };
}

export default defineSpfCheck({
  id: 'spf-all',
  description: 'The record ends in -all or ~all, so mail from unlisted hosts is not accepted as authorized.',
  messages: { passAll: 'danger', neutralAll: 'warning', missing: 'warning', redirectIgnored: 'info' },
  fixes: ['useSoftfail'],
  check(p, ctx) {
    const root = p.root;
    if (root.status !== 'found' || !root.record) return [];
    const out: Finding[] = [];
    const { node, qualifier } = effectiveAll(root);
    // A fix can only be suggested for the user's own record, not for a redirect target's.
    const suggest = (rec: () => string) =>
      node === root ? { id: 'useSoftfail' as const, data: { record: rec() } } : undefined;
    const allMech = node.record ? parseSpf(node.record).all : undefined;
    if (allMech && (qualifier === '+' || qualifier === '?')) {
      const fix = suggest(
        () => `${root.record!.slice(0, allMech.start)}~all${root.record!.slice(allMech.end)}`,
      );
      out.push(
        ctx.finding(
          qualifier === '+' ? 'passAll' : 'neutralAll',
          [termEvidence(node, allMech)],
          { domain: node.domain },
          fix,
        ),
      );
    } else if (qualifier === undefined) {
      out.push(
        ctx.finding(
          'missing',
          [recordEvidence(node)],
          { domain: node.domain },
          suggest(() => `${root.record!.trimEnd()} ~all`),
        ),
      );
    }
    if (root.all !== undefined && root.hasRedirect) {
      out.push(ctx.finding('redirectIgnored', [recordEvidence(root)], { domain: root.domain }));
    }
    return out;
  },
});
