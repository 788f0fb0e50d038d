import { describe, expect, it } from 'vitest';
import { parseIp } from '../../utils/dns/ip';
import type { IpAddress } from '../../utils/dns/ip';
import type { MacroContext, MacroMode } from '../../utils/auth/spf/macro';
import {
  MacroError,
  expandMacroString,
  toTargetName,
  tokenizeMacroString,
  urlEscape,
} from '../../utils/auth/spf/macro';

// utils/auth/spf/macro.ts in full detail (issue 13): every token and issue with its range and
// message, each letter's value, the transformers' edges and URL escaping.

const ip = (s: string) => parseIp(s) as IpAddress;
const ctx: MacroContext = {
  sender: 'strong-bad@email.example.com',
  localPart: 'strong-bad',
  senderDomain: 'email.example.com',
  domain: 'email.example.com',
  ip: ip('192.0.2.3'),
  helo: 'mx.example.org',
  now: () => 1_700_000_000_999,
};

const BAD_ESCAPE = '"%" must be followed by "{", "%", "_" or "-"';

describe('tokenizeMacroString: tokens and issues', () => {
  it.each<[string, MacroMode, ReturnType<typeof tokenizeMacroString>]>([
    [
      'a%b%{x}%{d0}%{l2q}%{',
      'domain',
      {
        tokens: [{ kind: 'literal', text: 'a', escape: false, start: 0, end: 1 }],
        issues: [
          { code: 'bad-escape', start: 1, end: 3, message: BAD_ESCAPE },
          { code: 'unknown-letter', start: 3, end: 7, message: 'unknown macro letter "x"' },
          { code: 'zero-digits', start: 7, end: 12, message: 'the number of parts to keep must not be zero' },
          { code: 'bad-transformer', start: 12, end: 18, message: 'bad transformer in "%{l2q}"' },
          { code: 'unclosed', start: 18, end: 20, message: 'macro "%{" is not closed with "}"' },
        ],
      },
    ],
    [
      'a\nb c\u00e9',
      'domain',
      {
        tokens: [{ kind: 'literal', text: 'a\nb c\u00e9', escape: false, start: 0, end: 6 }],
        issues: [
          { code: 'bad-char', start: 1, end: 2, message: 'character U+000A is not allowed here' },
          { code: 'bad-char', start: 3, end: 4, message: 'character U+0020 is not allowed here' },
          { code: 'bad-char', start: 5, end: 6, message: 'character U+00E9 is not allowed here' },
        ],
      },
    ],
    [
      'a b%',
      'explanation',
      {
        tokens: [{ kind: 'literal', text: 'a b', escape: false, start: 0, end: 3 }],
        issues: [{ code: 'bad-escape', start: 3, end: 4, message: BAD_ESCAPE }],
      },
    ],
    [
      '%ab%{d}',
      'domain',
      {
        tokens: [
          { kind: 'literal', text: 'b', escape: false, start: 2, end: 3 },
          { kind: 'macro', letter: 'd', upper: false, reverse: false, delimiters: '.', start: 3, end: 7 },
        ],
        issues: [{ code: 'bad-escape', start: 0, end: 2, message: BAD_ESCAPE }],
      },
    ],
    [
      '%{c}%{R}%{t}',
      'domain',
      {
        tokens: [],
        issues: [
          {
            code: 'letter-not-allowed',
            start: 0,
            end: 4,
            message: 'macro "%{c}" is only allowed in explanation text',
          },
          {
            code: 'letter-not-allowed',
            start: 4,
            end: 8,
            message: 'macro "%{R}" is only allowed in explanation text',
          },
          {
            code: 'letter-not-allowed',
            start: 8,
            end: 12,
            message: 'macro "%{t}" is only allowed in explanation text',
          },
        ],
      },
    ],
    [
      '%{1}%{}%{\u00e9}%{q2}',
      'modifier',
      {
        tokens: [],
        issues: [
          { code: 'unknown-letter', start: 0, end: 4, message: 'unknown macro letter in "%{1}"' },
          { code: 'unknown-letter', start: 4, end: 7, message: 'unknown macro letter in "%{}"' },
          { code: 'unknown-letter', start: 7, end: 11, message: 'unknown macro letter in "%{\u00e9}"' },
          { code: 'unknown-letter', start: 11, end: 16, message: 'unknown macro letter "q"' },
        ],
      },
    ],
    [
      '%%%_%-x%{C}%{S300R-+}',
      'explanation',
      {
        tokens: [
          { kind: 'literal', text: '%', escape: true, start: 0, end: 2 },
          { kind: 'literal', text: ' ', escape: true, start: 2, end: 4 },
          { kind: 'literal', text: '%20', escape: true, start: 4, end: 6 },
          { kind: 'literal', text: 'x', escape: false, start: 6, end: 7 },
          { kind: 'macro', letter: 'c', upper: true, reverse: false, delimiters: '.', start: 7, end: 11 },
          {
            kind: 'macro',
            letter: 's',
            upper: true,
            digits: 255,
            reverse: true,
            delimiters: '-+',
            start: 11,
            end: 21,
          },
        ],
        issues: [],
      },
    ],
  ])('%j (%s)', (s, mode, expected) => expect(tokenizeMacroString(s, mode)).toEqual(expected));

  it('allows the space only in explanations, and the printable ASCII range exactly', () => {
    expect(tokenizeMacroString('!~', 'domain').issues).toEqual([]);
    expect(tokenizeMacroString('\u007f', 'explanation').issues.map((i) => i.code)).toEqual(['bad-char']);
    expect(tokenizeMacroString(' ', 'modifier').issues.map((i) => i.code)).toEqual(['bad-char']);
  });
});

