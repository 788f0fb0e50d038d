/** Every MX host resolves to an address, appears once, and is a name (not an IP literal). */
import type { Finding } from '../../../types';
import { dnsEvidence } from '../../check';
import { defineMxCheck } from './util';

export default defineMxCheck({
  id: 'mx-hosts',
  description: 'MX hosts resolve (A/AAAA), are not IP literals, not duplicated, and no null MX beside them.',
  messages: {
    noneResolve: 'danger',
    someDoNotResolve: 'warning',
    hostIsIp: 'warning',
    duplicate: 'notice',
    nullWithOthers: 'warning',
    hostDnsError: 'notice',
  },
  check(m, ctx) {
    if (m.status !== 'mx') return [];
    const out: Finding[] = [];
    const ev = (hosts: string[]) => hosts.map((h) => dnsEvidence(m.domain, h));
    const bad = m.hosts.filter((h) => h.resolves === 'none');
    const ip = m.hosts.filter((h) => h.resolves === 'ip');
    const err = m.hosts.filter((h) => h.resolves === 'error');
    const ok = m.hosts.filter((h) => h.resolves === 'ok');
    if (bad.length)
      out.push(
        ctx.finding(ok.length ? 'someDoNotResolve' : 'noneResolve', ev(bad.map((h) => h.exchange)), {
          domain: m.domain,
          hosts: bad.map((h) => h.exchange).join(', '),
        }),
      );
    if (ip.length)
      out.push(
        ctx.finding('hostIsIp', ev(ip.map((h) => h.exchange)), {
          domain: m.domain,
          hosts: ip.map((h) => h.exchange).join(', '),
        }),
      );
    const [firstErr] = err;
    if (firstErr)
      out.push(
        ctx.finding('hostDnsError', ev(err.map((h) => h.exchange)), {
          domain: m.domain,
          hosts: err.map((h) => h.exchange).join(', '),
          reason: firstErr.reason ?? '',
        }),
      );
    if (m.duplicates.length)
      out.push(
        ctx.finding('duplicate', ev(m.duplicates), { domain: m.domain, hosts: m.duplicates.join(', ') }),
      );
    if (m.nullWithOthers)
      out.push(ctx.finding('nullWithOthers', [dnsEvidence(m.domain)], { domain: m.domain }));
    return out;
  },
});
