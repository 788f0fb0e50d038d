/** The domain (or its organisation) publishes exactly one DMARC record at `_dmarc`, and it can be read. */
import { dnsEvidence } from '../../check';
import { defineDmarcCheck } from './util';

export default defineDmarcCheck({
  id: 'dmarc-record',
  description: 'Exactly one DMARC record is found at _dmarc.<domain> or by the tree walk (RFC 9989 §4.10).',
  messages: {
    missing: 'warning',
    multiple: 'danger',
    dnsError: 'warning',
    atApex: 'warning',
    inherited: 'info',
  },
  fixes: ['publish', 'merge', 'move'],
  check(d, ctx) {
    const name = `_dmarc.${d.domain}`;
    const out = [];
    if (d.status === 'none') {
      out.push(
        ctx.finding(
          'missing',
          [dnsEvidence(name)],
          { domain: d.domain },
          {
            id: 'publish',
            data: { name, record: `v=DMARC1; p=none; rua=mailto:dmarc-reports@${d.orgDomain}` },
          },
        ),
      );
      if (d.apexRecord !== undefined)
        out.push(
          ctx.finding(
            'atApex',
            [dnsEvidence(d.domain, d.apexRecord)],
            { domain: d.domain, name },
            {
              id: 'move',
              data: { name },
            },
          ),
        );
    } else if (d.status === 'multiple') {
      const rn = d.recordName ?? name;
      out.push(
        ctx.finding(
          'multiple',
          (d.records ?? []).map((r) => dnsEvidence(rn, r)),
          { domain: d.policyDomain ?? d.domain, count: d.records?.length ?? 0 },
          'merge',
        ),
      );
    } else if (d.status === 'error') {
      out.push(
        ctx.finding('dnsError', [dnsEvidence(d.recordName ?? name)], {
          domain: d.domain,
          reason: d.dnsError ?? '',
        }),
      );
    } else if (d.policyDomain && d.policyDomain !== d.domain) {
      out.push(
        ctx.finding('inherited', [dnsEvidence(d.recordName ?? name, d.record)], {
          domain: d.domain,
          policyDomain: d.policyDomain,
        }),
      );
    }
    return out;
  },
});
