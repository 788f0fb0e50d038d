/** The policy file is served as RFC 8461 §3.3 asks, parses, enforces, and covers every MX host. */
import type { Finding } from '../../../types';
import type { Evidence } from '../../../types';
import { dnsEvidence } from '../../check';
import { clip } from '../../tags';
import { defineMtaStsCheck } from './util';

export default defineMtaStsCheck({
  id: 'mta-sts-policy',
  description:
    'Policy fetched without redirects as text/plain; valid; mode enforce; mx patterns cover the MX hosts.',
  messages: {
    notChecked: 'info',
    fetchFailed: 'warning',
    redirect: 'warning',
    contentType: 'warning',
    invalid: 'warning',
    modeNone: 'notice',
    modeTesting: 'notice',
    mxNotCovered: 'danger',
    mxNotCoveredTesting: 'warning',
    maxAgeShort: 'notice',
  },
  fixes: ['grant', 'enforce'],
  check(m, ctx) {
    if (m.status !== 'found') return [];
    const pol = m.policy;
    const ev: Evidence[] = [dnsEvidence(m.name, m.records[0])];
    const data = { domain: m.domain, url: pol.url };
    switch (pol.status) {
      case 'no-permission':
      case 'not-fetched':
        return [ctx.finding('notChecked', ev, { ...data, reason: pol.reason ?? '' }, 'grant')];
      case 'fetch-error':
      case 'http-status':
        return [ctx.finding('fetchFailed', ev, { ...data, reason: clip(pol.reason ?? '') })];
      case 'redirect':
        return [ctx.finding('redirect', ev, data)];
      default:
    }
    const out: Finding[] = [];
    if (pol.status === 'content-type')
      out.push(ctx.finding('contentType', ev, { ...data, contentType: clip(pol.contentType ?? '') }));
    const p = pol.parsed;
    if (!p) return out;
    if (p.errors.length)
      out.push(ctx.finding('invalid', ev, { ...data, reason: clip(p.errors.join('; '), 300) }));
    if (p.mode === 'none') out.push(ctx.finding('modeNone', ev, data, 'enforce'));
    if (p.mode === 'testing') out.push(ctx.finding('modeTesting', ev, data, 'enforce'));
    if (m.uncovered.length)
      out.push(
        ctx.finding(p.mode === 'enforce' ? 'mxNotCovered' : 'mxNotCoveredTesting', ev, {
          ...data,
          hosts: m.uncovered.join(', '),
          patterns: p.mx.join(', '),
        }),
      );
    if (p.maxAge !== undefined && p.maxAge < 86_400)
      out.push(ctx.finding('maxAgeShort', ev, { ...data, seconds: p.maxAge }));
    return out;
  },
});
