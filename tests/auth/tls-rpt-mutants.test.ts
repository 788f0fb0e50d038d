/**
 * TLS-RPT cases that pin what the mutation run (issue 13, docs/mutation.md) found no test for: record
 * recognition, every parse error text, the lookup's statuses, the finding and the suggested record.
 */
import { describe, expect, it } from 'vitest';
import {
  checkTlsRpt,
  isTlsRptRecord,
  lookupTlsRpt,
  parseTlsRpt,
  tlsRptResultOf,
} from '../../utils/auth/tls-rpt';
import type { TlsRptLookup } from '../../utils/auth/tls-rpt';
import { createZoneResolver } from '../helpers/dns-zone';

const NAME = '_smtp._tls.example.test';
const GOOD = 'v=TLSRPTv1; rua=mailto:tls@example.test';

describe('isTlsRptRecord', () => {
  it.each([
    ['v=TLSRPTv1', true],
    ['v=TLSRPTv1;', true],
    ['  v = TLSRPTv1 ; rua=', true],
    ['v=TLSRPTv1  ', true],
    ['v=tlsrptv1', false],
    ['v=TLSRPTv1 rua=x', false],
    ['v=TLSRPTv10', false],
    ['xv=TLSRPTv1', false],
    ['rua=x; v=TLSRPTv1', false],
  ])('%j → %s', (txt, expected) => expect(isTlsRptRecord(txt)).toBe(expected));
});

describe('parseTlsRpt', () => {
  it('reads the rua= list', () => {
    expect(parseTlsRpt('v=TLSRPTv1; rua=mailto:a@b.test , https://r.test/x')).toEqual({
      valid: true,
      rua: ['mailto:a@b.test', 'https://r.test/x'],
      errors: [],
    });
    expect(parseTlsRpt('v=TLSRPTv1; rua=MAILTO:a@b.test,HTTPS://r.test').valid).toBe(true);
  });

  it('names what is missing or wrong', () => {
    expect(parseTlsRpt('v=TLSRPTv1')).toEqual({ valid: false, rua: [], errors: ['rua= is missing'] });
    expect(parseTlsRpt('v=TLSRPTv1; rua=')).toEqual({ valid: false, rua: [], errors: ['rua= is empty'] });
    expect(parseTlsRpt('v=TLSRPTv1; rua= , ').errors).toEqual(['rua= is empty']);
    expect(parseTlsRpt('rua=mailto:a@b.test; v=TLSRPTv1').errors).toEqual(['v=TLSRPTv1 must come first']);
    expect(parseTlsRpt(`${GOOD}; junk`).errors).toEqual(['"junk": tag-syntax']);
    expect(parseTlsRpt(`${GOOD}; ${'j'.repeat(50)}`).errors).toEqual([`"${'j'.repeat(40)}": tag-syntax`]);
  });

  it.each([
    'ftp://r.test',
    'mailto:a.test',
    'mailto:@b.test',
    'mailto:a@',
    'mailto:a@b@c.test',
    'mailto:a b@c.test',
    'mailto:a@b c.test',
    'xmailto:a@b.test',
    'https://',
    'https://r.test/a b',
    'xhttps://r.test',
    'http://r.test',
  ])('%s is not a report URI', (uri) => {
    expect(parseTlsRpt(`v=TLSRPTv1; rua=${uri}`).errors).toEqual([`"${uri}" is not a mailto: or https: URI`]);
  });

  it('cuts a long URI to 60 characters in its error', () => {
    const uri = `ftp://${'a'.repeat(80)}`;
    expect(parseTlsRpt(`v=TLSRPTv1; rua=${uri}`).errors).toEqual([
      `"${uri.slice(0, 60)}" is not a mailto: or https: URI`,
    ]);
  });
});

describe('lookupTlsRpt', () => {
  it('found, none, multiple, error', async () => {
    const resolver = createZoneResolver({
      [NAME]: [{ TXT: 'other' }, { TXT: GOOD }],
      '_smtp._tls.two.test': [{ TXT: GOOD }, { TXT: 'v=TLSRPTv1; rua=https://r.test' }],
      '_smtp._tls.other.test': [{ TXT: 'v=spf1 -all' }],
      '_smtp._tls.fail.test': ['SERVFAIL'],
    });
    expect(await lookupTlsRpt('Example.Test.', { resolver })).toEqual({
      domain: 'example.test',
      name: NAME,
      status: 'found',
      records: [GOOD],
      parsed: parseTlsRpt(GOOD),
    });
    expect(await lookupTlsRpt('two.test', { resolver })).toEqual({
      domain: 'two.test',
      name: '_smtp._tls.two.test',
      status: 'multiple',
      records: [GOOD, 'v=TLSRPTv1; rua=https://r.test'],
    });
    expect(await lookupTlsRpt('other.test', { resolver })).toEqual({
      domain: 'other.test',
      name: '_smtp._tls.other.test',
      status: 'none',
      records: [],
    });
    expect(await lookupTlsRpt('fail.test', { resolver })).toEqual({
      domain: 'fail.test',
      name: '_smtp._tls.fail.test',
      status: 'error',
      records: [],
      dnsError: 'the resolver answered SERVFAIL',
    });
  });
});

