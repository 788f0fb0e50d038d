import type { Evidence } from '../../types';
import { defineRule } from '../rule';
import { checkAddress, splitAddresses } from '../address';

/**
 * Many people from different organisations in To/Cc see each other's addresses: a privacy slip (under
 * GDPR a data leak) and a pattern bulk-mail filters notice. Bcc is the usual fix.
 */
export default defineRule({
  meta: {
    id: 'recipients-many-visible',
    description: 'Many recipients from several domains are in To or Cc, where they all see each other.',
    category: 'recipients',
    defaultWeight: 1,
    messages: { manyVisible: '{count} recipients from {domains} different domains will see each other’s addresses.' },
    fixes: { useBcc: 'Put the recipients in Bcc, or send the message separately.' },
  },
  check(draft, ctx) {
    const addresses = new Set<string>();
    const domains = new Set<string>();
    const evidence: Evidence[] = [];
    for (const field of ['to', 'cc'] as const) {
      draft[field].forEach((item, index) => {
        for (const span of splitAddresses(item)) {
          const key = span.address.toLowerCase();
          if (addresses.has(key)) continue;
          addresses.add(key);
          const { domain } = checkAddress(span.address);
          if (domain) domains.add(domain);
          if (evidence.length < 50) evidence.push({ field, index, start: span.start, end: span.end });
        }
      });
    }
    if (addresses.size <= ctx.settings.maxVisibleRecipients || domains.size < 3) return [];
    const factor = Math.min(2, 1 + (addresses.size - ctx.settings.maxVisibleRecipients) / 40);
    return [ctx.finding({
      messageId: 'manyVisible', severity: 'notice', factor,
      data: { count: addresses.size, domains: domains.size }, evidence, fix: 'useBcc',
    })];
  },
});
