import { describe, expect, it } from 'vitest';
import { dnsTerms, isSpfRecord, parseSpf } from '../../utils/auth/spf/parse';
import type { SpfSyntaxCode } from '../../utils/auth/spf/parse';

describe('isSpfRecord (RFC 7208 §4.5)', () => {
  it.each([
    ['v=spf1', true],
    ['v=spf1 -all', true],
    ['V=SpF1 ~all', true],
    ['v=spf10', false],
    ['v=spf1\t-all', false],
    [' v=spf1', false],
    ['spf2.0/pra', false],
  ])('%j → %s', (text, expected) => expect(isSpfRecord(text)).toBe(expected));
});

describe('parseSpf: valid records', () => {
  const valid = [
    'v=spf1',
    'v=spf1 -all ',
    'v=spf1  a  -all',
    'v=spf1 +a:mail.example.com/24//64 mx//0 ~all',
    'v=spf1 ip4:192.0.2.0/24 ip6:2001:db8::/32 ip6:::ffff:1.2.3.4 -all',
    'v=spf1 include:_spf.google.com ?all',
    'v=spf1 exists:%{ir}.%{l1r-}.lp._spf.%{d2} -all',
    'v=spf1 a:foo:bar/baz.example.com -all',
    'v=spf1 a:foo.example.xn--zckzah -all',
    'v=spf1 ptr ptr:example.com -all',
    'v=spf1 redirect=_spf.example.com exp=explain.%{d}',
    'v=spf1 moo.cow-far_out=man:dog/cat ip4:1.2.3.4 -all',
    'v=spf1 default=+ foo=',
    'v=spf1 a:macro%%percent%_%_space%-url-space.example.com -all',
  ];
  it.each(valid)('%j has no errors', (text) => expect(parseSpf(text).errors).toEqual([]));

  it('reads qualifiers, domains and dual CIDR lengths', () => {
    const r = parseSpf('v=spf1 -a:mail.example.com/24//64 mx//0 ~ip4:192.0.2.0/24 ?all');
    expect(r.mechanisms.map((m) => [m.qualifier, m.name, m.domainSpec?.text, m.cidr4, m.cidr6])).toEqual([
      ['-', 'a', 'mail.example.com', 24, 64],
      ['+', 'mx', undefined, undefined, 0],
      ['~', 'ip4', undefined, 24, undefined],
      ['?', 'all', undefined, undefined, undefined],
    ]);
    expect(r.all?.text).toBe('?all');
  });

  it('keeps each term with its range in the record', () => {
    const text = 'v=spf1  include:a.example.com  -all';
    const r = parseSpf(text);
    expect(r.terms.map((t) => text.slice(t.start, t.end))).toEqual(['include:a.example.com', '-all']);
  });

  it('counts DNS terms; redirect only when there is no all (RFC 7208 §6.1)', () => {
    expect(
      dnsTerms(
        parseSpf(
          'v=spf1 a mx ptr exists:x.example.com include:y.example.com ip4:1.2.3.4 redirect=z.example.com',
        ),
      ).length,
    ).toBe(6);
    expect(dnsTerms(parseSpf('v=spf1 a redirect=z.example.com -all')).map((t) => t.text)).toEqual(['a']);
  });
});

describe('parseSpf: every error, with its position', () => {
  const invalid: Array<[string, Array<[SpfSyntaxCode, string]>]> = [
    ['v=spf1 ip4:1.2.3.4 -all moo', [['unknown-mechanism', 'moo']]],
    [
      'v=spf1 -all. -all:foobar -all/8',
      [
        ['unexpected-argument', '.'],
        ['unexpected-argument', ':foobar'],
        ['unexpected-argument', '/8'],
      ],
    ],
    [
      'v=spf1 a:example.com:8080 a:111.222.33.44 a:museum a:example.-com',
      [
        ['bad-domain-spec', 'example.com:8080'],
        ['ip-as-domain', '111.222.33.44'],
        ['bad-domain-spec', 'museum'],
        ['bad-domain-spec', 'example.-com'],
      ],
    ],
    [
      'v=spf1 a/33 a//129 a/24/64 ip4:1.2.3.4/032 ip4:1.2.3.4//32',
      [
        ['bad-cidr', '/33'],
        ['bad-cidr', '//129'],
        ['bad-cidr', '/24/64'],
        ['bad-cidr', '/032'],
        ['bad-cidr', '//32'],
      ],
    ],
    [
      'v=spf1 ip4:1.2.3 ip6::CAFE::BABE ip4',
      [
        ['bad-ip4', '1.2.3'],
        ['bad-ip6', ':CAFE::BABE'],
        ['missing-domain', 'ip4'],
      ],
    ],
    [
      'v=spf1 include: exists a: ptr:',
      [
        ['missing-domain', 'include:'],
        ['missing-domain', 'exists'],
        ['missing-domain', 'a:'],
        ['missing-domain', 'ptr:'],
      ],
    ],
    [
      'v=spf1 exists:%(ir).sbl.example.com a:%{a}.example.com a:%{r}.example.com foo=%abc',
      [
        ['bad-macro', '%('],
        ['bad-macro', '%{a}'],
        ['bad-macro', '%{r}'],
        ['bad-macro', '%a'],
      ],
    ],
    [
      'v=spf1 exp=a.example.com exp=b.example.com redirect= 1up=foo =all',
      [
        ['duplicate-modifier', 'exp=b.example.com'],
        ['missing-domain', 'redirect='],
        ['bad-modifier-name', '1up=foo'],
        ['bad-modifier-name', '=all'],
      ],
    ],
    [
      'v=spf1 a:ctrl.example.com\rptr \u0080a -all',
      [
        ['bad-char', '\r'],
        ['bad-char', '\u0080'],
      ],
    ],
    ['v=spf1 redirect:t2.example.com', [['unknown-mechanism', 'redirect:t2.example.com']]],
    ['v=spf10 -all', [['no-version', 'v=spf1']]],
  ];
  it.each(invalid)('%j', (text, expected) => {
    const r = parseSpf(text);
    expect(r.errors.map((e) => [e.code, text.slice(e.start, e.end)])).toEqual(expected);
    // A term with an error is not kept, so evaluation can never act on half of it.
    for (const e of r.errors) expect(r.terms.some((t) => t.start <= e.start && e.end <= t.end)).toBe(false);
  });
});