describe('the tls-rpt finding and result', () => {
  const base = { domain: 'example.test', name: NAME };
  const lookup = (over: Partial<TlsRptLookup>): TlsRptLookup => ({
    ...base,
    status: 'none',
    records: [],
    ...over,
  });
  const ev = (record?: string) => ({
    field: 'dns',
    name: NAME,
    ...(record !== undefined ? { record } : {}),
    start: 0,
    end: record?.length ?? 0,
  });

  it('none: a notice with the record to publish', () => {
    const r = tlsRptResultOf(lookup({}));
    expect(r.status).toBe('warn');
    expect(r.findings).toEqual([
      {
        ruleId: 'tls-rpt',
        severity: 'notice',
        weight: expect.any(Number),
        messageId: 'tls-rpt.missing',
        data: base,
        evidence: [ev()],
        fix: { messageId: 'tls-rpt.publish', data: base },
      },
    ]);
    expect(r.suggested).toEqual([
      {
        name: NAME,
        type: 'TXT',
        value: 'v=TLSRPTv1; rua=mailto:tls-reports@example.test',
        messageId: 'suggest.tlsRpt',
      },
    ]);
    expect(r.records).toEqual([]);
  });

  it('multiple, error, invalid and valid records; only none suggests a record', () => {
    const two = [GOOD, 'v=TLSRPTv1; rua=https://r.test'];
    const multi = tlsRptResultOf(lookup({ status: 'multiple', records: two }));
    expect(multi.findings.map((f) => [f.messageId, f.severity, f.data, f.evidence])).toEqual([
      ['tls-rpt.multiple', 'warning', { ...base, count: 2 }, [ev(two[0]), ev(two[1])]],
    ]);
    expect(multi.suggested).toBeUndefined();
    expect(multi.records).toEqual(two);

    const err = tlsRptResultOf(lookup({ status: 'error', dnsError: 'timed out (x)' }));
    expect(err.status).toBe('unknown');
    expect(err.findings.map((f) => [f.messageId, f.data, f.evidence])).toEqual([
      ['tls-rpt.dnsError', { ...base, reason: 'timed out (x)' }, [ev()]],
    ]);
    expect(err.suggested).toBeUndefined();
    expect(tlsRptResultOf(lookup({ status: 'error' })).findings[0]?.data).toEqual({ ...base, reason: '' });

    const bad = 'v=TLSRPTv1; rua=ftp://a,ftp://b';
    const inv = tlsRptResultOf(lookup({ status: 'found', records: [bad], parsed: parseTlsRpt(bad) }));
    expect(inv.findings.map((f) => [f.messageId, f.severity, f.data, f.evidence])).toEqual([
      [
        'tls-rpt.invalid',
        'warning',
        {
          ...base,
          reason: '"ftp://a" is not a mailto: or https: URI; "ftp://b" is not a mailto: or https: URI',
        },
        [ev(bad)],
      ],
    ]);
    const many = `v=TLSRPTv1; rua=${Array.from({ length: 20 }, (_, i) => `ftp://r${i}.test`).join(',')}`;
    const reason = tlsRptResultOf(lookup({ status: 'found', records: [many], parsed: parseTlsRpt(many) }))
      .findings[0]?.data?.reason as string;
    expect(reason.length).toBeLessThanOrEqual(300);
    expect(reason.length).toBeGreaterThan(250);

    const ok = tlsRptResultOf(lookup({ status: 'found', records: [GOOD], parsed: parseTlsRpt(GOOD) }));
    expect(ok.findings).toEqual([]);
    expect(ok.status).toBe('pass');
    expect(ok.detail.status).toBe('found');
  });

  it('checkTlsRpt looks up and judges: a timeout is unknown', async () => {
    const r = await checkTlsRpt('fail.test', {
      resolver: createZoneResolver({ '_smtp._tls.fail.test': ['TIMEOUT'] }),
    });
    expect(r.detail.status).toBe('error');
    expect(r.findings.map((f) => f.messageId)).toEqual(['tls-rpt.dnsError']);
    expect(r.status).toBe('unknown');
  });
});