describe('expansion', () => {
  const x = (s: string, c: MacroContext = ctx) => expandMacroString(s, 'explanation', c);

  it.each([
    ['%{s}', 'strong-bad@email.example.com'],
    ['%{l}', 'strong-bad'],
    ['%{o}', 'email.example.com'],
    ['%{d}', 'email.example.com'],
    ['%{h}', 'mx.example.org'],
    ['%{i}', '192.0.2.3'],
    ['%{c}', '192.0.2.3'],
    ['%{v}', 'in-addr'],
    ['%{p}', 'unknown'],
    ['%{r}', 'unknown'],
    ['%{t}', '1700000000'],
    ['%{d9}', 'email.example.com'],
    ['%{d3}', 'email.example.com'],
    ['%{dR}', 'com.example.email'],
    ['%{l-}', 'strong.bad'],
    ['%{s=-}', 'strong.bad@email.example.com'],
    ['%{S}', 'strong-bad%40email.example.com'],
  ])('%s → %s', async (s, expected) => expect(await x(s)).toBe(expected));

  it('takes "-" among several delimiters literally, not as a character range', async () => {
    const c = { ...ctx, localPart: 'a1b-c,d=e' };
    expect(await x('%{l,-=}', c)).toBe('a1b.c.d.e');
    expect(await x('%{l-+}', c)).toBe('a1b.c,d=e');
  });

  it('gives IPv6 values, the receiver, %{p} from the context and the default clock', async () => {
    const v6 = {
      ...ctx,
      ip: ip('2001:db8::1'),
      receiver: 'mx.receiver.test',
      validatedDomain: async () => 'v.test',
    };
    expect(await x('%{v} %{c} %{r} %{p}', v6)).toBe('ip6 2001:db8::1 mx.receiver.test v.test');
    const { now: _now, ...noClock } = ctx;
    const before = Math.floor(Date.now() / 1000);
    const t = Number(await x('%{t}', noClock));
    expect(t).toBeGreaterThanOrEqual(before);
    expect(t).toBeLessThanOrEqual(Math.floor(Date.now() / 1000));
  });

  it('throws a MacroError with the code, message and range of a macro that needs the address', async () => {
    const { ip: _ip, ...noIp } = ctx;
    for (const [s, letter] of [
      ['ab%{i}', 'i'],
      ['ab%{c}', 'c'],
      ['ab%{v}', 'v'],
      ['ab%{p}', 'p'],
    ]) {
      const e = await x(s as string, noIp).catch((err: unknown) => err);
      expect(e).toBeInstanceOf(MacroError);
      expect(e).toMatchObject({
        name: 'MacroError',
        code: 'needs-ip',
        message: `macro %{${letter}} needs the client's IP address`,
        start: 2,
        end: 6,
      });
    }
  });

  it('throws the first syntax problem with its range', async () => {
    const e = await expandMacroString('ab%{x}%{d0}', 'domain', ctx).catch((err: unknown) => err);
    expect(e).toMatchObject({
      code: 'unknown-letter',
      message: 'unknown macro letter "x"',
      start: 2,
      end: 6,
    });
    expect(new MacroError('unclosed', 'm')).toMatchObject({ start: 0, end: 0 });
  });
});

describe('urlEscape and toTargetName', () => {
  it('percent-encodes every byte but the unreserved ones, two upper-case hex digits each', () => {
    expect(urlEscape('aZ09-._~')).toBe('aZ09-._~');
    expect(urlEscape('\n/é')).toBe('%0A%2F%C3%A9');
  });

  it('leaves a long name without dots alone, and cuts whole labels only while too long', () => {
    const one = 'x'.repeat(300);
    expect(toTargetName(one)).toBe(one);
    expect(toTargetName(`.${one}`)).toBe(one);
    const fits = `${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(61)}`;
    expect(fits).toHaveLength(253);
    expect(toTargetName(`${fits}.`)).toBe(fits);
    expect(toTargetName(`x.${fits}`)).toBe(fits);
    expect(toTargetName('example.com')).toBe('example.com');
  });
});
