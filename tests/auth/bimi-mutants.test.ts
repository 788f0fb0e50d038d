/**
 * BIMI cases that pin what the mutation run (issue 13, docs/mutation.md) found no test for: record
 * recognition, every parse error text, the lookup's statuses and the finding's data and evidence.
 */
import { describe, expect, it } from 'vitest';
import { bimiResultOf, checkBimi, isBimiRecord, lookupBimi, parseBimi } from '../../utils/auth/bimi';
import type { BimiLookup } from '../../utils/auth/bimi';
import { createZoneResolver } from '../helpers/dns-zone';

const NAME = 'default._bimi.example.test';
const LOGO = 'https://example.test/logo.svg';

describe('isBimiRecord', () => {
  it.each([
    ['v=BIMI1', true],
    ['v=BIMI1;', true],
    ['  v = bimi1 ; l=', true],
    ['v=BIMI1  ', true],
    ['v=BIMI1 l=x', false],
    ['v=BIMI10', false],
    ['xv=BIMI1', false],
    ['l=x; v=BIMI1', false],
    ['v=BIMI', false],
  ])('%j → %s', (txt, expected) => expect(isBimiRecord(txt)).toBe(expected));
});

describe('parseBimi', () => {
  it('a logo, an authority, or both declined', () => {
    expect(parseBimi(`v=BIMI1; l=${LOGO}; a=https://example.test/vmc.pem`)).toEqual({
      valid: true,
      logo: LOGO,
      authority: 'https://example.test/vmc.pem',
      declined: false,
      errors: [],
    });
    expect(parseBimi(`v=BIMI1; l=${LOGO}`)).toEqual({ valid: true, logo: LOGO, declined: false, errors: [] });
    expect(parseBimi('v=BIMI1; l=; a=')).toEqual({
      valid: true,
      logo: '',
      authority: '',
      declined: true,
      errors: [],
    });
    expect(parseBimi('v=BIMI1; l=').declined).toBe(true);
    expect(parseBimi('v=BIMI1; l=; a=https://example.test/vmc.pem').declined).toBe(false);
    expect(parseBimi(`v=BIMI1; l=${LOGO}; a=`).declined).toBe(false);
  });

  it('l= is required; v=BIMI1 must come first', () => {
    expect(parseBimi('v=BIMI1')).toEqual({ valid: false, declined: true, errors: ['l= is missing'] });
    expect(parseBimi(`l=${LOGO}; v=BIMI1`).errors).toEqual(['v=BIMI1 must come first']);
  });

  it('names each URL that is not https, trimmed and cut to 60 characters', () => {
    expect(parseBimi('v=BIMI1; l=http://example.test/logo.svg').errors).toEqual([
      'l= "http://example.test/logo.svg" is not an https URL',
    ]);
    expect(parseBimi(`v=BIMI1; l=${LOGO} , ftp://x.test/a.svg`).errors).toEqual([
      'l= "ftp://x.test/a.svg" is not an https URL',
    ]);
    expect(parseBimi(`v=BIMI1; l=${LOGO}; a=http://example.test/vmc.pem`).errors).toEqual([
      'a= "http://example.test/vmc.pem" is not an https URL',
    ]);
    const long = `http://${'a'.repeat(80)}.svg`;
    expect(parseBimi(`v=BIMI1; l=${long}`).errors).toEqual([`l= "${long.slice(0, 60)}" is not an https URL`]);
    expect(parseBimi('v=BIMI1; l=xhttps://example.test/logo.svg').errors).toEqual([
      'l= "xhttps://example.test/logo.svg" is not an https URL',
    ]);
    expect(parseBimi('v=BIMI1; l=https://example.test/a b.svg').errors).toEqual([
      'l= "https://example.test/a b.svg" is not an https URL',
    ]);
    expect(parseBimi('v=BIMI1; l=https://').errors).toContain('l= "https://" is not an https URL');
    expect(parseBimi('v=BIMI1; l=HTTPS://example.test/LOGO.SVG').errors).toEqual([]);
  });

  it('the logo must be an SVG (a query after it allowed)', () => {
    expect(parseBimi('v=BIMI1; l=https://example.test/logo.png').errors).toEqual([
      'l= should point at an SVG file',
    ]);
    expect(parseBimi('v=BIMI1; l=https://example.test/logo.svgz').errors).toEqual([
      'l= should point at an SVG file',
    ]);
    expect(parseBimi('v=BIMI1; l=https://example.test/logo.svg?v=2').errors).toEqual([]);
    expect(parseBimi('v=BIMI1; l=https://example.test/xsvg').errors).toEqual([
      'l= should point at an SVG file',
    ]);
    // Not https: only the URL error, no SVG advice.
    expect(parseBimi('v=BIMI1; l=http://example.test/logo.png').errors).toHaveLength(1);
  });

  it('tag-list errors are quoted with their code', () => {
    expect(parseBimi(`v=BIMI1; l=${LOGO}; junk`).errors).toEqual(['"junk": tag-syntax']);
    const long = 'j'.repeat(50);
    expect(parseBimi(`v=BIMI1; l=${LOGO}; ${long}`).errors).toEqual([`"${'j'.repeat(40)}": tag-syntax`]);
  });
});

