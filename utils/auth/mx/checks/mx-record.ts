/** The sender's domain can receive mail: replies and bounces need somewhere to go. */
import { dnsEvidence } from '../../check';
import { defineMxCheck } from './util';

export default defineMxCheck({
  id: 'mx-record',
  description:
    'MX records exist (an implicit MX is a warning; null MX, no address or NXDOMAIN mean no replies).',
  messages: {
    nullMx: 'danger',
    noMail: 'danger',
    nxdomain: 'danger',
    implicit: 'warning',
    dnsError: 'warning',
  },
  fixes: ['publishMx'],
  check(m, ctx) {
    const ev = [dnsEvidence(m.domain)];
    const data = { domain: m.domain };
    switch (m.status) {
      case 'null':
        return [ctx.finding('nullMx', ev, data, 'publishMx')];
      case 'no-mail':
        return [ctx.finding('noMail', ev, data, 'publishMx')];
      case 'nxdomain':
        return [ctx.finding('nxdomain', ev, data)];
      case 'implicit':
        return [ctx.finding('implicit', ev, { ...data, addresses: m.addresses.join(', ') }, 'publishMx')];
      case 'error':
        return [ctx.finding('dnsError', ev, { ...data, reason: m.dnsError ?? '' })];
      default:
        return [];
    }
  },
});
