/**
 * DMARC cases that pin what the mutation run (issue 13, docs/mutation.md) found no test for: the exact
 * record recognition, URI grammar and positions, error texts and ranges, the tree walk's boundaries,
 * the report authorization lookups, the suggestions and the findings' evidence and data.
 */
import { describe, expect, it } from 'vitest';
import {
  checkDmarc,
  discoverDmarc,
  dmarcResultOf,
  isDmarcRecord,
  nonExistentPolicy,
  orgDomainOf,
  parseDmarc,
  subdomainPolicy,
  suggestDmarc,
  treeWalkNames,
} from '../../utils/auth/dmarc';
import type { DmarcDiscovery } from '../../utils/auth/dmarc';
import { DMARC_CHECKS } from '../../utils/auth/dmarc/checks';
import { checkContext } from '../../utils/auth/check';
import { createZoneResolver } from '../helpers/dns-zone';

describe('isDmarcRecord', () => {
  it.each([
    ['v=DMARC1', true],
    ['v=DMARC1;p=none', true],
    ['  v  =  dmarc1  ;p=none', true],
    ['v=DMARC1  ', true],
    ['v=DMARC1 p=none', false],
    ['v=DMARC10; p=none', false],
    ['xv=DMARC1; p=none', false],
    ['p=none; v=DMARC1', false],
    ['v=DMARC; p=none', false],
    ['v:DMARC1; p=none', false],
    ['', false],
  ])('%j → %s', (record, expected) => {
    expect(isDmarcRecord(record)).toBe(expected);
  });
});

describe('parseDmarc: values and errors', () => {
  it('reads policies, alignment, testing and psd case-insensitively', () => {
    const d = parseDmarc('v=DMARC1; p=REJECT; sp=Quarantine; np=None; adkim=S; aspf=R; t=Y; psd=U');
    expect(d).toMatchObject({
      p: 'reject',
      sp: 'quarantine',
      np: 'none',
      adkim: 's',
      aspf: 'r',
      testing: true,
      psd: 'u',
    });
    expect(d.errors).toEqual([]);
  });

  it('leaves out what the record does not say (no undefined keys)', () => {
    const d = parseDmarc('v=DMARC1; rua=mailto:a@b.test');
    for (const key of ['p', 'sp', 'np', 'adkim', 'aspf', 'psd', 'fo'])
      expect(Object.keys(d)).not.toContain(key);
    expect(d.testing).toBe(false);
    const bad = parseDmarc('v=DMARC1; p=none; sp=maybe; np=never');
    expect(Object.keys(bad)).not.toContain('sp');
    expect(Object.keys(bad)).not.toContain('np');
    expect(bad.errors.map((e) => e.code)).toEqual(['bad-policy', 'bad-policy']);
  });

  it('t=n and t=N are fine, psd=y and psd=n are read', () => {
    expect(parseDmarc('v=DMARC1; p=none; t=n')).toMatchObject({ testing: false, errors: [] });
    expect(parseDmarc('v=DMARC1; p=none; t=N')).toMatchObject({ testing: false, errors: [] });
    expect(parseDmarc('v=DMARC1; p=none; psd=Y').psd).toBe('y');
    expect(parseDmarc('v=DMARC1; p=none; psd=n').psd).toBe('n');
  });

  it('fo= takes 0, 1, d and s in any case; an empty or unknown option is an error and leaves fo out', () => {
    expect(parseDmarc('v=DMARC1; p=none; fo=0:1:D:s').fo).toEqual(['0', '1', 'd', 's']);
    for (const fo of ['fo=', 'fo=:', 'fo=1:x', 'fo=01']) {
      const d = parseDmarc(`v=DMARC1; p=none; ${fo}`);
      expect(d.errors.map((e) => e.code)).toEqual(['bad-fo']);
      expect(Object.keys(d)).not.toContain('fo');
    }
  });

  it('names the tag at fault with its spelling and range', () => {
    const record = 'v=DMARC1; p=none; ADKIM=x; t=maybe';
    const d = parseDmarc(record);
    expect(d.errors).toEqual([
      { code: 'bad-alignment', text: 'ADKIM=x', start: 18, end: 25 },
      { code: 'bad-testing', text: 't=maybe', start: 27, end: 34 },
    ]);
    expect(record.slice(18, 25)).toBe('ADKIM=x');
    expect(parseDmarc('v=DMARC1; p=sometimes').errors).toEqual([
      { code: 'bad-policy', text: 'p=sometimes', start: 10, end: 21 },
    ]);
    expect(parseDmarc('v=DMARC1; p=none; psd=yes').errors).toEqual([
      { code: 'bad-psd', text: 'psd=yes', start: 18, end: 25 },
    ]);
    expect(parseDmarc('v=DMARC1; p=none; fo=2').errors).toEqual([
      { code: 'bad-fo', text: 'fo=2', start: 18, end: 22 },
    ]);
  });

  it('a missing p= is reported over the whole record, quoting its first 40 characters', () => {
    const record = 'v=DMARC1; rua=mailto:someone-with-a-long-name@example.test';
    expect(parseDmarc(record).errors).toEqual([
      { code: 'missing-policy', text: record.slice(0, 40), start: 0, end: record.length },
    ]);
  });

  it('a record without v=DMARC1 first quotes its first 20 characters and reads nothing else', () => {
    const long = 'p=reject; v=DMARC1; rua=mailto:a@b.test';
    const d = parseDmarc(long);
    expect(d.errors).toEqual([{ code: 'no-version', text: 'p=reject; v=DMARC1; ', start: 0, end: 20 }]);
    expect(d).toMatchObject({ isDmarc: false, rua: [], ruf: [], removed: [], testing: false });
    expect(Object.keys(d)).not.toContain('p');
    expect(parseDmarc('p=none').errors).toEqual([{ code: 'no-version', text: 'p=none', start: 0, end: 6 }]);
  });

  it('lists removed tags in the order pct, rf, ri', () => {
    const d = parseDmarc('v=DMARC1; p=none; ri=86400; rf=afrf; pct=10');
    expect(d.removed.map((t) => t.name)).toEqual(['pct', 'rf', 'ri']);
    expect(parseDmarc('v=DMARC1; p=none; rf=afrf').removed.map((t) => t.name)).toEqual(['rf']);
  });

  it('sp falls back to p; np falls back to sp, then p', () => {
    expect(subdomainPolicy(parseDmarc('v=DMARC1; p=reject'))).toBe('reject');
    expect(subdomainPolicy(parseDmarc('v=DMARC1; p=reject; sp=none'))).toBe('none');
    expect(nonExistentPolicy(parseDmarc('v=DMARC1; p=reject'))).toBe('reject');
    expect(nonExistentPolicy(parseDmarc('v=DMARC1; p=reject; sp=quarantine'))).toBe('quarantine');
    expect(nonExistentPolicy(parseDmarc('v=DMARC1; p=reject; sp=quarantine; np=none'))).toBe('none');
    expect(subdomainPolicy(parseDmarc('v=DMARC1'))).toBeUndefined();
  });
});