describe('lookupBimi', () => {
  it('found, none, multiple, error; the DMARC policy kept only when known', async () => {
    const resolver = createZoneResolver({
      [NAME]: [{ TXT: 'something else' }, { TXT: `v=BIMI1; l=${LOGO}` }],
      'default._bimi.two.test': [{ TXT: 'v=BIMI1; l=' }, { TXT: `v=BIMI1; l=${LOGO}` }],
      'default._bimi.other.test': [{ TXT: 'not bimi' }],
      'default._bimi.fail.test': ['SERVFAIL'],
    });
    expect(await lookupBimi('Example.Test.', { resolver, dmarcPolicy: 'reject' })).toEqual({
      domain: 'example.test',
      name: NAME,
      dmarcPolicy: 'reject',
      status: 'found',
      records: [`v=BIMI1; l=${LOGO}`],
      parsed: parseBimi(`v=BIMI1; l=${LOGO}`),
    });
    expect(await lookupBimi('two.test', { resolver })).toEqual({
      domain: 'two.test',
      name: 'default._bimi.two.test',
      status: 'multiple',
      records: ['v=BIMI1; l=', `v=BIMI1; l=${LOGO}`],
    });
    expect(await lookupBimi('other.test', { resolver })).toEqual({
      domain: 'other.test',
      name: 'default._bimi.other.test',
      status: 'none',
      records: [],
    });
    expect(await lookupBimi('fail.test', { resolver, dmarcPolicy: 'none' })).toEqual({
      domain: 'fail.test',
      name: 'default._bimi.fail.test',
      dmarcPolicy: 'none',
      status: 'error',
      records: [],
      dnsError: 'the resolver answered SERVFAIL',
    });
  });
});

