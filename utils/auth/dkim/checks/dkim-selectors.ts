/** A DKIM key is found among the selectors tried (the user's and the common providers'). */
import type { Finding } from '../../../types';
import { dnsEvidence } from '../../check';
import { defineDkimCheck } from './util';

export default defineDkimCheck({
  id: 'dkim-selectors',
  description:
    'Probes the configured and common selectors; finding none is unknown (selectors cannot be listed).',
  messages: { noneFound: 'info', noneFoundHint: 'info', dnsError: 'notice' },
  fixes: ['addSelector'],
  check(p, ctx) {
    const out: Finding[] = [];
    const data = { domain: p.domain, count: p.selectors.length, selectors: p.selectors.join(', ') };
    if (!p.keys.length)
      out.push(
        ctx.finding(
          p.hint === 'exists' ? 'noneFoundHint' : 'noneFound',
          [dnsEvidence(`_domainkey.${p.domain}`)],
          data,
          'addSelector',
        ),
      );
    const [first] = p.errors;
    if (first)
      out.push(
        ctx.finding(
          'dnsError',
          p.errors.map((e) => dnsEvidence(`${e.selector}._domainkey.${p.domain}`)),
          {
            domain: p.domain,
            selectors: p.errors.map((e) => e.selector).join(', '),
            reason: first.reason,
          },
        ),
      );
    return out;
  },
});