describe('parseDmarc: report URIs', () => {
  it('reads mailto: URIs with any size suffix, lower-cases the domain and drops its final dot', () => {
    const record =
      'v=DMARC1; p=none; rua=MAILTO:Ops@Example.TEST.!10m, mailto:b@x.test!5 ,mailto:c@y.test!1k';
    const d = parseDmarc(record);
    const start = record.indexOf('rua=');
    expect(d.rua).toEqual([
      {
        uri: 'MAILTO:Ops@Example.TEST.!10m',
        address: 'Ops@Example.TEST.',
        domain: 'example.test',
        start: start + 3,
        end: record.length,
      },
      {
        uri: 'mailto:b@x.test!5',
        address: 'b@x.test',
        domain: 'x.test',
        start: start + 3,
        end: record.length,
      },
      {
        uri: 'mailto:c@y.test!1k',
        address: 'c@y.test',
        domain: 'y.test',
        start: start + 3,
        end: record.length,
      },
    ]);
    expect(d.errors).toEqual([]);
    for (const unit of ['g', 't', 'M'])
      expect(parseDmarc(`v=DMARC1; p=none; rua=mailto:a@b.test!2${unit}`).errors).toEqual([]);
  });

  it.each([
    'https://reports.example.test/',
    'mailto:@x.test',
    'mailto:a@',
    'mailto:a@b.test!',
    'mailto:a@b.test!10x',
    'mailto:a@b.test!m',
    'mailto:a@b@c.test',
    'mailto:a b@c.test',
    'mailto:a@b c.test',
    'mailto:a!b@c.test',
    'xmailto:a@b.test',
    'mailto:a@b.test!10mm',
  ])('%s is a bad URI over the tag', (uri) => {
    const record = `v=DMARC1; p=none; ruf=${uri}`;
    const d = parseDmarc(record);
    expect(d.ruf).toEqual([]);
    expect(d.errors).toEqual([{ code: 'bad-uri', text: uri, start: 18, end: record.length }]);
  });

  it('keeps the good URIs of a list with a bad one', () => {
    const d = parseDmarc('v=DMARC1; p=none; rua=mailto:a@b.test, ftp://x, mailto:c@d.test');
    expect(d.rua.map((u) => u.address)).toEqual(['a@b.test', 'c@d.test']);
    expect(d.errors.map((e) => [e.code, e.text])).toEqual([['bad-uri', 'ftp://x']]);
  });
});

