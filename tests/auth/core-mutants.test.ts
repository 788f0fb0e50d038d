/**
 * The shared auth code (grade, tag lists, recipient domains, the check builder) with the cases the
 * mutation run (issue 13, docs/mutation.md) found no test for: grade bands at their exact edges, the
 * caps, tag positions and errors, clipping, and what a recipient-domain check reports.
 */
import { describe, expect, it } from 'vitest';
import { CORE_CHECKS, gradeOf, gradePoints } from '../../utils/auth/grade';
import type { CheckStatuses } from '../../utils/auth/grade';
import { clip, parseTagList, splitList } from '../../utils/auth/tags';
import { checkRecipientDomain, checkRecipientDomains } from '../../utils/auth/recipients';
import { checkContext, checkResult, dnsEvidence, runChecks, statusOf } from '../../utils/auth/check';
import type { CheckStatus } from '../../utils/auth/contract';
import type { Finding } from '../../utils/types';
import { createZoneResolver } from '../helpers/dns-zone';

const s = (status: CheckStatus) => ({ status });

describe('grade', () => {
  it('the core checks', () => expect(CORE_CHECKS).toEqual(['spf', 'dmarc', 'dkim', 'mx', 'blocklists']));

  it('points per status: core fail 4, warn 1.5; others 1.5, 0.5; unknown costs 1 for spf, dmarc, mx only', () => {
    for (const k of ['spf', 'dmarc', 'dkim', 'mx', 'blocklists'] as const) {
      expect(gradePoints({ [k]: s('fail') })).toBe(4);
      expect(gradePoints({ [k]: s('warn') })).toBe(1.5);
      expect(gradePoints({ [k]: s('pass') })).toBe(0);
    }
    for (const k of ['mtaSts', 'tlsRpt', 'bimi', 'propagation'] as const) {
      expect(gradePoints({ [k]: s('fail') })).toBe(1.5);
      expect(gradePoints({ [k]: s('warn') })).toBe(0.5);
      expect(gradePoints({ [k]: s('pass') })).toBe(0);
      expect(gradePoints({ [k]: s('unknown') })).toBe(0);
    }
    for (const k of ['spf', 'dmarc', 'mx'] as const) expect(gradePoints({ [k]: s('unknown') })).toBe(1);
    for (const k of ['dkim', 'blocklists'] as const) expect(gradePoints({ [k]: s('unknown') })).toBe(0);
    expect(gradePoints({ spf: undefined, dkim: s('warn') })).toBe(1.5);
    expect(gradePoints({})).toBe(0);
  });

  it.each<[string, CheckStatuses, number, string]>([
    ['nothing', {}, 0, 'A'],
    ['1 point', { mtaSts: s('warn'), tlsRpt: s('warn') }, 1, 'A'],
    ['1.5 points', { spf: s('warn') }, 1.5, 'B'],
    ['2.5 points', { spf: s('unknown'), bimi: s('fail') }, 2.5, 'B'],
    ['3 points', { spf: s('warn'), bimi: s('fail') }, 3, 'C'],
    ['4.5 points', { spf: s('warn'), dkim: s('warn'), dmarc: s('warn') }, 4.5, 'C'],
    ['5 points', { dkim: s('fail'), mx: s('unknown') }, 5, 'D'],
    ['7 points', { spf: s('fail'), mx: s('unknown'), bimi: s('fail'), mtaSts: s('warn') }, 7, 'D'],
    ['7.5 points', { spf: s('fail'), dkim: s('warn'), bimi: s('fail'), mtaSts: s('warn') }, 7.5, 'E'],
    ['10 points', { spf: s('fail'), dkim: s('fail'), tlsRpt: s('fail'), bimi: s('warn') }, 10, 'E'],
    [
      '10.5 points',
      { spf: s('fail'), dkim: s('fail'), tlsRpt: s('fail'), bimi: s('warn'), mtaSts: s('warn') },
      10.5,
      'F',
    ],
  ])('%s → %s', (_, checks, points, grade) => {
    expect(gradePoints(checks)).toBe(points);
    expect(gradeOf(checks)).toBe(grade);
  });

  it('a failing MX is at best E; SPF and DMARC both failing is F', () => {
    expect(gradeOf({ mx: s('fail') })).toBe('E');
    expect(gradeOf({ mx: s('fail'), spf: s('fail'), dkim: s('fail') })).toBe('F');
    expect(gradeOf({ mx: s('warn') })).toBe('B');
    expect(gradeOf({ spf: s('fail'), dmarc: s('fail') })).toBe('F');
    expect(gradeOf({ spf: s('fail'), dmarc: s('warn') })).toBe('D');
    expect(gradeOf({ spf: s('warn'), dmarc: s('fail') })).toBe('D');
    expect(gradeOf({ dmarc: s('fail') })).toBe('C');
  });
});

