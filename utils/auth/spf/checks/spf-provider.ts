/** The record authorizes the service the user sends with (checked with its own published addresses). */
import type { Finding } from '../../../types';
import { PROVIDERS } from '../providers';
import { withTermAdded } from '../suggest';
import { defineSpfCheck, recordEvidence } from './util';

export default defineSpfCheck({
  id: 'spf-provider',
  description:
    'The record authorizes the service the user sends with (checked with its own published addresses).',
  messages: { notAuthorized: 'danger', partial: 'warning', evaluationError: 'warning' },
  fixes: ['addInclude'],
  check(p, ctx) {
    const out: Finding[] = [];
    for (const c of p.providers) {
      if (!ctx.services.includes(c.provider)) continue;
      const root = p.root;
      const include = `include:${PROVIDERS[c.provider].include}`;
      const suggested = withTermAdded(root.status === 'found' ? root.record : undefined, include);
      const fix = {
        id: 'addInclude' as const,
        data: { record: suggested, include, service: c.name },
      };
      const ev = [
        root.status === 'found'
          ? recordEvidence(root)
          : { field: 'dns' as const, name: root.domain, start: 0, end: 0 },
      ];
      const data = {
        domain: p.domain,
        service: c.name,
        samples: c.samples.map((s) => `${s.ip}: ${s.result}`).join(', '),
      };
      if (c.status === 'not-authorized') out.push(ctx.finding('notAuthorized', ev, data, fix));
      else if (c.status === 'partial') out.push(ctx.finding('partial', ev, data, fix));
      else if (c.status === 'error') out.push(ctx.finding('evaluationError', ev, data));
    }
    return out;
  },
});
