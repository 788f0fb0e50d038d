import { describe, expect, it } from 'vitest';
import { dnsTerms, parseSpf } from '../../utils/auth/spf/parse';

// Every syntax error of utils/auth/spf/parse.ts with its range, its term and its English message
// (the CLI and logs show the message; issue 13: mutants that change a message or a range survived
// the code-only table in parse.test.ts).

type Row = [code: string, start: number, end: number, term: string, message: string];
const CASES: Array<[string, Row[]]> = [
  [
    'v=spf1 ip4:1.2.3.4 -all moo',
    [
      [
        'unknown-mechanism',
        24,
        27,
        'moo',
        '"moo" is not an SPF mechanism (all, include, a, mx, ptr, ip4, ip6, exists)',
      ],
    ],
  ],
  [
    'v=spf1 -all. -all:foobar -all/8',
    [
      ['unexpected-argument', 11, 12, '-all.', '"all" takes no argument (got ".")'],
      ['unexpected-argument', 17, 24, '-all:foobar', '"all" takes no argument (got ":foobar")'],
      ['unexpected-argument', 29, 31, '-all/8', '"all" takes no argument (got "/8")'],
    ],
  ],
  [
    'v=spf1 a:example.com:8080 a:111.222.33.44 a:museum',
    [
      [
        'bad-domain-spec',
        9,
        25,
        'a:example.com:8080',
        '"example.com:8080" does not end in a top-level label such as ".com" (or a macro)',
      ],
      [
        'ip-as-domain',
        28,
        41,
        'a:111.222.33.44',
        '"111.222.33.44" is an address: write "ip4:111.222.33.44" instead',
      ],
      [
        'bad-domain-spec',
        44,
        50,
        'a:museum',
        '"museum" does not end in a top-level label such as ".com" (or a macro)',
      ],
    ],
  ],
  [
    'v=spf1 a/33 a//129 a/24/64 ip4:1.2.3.4/032 ip4:1.2.3.4//32 ip6:::1/129 a:x.example.com/0//0',
    [
      ['bad-cidr', 8, 11, 'a/33', 'prefix length "/33" must be 0–32 without leading zeros'],
      ['bad-cidr', 13, 18, 'a//129', 'prefix length "//129" must be 0–128 without leading zeros'],
      ['bad-cidr', 20, 26, 'a/24/64', '"/24/64" is not a prefix length ("/24", "//64" or "/24//64")'],
      ['bad-cidr', 38, 42, 'ip4:1.2.3.4/032', 'prefix length "/032" must be 0–32 without leading zeros'],
      ['bad-cidr', 54, 58, 'ip4:1.2.3.4//32', '"//32" is not a prefix length ("/24")'],
      ['bad-cidr', 66, 70, 'ip6:::1/129', 'prefix length "/129" must be 0–128 without leading zeros'],
    ],
  ],
  [
    'v=spf1 ip4:1.2.3 ip6::CAFE::BABE ip4 ip6',
    [
      ['bad-ip4', 11, 16, 'ip4:1.2.3', '"1.2.3" is not a valid IPv4 address'],
      ['bad-ip6', 21, 32, 'ip6::CAFE::BABE', '":CAFE::BABE" is not a valid IPv6 address'],
      ['missing-domain', 33, 36, 'ip4', '"ip4" needs ":" and an address, optionally "/" and a prefix length'],
      ['missing-domain', 37, 40, 'ip6', '"ip6" needs ":" and an address, optionally "/" and a prefix length'],
    ],
  ],
  [
    'v=spf1 include: exists a: ptr: mx: include exists:x.com ptr/24 ptr:x.com mx/0 all:x',
    [
      ['missing-domain', 7, 15, 'include:', '"include:" needs a domain'],
      ['missing-domain', 16, 22, 'exists', '"exists" needs ":" and a domain'],
      ['missing-domain', 23, 25, 'a:', '"a:" needs a domain after the colon'],
      ['missing-domain', 26, 30, 'ptr:', '"ptr:" needs a domain'],
      ['missing-domain', 31, 34, 'mx:', '"mx:" needs a domain after the colon'],
      ['missing-domain', 35, 42, 'include', '"include" needs ":" and a domain'],
      ['unexpected-argument', 59, 62, 'ptr/24', '"ptr" takes only ":" and a domain (got "/24")'],
      ['unexpected-argument', 81, 83, 'all:x', '"all" takes no argument (got ":x")'],
    ],
  ],
  [
    'v=spf1 exists:%(ir).sbl.example.com a:%{a}.example.com foo=%abc',
    [
      ['bad-macro', 14, 16, 'exists:%(ir).sbl.example.com', '"%" must be followed by "{", "%", "_" or "-"'],
      ['bad-macro', 38, 42, 'a:%{a}.example.com', 'unknown macro letter "a"'],
      ['bad-macro', 59, 61, 'foo=%abc', '"%" must be followed by "{", "%", "_" or "-"'],
    ],
  ],
  [
    'v=spf1 exp=a.example.com exp=b.example.com redirect= 1up=foo =all redirect=x.com redirect=y.com',
    [
      ['duplicate-modifier', 25, 42, 'exp=b.example.com', '"exp=" appears more than once (RFC 7208 §6)'],
      ['missing-domain', 43, 52, 'redirect=', '"redirect=" needs a domain'],
      [
        'bad-modifier-name',
        53,
        60,
        '1up=foo',
        '"1up=foo": a modifier name starts with a letter and has only letters, digits, "-", "_" and "."',
      ],
      [
        'bad-modifier-name',
        61,
        65,
        '=all',
        '"=all": a modifier name starts with a letter and has only letters, digits, "-", "_" and "."',
      ],
      ['duplicate-modifier', 66, 80, 'redirect=x.com', '"redirect=" appears more than once (RFC 7208 §6)'],
      ['duplicate-modifier', 81, 95, 'redirect=y.com', '"redirect=" appears more than once (RFC 7208 §6)'],
    ],
  ],
  [
    'v=spf1 a:ctrl.example.com\rptr a -all',
    [
      [
        'bad-char',
        25,
        26,
        'a:ctrl.example.com\rptr',
        'character U+000D in "a:ctrl.example.com\\x0dptr": SPF records are printable ASCII separated by spaces',
      ],
      [
        'bad-char',
        30,
        31,
        'a',
        'character U+0080 in "\\x80a": SPF records are printable ASCII separated by spaces',
      ],
    ],
  ],
  ['v=spf10 -all', [['no-version', 0, 6, 'v=spf1', 'an SPF record starts with "v=spf1"']]],
  ['x', [['no-version', 0, 1, 'x', 'an SPF record starts with "v=spf1"']]],
  [
    'v=spf1 include:foo/24 exists',
    [
      [
        'bad-domain-spec',
        15,
        21,
        'include:foo/24',
        '"foo/24" does not end in a top-level label such as ".com" (or a macro)',
      ],
      ['missing-domain', 22, 28, 'exists', '"exists" needs ":" and a domain'],
    ],
  ],
  ['abcdef v=spf1', [['no-version', 0, 6, 'abcdef', 'an SPF record starts with "v=spf1"']]],
  [
    'v=spf1 foo:x=y',
    [
      [
        'unknown-mechanism',
        7,
        14,
        'foo:x=y',
        '"foo:x=y" is not an SPF mechanism (all, include, a, mx, ptr, ip4, ip6, exists)',
      ],
    ],
  ],
  [
    'v=spf1 include/24 exists.x',
    [
      ['unexpected-argument', 14, 17, 'include/24', '"include" needs ":" and a domain'],
      ['unexpected-argument', 24, 26, 'exists.x', '"exists" needs ":" and a domain'],
    ],
  ],
  [
    'v=spf1 a:x.example.com/33 a:x.example.com/24/64 a/24//129 mx:x.example.com//129',
    [
      ['bad-cidr', 22, 25, 'a:x.example.com/33', 'prefix length "/33" must be 0–32 without leading zeros'],
      [
        'bad-domain-spec',
        28,
        44,
        'a:x.example.com/24/64',
        '"x.example.com/24" does not end in a top-level label such as ".com" (or a macro)',
      ],
      ['bad-cidr', 44, 47, 'a:x.example.com/24/64', 'prefix length "/64" must be 0–32 without leading zeros'],
      ['bad-cidr', 52, 57, 'a/24//129', 'prefix length "//129" must be 0–128 without leading zeros'],
      [
        'bad-cidr',
        74,
        79,
        'mx:x.example.com//129',
        'prefix length "//129" must be 0–128 without leading zeros',
      ],
    ],
  ],
  [
    'v=spf1 ip4.:1.2.3.4 ip4./24',
    [
      [
        'missing-domain',
        7,
        19,
        'ip4.:1.2.3.4',
        '"ip4" needs ":" and an address, optionally "/" and a prefix length',
      ],
      [
        'missing-domain',
        20,
        27,
        'ip4./24',
        '"ip4" needs ":" and an address, optionally "/" and a prefix length',
      ],
    ],
  ],
  [
    'v=spf1 a:x.%{d}com a:x.%-com',
    [
      [
        'bad-domain-spec',
        9,
        18,
        'a:x.%{d}com',
        '"x.%{d}com" does not end in a top-level label such as ".com" (or a macro)',
      ],
      [
        'bad-domain-spec',
        21,
        28,
        'a:x.%-com',
        '"x.%-com" does not end in a top-level label such as ".com" (or a macro)',
      ],
    ],
  ],
];

