/** Every key found is usable and strong: RSA of at least 1024 bits (2048 recommended), or Ed25519. */
import type { Finding } from '../../../types';
import { dnsEvidence } from '../../check';
import { defineDkimCheck } from './util';

export default defineDkimCheck({
  id: 'dkim-key',
  description:
    'Key records parse; RSA ≥ 1024 bits (RFC 8301), 2048 recommended; not revoked, testing or SHA-1 only.',
  messages: {
    revoked: 'notice',
    rsaTooShort: 'danger',
    rsa1024: 'warning',
    badEd25519: 'danger',
    invalid: 'danger',
    unknownType: 'warning',
    testing: 'notice',
    sha1Only: 'warning',
    syntax: 'warning',
  },
  fixes: ['rotate2048', 'dropTesting', 'republish'],
  check(p, ctx) {
    const out: Finding[] = [];
    for (const k of p.keys) {
      const ev = [dnsEvidence(k.name, k.record)];
      const data = { domain: p.domain, selector: k.selector };
      for (const e of k.parsed.errors)
        if (e.code !== 'missing-key' && e.code !== 'bad-base64')
          out.push(
            ctx.finding('syntax', [dnsEvidence(k.name, k.record, e.start, e.end)], { ...data, tag: e.text }),
          );
      if (k.parsed.publicKey === undefined || k.parsed.errors.some((e) => e.code === 'bad-base64')) {
        out.push(ctx.finding('invalid', ev, { ...data, reason: 'p=' }, 'republish'));
        continue;
      }
      if (k.parsed.revoked) {
        out.push(ctx.finding('revoked', ev, data));
        continue;
      }
      const key = k.key;
      if (key?.type === 'invalid')
        out.push(ctx.finding('invalid', ev, { ...data, reason: key.reason }, 'republish'));
      else if (key?.type === 'unknown')
        out.push(ctx.finding('unknownType', ev, { ...data, keyType: key.keyType }));
      else if (key?.type === 'ed25519' && key.bytes !== 32)
        out.push(ctx.finding('badEd25519', ev, { ...data, bytes: key.bytes }, 'republish'));
      else if (key?.type === 'rsa' && key.bits < 1024)
        out.push(ctx.finding('rsaTooShort', ev, { ...data, bits: key.bits }, 'rotate2048'));
      else if (key?.type === 'rsa' && key.bits < 2048)
        out.push(ctx.finding('rsa1024', ev, { ...data, bits: key.bits }, 'rotate2048'));
      if (k.parsed.testing) out.push(ctx.finding('testing', ev, data, 'dropTesting'));
      if (k.parsed.hashes && k.parsed.hashes.length && k.parsed.hashes.every((h) => h === 'sha1'))
        out.push(ctx.finding('sha1Only', ev, data));
    }
    return out;
  },
});
