/**
 * The SPF posture walk's limits and details (issue 13): how deep and how wide it reads, the type-99
 * records, the provider verdicts, the macro context, MX details, and the flattening suggestion.
 */
import { describe, expect, it } from 'vitest';
import type { SpfNode, SpfPosture } from '../../utils/auth/spf/posture';
import { analyzeSpf, flatten } from '../../utils/auth/spf/posture';
import { createZoneResolver } from '../helpers/dns-zone';
import type { ZoneData } from '../helpers/dns-zone';

const D = 'd.example.test';
const analyze = (zone: ZoneData, extra: Partial<Parameters<typeof analyzeSpf>[1]> = {}) =>
  analyzeSpf(D, { resolver: createZoneResolver(zone), providers: [], ...extra });

const allNodes = (n: SpfNode): SpfNode[] => [
  n,
  ...n.terms.flatMap((t) => (t.child && !t.loop ? allNodes(t.child) : [])),
];
const allTerms = (n: SpfNode) => allNodes(n).flatMap((x) => x.terms);

describe('walk limits', () => {
  it('follows includes 12 deep, and not the 13th', async () => {
    const zone: ZoneData = {};
    const name = (i: number) => (i === 0 ? D : `c${i}.example.test`);
    for (let i = 0; i < 14; i++) zone[name(i)] = [{ TXT: `v=spf1 include:${name(i + 1)} -all` }];
    const p = await analyze(zone);
    const nodes = allNodes(p.root);
    expect(nodes.map((n) => n.domain)).toEqual(Array.from({ length: 13 }, (_, i) => name(i)));
    expect(nodes[12]!.terms).toEqual([
      {
        kind: 'include',
        text: `include:${name(13)}`,
        start: 7,
        end: 7 + `include:${name(13)}`.length,
        target: name(13),
        notFollowed: true,
      },
    ]);
    expect(nodes[11]!.terms[0]!.notFollowed).toBeUndefined();
  });

  it('reads 50 records at most', async () => {
    const zone: ZoneData = {};
    const kids = Array.from({ length: 20 }, (_, i) => `k${i}.example.test`);
    zone[D] = [{ TXT: `v=spf1 ${kids.map((k) => `include:${k}`).join(' ')} -all` }];
    for (const k of kids) zone[k] = [{ TXT: `v=spf1 include:a.${k} include:b.${k} -all` }];
    const p = await analyze(zone);
    expect(allNodes(p.root)).toHaveLength(50);
    expect(allTerms(p.root).filter((t) => t.notFollowed)).toHaveLength(11);
  });
});

describe('type 99', () => {
  it('keeps only SPF records among the type-99 texts; several are never "the same as TXT"', async () => {
    const p = await analyze({
      [D]: [
        { TXT: 'v=spf1 -all' },
        { SPF: 'v=spf1 -all' },
        { SPF: 'V=SPF1' },
        { SPF: 'v=spf1x -all' },
        { SPF: 'xv=spf1 -all' },
        { SPF: 'hello' },
      ],
    });
    expect(p.type99).toEqual({ present: true, records: ['v=spf1 -all', 'V=SPF1'], sameAsTxt: false });
  });
});

describe('partial walks', () => {
  // 20 includes of 20 a-terms each: over 800 queries.
  const wide = (): ZoneData => {
    const zone: ZoneData = {};
    const kids = Array.from({ length: 20 }, (_, i) => `k${i}.example.test`);
    zone[D] = [{ TXT: `v=spf1 ${kids.map((k) => `include:${k}`).join(' ')} -all` }];
    for (const k of kids)
      zone[k] = [{ TXT: `v=spf1 ${Array.from({ length: 20 }, (_, i) => `a:h${i}.${k}`).join(' ')} -all` }];
    return zone;
  };

  it('says how many queries the budget allowed (default 400, or the one given)', async () => {
    expect((await analyze(wide())).partial).toEqual({
      reason: 'budget',
      message: 'the SPF tree needs more than 400 DNS queries; the rest was not read',
    });
    expect((await analyze(wide(), { budget: { maxQueries: 5 } })).partial).toEqual({
      reason: 'budget',
      message: 'the SPF tree needs more than 5 DNS queries; the rest was not read',
    });
  });

  it('says when the deadline passed', async () => {
    const ac = new AbortController();
    ac.abort();
    expect((await analyze({ [D]: [{ TXT: 'v=spf1 -all' }] }, { signal: ac.signal })).partial).toEqual({
      reason: 'deadline',
      message: 'the report ran out of time before the SPF tree was read',
    });
  });
});