describe('DMARC discovery boundaries', () => {
  it('orgDomainOf falls back to the name itself where the PSL has no registrable domain', () => {
    expect(orgDomainOf('a.b.example.co.uk')).toBe('example.co.uk');
    expect(orgDomainOf('com')).toBe('com');
  });

  it('the tree walk of exactly 7 labels asks each name once; of 8 it jumps to the last 7', () => {
    expect(treeWalkNames('a.b.c.d.e.example.com')).toEqual([
      'a.b.c.d.e.example.com',
      'b.c.d.e.example.com',
      'c.d.e.example.com',
      'd.e.example.com',
      'e.example.com',
      'example.com',
      'com',
    ]);
    expect(treeWalkNames('x.a.b.c.d.e.example.com')).toEqual([
      'x.a.b.c.d.e.example.com',
      'a.b.c.d.e.example.com',
      'b.c.d.e.example.com',
      'c.d.e.example.com',
      'd.e.example.com',
      'e.example.com',
      'example.com',
      'com',
    ]);
    expect(treeWalkNames('Com.')).toEqual(['com']);
  });

  it('skips non-DMARC TXT records and stops at the first name with one', async () => {
    const resolver = createZoneResolver({
      '_dmarc.a.example.test': [{ TXT: 'google-site-verification=x' }],
      '_dmarc.example.test': [{ TXT: 'v=DMARC1; p=reject' }],
      '_dmarc.test': [{ TXT: 'v=DMARC1; p=none' }],
    });
    const d = await discoverDmarc('A.Example.Test.', { resolver });
    expect(d).toMatchObject({
      domain: 'a.example.test',
      status: 'found',
      policyDomain: 'example.test',
      recordName: '_dmarc.example.test',
      record: 'v=DMARC1; p=reject',
      walked: ['_dmarc.a.example.test', '_dmarc.example.test'],
      destinations: [],
    });
    expect(Object.keys(d)).not.toContain('apexRecord');
    expect(Object.keys(d)).not.toContain('records');
  });

  it('a failure further up the walk stops it and names the query that failed', async () => {
    const resolver = createZoneResolver({ '_dmarc.example.test': ['TIMEOUT'] });
    const d = await discoverDmarc('a.example.test', { resolver });
    expect(d.status).toBe('error');
    expect(d.recordName).toBe('_dmarc.example.test');
    expect(d.walked).toEqual(['_dmarc.a.example.test', '_dmarc.example.test']);
    expect(d.dnsError).toMatch(/time/i);
    expect(Object.keys(d)).not.toContain('parsed');
  });

  it('two records name where they were found; an apex TXT that is not DMARC is not an apex record', async () => {
    const resolver = createZoneResolver({
      'example.test': [{ TXT: 'v=spf1 -all' }],
      '_dmarc.example.test': [{ TXT: 'v=DMARC1; p=none' }, { TXT: 'v=DMARC1; p=reject' }],
    });
    const d = await discoverDmarc('sub.example.test', { resolver });
    expect(d).toMatchObject({
      status: 'multiple',
      policyDomain: 'example.test',
      recordName: '_dmarc.example.test',
      records: ['v=DMARC1; p=none', 'v=DMARC1; p=reject'],
      destinations: [],
    });
    const apexOnly = await discoverDmarc('example.test', {
      resolver: createZoneResolver({ 'example.test': [{ TXT: 'v=spf1 -all' }, { TXT: 'v=DMARC1; p=none' }] }),
    });
    expect(apexOnly.apexRecord).toBe('v=DMARC1; p=none');
    expect(apexOnly.status).toBe('none');
  });

  it('checks rua and ruf destinations outside the organisation, skipping a mailbox without a domain', async () => {
    const resolver = createZoneResolver({
      '_dmarc.shop.example.test': [
        {
          TXT: 'v=DMARC1; p=reject; rua=mailto:r@ok.test,mailto:r@no.test,mailto:x@.; ruf=mailto:f@fail.test,mailto:f@mail.example.test',
        },
      ],
      'shop.example.test._report._dmarc.ok.test': [{ TXT: 'v=DMARC1' }],
      'shop.example.test._report._dmarc.no.test': [{ TXT: 'something else' }],
      'shop.example.test._report._dmarc.fail.test': ['SERVFAIL'],
    });
    const d = await discoverDmarc('shop.example.test', { resolver });
    expect(d.destinations).toEqual([
      {
        kind: 'rua',
        uri: 'mailto:r@ok.test',
        domain: 'ok.test',
        status: 'authorized',
        name: 'shop.example.test._report._dmarc.ok.test',
      },
      {
        kind: 'rua',
        uri: 'mailto:r@no.test',
        domain: 'no.test',
        status: 'unauthorized',
        name: 'shop.example.test._report._dmarc.no.test',
      },
      {
        kind: 'ruf',
        uri: 'mailto:f@fail.test',
        domain: 'fail.test',
        status: 'unknown',
        name: 'shop.example.test._report._dmarc.fail.test',
        reason: expect.stringMatching(/SERVFAIL/),
      },
      { kind: 'ruf', uri: 'mailto:f@mail.example.test', domain: 'mail.example.test', status: 'same-org' },
    ]);
  });
});

