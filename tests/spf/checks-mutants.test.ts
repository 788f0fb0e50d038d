/**
 * The SPF checks one by one (issue 13): each finding with its exact message, data, evidence and fix,
 * and the boundaries where a check starts or stops reporting. Postures come from the real walk over
 * a small zone; a few are edited by hand where a check must cope with a posture the walk does not
 * make (a list left out, a redirect term missing).
 */
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../utils/types';
import { checkContext } from '../../utils/auth/check';
import type { SpfCheck, SpfCheckContext } from '../../utils/auth/spf/checks';
import type { ProviderId } from '../../utils/auth/spf/providers';
import type { SpfNode, SpfPosture } from '../../utils/auth/spf/posture';
import { analyzeSpf } from '../../utils/auth/spf/posture';
import { recordEvidence, zoneText } from '../../utils/auth/spf/checks/util';
import spfAll from '../../utils/auth/spf/checks/spf-all';
import spfInclude from '../../utils/auth/spf/checks/spf-include';
import spfLookupLimit from '../../utils/auth/spf/checks/spf-lookup-limit';
import spfMxLimit from '../../utils/auth/spf/checks/spf-mx-limit';
import spfProvider from '../../utils/auth/spf/checks/spf-provider';
import spfPtr from '../../utils/auth/spf/checks/spf-ptr';
import spfRecordLength from '../../utils/auth/spf/checks/spf-record-length';
import spfRecord from '../../utils/auth/spf/checks/spf-record';
import spfSyntax from '../../utils/auth/spf/checks/spf-syntax';
import spfType99 from '../../utils/auth/spf/checks/spf-type99';
import spfVoidLookups from '../../utils/auth/spf/checks/spf-void-lookups';
import { createZoneResolver } from '../helpers/dns-zone';
import type { ZoneData } from '../helpers/dns-zone';

const D = 'd.example.test';

const posture = (zone: ZoneData, domain = D): Promise<SpfPosture> =>
  analyzeSpf(domain, { resolver: createZoneResolver(zone), providers: [] });

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const run = (check: SpfCheck<any, any>, p: SpfPosture, services: ProviderId[] = []): Finding[] =>
  check.check(p, { services, ...checkContext(check) } as SpfCheckContext & ReturnType<typeof checkContext>);

/** What a user sees of a finding: message, data, evidence, fix. */
const seen = (fs: Finding[]) =>
  fs.map((f) => ({
    id: f.messageId,
    severity: f.severity,
    data: f.data,
    evidence: f.evidence,
    ...(f.fix ? { fix: f.fix } : {}),
  }));

const ev = (name: string, record: string, start = 0, end = record.length) => ({
  field: 'dns',
  name,
  record,
  start,
  end,
});
const range = (record: string, term: string) => {
  const start = record.indexOf(term);
  return [start, start + term.length] as const;
};

/** A string of exactly `bytes` characters that is a harmless SPF term (an unknown modifier). */
const pad = (prefix: string, bytes: number) => prefix + 'a'.repeat(bytes - prefix.length);

