/**
 * The propagation check's comparison pinned exactly (issue 13): which records count, how answers are
 * shown, the findings' evidence and data, their order, and the records the check lists.
 */
import { describe, expect, it } from 'vitest';
import { checkPropagation } from '../../utils/auth/propagation';
import type { Resolver } from '../../utils/dns/types';
import { createZoneResolver } from '../helpers/dns-zone';

const D = 'p.test';
const base = {
  [`_dmarc.${D}`]: [{ TXT: 'v=DMARC1; p=none' }, { TXT: 'v=DMARC1x' }],
  'mx1.p.test': [{ A: '192.0.2.1' }],
};
// Both zones publish the same SPF and DMARC records; zone B adds text that is neither (a verification
// token, `v=spf10`, an SPF-looking string not at the start, `v=DMARC1x`) and moves the MX.
const zoneA = createZoneResolver({
  ...base,
  [D]: [{ TXT: 'v=spf1' }, { MX: [10, 'mx1.p.test'] }, { MX: [0, '.'] }],
});
const zoneB = createZoneResolver({
  ...base,
  [`_dmarc.${D}`]: [{ TXT: 'v=DMARC1; p=none' }, { TXT: 'xv=DMARC1;' }],
  [D]: [
    { TXT: 'v=spf1' },
    { TXT: 'google-site-verification=abc' },
    { TXT: 'v=spf10 ip4:192.0.2.9' },
    { TXT: 'x v=spf1 -all' },
    { MX: [20, 'mx1.p.test'] },
    { MX: [0, '.'] },
  ],
});
const failingMx =
  (r: Resolver): Resolver =>
  async (name, type) =>
    type === 'MX' ? ({ status: 'SERVFAIL', name, type, message: 'upstream down' } as never) : r(name, type);

describe('checkPropagation', () => {
  it('compares only SPF and DMARC records and the MX set; the MX difference is shown with the TTLs', async () => {
    const r = await checkPropagation(D, {
      resolvers: [
        { label: 'a', resolver: zoneA },
        { label: 'b', resolver: zoneB },
      ],
    });
    expect(r.status).toBe('warn');
    expect(r.findings).toHaveLength(1);
    const [f] = r.findings;
    expect(f).toMatchObject({
      ruleId: 'propagation',
      severity: 'warning',
      weight: 20,
      messageId: 'propagation.differs',
      evidence: [{ field: 'dns', name: D, start: 0, end: 0 }],
      fix: { messageId: 'propagation.wait' },
    });
    expect(f?.data?.record).toBe('MX');
    expect(f?.data?.name).toBe(D);
    expect(f?.data?.answers).toMatch(
      /^a: "0 \.", "10 mx1\.p\.test" \(TTL \d+ s\); b: "0 \.", "20 mx1\.p\.test" \(TTL \d+ s\)$/,
    );
    expect((r as { records?: string[] }).records).toEqual([
      'v=spf1',
      'v=DMARC1; p=none',
      '0 .',
      '10 mx1.p.test',
      '20 mx1.p.test',
    ]);
  });

  it('agreeing resolvers pass with no findings', async () => {
    const r = await checkPropagation(D, {
      resolvers: [
        { label: 'a', resolver: zoneA },
        { label: 'c', resolver: zoneA },
      ],
    });
    expect(r).toMatchObject({ status: 'pass', findings: [] });
  });

  it('a failed lookup is no answer (an info finding naming resolver and record), listed after a difference', async () => {
    const r = await checkPropagation(D, {
      resolvers: [
        { label: 'a', resolver: zoneA },
        { label: 'b', resolver: failingMx(zoneB) },
        { label: 'c', resolver: createZoneResolver({ ...base, [D]: [{ TXT: 'v=spf1 -all' }] }) },
      ],
    });
    // SPF differs (a, c), then MX: b's failure is found before a and c differ, and still comes last.
    expect(r.findings.map((f) => f.messageId)).toEqual([
      'propagation.differs',
      'propagation.differs',
      'propagation.noAnswer',
    ]);
    expect(r.findings.map((f) => f.data?.record)).toEqual(['SPF', 'MX', 'MX']);
    const no = r.findings[2];
    expect(no).toMatchObject({
      severity: 'info',
      weight: 0,
      evidence: [{ field: 'dns', name: D, start: 0, end: 0 }],
      data: { resolver: 'b', record: 'MX', name: D },
    });
    expect(String(no?.data?.reason)).not.toBe('');
  });

  it('with fewer than two answering resolvers it is unknown, and says how many answered', async () => {
    const one = await checkPropagation(D, { resolvers: [{ label: 'a', resolver: zoneA }] });
    expect(one.status).toBe('unknown');
    expect(one.findings).toEqual([
      {
        ruleId: 'propagation',
        severity: 'info',
        weight: 0,
        messageId: 'propagation.tooFewResolvers',
        data: { domain: D, count: 1 },
        evidence: [{ field: 'dns', name: D, start: 0, end: 0 }],
      },
    ]);
    const allFail: Resolver = async (name, type) =>
      ({ status: 'SERVFAIL', name, type, message: 'x' }) as never;
    const none = await checkPropagation(D, {
      resolvers: [
        { label: 'a', resolver: allFail },
        { label: 'b', resolver: failingMx(zoneA) },
      ],
    });
    expect(none.status).toBe('unknown');
    expect(none.findings.at(-1)?.data).toEqual({ domain: D, count: 1 });
  });

  it('the same records in another order agree; a bare "v=DMARC1" is a DMARC record', async () => {
    const records = [{ TXT: 'v=spf1 a -all' }, { TXT: 'v=spf1 mx -all' }];
    const dmarc = [{ TXT: 'v=DMARC1; p=none' }, { TXT: 'v=DMARC1; p=reject' }];
    const r = await checkPropagation(D, {
      resolvers: [
        { label: 'a', resolver: createZoneResolver({ [D]: records, [`_dmarc.${D}`]: dmarc }) },
        {
          label: 'b',
          resolver: createZoneResolver({
            [D]: [...records].reverse(),
            [`_dmarc.${D}`]: [...dmarc].reverse(),
          }),
        },
      ],
    });
    expect(r.status).toBe('pass');
    expect(r.findings).toEqual([]);
    const bare = await checkPropagation(D, {
      resolvers: [
        { label: 'a', resolver: createZoneResolver({ [`_dmarc.${D}`]: [{ TXT: 'v=DMARC1' }] }) },
        { label: 'b', resolver: createZoneResolver({}) },
      ],
    });
    expect(bare.findings.map((f) => f.data?.record)).toEqual(['DMARC']);
    expect(bare.findings[0]?.data?.answers).toMatch(/^a: "v=DMARC1" \(TTL \d+ s\); b: \(none\)/);
  });
});
