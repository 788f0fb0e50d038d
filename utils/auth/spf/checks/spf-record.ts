/** The domain publishes exactly one SPF record that can be read. */
import { defineSpfCheck } from './util';

export default defineSpfCheck({
  id: 'spf-record',
  description: 'The domain publishes exactly one SPF record that can be read.',
  messages: { missing: 'warning', multiple: 'danger', dnsError: 'warning' },
  fixes: ['publish', 'merge'],
  check(p, ctx) {
    const root = p.root;
    if (root.status === 'none') {
      return [
        ctx.finding(
          'missing',
          [{ field: 'dns', name: root.domain, start: 0, end: 0 }],
          { domain: root.domain },
          { id: 'publish', data: { domain: root.domain, record: 'v=spf1 ~all' } },
        ),
      ];
    }
    if (root.status === 'multiple') {
      const records = root.records ?? [];
      return [
        ctx.finding(
          'multiple',
          records.map((r) => ({
            field: 'dns' as const,
            name: root.domain,
            record: r,
            start: 0,
            end: r.length,
          })),
          { domain: root.domain, count: records.length },
          { id: 'merge' },
        ),
      ];
    }
    if (root.status === 'error') {
      return [
        ctx.finding('dnsError', [{ field: 'dns', name: root.domain, start: 0, end: 0 }], {
          domain: root.domain,
          reason: root.dnsError ?? '',
        }),
      ];
    }
    return [];
  },
});