describe('spf-all', () => {
  it('a root with its own all and a redirect: the redirect is ignored (info), its target not read for all', async () => {
    const rec = 'v=spf1 redirect=t.example.test -all';
    const p = await posture({ [D]: [{ TXT: rec }], 't.example.test': [{ TXT: 'v=spf1 +all' }] });
    expect(seen(run(spfAll, p))).toEqual([
      { id: 'spf-all.redirectIgnored', severity: 'info', data: { domain: D }, evidence: [ev(D, rec)] },
    ]);
  });

  it('follows at most 10 redirects for the all that ends evaluation', async () => {
    const zone: ZoneData = {};
    const name = (i: number) => (i === 0 ? D : `r${i}.example.test`);
    for (let i = 0; i < 11; i++) zone[name(i)] = [{ TXT: `v=spf1 redirect=${name(i + 1)}` }];
    zone[name(11)] = [{ TXT: 'v=spf1 +all' }];
    const p = await posture(zone);
    const r10 = name(10);
    // The 10th target has no all of its own; the 11th (with +all) is past the limit.
    expect(seen(run(spfAll, p))).toEqual([
      {
        id: 'spf-all.missing',
        severity: 'warning',
        data: { domain: r10 },
        evidence: [ev(r10, `v=spf1 redirect=${name(11)}`)],
      },
    ]);
  });

  it('takes the all of the redirect target, not of an include before it; no fix for a record not the user’s', async () => {
    const b = 'v=spf1 ?all';
    const p = await posture({
      [D]: [{ TXT: 'v=spf1 include:a.example.test redirect=b.example.test' }],
      'a.example.test': [{ TXT: 'v=spf1 -all' }],
      'b.example.test': [{ TXT: b }],
    });
    expect(seen(run(spfAll, p))).toEqual([
      {
        id: 'spf-all.neutralAll',
        severity: 'warning',
        data: { domain: 'b.example.test' },
        evidence: [ev('b.example.test', b, 7, 11)],
      },
    ]);
  });

  it('a redirect to a name without a record: the root’s all is missing, with the fix on the root', async () => {
    const rec = 'v=spf1 redirect=none.example.test';
    const p = await posture({ [D]: [{ TXT: rec }] });
    expect(seen(run(spfAll, p))).toEqual([
      {
        id: 'spf-all.missing',
        severity: 'warning',
        data: { domain: D },
        evidence: [ev(D, rec)],
        fix: { messageId: 'spf-all.useSoftfail', data: { record: `${rec} ~all` } },
      },
    ]);
  });

  it('a record that says redirect but whose redirect term was not kept: the root is where it ends', async () => {
    const rec = 'v=spf1 redirect=t.example.test';
    const p = await posture({ [D]: [{ TXT: rec }], 't.example.test': [{ TXT: 'v=spf1 -all' }] });
    p.root.terms = [];
    expect(seen(run(spfAll, p)).map((f) => [f.id, f.data])).toEqual([['spf-all.missing', { domain: D }]]);
  });

  it('adds ~all after the record without its trailing spaces', async () => {
    const p = await posture({ [D]: [{ TXT: 'v=spf1 mx ' }] });
    expect(run(spfAll, p)[0]?.fix).toEqual({
      messageId: 'spf-all.useSoftfail',
      data: { record: 'v=spf1 mx ~all' },
    });
  });

  it('+all is danger, with the all replaced by ~all in the fix', async () => {
    const rec = 'v=spf1 a +all';
    const p = await posture({ [D]: [{ TXT: rec }, { A: '192.0.2.1' }] });
    expect(seen(run(spfAll, p))).toEqual([
      {
        id: 'spf-all.passAll',
        severity: 'danger',
        data: { domain: D },
        evidence: [ev(D, rec, 9, 13)],
        fix: { messageId: 'spf-all.useSoftfail', data: { record: 'v=spf1 a ~all' } },
      },
    ]);
  });

  it('says nothing without a record (spf-record reports that)', async () => {
    expect(run(spfAll, await posture({ [D]: [{ TXT: 'hello' }] }))).toEqual([]);
    expect(run(spfAll, await posture({ [D]: ['SERVFAIL'] }))).toEqual([]);
    // Only a found record is the user's record, whatever else the node carries.
    const p = await posture({ [D]: ['SERVFAIL'] });
    p.root.record = 'v=spf1 +all';
    expect(run(spfAll, p)).toEqual([]);
  });
});

describe('spf-include', () => {
  const rec =
    'v=spf1 include:%{i}.x.example.test a:%{i}.z.example.test include:multi.example.test include:lame.example.test include:nx.example.test include:d.example.test redirect=%{i}.y.example.test';

  it('reports each include/redirect problem with the term, its target and the reason', async () => {
    const p = await posture({
      [D]: [{ TXT: rec }],
      'multi.example.test': [{ TXT: 'v=spf1 -all' }, { TXT: 'v=spf1 ~all' }],
      'lame.example.test': ['SERVFAIL'],
    });
    const at = (term: string) => [ev(D, rec, ...range(rec, term))];
    expect(seen(run(spfInclude, p))).toEqual([
      {
        id: 'spf-include.dependsOnMessage',
        severity: 'info',
        data: { domain: D, term: 'include:%{i}.x.example.test', target: '' },
        evidence: at('include:%{i}.x.example.test'),
      },
      {
        id: 'spf-include.multiple',
        severity: 'danger',
        data: { domain: D, term: 'include:multi.example.test', target: 'multi.example.test', count: 2 },
        evidence: at('include:multi.example.test'),
      },
      {
        id: 'spf-include.dnsError',
        severity: 'warning',
        data: {
          domain: D,
          term: 'include:lame.example.test',
          target: 'lame.example.test',
          reason: 'the resolver answered SERVFAIL',
        },
        evidence: at('include:lame.example.test'),
      },
      {
        id: 'spf-include.missing',
        severity: 'danger',
        data: { domain: D, term: 'include:nx.example.test', target: 'nx.example.test' },
        evidence: at('include:nx.example.test'),
      },
      {
        id: 'spf-include.loop',
        severity: 'danger',
        data: { domain: D, term: 'include:d.example.test', target: D },
        evidence: at('include:d.example.test'),
      },
      {
        id: 'spf-include.dependsOnMessage',
        severity: 'info',
        data: { domain: D, term: 'redirect=%{i}.y.example.test', target: '' },
        evidence: at('redirect=%{i}.y.example.test'),
      },
    ]);
  });

  it('a child marked multiple without its list counts 0 records', async () => {
    const r = 'v=spf1 include:multi.example.test -all';
    const p = await posture({
      [D]: [{ TXT: r }],
      'multi.example.test': [{ TXT: 'v=spf1 -all' }, { TXT: 'v=spf1 ~all' }],
    });
    delete p.root.terms[0]!.child!.records;
    expect(run(spfInclude, p).map((f) => f.data?.count)).toEqual([0]);
  });
});

