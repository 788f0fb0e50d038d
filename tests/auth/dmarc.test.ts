import { describe, expect, it } from 'vitest';
import { checkDmarc, discoverDmarc, parseDmarc, treeWalkNames } from '../../utils/auth/dmarc';
import { createZoneResolver } from '../helpers/dns-zone';
import { FIXTURE_ZONE } from '../fixtures/dns/zone';

const resolver = createZoneResolver(FIXTURE_ZONE);
const ids = (r: { findings: { messageId: string }[] }) => r.findings.map((f) => f.messageId).sort();

describe('parseDmarc (RFC 9989 §4.7)', () => {
  it.each([
    ['v=DMARC1; p=reject', { p: 'reject', testing: false }, []],
    [
      'v=DMARC1;p=quarantine;sp=none;np=reject;adkim=s;aspf=r',
      { sp: 'none', np: 'reject', adkim: 's', aspf: 'r' },
      [],
    ],
    ['v=DMARC1; p=none; t=y; psd=n; fo=1:d', { testing: true, psd: 'n', fo: ['1', 'd'] }, []],
    ['v=DMARC1; p=maybe', {}, ['bad-policy']],
    ['v=DMARC1; rua=mailto:a@b.test', {}, ['missing-policy']],
    ['v=DMARC1; p=none; adkim=x; aspf=strict', {}, ['bad-alignment', 'bad-alignment']],
    ['v=DMARC1; p=none; t=maybe', {}, ['bad-testing']],
    ['v=DMARC1; p=none; psd=yes', {}, ['bad-psd']],
    ['v=DMARC1; p=none; fo=2', {}, ['bad-fo']],
    ['v=DMARC1; p=none; rua=https://x.test/', {}, ['bad-uri']],
    ['v=DMARC1; p=none; p=reject', { p: 'none' }, ['duplicate-tag']],
    ['v=DMARC1; p=none; junk', {}, ['tag-syntax']],
    ['p=reject; v=DMARC1', {}, ['no-version']],
  ])('%s', (record, expected, errors) => {
    const d = parseDmarc(record);
    expect(d).toMatchObject(expected);
    expect(d.errors.map((e) => e.code)).toEqual(errors);
  });

  it('reads rua/ruf mailboxes with size limits and notes removed tags', () => {
    const d = parseDmarc(
      'v=DMARC1; p=none; pct=50; ri=3600; rua=mailto:A@Vendor.Test!10m, mailto:b@x.test; ruf=mailto:f@y.test',
    );
    expect(d.rua.map((u) => u.domain)).toEqual(['vendor.test', 'x.test']);
    expect(d.ruf.map((u) => u.domain)).toEqual(['y.test']);
    expect(d.removed.map((t) => t.name)).toEqual(['pct', 'ri']);
  });
});

describe('DMARC tree walk', () => {
  it('asks at most 8 names, jumping to the last 7 labels', () => {
    expect(treeWalkNames('a.b.example.com')).toEqual([
      'a.b.example.com',
      'b.example.com',
      'example.com',
      'com',
    ]);
    const long = treeWalkNames('1.2.3.4.5.6.7.8.9.example.com');
    expect(long).toHaveLength(8);
    expect(long[1]).toBe('5.6.7.8.9.example.com');
    expect(long.at(-1)).toBe('com');
  });

  it('finds the organisation record for a subdomain without its own', async () => {
    const d = await discoverDmarc('team.gw.example.test', { resolver });
    expect(d).toMatchObject({ status: 'found', policyDomain: 'gw.example.test', orgDomain: 'example.test' });
    expect(d.walked).toEqual(['_dmarc.team.gw.example.test', '_dmarc.gw.example.test']);
  });

  it('a DNS failure is an error, not "no record"', async () => {
    const r = createZoneResolver({ '_dmarc.broken.test': ['SERVFAIL'] });
    const res = await checkDmarc('broken.test', { resolver: r });
    expect(res.status).toBe('unknown');
    expect(ids(res)).toEqual(['dmarc-record.dnsError']);
  });
});

describe('checkDmarc', () => {
  it.each([
    ['gw.example.test', 'pass', []],
    ['m365.example.test', 'pass', []],
    [
      'monitor.example.test',
      'warn',
      ['dmarc-policy.monitorOnly', 'dmarc-reports.unauthorized', 'dmarc-syntax.removedTag'],
    ],
    [
      'revoked.example.test',
      'warn',
      ['dmarc-policy.testing', 'dmarc-policy.weakSubdomain', 'dmarc-reports.noRua'],
    ],
    ['nomail.example.test', 'warn', ['dmarc-record.missing']],
    ['team.gw.example.test', 'pass', ['dmarc-record.inherited']],
  ])('%s: %s %j', async (domain, status, expected) => {
    const r = await checkDmarc(domain, { resolver });
    expect(r.status).toBe(status);
    expect(ids(r)).toEqual(expected);
  });

  it("checks the external destination's authorization record and names it", async () => {
    const r = await checkDmarc('monitor.example.test', { resolver });
    expect(r.detail.destinations).toEqual([
      expect.objectContaining({
        domain: 'dmarc-vendor.test',
        status: 'unauthorized',
        name: 'monitor.example.test._report._dmarc.dmarc-vendor.test',
      }),
      expect.objectContaining({ domain: 'monitor.example.test', status: 'same-org' }),
    ]);
    expect(r.suggested?.[0]).toMatchObject({
      name: '_dmarc.monitor.example.test',
      value: expect.stringContaining('p=quarantine'),
    });
  });

  it('suggests a starting record with rua when there is none, and notes a record at the apex', async () => {
    const r2 = createZoneResolver({ 'apex.test': [{ TXT: 'v=DMARC1; p=reject' }] });
    const r = await checkDmarc('apex.test', { resolver: r2 });
    expect(ids(r)).toEqual(['dmarc-record.atApex', 'dmarc-record.missing']);
    expect(r.suggested?.[0]?.value).toBe('v=DMARC1; p=none; rua=mailto:dmarc-reports@apex.test');
  });

  it('two records is a failure', async () => {
    const r2 = createZoneResolver({
      '_dmarc.two.test': [{ TXT: 'v=DMARC1; p=none' }, { TXT: 'v=DMARC1; p=reject' }],
    });
    const r = await checkDmarc('two.test', { resolver: r2 });
    expect(r.status).toBe('fail');
    expect(ids(r)).toEqual(['dmarc-record.multiple']);
  });
});
