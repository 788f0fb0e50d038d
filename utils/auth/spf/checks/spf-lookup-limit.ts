/** At most 10 DNS-querying terms over the whole include tree (RFC 7208 §4.6.4). */
import { defineSpfCheck, termEvidence, zoneText } from './util';

export default defineSpfCheck({
  id: 'spf-lookup-limit',
  description: 'At most 10 DNS-querying terms over the whole include tree (RFC 7208 §4.6.4).',
  messages: { tooMany: 'danger', nearLimit: 'notice' },
  fixes: ['flatten', 'reduce'],
  check(p, ctx) {
    const root = p.root;
    if (root.status !== 'found') return [];
    const evidence = root.terms.map((t) => termEvidence(root, t));
    const top = [...root.terms].sort(
      (a, b) => (b.child?.totalLookups ?? 0) - (a.child?.totalLookups ?? 0),
    )[0];
    const data = {
      domain: p.domain,
      count: p.lookups,
      limit: 10,
      heaviest: top ? top.text : '',
      heaviestCount: top ? 1 + (top.child?.totalLookups ?? 0) : 0,
    };
    if (p.lookups > 10) {
      const fix = p.flattened
        ? {
            id: 'flatten' as const,
            data: {
              record: p.flattened.record,
              zone: zoneText(p.flattened.record),
              lookups: p.flattened.lookups,
              replaced: p.flattened.replaced.join(' '),
            },
          }
        : { id: 'reduce' as const };
      return [ctx.finding('tooMany', evidence, data, fix)];
    }
    if (p.lookups >= 9) return [ctx.finding('nearLimit', evidence, data)];
    return [];
  },
});