describe('spf-lookup-limit', () => {
  const zone = (n: number): ZoneData => ({
    [D]: [{ TXT: 'v=spf1 a mx include:big.example.test ~all' }, { A: '192.0.2.1' }],
    'big.example.test': [
      {
        TXT: `v=spf1 ${Array.from({ length: n }, (_, i) => `ip4:192.0.2.${i + 1} a:h${i}.example.test`).join(' ')} -all`,
      },
    ],
  });
  const rec = 'v=spf1 a mx include:big.example.test ~all';
  const evidence = [ev(D, rec, 7, 8), ev(D, rec, 9, 11), ev(D, rec, 12, 36)];

  it('9 lookups: near the limit, naming the heaviest term with its own lookups', async () => {
    const p = await posture(zone(6));
    expect(p.lookups).toBe(9);
    expect(seen(run(spfLookupLimit, p))).toEqual([
      {
        id: 'spf-lookup-limit.nearLimit',
        severity: 'notice',
        data: { domain: D, count: 9, limit: 10, heaviest: 'include:big.example.test', heaviestCount: 7 },
        evidence,
      },
    ]);
  });

  it('10 lookups is still within the limit; 8 says nothing', async () => {
    expect(run(spfLookupLimit, await posture(zone(7))).map((f) => f.messageId)).toEqual([
      'spf-lookup-limit.nearLimit',
    ]);
    expect(run(spfLookupLimit, await posture(zone(5)))).toEqual([]);
  });

  it('11 lookups: too many, with the flattened record as a zone-file fix', async () => {
    const p = await posture(zone(8));
    expect(p.lookups).toBe(11);
    p.flattened = {
      record: 'v=spf1 ip4:192.0.2.1 ip4:"192.0.2.2 ~all',
      strings: ['v=spf1 ip4:192.0.2.1 ip4:"192.0.2.2 ~all'],
      lookups: 2,
      replaced: ['include:a.example.test', 'mx'],
    };
    expect(seen(run(spfLookupLimit, p))).toEqual([
      {
        id: 'spf-lookup-limit.tooMany',
        severity: 'danger',
        data: { domain: D, count: 11, limit: 10, heaviest: 'include:big.example.test', heaviestCount: 9 },
        evidence,
        fix: {
          messageId: 'spf-lookup-limit.flatten',
          data: {
            record: 'v=spf1 ip4:192.0.2.1 ip4:"192.0.2.2 ~all',
            zone: '"v=spf1 ip4:192.0.2.1 ip4:\\"192.0.2.2 ~all"',
            lookups: 2,
            replaced: 'include:a.example.test mx',
          },
        },
      },
    ]);
    delete p.flattened;
    expect(run(spfLookupLimit, p)[0]?.fix).toEqual({ messageId: 'spf-lookup-limit.reduce' });
  });

  it('says nothing when the root record was not found, whatever the count says', async () => {
    const p = await posture({ [D]: [{ TXT: 'v=spf1 -all' }, { TXT: 'v=spf1 ~all' }] });
    p.lookups = 11;
    expect(run(spfLookupLimit, p)).toEqual([]);
  });

  it('a count without any term at the root names no heaviest term', async () => {
    const p = await posture({ [D]: [{ TXT: 'v=spf1 -all' }] });
    p.lookups = 9;
    expect(run(spfLookupLimit, p)[0]?.data).toEqual({
      domain: D,
      count: 9,
      limit: 10,
      heaviest: '',
      heaviestCount: 0,
    });
  });

  it('the heaviest term is found wherever it stands among the root’s terms', async () => {
    const r = 'v=spf1 a include:one.example.test mx include:big.example.test a:x.example.test ~all';
    const p = await posture({
      [D]: [{ TXT: r }],
      'one.example.test': [{ TXT: 'v=spf1 a:o.example.test -all' }],
      'big.example.test': [{ TXT: 'v=spf1 a:p.example.test a:q.example.test a:r.example.test -all' }],
    });
    expect(p.lookups).toBe(9);
    expect(run(spfLookupLimit, p)[0]?.data).toMatchObject({
      heaviest: 'include:big.example.test',
      heaviestCount: 4,
    });
  });
});