const found = (record: string, extra: Partial<DmarcDiscovery> = {}): DmarcDiscovery => ({
  domain: 'example.test',
  orgDomain: 'example.test',
  status: 'found',
  policyDomain: 'example.test',
  recordName: '_dmarc.example.test',
  record,
  parsed: parseDmarc(record),
  destinations: [],
  walked: ['_dmarc.example.test'],
  ...extra,
});

describe('suggestDmarc and dmarcResultOf', () => {
  it('suggests a starting record when there is none or two, at _dmarc of the domain', () => {
    const none: DmarcDiscovery = {
      domain: 'a.example.test',
      orgDomain: 'example.test',
      status: 'none',
      destinations: [],
      walked: [],
    };
    const start = [
      {
        name: '_dmarc.a.example.test',
        type: 'TXT',
        value: 'v=DMARC1; p=none; rua=mailto:dmarc-reports@example.test',
        messageId: 'suggest.dmarcStart',
      },
    ];
    expect(suggestDmarc(none)).toEqual(start);
    expect(suggestDmarc({ ...none, status: 'multiple', records: ['v=DMARC1', 'v=DMARC1'] })).toEqual(start);
    expect(suggestDmarc({ ...none, status: 'error' })).toEqual([]);
  });

  it('suggests enforcement keeping the existing rua, at the name the record was found', () => {
    const d = found('v=DMARC1; p=none; rua=mailto:a@example.test,mailto:b@vendor.test', {
      domain: 'sub.example.test',
      recordName: '_dmarc.example.test',
    });
    expect(suggestDmarc(d)).toEqual([
      {
        name: '_dmarc.example.test',
        type: 'TXT',
        value: 'v=DMARC1; p=quarantine; rua=mailto:a@example.test,mailto:b@vendor.test',
        messageId: 'suggest.dmarcEnforce',
      },
    ]);
    const noP = found('v=DMARC1; rua=mailto:a@example.test');
    expect(suggestDmarc(noP)[0]?.value).toBe('v=DMARC1; p=quarantine; rua=mailto:a@example.test');
    const { recordName: _r, ...noName } = found('v=DMARC1; p=none');
    expect(suggestDmarc(noName)[0]).toMatchObject({
      name: '_dmarc.example.test',
      value: 'v=DMARC1; p=quarantine; rua=mailto:dmarc-reports@example.test',
    });
  });

  it('adds rua= to p=quarantine without reports, and never suggests weakening p=reject (regression)', () => {
    expect(suggestDmarc(found('v=DMARC1; p=quarantine'))[0]?.value).toBe(
      'v=DMARC1; p=quarantine; rua=mailto:dmarc-reports@example.test',
    );
    // Before the fix, p=reject without rua= got "v=DMARC1; p=quarantine; rua=…" as the next step.
    expect(suggestDmarc(found('v=DMARC1; p=reject'))).toEqual([]);
  });

  it('suggests nothing for an enforcing record with reports', () => {
    expect(suggestDmarc(found('v=DMARC1; p=reject; rua=mailto:a@example.test'))).toEqual([]);
    expect(suggestDmarc(found('v=DMARC1; p=quarantine; rua=mailto:a@example.test'))).toEqual([]);
    expect(suggestDmarc({ ...found('v=DMARC1; p=none'), status: 'error' })).toEqual([]);
  });

  it('the result lists the record(s) and has no suggested key when there is nothing to suggest', () => {
    const r = dmarcResultOf(found('v=DMARC1; p=reject; rua=mailto:a@example.test'));
    expect(r.records).toEqual(['v=DMARC1; p=reject; rua=mailto:a@example.test']);
    expect(r.status).toBe('pass');
    expect(Object.keys(r)).not.toContain('suggested');
    const two = dmarcResultOf({
      domain: 'example.test',
      orgDomain: 'example.test',
      status: 'multiple',
      records: ['v=DMARC1; p=none', 'v=DMARC1; p=reject'],
      destinations: [],
      walked: [],
    });
    expect(two.records).toEqual(['v=DMARC1; p=none', 'v=DMARC1; p=reject']);
    const err = dmarcResultOf({
      domain: 'example.test',
      orgDomain: 'example.test',
      status: 'error',
      destinations: [],
      walked: [],
    });
    expect(err.records).toEqual([]);
    expect(err.status).toBe('unknown');
  });
});