describe('tag lists', () => {
  it('names, values and positions, a trailing ; and empty parts allowed', () => {
    const list = parseTagList(' v = DKIM1 ;; K=rsa;p=AB; ');
    expect(list.tags).toEqual([
      { name: 'v', rawName: 'v', value: 'DKIM1', start: 1, end: 10 },
      { name: 'k', rawName: 'K', value: 'rsa', start: 14, end: 19 },
      { name: 'p', rawName: 'p', value: 'AB', start: 20, end: 24 },
    ]);
    expect(list.errors).toEqual([]);
    expect(list.get('k')?.value).toBe('rsa');
    expect(list.get('K')).toBeUndefined();
    expect(parseTagList('').tags).toEqual([]);
    expect(parseTagList('a=').tags).toEqual([{ name: 'a', rawName: 'a', value: '', start: 0, end: 2 }]);
    expect(parseTagList('a_1=x=y').tags[0]?.value).toBe('x=y');
  });

  it('a part without = or with a bad name is a syntax error; a repeated tag keeps the first', () => {
    const list = parseTagList('a=1; junk ; 1a=2; -b=3; a=4; b c=5');
    expect(list.errors).toEqual([
      { code: 'tag-syntax', text: 'junk', start: 5, end: 9 },
      { code: 'tag-syntax', text: '1a=2', start: 12, end: 16 },
      { code: 'tag-syntax', text: '-b=3', start: 18, end: 22 },
      { code: 'duplicate-tag', text: 'a=4', start: 24, end: 27 },
      { code: 'tag-syntax', text: 'b c=5', start: 29, end: 34 },
    ]);
    expect(list.get('a')?.value).toBe('1');
    expect(list.tags.map((t) => t.value)).toEqual(['1', '4']);
  });

  it('splitList and clip', () => {
    expect(splitList(' a , ,b,')).toEqual(['a', 'b']);
    expect(splitList('a:b', ':')).toEqual(['a', 'b']);
    expect(splitList('a:b')).toEqual(['a:b']);
    expect(clip('x'.repeat(120))).toBe('x'.repeat(120));
    expect(clip('x'.repeat(121))).toBe(`${'x'.repeat(119)}…`);
    expect(clip('abcdef', 5)).toBe('abcd…');
    expect(clip('abcde', 5)).toBe('abcde');
  });
});

describe('recipient domains', () => {
  const resolver = createZoneResolver({
    'ok.test': [{ MX: [10, 'mx.ok.test'] }],
    'mx.ok.test': [{ A: '192.0.2.1' }],
    'null.test': [{ MX: [0, ''] }],
    'fail.test': ['SERVFAIL'],
    'hostfail.test': [{ MX: [10, 'mx.hostfail.test'] }],
    'mx.hostfail.test': ['SERVFAIL'],
  });

  it('ok, bounce and unknown, with what failed', async () => {
    expect(await checkRecipientDomain('OK.test', { resolver })).toEqual({
      domain: 'ok.test',
      status: 'ok',
      reason: 'mx',
    });
    expect(await checkRecipientDomain('null.test', { resolver })).toEqual({
      domain: 'null.test',
      status: 'bounce',
      reason: 'null',
    });
    expect(await checkRecipientDomain('nowhere.test', { resolver })).toEqual({
      domain: 'nowhere.test',
      status: 'bounce',
      reason: 'nxdomain',
    });
    expect(await checkRecipientDomain('fail.test', { resolver })).toEqual({
      domain: 'fail.test',
      status: 'unknown',
      reason: 'error',
      detail: 'the resolver answered SERVFAIL',
    });
    expect(await checkRecipientDomain('hostfail.test', { resolver })).toEqual({
      domain: 'hostfail.test',
      status: 'unknown',
      reason: 'mx',
      detail: 'the resolver answered SERVFAIL',
    });
  });

  it('a name that cannot be a mail domain bounces without a query', async () => {
    let asked = 0;
    const counting = createZoneResolver({}, { onQuery: () => asked++ });
    expect(await checkRecipientDomain('localhost', { resolver: counting })).toEqual({
      domain: 'localhost',
      status: 'bounce',
      reason: 'bad-name',
    });
    expect(await checkRecipientDomain('a..b', { resolver: counting })).toMatchObject({
      status: 'bounce',
      reason: 'bad-name',
    });
    expect(asked).toBe(0);
  });

  it('checks each domain once, trimmed and lower-cased, skipping empty ones', async () => {
    const asked: string[] = [];
    const counting = createZoneResolver(
      { 'ok.test': [{ MX: [10, 'mx.ok.test'] }], 'mx.ok.test': [{ A: '192.0.2.1' }] },
      {
        onQuery: (n, t) => asked.push(`${n} ${t}`),
      },
    );
    const r = await checkRecipientDomains([' OK.test ', 'ok.test', '', '  '], { resolver: counting });
    expect(r).toEqual([{ domain: 'ok.test', status: 'ok', reason: 'mx' }]);
    expect(asked.filter((x) => x === 'ok.test MX')).toHaveLength(1);
  });

  it('lower-cases without changing letters: "Straße" is not "STRASSE"', async () => {
    const r = await checkRecipientDomains(['Straße.test'], { resolver });
    expect(r).toEqual([{ domain: 'xn--strae-oqa.test', status: 'bounce', reason: 'nxdomain' }]);
  });
});