describe('spf-mx-limit', () => {
  const mxZone = (n: number): ZoneData => ({
    [D]: [{ TXT: 'v=spf1 include:i.example.test -all' }],
    'i.example.test': [{ TXT: 'v=spf1 mx:m.example.test -all' }],
    'm.example.test': Array.from({ length: n }, (_, i) => ({
      MX: [10, `mx${i}.example.test`] as [number, string],
    })),
  });

  it('more than 10 MX names is danger, in the record that has the term', async () => {
    const p = await posture(mxZone(11));
    expect(seen(run(spfMxLimit, p))).toEqual([
      {
        id: 'spf-mx-limit.tooMany',
        severity: 'danger',
        data: { domain: 'i.example.test', term: 'mx:m.example.test', count: 11 },
        evidence: [ev('i.example.test', 'v=spf1 mx:m.example.test -all', 7, 24)],
      },
    ]);
  });

  it('10 MX names is within the limit', async () => {
    expect(run(spfMxLimit, await posture(mxZone(10)))).toEqual([]);
  });
});

describe('spf-provider', () => {
  const sample = (ip: string, result: string) => ({ ip, result }) as SpfPosture['providers'][0]['samples'][0];
  const google = (status: SpfPosture['providers'][0]['status']): SpfPosture['providers'][0] => ({
    provider: 'google',
    name: 'Google Workspace',
    service: 'gmail',
    include: '_spf.google.com',
    status,
    samples: [sample('192.0.2.1', 'permerror'), sample('2001:db8::1', 'fail')],
  });

  it('a record that gives permerror for the provider’s addresses: an evaluation error, no fix', async () => {
    const rec = 'v=spf1 -all';
    const p = await posture({ [D]: [{ TXT: rec }] });
    p.providers = [google('error')];
    expect(seen(run(spfProvider, p, ['google']))).toEqual([
      {
        id: 'spf-provider.evaluationError',
        severity: 'warning',
        data: { domain: D, service: 'Google Workspace', samples: '192.0.2.1: permerror, 2001:db8::1: fail' },
        evidence: [ev(D, rec)],
      },
    ]);
    expect(run(spfProvider, p, ['microsoft'])).toEqual([]);
    p.providers = [google('authorized'), google('unknown')];
    expect(run(spfProvider, p, ['google'])).toEqual([]);
  });

  it('without a record: evidence is the name, and the fix is a new record with the include', async () => {
    const p = await posture({ [D]: [{ TXT: 'hello' }] });
    p.providers = [google('not-authorized')];
    expect(seen(run(spfProvider, p, ['google']))).toEqual([
      {
        id: 'spf-provider.notAuthorized',
        severity: 'danger',
        data: { domain: D, service: 'Google Workspace', samples: '192.0.2.1: permerror, 2001:db8::1: fail' },
        evidence: [{ field: 'dns', name: D, start: 0, end: 0 }],
        fix: {
          messageId: 'spf-provider.addInclude',
          data: {
            record: 'v=spf1 include:_spf.google.com ~all',
            include: 'include:_spf.google.com',
            service: 'Google Workspace',
          },
        },
      },
    ]);
  });

  it('a root that is not found but has a record string keeps to the name (no record evidence)', async () => {
    const p = await posture({ [D]: [{ TXT: 'v=spf1 -all' }, { TXT: 'v=spf1 ~all' }] });
    p.root.record = 'v=spf1 -all';
    p.providers = [google('partial')];
    const [f] = run(spfProvider, p, ['google']);
    expect(f?.evidence).toEqual([{ field: 'dns', name: D, start: 0, end: 0 }]);
    expect(f?.fix?.data?.record).toBe('v=spf1 include:_spf.google.com ~all');
  });
});