describe('DMARC findings: evidence, data and fixes', () => {
  const findings = (d: DmarcDiscovery) => dmarcResultOf(d).findings;
  const byId = (d: DmarcDiscovery, id: string) => findings(d).find((f) => f.messageId === id);

  it('monitorOnly points at p= and rewrites it to quarantine', () => {
    const record = 'v=DMARC1; P = None; rua=mailto:a@example.test';
    const f = byId(found(record, { domain: 'sub.example.test' }), 'dmarc-policy.monitorOnly');
    expect(f).toMatchObject({
      severity: 'warning',
      data: { domain: 'example.test' },
      evidence: [{ field: 'dns', name: '_dmarc.example.test', record, start: 10, end: 18 }],
      fix: {
        messageId: 'dmarc-policy.enforce',
        data: { name: '_dmarc.example.test', record: 'v=DMARC1; p=quarantine; rua=mailto:a@example.test' },
      },
    });
  });

  it('monitorOnly without a usable p= points at the whole record and offers a fresh record', () => {
    const record = 'v=DMARC1; p=bogus; rua=mailto:a@example.test';
    const f = byId(found(record), 'dmarc-policy.monitorOnly');
    expect(f?.evidence).toEqual([{ field: 'dns', name: '_dmarc.example.test', record, start: 10, end: 17 }]);
    expect(f?.fix?.data).toEqual({ name: '_dmarc.example.test', record: 'v=DMARC1; p=quarantine' });
    const noP = 'v=DMARC1; rua=mailto:a@example.test';
    expect(byId(found(noP), 'dmarc-policy.monitorOnly')?.evidence).toEqual([
      { field: 'dns', name: '_dmarc.example.test', record: noP, start: 0, end: noP.length },
    ]);
    const {
      recordName: _r,
      policyDomain: _p,
      ...bare
    } = found('v=DMARC1; p=none; rua=mailto:a@example.test');
    expect(byId(bare, 'dmarc-policy.monitorOnly')).toMatchObject({
      data: { domain: 'example.test' },
      evidence: [{ name: '_dmarc.example.test' }],
    });
  });

  it('testing, weak subdomain and weak non-existent policies point at their tags', () => {
    const record = 'v=DMARC1; p=reject; sp=none; np=none; t=y; rua=mailto:a@example.test';
    const d = found(record);
    expect(findings(d).map((f) => [f.messageId, f.evidence[0]?.start, f.evidence[0]?.end, f.data])).toEqual(
      expect.arrayContaining([
        ['dmarc-policy.testing', 38, 41, { domain: 'example.test' }],
        ['dmarc-policy.weakSubdomain', 20, 27, { domain: 'example.test', policy: 'reject' }],
        ['dmarc-policy.weakNonExistent', 29, 36, { domain: 'example.test', policy: 'reject' }],
      ]),
    );
    expect(byId(d, 'dmarc-policy.testing')?.fix).toEqual({
      messageId: 'dmarc-policy.dropTesting',
      data: { domain: 'example.test' },
    });
    const q = found('v=DMARC1; p=quarantine; np=none; rua=mailto:a@example.test');
    expect(byId(q, 'dmarc-policy.weakNonExistent')?.data).toEqual({
      domain: 'example.test',
      policy: 'quarantine',
    });
    expect(byId(q, 'dmarc-policy.weakSubdomain')).toBeUndefined();
    const monitor = found('v=DMARC1; p=none; sp=none; np=none; rua=mailto:a@example.test');
    expect(findings(monitor).map((f) => f.messageId)).toEqual(['dmarc-policy.monitorOnly']);
    const strongSub = found('v=DMARC1; p=reject; sp=quarantine; np=reject; rua=mailto:a@example.test');
    expect(findings(strongSub)).toEqual([]);
  });

  it('no checks of the record run without a record', () => {
    const d = found('v=DMARC1; p=none; t=y; pct=5');
    const { record: _r, ...noRecord } = d;
    expect(findings({ ...noRecord, status: 'found' }).map((f) => f.messageId)).toEqual([]);
    const { parsed: _p, ...noParsed } = d;
    expect(findings(noParsed).map((f) => f.messageId)).toEqual([]);
  });

  it('missing: publishes a starting record; atApex points at the apex record', () => {
    const d: DmarcDiscovery = {
      domain: 'shop.example.test',
      orgDomain: 'example.test',
      status: 'none',
      apexRecord: 'v=DMARC1; p=reject',
      destinations: [],
      walked: [],
    };
    expect(findings(d)).toEqual([
      expect.objectContaining({
        messageId: 'dmarc-record.missing',
        data: { domain: 'shop.example.test' },
        evidence: [{ field: 'dns', name: '_dmarc.shop.example.test', start: 0, end: 0 }],
        fix: {
          messageId: 'dmarc-record.publish',
          data: {
            name: '_dmarc.shop.example.test',
            record: 'v=DMARC1; p=none; rua=mailto:dmarc-reports@example.test',
          },
        },
      }),
      expect.objectContaining({
        messageId: 'dmarc-record.atApex',
        data: { domain: 'shop.example.test', name: '_dmarc.shop.example.test' },
        evidence: [
          { field: 'dns', name: 'shop.example.test', record: 'v=DMARC1; p=reject', start: 0, end: 18 },
        ],
        fix: { messageId: 'dmarc-record.move', data: { name: '_dmarc.shop.example.test' } },
      }),
    ]);
  });

  it('multiple: one evidence per record, the count and the merge advice', () => {
    const d: DmarcDiscovery = {
      domain: 'sub.example.test',
      orgDomain: 'example.test',
      status: 'multiple',
      policyDomain: 'example.test',
      recordName: '_dmarc.example.test',
      records: ['v=DMARC1; p=none', 'v=DMARC1; p=reject'],
      destinations: [],
      walked: [],
    };
    expect(findings(d)).toEqual([
      expect.objectContaining({
        messageId: 'dmarc-record.multiple',
        severity: 'danger',
        data: { domain: 'example.test', count: 2 },
        evidence: [
          { field: 'dns', name: '_dmarc.example.test', record: 'v=DMARC1; p=none', start: 0, end: 16 },
          { field: 'dns', name: '_dmarc.example.test', record: 'v=DMARC1; p=reject', start: 0, end: 18 },
        ],
        fix: { messageId: 'dmarc-record.merge', data: { domain: 'example.test', count: 2 } },
      }),
    ]);
    const bare: DmarcDiscovery = {
      domain: 'x.test',
      orgDomain: 'x.test',
      status: 'multiple',
      destinations: [],
      walked: [],
    };
    expect(findings(bare)[0]).toMatchObject({ data: { domain: 'x.test', count: 0 }, evidence: [] });
  });

  it('dnsError names the query that failed and why; inherited names both domains', () => {
    const err: DmarcDiscovery = {
      domain: 'a.example.test',
      orgDomain: 'example.test',
      status: 'error',
      recordName: '_dmarc.example.test',
      dnsError: 'timed out',
      destinations: [],
      walked: [],
    };
    expect(findings(err)).toEqual([
      expect.objectContaining({
        messageId: 'dmarc-record.dnsError',
        data: { domain: 'a.example.test', reason: 'timed out' },
        evidence: [{ field: 'dns', name: '_dmarc.example.test', start: 0, end: 0 }],
      }),
    ]);
    const { recordName: _n, dnsError: _e, ...bare } = err;
    expect(findings(bare)[0]).toMatchObject({
      data: { domain: 'a.example.test', reason: '' },
      evidence: [{ name: '_dmarc.a.example.test' }],
    });
    const inherited = found('v=DMARC1; p=reject; rua=mailto:a@example.test', { domain: 'a.example.test' });
    expect(findings(inherited)).toEqual([
      expect.objectContaining({
        messageId: 'dmarc-record.inherited',
        severity: 'info',
        data: { domain: 'a.example.test', policyDomain: 'example.test' },
        evidence: [
          {
            field: 'dns',
            name: '_dmarc.example.test',
            record: 'v=DMARC1; p=reject; rua=mailto:a@example.test',
            start: 0,
            end: 45,
          },
        ],
      }),
    ]);
  });

  it('noRua appends rua= to the record (dropping a trailing ;) and points at the record', () => {
    const record = 'v=DMARC1; p=reject;  ';
    const f = byId(found(record, { orgDomain: 'org.test' }), 'dmarc-reports.noRua');
    expect(f).toMatchObject({
      data: { domain: 'example.test' },
      evidence: [{ field: 'dns', name: '_dmarc.example.test', record, start: 0, end: record.length }],
      fix: {
        messageId: 'dmarc-reports.addRua',
        data: { record: 'v=DMARC1; p=reject; rua=mailto:dmarc-reports@org.test' },
      },
    });
    expect(byId(found('v=DMARC1; p=reject'), 'dmarc-reports.noRua')?.fix?.data).toEqual({
      record: 'v=DMARC1; p=reject; rua=mailto:dmarc-reports@example.test',
    });
  });

  it('unauthorized and unknown destinations point at their tag and name the authorization record', () => {
    const record = 'v=DMARC1; p=reject; rua=mailto:a@v.test; ruf=mailto:b@w.test';
    const d = found(record, {
      destinations: [
        { kind: 'rua', uri: 'mailto:a@v.test', domain: 'v.test', status: 'unauthorized', name: 'n1' },
        { kind: 'ruf', uri: 'mailto:b@w.test', domain: 'w.test', status: 'unknown', name: 'n2', reason: 'r' },
        { kind: 'rua', uri: 'mailto:c@x.test', domain: 'x.test', status: 'authorized', name: 'n3' },
        { kind: 'rua', uri: 'mailto:c@example.test', domain: 'example.test', status: 'same-org' },
      ],
    });
    expect(findings(d)).toEqual([
      expect.objectContaining({
        messageId: 'dmarc-reports.unauthorized',
        data: { domain: 'example.test', destination: 'v.test', uri: 'mailto:a@v.test', name: 'n1' },
        evidence: [{ field: 'dns', name: '_dmarc.example.test', record, start: 20, end: 39 }],
        fix: { messageId: 'dmarc-reports.authorize', data: { name: 'n1' } },
      }),
      expect.objectContaining({
        messageId: 'dmarc-reports.authUnknown',
        data: {
          domain: 'example.test',
          destination: 'w.test',
          uri: 'mailto:b@w.test',
          name: 'n2',
          reason: 'r',
        },
        evidence: [{ field: 'dns', name: '_dmarc.example.test', record, start: 41, end: 60 }],
      }),
    ]);
    const odd = found('v=DMARC1; p=reject; rua=mailto:a@example.test', {
      destinations: [
        { kind: 'ruf', uri: 'mailto:z@v.test', domain: 'v.test', status: 'unauthorized' },
        { kind: 'ruf', uri: 'mailto:z@w.test', domain: 'w.test', status: 'unknown' },
      ],
    });
    expect(findings(odd).map((f) => [f.data, f.evidence[0]?.start, f.evidence[0]?.end, f.fix])).toEqual([
      [
        { domain: 'example.test', destination: 'v.test', uri: 'mailto:z@v.test', name: '' },
        0,
        45,
        { messageId: 'dmarc-reports.authorize', data: { name: '' } },
      ],
      [
        { domain: 'example.test', destination: 'w.test', uri: 'mailto:z@w.test', name: '', reason: '' },
        0,
        45,
        undefined,
      ],
    ]);
  });

  it('syntax findings point at each bad tag and each removed tag', () => {
    const record = 'v=DMARC1; p=reject; rua=mailto:a@example.test; adkim=x; pct=50';
    const d = found(record, { domain: 'a.example.test' });
    expect(findings(d).filter((f) => f.ruleId === 'dmarc-syntax')).toEqual([
      expect.objectContaining({
        messageId: 'dmarc-syntax.bad-alignment',
        severity: 'warning',
        data: { domain: 'example.test', tag: 'adkim=x' },
        evidence: [{ field: 'dns', name: '_dmarc.example.test', record, start: 47, end: 54 }],
      }),
      expect.objectContaining({
        messageId: 'dmarc-syntax.removedTag',
        severity: 'info',
        data: { domain: 'example.test', tag: 'pct=50' },
        evidence: [{ field: 'dns', name: '_dmarc.example.test', record, start: 56, end: 62 }],
      }),
    ]);
    const { recordName: _n, policyDomain: _p, ...bare } = d;
    expect(findings(bare).find((f) => f.ruleId === 'dmarc-syntax')).toMatchObject({
      data: { domain: 'a.example.test' },
      evidence: [{ name: '_dmarc.a.example.test' }],
    });
    expect(findings({ ...bare, status: 'none' }).some((f) => f.ruleId === 'dmarc-syntax')).toBe(false);
  });
});

