import type { BimiLookup } from '../index';
import { defineCheck, dnsEvidence } from '../../check';
import { clip } from '../../tags';
/** bimi: an optional brand logo record; it only works with DMARC at quarantine or reject. */
export default defineCheck<
  BimiLookup,
  unknown,
  'missing' | 'declined' | 'multiple' | 'invalid' | 'dmarcTooWeak' | 'dnsError',
  'strengthenDmarc'
>({
  id: 'bimi',
  description: 'default._bimi.<domain> is valid (https SVG logo) and DMARC is at quarantine or reject.',
  messages: {
    missing: 'info',
    declined: 'info',
    multiple: 'warning',
    invalid: 'warning',
    dmarcTooWeak: 'warning',
    dnsError: 'info',
  },
  fixes: ['strengthenDmarc'],
  check(b, ctx) {
    const data = { domain: b.domain, name: b.name };
    if (b.status === 'none') return [ctx.finding('missing', [dnsEvidence(b.name)], data)];
    if (b.status === 'error')
      return [ctx.finding('dnsError', [dnsEvidence(b.name)], { ...data, reason: b.dnsError ?? '' })];
    if (b.status === 'multiple')
      return [
        ctx.finding(
          'multiple',
          b.records.map((r) => dnsEvidence(b.name, r)),
          { ...data, count: b.records.length },
        ),
      ];
    const ev = [dnsEvidence(b.name, b.records[0])];
    if (b.parsed?.declined) return [ctx.finding('declined', ev, data)];
    const out = [];
    if (b.parsed && !b.parsed.valid)
      out.push(ctx.finding('invalid', ev, { ...data, reason: clip(b.parsed.errors.join('; '), 300) }));
    if (b.dmarcPolicy !== 'quarantine' && b.dmarcPolicy !== 'reject')
      out.push(
        ctx.finding('dmarcTooWeak', ev, { ...data, policy: b.dmarcPolicy ?? 'none' }, 'strengthenDmarc'),
      );
    return out;
  },
});