describe('spf-ptr', () => {
  it('flags each ptr term in the record that holds it, with the replace advice', async () => {
    const inc = 'v=spf1 ptr:example.test -all';
    const p = await posture({
      [D]: [{ TXT: 'v=spf1 include:i.example.test -all' }],
      'i.example.test': [{ TXT: inc }],
    });
    expect(seen(run(spfPtr, p))).toEqual([
      {
        id: 'spf-ptr.deprecated',
        severity: 'notice',
        data: { domain: 'i.example.test', term: 'ptr:example.test' },
        evidence: [ev('i.example.test', inc, 7, 23)],
        fix: { messageId: 'spf-ptr.replace' },
      },
    ]);
  });
});

describe('spf-record-length', () => {
  it('each string over 255 bytes at its place in the record, and the whole record over 512', async () => {
    const a = pad('v=spf1 x=', 256);
    const b = pad(' y=', 255);
    const c = pad(' z=', 256);
    const rec = a + b + c;
    const p = await posture({ [D]: [{ TXT: [a, b, c] }] });
    const split = { messageId: 'spf-record-length.split', data: { zone: zoneText(rec) } };
    expect(seen(run(spfRecordLength, p))).toEqual([
      {
        id: 'spf-record-length.stringTooLong',
        severity: 'warning',
        data: { domain: D, bytes: 256 },
        evidence: [ev(D, rec, 0, 256)],
        fix: split,
      },
      {
        id: 'spf-record-length.stringTooLong',
        severity: 'warning',
        data: { domain: D, bytes: 256 },
        evidence: [ev(D, rec, 511, 767)],
        fix: split,
      },
      {
        id: 'spf-record-length.over512',
        severity: 'warning',
        data: { domain: D, bytes: 767 },
        evidence: [ev(D, rec)],
      },
    ]);
  });

  it.each([
    [450, []],
    [451, [['spf-record-length.over450', 451]]],
    [512, [['spf-record-length.over450', 512]]],
    [513, [['spf-record-length.over512', 513]]],
  ])('a record of %i bytes', async (bytes, expected) => {
    const a = pad('v=spf1 x=', 255);
    const rec = a + pad(' y=', bytes - 255);
    const p = await posture({ [D]: [{ TXT: [a, rec.slice(255, 455), rec.slice(455)] }] });
    const fs = run(spfRecordLength, p);
    expect(fs.map((f) => [f.messageId, f.data?.bytes])).toEqual(expected);
    for (const f of fs) expect(f.evidence).toEqual([ev(D, rec)]);
  });

  it('says nothing without a found record', async () => {
    const p = await posture({ [D]: [{ TXT: pad('x=', 600) }] });
    expect(run(spfRecordLength, p)).toEqual([]);
    const q = await posture({ [D]: ['SERVFAIL'] });
    q.root.record = pad('v=spf1 x=', 600);
    expect(run(spfRecordLength, q)).toEqual([]);
  });
});

describe('spf-record', () => {
  it('no record: the name as evidence and a record to publish', async () => {
    const p = await posture({ [D]: [{ TXT: 'hello' }] });
    expect(seen(run(spfRecord, p))).toEqual([
      {
        id: 'spf-record.missing',
        severity: 'warning',
        data: { domain: D },
        evidence: [{ field: 'dns', name: D, start: 0, end: 0 }],
        fix: { messageId: 'spf-record.publish', data: { domain: D, record: 'v=spf1 ~all' } },
      },
    ]);
  });

  it('several records: each one as evidence, the count, and the merge advice', async () => {
    const p = await posture({ [D]: [{ TXT: 'v=spf1 ~all' }, { TXT: 'v=spf1 -all' }] });
    expect(seen(run(spfRecord, p))).toEqual([
      {
        id: 'spf-record.multiple',
        severity: 'danger',
        data: { domain: D, count: 2 },
        evidence: [ev(D, 'v=spf1 -all'), ev(D, 'v=spf1 ~all')],
        fix: { messageId: 'spf-record.merge' },
      },
    ]);
    delete p.root.records;
    expect(seen(run(spfRecord, p))[0]).toMatchObject({ data: { domain: D, count: 0 }, evidence: [] });
  });

  it('a DNS failure: the reason, or an empty one when none was kept', async () => {
    const p = await posture({ [D]: ['SERVFAIL'] });
    expect(seen(run(spfRecord, p))).toEqual([
      {
        id: 'spf-record.dnsError',
        severity: 'warning',
        data: { domain: D, reason: 'the resolver answered SERVFAIL' },
        evidence: [{ field: 'dns', name: D, start: 0, end: 0 }],
      },
    ]);
    delete p.root.dnsError;
    expect(run(spfRecord, p)[0]?.data).toEqual({ domain: D, reason: '' });
  });
});