describe('provider verdicts', () => {
  const google = { '_spf.google.com': [{ TXT: 'v=spf1 ip4:192.0.2.0/24 ip4:198.51.100.0/24 -all' }] };
  const check = async (zone: ZoneData) =>
    (await analyze({ ...google, ...zone }, { providers: ['google'] })).providers[0];

  it('a DNS failure for some addresses: unknown', async () => {
    const c = await check({
      [D]: [{ TXT: 'v=spf1 ip4:192.0.2.0/24 a:down.example.test -all' }],
      'down.example.test': ['SERVFAIL'],
    });
    expect(c?.status).toBe('unknown');
    expect(c?.samples).toEqual([
      { ip: '192.0.2.1', result: 'pass' },
      { ip: '198.51.100.1', result: 'temperror' },
    ]);
  });

  it('a permerror for some addresses: error', async () => {
    const c = await check({ [D]: [{ TXT: 'v=spf1 ip4:192.0.2.0/24 include:none.example.test -all' }] });
    expect(c?.status).toBe('error');
    expect(c?.samples.map((s) => s.result)).toEqual(['pass', 'permerror']);
  });

  it('checks with postmaster@ the domain as sender', async () => {
    const c = await check({
      [D]: [{ TXT: 'v=spf1 exists:%{l}.%{o} -all' }],
      [`postmaster.${D}`]: [{ A: '127.0.0.2' }],
    });
    expect(c?.status).toBe('authorized');
  });

  it('the provider’s record cannot be read: unknown, with the reason', async () => {
    const r = await analyze({ [D]: [{ TXT: 'v=spf1 -all' }] }, { providers: ['google'] });
    expect(r.providers).toEqual([
      {
        provider: 'google',
        name: 'Google Workspace',
        service: 'gmail',
        include: '_spf.google.com',
        status: 'unknown',
        samples: [],
        message: 'could not read _spf.google.com: _spf.google.com: the name does not exist (NXDOMAIN)',
      },
    ]);
    const s = await analyze(
      { [D]: [{ TXT: 'v=spf1 -all' }], '_spf.google.com': [{ TXT: 'v=spf1 -all' }] },
      { providers: ['google'] },
    );
    expect(s.providers[0]?.message).toBe('could not read _spf.google.com: no addresses');
  });
});

