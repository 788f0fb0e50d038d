/** Aggregate reports are requested (rua=), and destinations outside the organisation have agreed to them. */
import type { Finding } from '../../../types';
import { dnsEvidence } from '../../check';
import { defineDmarcCheck } from './util';

export default defineDmarcCheck({
  id: 'dmarc-reports',
  description:
    'rua= asks for aggregate reports; external destinations publish <domain>._report._dmarc.<dest> (RFC 9990 §3).',
  messages: { noRua: 'notice', unauthorized: 'warning', authUnknown: 'info' },
  fixes: ['addRua', 'authorize'],
  check(d, ctx) {
    const p = d.parsed;
    if (d.status !== 'found' || !p || !d.record) return [];
    const name = d.recordName ?? `_dmarc.${d.domain}`;
    const record = d.record;
    const domain = d.policyDomain ?? d.domain;
    const out: Finding[] = [];
    if (!p.rua.length)
      out.push(
        ctx.finding(
          'noRua',
          [dnsEvidence(name, record)],
          { domain },
          {
            id: 'addRua',
            data: { record: `${record.replace(/;?\s*$/, '')}; rua=mailto:dmarc-reports@${d.orgDomain}` },
          },
        ),
      );
    for (const dest of d.destinations) {
      const tag = p.tags.find((t) => t.name === dest.kind);
      const ev = [dnsEvidence(name, record, tag?.start ?? 0, tag?.end ?? record.length)];
      const data = { domain, destination: dest.domain, uri: dest.uri, name: dest.name ?? '' };
      if (dest.status === 'unauthorized')
        out.push(ctx.finding('unauthorized', ev, data, { id: 'authorize', data: { name: dest.name ?? '' } }));
      else if (dest.status === 'unknown')
        out.push(ctx.finding('authUnknown', ev, { ...data, reason: dest.reason ?? '' }));
    }
    return out;
  },
});
