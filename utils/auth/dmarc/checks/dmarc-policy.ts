/** The policy asks receivers to act on failing mail: p=quarantine or reject, not in testing mode. */
import type { Finding } from '../../../types';
import { dnsEvidence } from '../../check';
import { defineDmarcCheck } from './util';

export default defineDmarcCheck({
  id: 'dmarc-policy',
  description: 'p= quarantine or reject, without t=y, and subdomains (sp=, np=) no weaker than the domain.',
  messages: {
    monitorOnly: 'warning',
    testing: 'notice',
    weakSubdomain: 'notice',
    weakNonExistent: 'notice',
  },
  fixes: ['enforce', 'dropTesting'],
  check(d, ctx) {
    const p = d.parsed;
    if (d.status !== 'found' || !p || !d.record) return [];
    const name = d.recordName ?? `_dmarc.${d.domain}`;
    const record = d.record;
    const ev = (tag?: string) => {
      const t = tag ? p.tags.find((x) => x.name === tag) : undefined;
      return [dnsEvidence(name, record, t?.start ?? 0, t?.end ?? record.length)];
    };
    const domain = d.policyDomain ?? d.domain;
    const out: Finding[] = [];
    if (p.p === 'none' || p.p === undefined) {
      const next = record.replace(/\bp\s*=\s*none\b/i, 'p=quarantine');
      out.push(
        ctx.finding(
          'monitorOnly',
          ev('p'),
          { domain },
          {
            id: 'enforce',
            data: { name, record: /\bp\s*=\s*quarantine\b/i.test(next) ? next : `v=DMARC1; p=quarantine` },
          },
        ),
      );
    }
    if (p.testing) out.push(ctx.finding('testing', ev('t'), { domain }, 'dropTesting'));
    // The domain's own policy when it enforces (quarantine or reject), else undefined.
    const strong = p.p === 'quarantine' || p.p === 'reject' ? p.p : undefined;
    if (strong && p.sp === 'none')
      out.push(ctx.finding('weakSubdomain', ev('sp'), { domain, policy: strong }));
    if (strong && p.np === 'none')
      out.push(ctx.finding('weakNonExistent', ev('np'), { domain, policy: strong }));
    return out;
  },
});
