/** Every include and redirect leads to one readable SPF record, without loops. */
import type { Finding } from '../../../types';
import { defineSpfCheck, termEvidence, nodes } from './util';

export default defineSpfCheck({
  id: 'spf-include',
  description: 'Every include and redirect leads to one readable SPF record, without loops.',
  messages: {
    missing: 'danger',
    multiple: 'danger',
    loop: 'danger',
    dnsError: 'warning',
    dependsOnMessage: 'info',
  },
  check(p, ctx) {
    const out: Finding[] = [];
    for (const { node } of nodes(p.root)) {
      for (const t of node.terms) {
        const ev = [termEvidence(node, t)];
        const data = { domain: node.domain, term: t.text, target: t.target ?? '' };
        if (t.loop) out.push(ctx.finding('loop', ev, data));
        else if (t.dependsOnMessage && (t.kind === 'include' || t.kind === 'redirect'))
          out.push(ctx.finding('dependsOnMessage', ev, data));
        else if (t.dnsError) out.push(ctx.finding('dnsError', ev, { ...data, reason: t.dnsError }));
        else if (t.child?.status === 'none') out.push(ctx.finding('missing', ev, data));
        else if (t.child?.status === 'multiple')
          out.push(ctx.finding('multiple', ev, { ...data, count: t.child.records?.length ?? 0 }));
      }
    }
    return out;
  },
});
