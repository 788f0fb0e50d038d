import type { Evidence } from '../../types';
import { defineRule } from '../rule';

/**
 * Many people from different organisations in To/Cc see each other's addresses: a privacy slip (under
 * GDPR a data leak) and a pattern bulk-mail filters notice. Bcc is the usual fix.
 */
export default defineRule({
  meta: {
    id: 'recipients-many-visible',
    description: 'Many recipients from several domains are in To or Cc, where they all see each other.',
    why: 'Everyone in To and Cc sees every other address; with many people from different organisations that is a privacy leak, and it looks like bulk mail.',
    example: {
      to: ['a1@a.com', 'a2@b.com', 'a3@a.com', 'a4@b.com', 'a5@a.com', 'a6@b.com', 'a7@a.com', 'a8@b.com'],
      cc: ['c1@c.com', 'c2@d.com', 'c3@c.com', 'c4@d.com', 'c5@c.com'],
    },
    category: 'recipients',
    defaultWeight: 1,
    messages: {
      manyVisible: '{count} recipients from {domains} different domains will see each other’s addresses.',
    },
    fixes: { useBcc: 'Put the recipients in Bcc, or send the message to each of them separately.' },
  },
  check(_draft, ctx) {
    const addresses = new Set<string>();
    const domains = new Set<string>();
    const evidence: Evidence[] = [];
    for (const r of ctx.facts.recipients) {
      if (r.field !== 'to' && r.field !== 'cc') continue;
      const key = r.address.toLowerCase();
      if (addresses.has(key)) continue;
      addresses.add(key);
      if (r.check.domain) domains.add(r.check.domain);
      if (evidence.length < 50) evidence.push({ field: r.field, index: r.index, start: r.start, end: r.end });
    }
    if (addresses.size <= ctx.settings.maxVisibleRecipients || domains.size < 3) return [];
    const factor = Math.min(2, 1 + (addresses.size - ctx.settings.maxVisibleRecipients) / 40);
    return [
      ctx.finding({
        messageId: 'manyVisible',
        severity: 'notice',
        factor,
        data: { count: addresses.size, domains: domains.size },
        evidence,
        fix: 'useBcc',
      }),
    ];
  },
});