describe('parseSpf: each error with its range, term and message', () => {
  it.each(CASES)('%j', (text, expected) => {
    const r = parseSpf(text);
    expect(r.errors.map((e) => [e.code, e.start, e.end, e.term, e.message])).toEqual(expected);
  });
});

describe('parseSpf: what a valid record holds', () => {
  it('tells a written qualifier from the default one, and a domain-spec with macros from one without', () => {
    const r = parseSpf('v=spf1 +a all include:%{d}.example.com exists:%%.example.com');
    expect(r.mechanisms.map((m) => [m.qualifier, m.explicitQualifier])).toEqual([
      ['+', true],
      ['+', false],
      ['+', false],
      ['+', false],
    ]);
    expect(r.mechanisms.map((m) => m.domainSpec?.hasMacros)).toEqual([undefined, undefined, true, false]);
  });

  it('places a macro error inside its domain-spec', () => {
    const text = 'v=spf1 a:x%{a}.example.com';
    const [e] = parseSpf(text).errors;
    expect(e).toMatchObject({ code: 'bad-macro', start: 10, end: 14 });
    expect(text.slice(e?.start, e?.end)).toBe('%{a}');
  });

  it('counts only mechanisms and redirect= as DNS terms, never a modifier named like a mechanism', () => {
    const r = parseSpf('v=spf1 a=x.example.com exp=e.example.com foo=bar include:i.example.com');
    expect(r.errors).toEqual([]);
    expect(dnsTerms(r).map((t) => t.text)).toEqual(['include:i.example.com']);
  });
});

describe('parseSpf: the shared results', () => {
  it('gives the same object for the same text, and keeps the last 256 texts read (oldest out first)', () => {
    const tag = `c${Date.now()}`;
    const text = (i: number) => `v=spf1 include:${tag}-${i}.example.com`;
    const first = parseSpf(text(0));
    expect(parseSpf(text(0))).toBe(first);
    for (let i = 1; i < 256; i++) parseSpf(text(i));
    expect(parseSpf(text(0))).toBe(first);
    // The 257th new text pushes out the oldest, text(0): it is parsed again.
    parseSpf(text(256));
    const again = parseSpf(text(0));
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });
});