describe('walk details', () => {
  it('uses ptr only when a ptr mechanism is there; expands l, o and s for postmaster@ the domain', async () => {
    const p = await analyze({
      [D]: [{ TXT: 'v=spf1 include:ptr.example.test include:%{l}.%{o}.example.test exists:%{s} -all' }],
      'ptr.example.test': [{ TXT: 'v=spf1 ptr' }],
    });
    expect(p.root.usesPtr).toBe(false);
    expect(p.root.terms[0]!.child!.usesPtr).toBe(true);
    expect(p.root.terms.map((t) => t.target)).toEqual([
      'ptr.example.test',
      `postmaster.${D}.example.test`,
      `postmaster@${D}`,
    ]);
  });

  it('adds the voids below a term to the total', async () => {
    const p = await analyze({
      [D]: [{ TXT: 'v=spf1 a:nx0.example.test include:i.example.test -all' }],
      'i.example.test': [{ TXT: 'v=spf1 a:nx1.example.test a:nx2.example.test -all' }],
    });
    expect(p.root.totalVoids).toBe(3);
    expect(p.voidLookups).toBe(3);
  });

  it('sorts the networks of an a term; /32 and /128 are written without a prefix', async () => {
    const p = await analyze({
      [D]: [{ TXT: 'v=spf1 a:h.example.test/32//128 a:h.example.test/24//64 -all' }],
      'h.example.test': [{ A: '192.0.2.9' }, { A: '192.0.2.1' }, { AAAA: '2001:db8::2' }],
    });
    expect(p.root.terms.map((t) => t.networks)).toEqual([
      ['ip4:192.0.2.1', 'ip4:192.0.2.9', 'ip6:2001:db8::2'],
      ['ip4:192.0.2.1/24', 'ip4:192.0.2.9/24', 'ip6:2001:db8::2/64'],
    ]);
  });

  it('a null MX names no host and asks nothing more', async () => {
    const resolver = createZoneResolver({ [D]: [{ TXT: 'v=spf1 mx -all' }, { MX: [0, '.'] }] });
    const p = await analyzeSpf(D, { resolver, providers: [] });
    expect(p.root.terms[0]).toStrictEqual({
      kind: 'mx',
      text: 'mx',
      start: 7,
      end: 9,
      target: D,
      void: false,
      mxCount: 0,
      networks: [],
    });
    expect(resolver.queries.filter((q) => q.type === 'A' || q.type === 'AAAA')).toEqual([]);
  });

  it('looks up the addresses of the first 10 MX hosts only', async () => {
    const zone: ZoneData = { [D]: [{ TXT: 'v=spf1 mx -all' }] };
    for (let i = 0; i < 11; i++) {
      zone[D]!.push({ MX: [i, `m${i}.example.test`] });
      zone[`m${i}.example.test`] = [{ A: `192.0.2.${i + 1}` }];
    }
    const p = await analyze(zone);
    expect(p.root.terms[0]!.mxCount).toBe(11);
    expect(p.root.terms[0]!.networks).toHaveLength(10);
    expect(p.root.terms[0]!.networks).not.toContain('ip4:192.0.2.11');
  });

  it('an MX host whose AAAA lookup fails: the term has the error and no networks', async () => {
    const p = await analyze({
      [D]: [{ TXT: 'v=spf1 mx -all' }, { MX: [10, 'h.example.test'] }],
      'h.example.test': [{ A: '192.0.2.1' }, 'SERVFAIL'],
    });
    expect(p.root.terms[0]).toStrictEqual({
      kind: 'mx',
      text: 'mx',
      start: 7,
      end: 9,
      target: D,
      void: false,
      mxCount: 1,
      dnsError: 'h.example.test AAAA: the resolver answered SERVFAIL',
    });
  });
});