describe('the bimi finding', () => {
  const base = { domain: 'example.test', name: NAME };
  const lookup = (over: Partial<BimiLookup>): BimiLookup => ({
    ...base,
    status: 'none',
    records: [],
    ...over,
  });
  const found = (record: string, dmarcPolicy?: BimiLookup['dmarcPolicy']) =>
    lookup({
      status: 'found',
      records: [record],
      parsed: parseBimi(record),
      ...(dmarcPolicy ? { dmarcPolicy } : {}),
    });
  const ev = (record?: string) => [
    {
      field: 'dns',
      name: NAME,
      ...(record !== undefined ? { record } : {}),
      start: 0,
      end: record?.length ?? 0,
    },
  ];

  it('none: information, pointing at the name; the check passes', () => {
    const r = bimiResultOf(lookup({}));
    expect(r.status).toBe('pass');
    expect(r.findings).toEqual([
      {
        ruleId: 'bimi',
        severity: 'info',
        weight: expect.any(Number),
        messageId: 'bimi.missing',
        data: base,
        evidence: ev(),
      },
    ]);
  });

  it('a DNS failure is unknown and says why', () => {
    const r = bimiResultOf(lookup({ status: 'error', dnsError: 'timed out (x)' }));
    expect(r.status).toBe('unknown');
    expect(r.findings.map((f) => [f.messageId, f.data, f.evidence])).toEqual([
      ['bimi.dnsError', { ...base, reason: 'timed out (x)' }, ev()],
    ]);
    expect(bimiResultOf(lookup({ status: 'error' })).findings[0]?.data).toEqual({ ...base, reason: '' });
  });

  it('two records: one evidence each and the count', () => {
    const records = ['v=BIMI1; l=', `v=BIMI1; l=${LOGO}`];
    const r = bimiResultOf(lookup({ status: 'multiple', records }));
    expect(r.status).toBe('warn');
    expect(r.records).toEqual(records);
    expect(r.findings.map((f) => [f.messageId, f.severity, f.data, f.evidence])).toEqual([
      ['bimi.multiple', 'warning', { ...base, count: 2 }, [...ev(records[0]), ...ev(records[1])]],
    ]);
  });

  it('declined: information only, whatever the DMARC policy', () => {
    const r = bimiResultOf(found('v=BIMI1; l=; a='));
    expect(r.findings.map((f) => [f.messageId, f.severity, f.data, f.evidence])).toEqual([
      ['bimi.declined', 'info', base, ev('v=BIMI1; l=; a=')],
    ]);
  });

  it('an invalid record says why (clipped) and DMARC still has to enforce', () => {
    const record = 'v=BIMI1; l=http://example.test/logo.svg; a=http://example.test/vmc.pem';
    const r = bimiResultOf(found(record, 'quarantine'));
    expect(r.status).toBe('warn');
    expect(r.findings.map((f) => [f.messageId, f.data, f.evidence])).toEqual([
      [
        'bimi.invalid',
        {
          ...base,
          reason:
            'l= "http://example.test/logo.svg" is not an https URL; a= "http://example.test/vmc.pem" is not an https URL',
        },
        ev(record),
      ],
    ]);
    const many = `v=BIMI1; l=${Array.from({ length: 12 }, (_, i) => `http://example.test/${i}.svg`).join(',')}`;
    const reason = bimiResultOf(found(many, 'reject')).findings[0]?.data?.reason as string;
    expect(reason.length).toBeLessThanOrEqual(300);
    expect(reason.startsWith('l= "http://example.test/0.svg" is not an https URL; ')).toBe(true);
  });

  it('a valid record needs DMARC at quarantine or reject; the fix names the policy', () => {
    const record = `v=BIMI1; l=${LOGO}`;
    expect(bimiResultOf(found(record, 'reject')).findings).toEqual([]);
    expect(bimiResultOf(found(record, 'quarantine')).findings).toEqual([]);
    expect(bimiResultOf(found(record, 'reject')).status).toBe('pass');
    for (const [policy, named] of [
      ['none', 'none'],
      [undefined, 'none'],
    ] as const) {
      const f = bimiResultOf(found(record, policy)).findings;
      expect(f).toEqual([
        {
          ruleId: 'bimi',
          severity: 'warning',
          weight: expect.any(Number),
          messageId: 'bimi.dmarcTooWeak',
          data: { ...base, policy: named },
          evidence: ev(record),
          fix: { messageId: 'bimi.strengthenDmarc', data: { ...base, policy: named } },
        },
      ]);
    }
  });

  it('checkBimi looks up and judges', async () => {
    const resolver = createZoneResolver({ [NAME]: [{ TXT: `v=BIMI1; l=${LOGO}` }] });
    const r = await checkBimi('example.test', { resolver, dmarcPolicy: Promise.resolve('reject' as const) });
    expect(r.status).toBe('pass');
    expect(r.detail.dmarcPolicy).toBe('reject');
  });
});

describe('BIMI: the last survivors of the first run', () => {
  it('absent tags are absent from the result, not undefined', () => {
    const r = parseBimi('v=BIMI1');
    expect(r).not.toHaveProperty('logo');
    expect(r).not.toHaveProperty('authority');
    expect(parseBimi('v=BIMI1; a=').authority).toBe('');
  });

  it('the SVG advice is only for an https logo URL', () => {
    expect(parseBimi('v=BIMI1; l=xhttps://example.test/logo.png').errors).toEqual([
      'l= "xhttps://example.test/logo.png" is not an https URL',
    ]);
  });

  it('a found lookup without its parsed record is still judged on DMARC', () => {
    const r = bimiResultOf({
      domain: 'example.test',
      name: NAME,
      status: 'found',
      records: [`v=BIMI1; l=${LOGO}`],
    });
    expect(r.findings.map((f) => f.messageId)).toEqual(['bimi.dmarcTooWeak']);
  });
});