describe('checkDmarc end to end', () => {
  it('reports an external destination that has not agreed', async () => {
    const resolver = createZoneResolver({
      '_dmarc.example.test': [{ TXT: 'v=DMARC1; p=reject; rua=mailto:a@vendor.test' }],
    });
    const r = await checkDmarc('example.test', { resolver });
    expect(r.findings.map((f) => f.messageId)).toEqual(['dmarc-reports.unauthorized']);
    expect(r.status).toBe('warn');
  });
});

describe('DMARC checks: what the second mutation pass found untested', () => {
  const findings = (d: DmarcDiscovery) => dmarcResultOf(d).findings;
  const byId = (d: DmarcDiscovery, id: string) => findings(d).find((f) => f.messageId === id);

  it('the record checks judge only one found record, and never throw on a partial discovery', () => {
    const d = found('v=DMARC1; p=none; t=y');
    const { record: _r, ...noRecord } = d;
    const { parsed: _p, ...noParsed } = d;
    for (const c of DMARC_CHECKS.filter((x) => x.id === 'dmarc-policy' || x.id === 'dmarc-reports')) {
      const run = (x: DmarcDiscovery) => c.check(x, checkContext(c));
      expect(run(d).length).toBeGreaterThan(0);
      expect(run({ ...d, status: 'multiple' })).toEqual([]);
      expect(run(noRecord)).toEqual([]);
      expect(run(noParsed)).toEqual([]);
    }
  });

  it('monitorOnly rewrites p=none without spaces and keeps the other tags', () => {
    const record = 'v=DMARC1; p=none; rua=mailto:a@example.test';
    expect(byId(found(record), 'dmarc-policy.monitorOnly')?.fix?.data).toEqual({
      name: '_dmarc.example.test',
      record: 'v=DMARC1; p=quarantine; rua=mailto:a@example.test',
    });
  });

  it('monitorOnly offers a fresh record when only another tag mentions quarantine', () => {
    for (const record of ['v=DMARC1; px=quarantine', 'v=DMARC1; p=notquarantine']) {
      expect(byId(found(record), 'dmarc-policy.monitorOnly')?.fix?.data).toEqual({
        name: '_dmarc.example.test',
        record: 'v=DMARC1; p=quarantine',
      });
    }
  });

  it('noRua drops trailing spaces without a ;, and names _dmarc of the domain when the discovery does not', () => {
    expect(byId(found('v=DMARC1; p=reject  '), 'dmarc-reports.noRua')?.fix?.data).toEqual({
      record: 'v=DMARC1; p=reject; rua=mailto:dmarc-reports@example.test',
    });
    const {
      recordName: _r,
      policyDomain: _p,
      ...bare
    } = found('v=DMARC1; p=reject', {
      domain: 'mail.example.test',
    });
    expect(byId(bare, 'dmarc-reports.noRua')).toMatchObject({
      data: { domain: 'mail.example.test' },
      evidence: [{ name: '_dmarc.mail.example.test' }],
    });
  });
});