describe('spf-syntax', () => {
  it('each syntax error with its range, term and message', async () => {
    const rec = 'v=spf1 ip4:192.0.2.300 -all';
    const p = await posture({ [D]: [{ TXT: rec }] });
    const e = p.root.errors[0]!;
    expect(seen(run(spfSyntax, p))).toEqual([
      {
        id: 'spf-syntax.bad-ip4',
        severity: 'danger',
        data: { domain: D, term: 'ip4:192.0.2.300', detail: e.message },
        evidence: [ev(D, rec, e.start, e.end)],
      },
    ]);
    expect(e.message).not.toBe('');
  });
});

describe('spf-type99', () => {
  it('a type-99 record that differs from the TXT one: warning, each SPF record as evidence', async () => {
    const p = await posture({
      [D]: [{ TXT: 'v=spf1 -all' }, { SPF: 'v=spf1 ~all' }, { SPF: 'hello' }],
    });
    expect(seen(run(spfType99, p))).toEqual([
      {
        id: 'spf-type99.differs',
        severity: 'warning',
        data: { domain: D },
        evidence: [ev(D, 'v=spf1 ~all')],
      },
    ]);
  });

  it('the same record as type 99 too: notice', async () => {
    const p = await posture({ [D]: [{ TXT: 'v=spf1 -all' }, { SPF: 'v=spf1 -all' }] });
    expect(seen(run(spfType99, p))).toEqual([
      { id: 'spf-type99.present', severity: 'notice', data: { domain: D }, evidence: [ev(D, 'v=spf1 -all')] },
    ]);
  });
});

describe('spf-void-lookups', () => {
  const rec = 'v=spf1 a:nx1.example.test mx:m.example.test ip4:192.0.2.1 -all';

  it('counts each void (an MX host without an address too); names and points at each term once', async () => {
    const p = await posture({
      [D]: [{ TXT: rec }],
      'm.example.test': [{ MX: [10, 'h1.example.test'] }, { MX: [20, 'h2.example.test'] }],
    });
    expect(seen(run(spfVoidLookups, p))).toEqual([
      {
        id: 'spf-void-lookups.tooMany',
        severity: 'danger',
        data: { domain: D, count: 3, terms: 'a:nx1.example.test mx:m.example.test' },
        evidence: [ev(D, rec, 7, 25), ev(D, rec, 26, 43)],
      },
    ]);
  });

  it('two voids are a notice', async () => {
    const p = await posture({
      [D]: [{ TXT: rec }],
      'm.example.test': [{ MX: [10, 'h1.example.test'] }, { MX: [20, 'h2.example.test'] }],
      'h1.example.test': [{ A: '192.0.2.9' }],
    });
    expect(seen(run(spfVoidLookups, p))).toEqual([
      {
        id: 'spf-void-lookups.some',
        severity: 'notice',
        data: { domain: D, count: 2, terms: 'a:nx1.example.test mx:m.example.test' },
        evidence: [ev(D, rec, 7, 25), ev(D, rec, 26, 43)],
      },
    ]);
  });
});

describe('check helpers', () => {
  it('recordEvidence of a node without a record has no record field and an empty range', () => {
    const node = { domain: D, status: 'none' } as SpfNode;
    expect(recordEvidence(node)).toStrictEqual({ field: 'dns', name: D, start: 0, end: 0 });
  });

  it('zoneText quotes each string and escapes quotes and backslashes', () => {
    const rec = `v=spf1 exp=a"b\\c ${'x=' + 'y'.repeat(260)}`;
    expect(zoneText(rec)).toBe(`"v=spf1 exp=a\\"b\\\\c" " ${'x=' + 'y'.repeat(252)}" "${'y'.repeat(8)}"`);
  });
});
