import { describe, expect, it } from 'vitest';
import { parseIp } from '../../utils/dns/ip';
import type { MacroContext } from '../../utils/auth/spf/macro';
import {
  MacroError,
  expandMacroString,
  toTargetName,
  tokenizeMacroString,
  urlEscape,
} from '../../utils/auth/spf/macro';

// RFC 7208 §7.4: "The <sender> is strong-bad@email.example.com. The IPv4 SMTP client IP is
// 192.0.2.3. The IPv6 SMTP client IP is 2001:db8::cb01. The PTR domain name of the client IP is
// mx.example.org."
const base: MacroContext = {
  sender: 'strong-bad@email.example.com',
  localPart: 'strong-bad',
  senderDomain: 'email.example.com',
  domain: 'email.example.com',
  ip: parseIp('192.0.2.3')!,
  helo: 'mx.example.org',
  receiver: 'example.net',
  now: () => 1_700_000_000_000,
  validatedDomain: async () => 'mx.example.org',
};

describe('RFC 7208 §7.4 examples', () => {
  it.each([
    ['%{s}', 'strong-bad@email.example.com'],
    ['%{o}', 'email.example.com'],
    ['%{d}', 'email.example.com'],
    ['%{d4}', 'email.example.com'],
    ['%{d3}', 'email.example.com'],
    ['%{d2}', 'example.com'],
    ['%{d1}', 'com'],
    ['%{dr}', 'com.example.email'],
    ['%{d2r}', 'example.email'],
    ['%{l}', 'strong-bad'],
    ['%{l-}', 'strong.bad'],
    ['%{lr}', 'strong-bad'],
    ['%{lr-}', 'bad.strong'],
    ['%{l1r-}', 'strong'],
    ['%{ir}.%{v}._spf.%{d2}', '3.2.0.192.in-addr._spf.example.com'],
    ['%{lr-}.lp._spf.%{d2}', 'bad.strong.lp._spf.example.com'],
    ['%{lr-}.lp.%{ir}.%{v}._spf.%{d2}', 'bad.strong.lp.3.2.0.192.in-addr._spf.example.com'],
    ['%{ir}.%{v}.%{l1r-}.lp._spf.%{d2}', '3.2.0.192.in-addr.strong.lp._spf.example.com'],
    ['%{d2}.trusted-domains.example.net', 'example.com.trusted-domains.example.net'],
  ])('%s → %s', async (macro, expected) => {
    expect(await expandMacroString(macro, 'domain', base)).toBe(expected);
  });

  it('IPv6: %{ir}.%{v}._spf.%{d2} (nibbles upper-cased, as the OpenSPF suite expects; DNS ignores case)', async () => {
    const out = await expandMacroString('%{ir}.%{v}._spf.%{d2}', 'domain', {
      ...base,
      ip: parseIp('2001:db8::cb01')!,
    });
    expect(out.toLowerCase()).toBe(
      '1.0.b.c.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6._spf.example.com',
    );
  });
});

describe('macro expansion', () => {
  it('expands c, r, t, p only where allowed, and the escapes everywhere', async () => {
    expect(await expandMacroString('%{c} %{r} %{t} %{p}', 'explanation', base)).toBe(
      '192.0.2.3 example.net 1700000000 mx.example.org',
    );
    expect(await expandMacroString('a%%b%_c%-d', 'domain', base)).toBe('a%b c%20d');
    await expect(expandMacroString('%{c}.example.com', 'domain', base)).rejects.toMatchObject({
      code: 'letter-not-allowed',
    });
  });
  it('URL-escapes upper-case macros (RFC 3986 unreserved kept)', async () => {
    expect(await expandMacroString('%{L}', 'domain', { ...base, localPart: '~jack&jill=up-a_b3.c' })).toBe(
      '~jack%26jill%3Dup-a_b3.c',
    );
    expect(urlEscape("JUMPIN' JUPITER")).toBe('JUMPIN%27%20JUPITER');
  });
  it('needs the IP for i, c, v, p and says so with a typed error', async () => {
    const { ip: _ip, ...noIp } = base;
    await expect(expandMacroString('%{i}', 'domain', noIp)).rejects.toBeInstanceOf(MacroError);
    expect(await expandMacroString('%{d}', 'domain', noIp)).toBe('email.example.com');
  });
  it('reports every syntax problem with its position', () => {
    const s = 'a%b%{x}%{d0}%{l2q}%{';
    expect(tokenizeMacroString(s, 'domain').issues.map((i) => [i.code, s.slice(i.start, i.end)])).toEqual([
      ['bad-escape', '%b'],
      ['unknown-letter', '%{x}'],
      ['zero-digits', '%{d0}'],
      ['bad-transformer', '%{l2q}'],
      ['unclosed', '%{'],
    ]);
    expect(tokenizeMacroString('a b', 'domain').issues.map((i) => i.code)).toEqual(['bad-char']);
    expect(tokenizeMacroString('a b', 'explanation').issues).toEqual([]);
  });
  it('makes query names: trailing dot dropped, left labels cut to 253 characters (RFC 7208 §4.8)', () => {
    expect(toTargetName('example.com.')).toBe('example.com');
    const long = `${'x'.repeat(10)}.${Array(25).fill('abcdefghi').join('.')}.example.com`;
    const cut = toTargetName(long);
    expect(cut.length).toBeLessThanOrEqual(253);
    expect(long.endsWith(cut)).toBe(true);
    expect(cut.startsWith('abcdefghi.')).toBe(true);
  });
});
