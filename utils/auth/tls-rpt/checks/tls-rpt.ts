import type { TlsRptLookup } from '../index';
import { defineCheck, dnsEvidence } from '../../check';
import { clip } from '../../tags';
/** tls-rpt: the domain asks for reports about TLS failures of mail sent to it (RFC 8460). */
export default defineCheck<TlsRptLookup, unknown, 'missing' | 'multiple' | 'invalid' | 'dnsError', 'publish'>(
  {
    id: 'tls-rpt',
    description: 'One valid "v=TLSRPTv1; rua=…" record at _smtp._tls.<domain>.',
    messages: { missing: 'notice', multiple: 'warning', invalid: 'warning', dnsError: 'notice' },
    fixes: ['publish'],
    check(t, ctx) {
      const data = { domain: t.domain, name: t.name };
      if (t.status === 'none') return [ctx.finding('missing', [dnsEvidence(t.name)], data, 'publish')];
      if (t.status === 'multiple')
        return [
          ctx.finding(
            'multiple',
            t.records.map((r) => dnsEvidence(t.name, r)),
            { ...data, count: t.records.length },
          ),
        ];
      if (t.status === 'error')
        return [ctx.finding('dnsError', [dnsEvidence(t.name)], { ...data, reason: t.dnsError ?? '' })];
      if (t.parsed && !t.parsed.valid)
        return [
          ctx.finding('invalid', [dnsEvidence(t.name, t.records[0])], {
            ...data,
            reason: clip(t.parsed.errors.join('; '), 300),
          }),
        ];
      return [];
    },
  },
);
