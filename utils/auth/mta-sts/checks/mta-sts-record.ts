/** The domain publishes one valid `_mta-sts` record (RFC 8461 §3.1). */
import { dnsEvidence } from '../../check';
import { defineMtaStsCheck } from './util';

export default defineMtaStsCheck({
  id: 'mta-sts-record',
  description: 'One TXT record "v=STSv1; id=…" at _mta-sts.<domain>.',
  messages: { missing: 'notice', multiple: 'warning', invalid: 'warning', dnsError: 'notice' },
  fixes: ['publish'],
  check(m, ctx) {
    const data = { domain: m.domain, name: m.name };
    if (m.status === 'none') return [ctx.finding('missing', [dnsEvidence(m.name)], data, 'publish')];
    if (m.status === 'multiple')
      return [
        ctx.finding(
          'multiple',
          m.records.map((r) => dnsEvidence(m.name, r)),
          { ...data, count: m.records.length },
        ),
      ];
    if (m.status === 'error')
      return [ctx.finding('dnsError', [dnsEvidence(m.name)], { ...data, reason: m.dnsError ?? '' })];
    if (m.record && !m.record.valid)
      return [
        ctx.finding('invalid', [dnsEvidence(m.name, m.records[0])], {
          ...data,
          reason: m.record.errors.join('; '),
        }),
      ];
    return [];
  },
});
