/** The obsolete SPF record type (99) is still published (RFC 7208 §3.1, §14.1). */
import { defineSpfCheck } from './util';

export default defineSpfCheck({
  id: 'spf-type99',
  description: 'The obsolete SPF record type (99) is still published (RFC 7208 §3.1, §14.1).',
  messages: { present: 'notice', differs: 'warning' },
  check(p, ctx) {
    if (!p.type99.present) return [];
    const ev = p.type99.records.map((r) => ({
      field: 'dns' as const,
      name: p.domain,
      record: r,
      start: 0,
      end: r.length,
    }));
    return [ctx.finding(p.type99.sameAsTxt ? 'present' : 'differs', ev, { domain: p.domain })];
  },
});
