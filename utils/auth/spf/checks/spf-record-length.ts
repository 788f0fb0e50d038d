/** Strings of at most 255 bytes; a record small enough for one UDP answer (RFC 7208 §3.3, §3.4). */
import type { Finding } from '../../../types';
import { byteLength } from '../../../dns/names';
import { defineSpfCheck, recordEvidence, termEvidence, zoneText } from './util';

export default defineSpfCheck({
  id: 'spf-record-length',
  description:
    'Strings of at most 255 bytes; a record small enough for one UDP answer (RFC 7208 §3.3, §3.4).',
  messages: { stringTooLong: 'warning', over450: 'notice', over512: 'warning' },
  fixes: ['split'],
  check(p, ctx) {
    const root = p.root;
    if (root.status !== 'found' || !root.record) return [];
    const out: Finding[] = [];
    let offset = 0;
    // Stryker disable next-line ArrayDeclaration: a found record always has its strings; a list of one short string would give no finding either.
    for (const s of root.strings ?? []) {
      const bytes = byteLength(s);
      if (bytes > 255) {
        out.push(
          ctx.finding(
            'stringTooLong',
            [termEvidence(root, { start: offset, end: offset + s.length })],
            { domain: root.domain, bytes },
            { id: 'split', data: { zone: zoneText(root.record) } },
          ),
        );
      }
      offset += s.length;
    }
    const bytes = byteLength(root.record);
    if (bytes > 512) out.push(ctx.finding('over512', [recordEvidence(root)], { domain: root.domain, bytes }));
    else if (bytes > 450)
      out.push(ctx.finding('over450', [recordEvidence(root)], { domain: root.domain, bytes }));
    return out;
  },
});
