/** Every tag of the DMARC record is well formed (RFC 9989 §4.7); bad values are ignored by receivers. */
import type { Severity } from '../../../types';
import { dnsEvidence } from '../../check';
import type { DmarcErrorCode } from '../parse';
import { defineDmarcCheck } from './util';

const MESSAGES: Record<DmarcErrorCode | 'removedTag', Severity> = {
  'no-version': 'danger',
  'tag-syntax': 'warning',
  'duplicate-tag': 'danger',
  'bad-policy': 'danger',
  'missing-policy': 'warning',
  'bad-alignment': 'warning',
  'bad-testing': 'warning',
  'bad-psd': 'warning',
  'bad-fo': 'notice',
  'bad-uri': 'warning',
  removedTag: 'info',
};

export default defineDmarcCheck({
  id: 'dmarc-syntax',
  description: 'Tags of the DMARC record are well formed; removed tags (pct, rf, ri) are noted.',
  messages: MESSAGES,
  check(d, ctx) {
    if (d.status !== 'found' || !d.parsed || !d.record) return [];
    const name = d.recordName ?? `_dmarc.${d.domain}`;
    const record = d.record;
    return [
      ...d.parsed.errors.map((e) =>
        ctx.finding(e.code, [dnsEvidence(name, record, e.start, e.end)], {
          domain: d.policyDomain ?? d.domain,
          tag: e.text,
        }),
      ),
      ...d.parsed.removed.map((t) =>
        ctx.finding('removedTag', [dnsEvidence(name, record, t.start, t.end)], {
          domain: d.policyDomain ?? d.domain,
          tag: `${t.rawName}=${t.value}`,
        }),
      ),
    ];
  },
});