describe('flatten', () => {
  // Lookups to fill the tree up: a child with n a-terms that cannot be flattened (exists).
  const filler = (n: number): ZoneData => ({
    'fill.example.test': [
      {
        TXT: `v=spf1 exists:e.example.test ${Array.from({ length: n }, (_, i) => `a:f${i}.example.test`).join(' ')} -all`,
      },
    ],
  });
  const flat = async (root: string, zone: ZoneData) => {
    const p: SpfPosture = await analyze({ [D]: [{ TXT: root }], ...zone });
    return { p, f: flatten(p.root) };
  };

  it('writes the networks of a child, its redirect target, ip4/ip6 with and without prefix, each once', async () => {
    const { p, f } = await flat(
      'v=spf1 ip4:192.0.2.1 include:c.example.test include:fill.example.test -all',
      {
        ...filler(9),
        'c.example.test': [
          {
            TXT: 'v=spf1 ip4:192.0.2.1 ip6:2001:db8::/32 ip6:2001:db8::1 a:h.example.test redirect=r.example.test',
          },
        ],
        'h.example.test': [{ A: '192.0.2.7' }],
        'r.example.test': [
          { TXT: 'v=spf1 ip4:198.51.100.0/24 mx:m.example.test -all' },
          { MX: [1, 'h.example.test'] },
        ],
        'm.example.test': [{ MX: [1, 'h.example.test'] }],
      },
    );
    expect(p.lookups).toBe(15);
    expect(f).toEqual({
      record:
        'v=spf1 ip4:192.0.2.1 ip6:2001:db8::/32 ip6:2001:db8::1 ip4:192.0.2.7 ip4:198.51.100.0/24 include:fill.example.test -all',
      strings: [
        'v=spf1 ip4:192.0.2.1 ip6:2001:db8::/32 ip6:2001:db8::1 ip4:192.0.2.7 ip4:198.51.100.0/24 include:fill.example.test -all',
      ],
      lookups: 11,
      replaced: ['include:c.example.test'],
    });
  });

  it.each([
    ['+all', 'v=spf1 ip4:192.0.2.1 +all'],
    ['-ip4', 'v=spf1 -ip4:192.0.2.1 ip4:192.0.2.0/24 -all'],
    ['a macro from the message', 'v=spf1 a:%{i}.example.test -all'],
    ['a failing lookup', 'v=spf1 a:down.example.test -all'],
    ['a loop', `v=spf1 include:${D} -all`],
    ['exists', 'v=spf1 exists:e.example.test -all'],
    ['a redirect that cannot be flattened', 'v=spf1 ip4:192.0.2.1 redirect=x.example.test'],
    ['a syntax error', 'v=spf1 ip4:192.0.2.300 -all'],
  ])('a child with %s is not replaced', async (_name, child) => {
    const { p, f } = await flat('v=spf1 include:c.example.test include:fill.example.test -all', {
      ...filler(10),
      'c.example.test': [{ TXT: child }],
      'x.example.test': [{ TXT: 'v=spf1 exists:e.example.test -all' }],
      'down.example.test': ['SERVFAIL'],
    });
    expect(p.lookups).toBeGreaterThan(10);
    expect(f).toBeUndefined();
  });

  it('a child without all or redirect stands for its networks', async () => {
    const { f } = await flat('v=spf1 include:c.example.test include:fill.example.test -all', {
      ...filler(9),
      'c.example.test': [{ TXT: 'v=spf1 ip4:192.0.2.1' }],
    });
    expect(f?.record).toBe('v=spf1 ip4:192.0.2.1 include:fill.example.test -all');
  });

  it('an include that leads to a record has no dnsError field', async () => {
    const p = await analyze({
      [D]: [{ TXT: 'v=spf1 include:c.example.test -all' }],
      'c.example.test': [{ TXT: 'v=spf1 -all' }],
    });
    expect('dnsError' in p.root.terms[0]!).toBe(false);
  });

  it('replaces the costliest first and stops at 10 lookups', async () => {
    const { f } = await flat(
      'v=spf1 a:h.example.test include:c.example.test mx:m.example.test include:fill.example.test -all',
      {
        ...filler(7),
        'c.example.test': [{ TXT: 'v=spf1 a:h.example.test -all' }],
        'h.example.test': [{ A: '192.0.2.7' }],
        'm.example.test': [{ MX: [1, 'h.example.test'] }],
      },
    );
    // 1 + 2 + 1 + 9 = 13: the include (2) and then one more term of cost 1 bring it to 10.
    expect(f?.replaced).toEqual(['a:h.example.test', 'include:c.example.test']);
    expect(f?.lookups).toBe(10);
    expect(f?.record).toBe('v=spf1 ip4:192.0.2.7 mx:m.example.test include:fill.example.test -all');
  });

  it('at equal cost keeps only includes of the big providers for last, not other terms naming them', async () => {
    const { f } = await flat('v=spf1 a:_spf.google.com a:h.example.test include:fill.example.test -all', {
      ...filler(7),
      '_spf.google.com': [{ A: '192.0.2.8' }],
      'h.example.test': [{ A: '192.0.2.7' }],
    });
    expect(f?.replaced).toEqual(['a:_spf.google.com']);
  });

  it('replaces only "+" mechanisms, never a redirect or a "~include"', async () => {
    const { f } = await flat('v=spf1 ~include:c.example.test a:h.example.test redirect=fill.example.test', {
      ...filler(9),
      'c.example.test': [{ TXT: 'v=spf1 ip4:192.0.2.1 ip4:192.0.2.2 -all' }],
      'h.example.test': [{ A: '192.0.2.7' }],
    });
    expect(f?.replaced).toEqual(['a:h.example.test']);
  });

  it('has nothing to suggest when nothing can be replaced, and the posture says so', async () => {
    const p = await analyze({
      [D]: [{ TXT: 'v=spf1 include:fill.example.test exists:e.example.test -all' }],
      ...filler(10),
    });
    expect(p.lookups).toBe(13);
    expect('flattened' in p).toBe(false);
  });

  it('a root without a record has nothing to flatten', () => {
    expect(
      flatten({ domain: D, status: 'none', errors: [], terms: [] } as unknown as SpfNode),
    ).toBeUndefined();
  });
});
