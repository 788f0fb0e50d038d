/** Propagation check (issue 10) over zone resolvers; tests/integration/propagation.test.ts uses unbound. */
import { describe, expect, it } from 'vitest';
import { PROPAGATION_FIXES, PROPAGATION_MESSAGES, checkPropagation } from '../../utils/auth/propagation';
import { messages } from '../../utils/i18n';
import '../../utils/i18n/dns-catalogs';
import type { ZoneData } from '../helpers/dns-zone';
import { createZoneResolver } from '../helpers/dns-zone';

const OLD: ZoneData = {
  'example.test': [{ TXT: 'v=spf1 include:_spf.google.com ~all' }, { MX: [10, 'mx.example.test'] }],
  '_dmarc.example.test': [{ TXT: 'v=DMARC1; p=none' }],
};
const NEW: ZoneData = {
  'example.test': [{ TXT: 'v=spf1 include:_spf.google.com -all' }, { MX: [10, 'mx.example.test'] }],
  '_dmarc.example.test': [{ TXT: 'v=DMARC1; p=none' }],
};

describe('checkPropagation', () => {
  it('pass when every resolver gives the same answers', async () => {
    const r = await checkPropagation('example.test', {
      resolvers: [
        { label: 'A', resolver: createZoneResolver(OLD) },
        { label: 'B', resolver: createZoneResolver(OLD, { ttl: 100 }) },
      ],
    });
    expect(r).toMatchObject({ status: 'pass', findings: [] });
  });

  it('warn with every answer and its TTL when they differ', async () => {
    const r = await checkPropagation('example.test', {
      resolvers: [
        { label: 'Cloudflare', resolver: createZoneResolver(OLD, { ttl: 3600 }) },
        { label: 'Google', resolver: createZoneResolver(NEW, { ttl: 300 }) },
      ],
    });
    expect(r.status).toBe('warn');
    expect(r.findings).toEqual([
      expect.objectContaining({
        messageId: 'propagation.differs',
        severity: 'warning',
        data: {
          record: 'SPF',
          name: 'example.test',
          answers:
            'Cloudflare: "v=spf1 include:_spf.google.com ~all" (TTL 3600 s); Google: "v=spf1 include:_spf.google.com -all" (TTL 300 s)',
        },
        fix: { messageId: 'propagation.wait', data: { ttl: 3600 } },
      }),
    ]);
  });

  it('a record on one resolver and none on the other is a difference, not an error', async () => {
    const r = await checkPropagation('example.test', {
      resolvers: [
        { label: 'A', resolver: createZoneResolver(OLD) },
        { label: 'B', resolver: createZoneResolver({ 'example.test': OLD['example.test']! }) },
      ],
    });
    expect(r.status).toBe('warn');
    expect(r.findings[0]?.data).toMatchObject({
      record: 'DMARC',
      answers: expect.stringContaining('B: (none)'),
    });
  });

  it('unknown when fewer than two resolvers answered: a failure is no answer, not "no record"', async () => {
    const r = await checkPropagation('example.test', {
      resolvers: [
        { label: 'A', resolver: createZoneResolver(OLD) },
        {
          label: 'B',
          resolver: createZoneResolver({ 'example.test': ['TIMEOUT'], '_dmarc.example.test': ['SERVFAIL'] }),
        },
      ],
    });
    expect(r.status).toBe('unknown');
    expect(r.findings.map((f) => f.messageId).sort()).toEqual([
      'propagation.noAnswer',
      'propagation.noAnswer',
      'propagation.noAnswer',
      'propagation.tooFewResolvers',
    ]);
  });

  it('past the deadline, remaining lookups are unknown with the reason', async () => {
    const hang = () => new Promise<never>(() => undefined);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 10);
    const r = await checkPropagation('example.test', {
      resolvers: [
        { label: 'A', resolver: hang },
        { label: 'B', resolver: hang },
      ],
      signal: controller.signal,
    });
    expect(r.status).toBe('unknown');
    expect(r.findings[0]?.data?.reason).toMatch(/ran out of time/);
  });

  it('every message and fix is in both catalogs with the same placeholders', () => {
    const ph = (s: string | undefined) => [...(s ?? '').matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const id of [...Object.keys(PROPAGATION_MESSAGES), ...PROPAGATION_FIXES].map(
      (m) => `propagation.${m}`,
    )) {
      expect(messages.en[id], id).toBeTypeOf('string');
      expect(messages.cs[id], id).toBeTypeOf('string');
      expect(ph(messages.cs[id])).toEqual(ph(messages.en[id]));
    }
  });
});