describe('the check builder', () => {
  const check = {
    id: 'demo',
    messages: { bad: 'danger', meh: 'notice', fyi: 'info', so: 'warning' },
  } as const;
  const ctx = checkContext<'bad' | 'meh' | 'fyi' | 'so', 'fix'>(check);
  const ev = [dnsEvidence('a.test')];

  it('builds findings from the meta, with data and fix advice', () => {
    expect(ctx.finding('bad', ev)).toEqual({
      ruleId: 'demo',
      severity: 'danger',
      weight: expect.any(Number),
      messageId: 'demo.bad',
      evidence: ev,
    });
    expect(ctx.finding('meh', ev, { n: 1 }, 'fix')).toEqual({
      ruleId: 'demo',
      severity: 'notice',
      weight: expect.any(Number),
      messageId: 'demo.meh',
      data: { n: 1 },
      evidence: ev,
      fix: { messageId: 'demo.fix', data: { n: 1 } },
    });
    expect(ctx.finding('meh', ev, undefined, 'fix').fix).toEqual({ messageId: 'demo.fix' });
    expect(ctx.finding('meh', ev, { n: 1 }, { id: 'fix' }).fix).toEqual({ messageId: 'demo.fix' });
    expect(ctx.finding('meh', ev, { n: 1 }, { id: 'fix', data: { m: 2 } }).fix).toEqual({
      messageId: 'demo.fix',
      data: { m: 2 },
    });
    expect(ctx.finding('bad', ev).weight).toBeGreaterThan(ctx.finding('so', ev).weight);
    expect(() => ctx.finding('nope' as 'bad', ev)).toThrow('check demo has no message nope');
  });

  it('dnsEvidence: a name, or a range of a record', () => {
    expect(dnsEvidence('a.test')).toEqual({ field: 'dns', name: 'a.test', start: 0, end: 0 });
    expect(dnsEvidence('a.test', 'rec')).toEqual({
      field: 'dns',
      name: 'a.test',
      record: 'rec',
      start: 0,
      end: 3,
    });
    expect(dnsEvidence('a.test', 'record', 2)).toEqual({
      field: 'dns',
      name: 'a.test',
      record: 'record',
      start: 2,
      end: 6,
    });
    expect(dnsEvidence('a.test', 'record', 1, 3)).toEqual({
      field: 'dns',
      name: 'a.test',
      record: 'record',
      start: 1,
      end: 3,
    });
    expect(dnsEvidence('a.test', '')).toEqual({ field: 'dns', name: 'a.test', record: '', start: 0, end: 0 });
  });

  it('statusOf: danger fails, then unknown, then warning or notice warns', () => {
    const f = (k: 'bad' | 'meh' | 'fyi' | 'so') => ctx.finding(k, ev);
    expect(statusOf([f('fyi'), f('bad')], true)).toBe('fail');
    expect(statusOf([f('so')], true)).toBe('unknown');
    expect(statusOf([f('so')])).toBe('warn');
    expect(statusOf([f('meh')])).toBe('warn');
    expect(statusOf([f('fyi')])).toBe('pass');
    expect(statusOf([])).toBe('pass');
    expect(statusOf([], true)).toBe('unknown');
  });

  it('runChecks skips a check that throws and sorts worst first; checkResult keeps extra fields', () => {
    const ok = {
      id: 'demo',
      description: '',
      messages: check.messages,
      check: (_: unknown, c: typeof ctx) => [c.finding('fyi', ev), c.finding('bad', ev)],
    };
    const broken = {
      id: 'broken',
      description: '',
      messages: {},
      check: (): Finding[] => {
        throw new Error('bug');
      },
    };
    const out = runChecks([broken, ok], {}, {});
    expect(out.map((x) => x.messageId)).toEqual(['demo.bad', 'demo.fyi']);
    const ctxSeen: unknown[] = [];
    runChecks(
      [{ id: 'c', description: '', messages: {}, check: (_: unknown, c: object) => (ctxSeen.push(c), []) }],
      1,
      { extra: 5 },
    );
    expect(ctxSeen[0]).toMatchObject({ extra: 5, finding: expect.any(Function) });
    const r = checkResult([ctx.finding('fyi', ev), ctx.finding('so', ev)], {
      unknown: false,
      records: ['x'],
    });
    expect(r).toEqual({
      status: 'warn',
      findings: [
        expect.objectContaining({ messageId: 'demo.so' }),
        expect.objectContaining({ messageId: 'demo.fyi' }),
      ],
      records: ['x'],
    });
    expect(checkResult([])).toEqual({ status: 'pass', findings: [] });
    expect(checkResult([], { unknown: true })).toEqual({ status: 'unknown', findings: [] });
  });
});

describe('the check builder: survivors of the whole-module run (round 2)', () => {
  it('evidence for a name alone has no record property at all (not one set to undefined)', () => {
    expect(dnsEvidence('a.test')).not.toHaveProperty('record');
    expect(dnsEvidence('a.test')).toStrictEqual({ field: 'dns', name: 'a.test', start: 0, end: 0 });
  });
});
