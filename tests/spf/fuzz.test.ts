/**
 * Untrusted DNS data meets three pieces of code: the DNS message decoder, the SPF parser and the
 * macro expander. On any input they may only return, or throw their own typed error — and return
 * promptly (the test timeout catches a hang).
 */
import * as packet from '@leichtgewicht/dns-packet';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MacroError, expandMacroString, tokenizeMacroString } from '../../utils/auth/spf/macro';
import type { MacroMode } from '../../utils/auth/spf/macro';
import { parseSpf } from '../../utils/auth/spf/parse';
import { parseIp } from '../../utils/dns/ip';
import { DnsWireError, decodeMessage, messageToAnswer } from '../../utils/dns/wire';

const RUNS = 2000;

/** A valid response with random records, as a base for mutations. */
const validMessage = fc
  .record({
    strings: fc.array(fc.string({ maxLength: 40 }), { maxLength: 4 }),
    address: fc.ipV4(),
    ttl: fc.nat({ max: 2 ** 31 }),
    rcode: fc.constantFrom(0, 2, 3, 5),
  })
  .map(({ strings, address, ttl, rcode }) =>
    packet.encode({
      type: 'response',
      id: 0,
      flags: rcode,
      questions: [{ type: 'TXT', name: 'fuzz.example.test' }],
      answers: [
        { type: 'CNAME', name: 'fuzz.example.test', ttl, data: 'target.example.test' },
        { type: 'TXT', name: 'target.example.test', ttl, data: strings },
        { type: 'A', name: 'target.example.test', ttl, data: address },
      ],
    }),
  );

const mutated = fc
  .tuple(
    validMessage,
    fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }),
    fc.nat(),
  )
  .map(([msg, flips, cut]) => {
    const out = msg.slice(0, msg.length - (cut % (msg.length + 1)));
    for (const [i, v] of flips) if (out.length) out[i % out.length] = v;
    return out;
  });

const decodes = (bytes: Uint8Array) => {
  try {
    const msg = decodeMessage(bytes);
    messageToAnswer(msg, 'fuzz.example.test', 'TXT');
  } catch (e) {
    expect(e).toBeInstanceOf(DnsWireError);
  }
};

describe('property: DNS message decoder', () => {
  it('random bytes: returns or throws DnsWireError', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 600 }), decodes), { numRuns: RUNS });
  });
  it('mutated and cut valid responses: returns or throws DnsWireError', () => {
    fc.assert(fc.property(mutated, decodes), { numRuns: RUNS });
  });
  it('valid responses decode to what dns-packet encoded', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.string({ maxLength: 60 }).filter((s) => new TextEncoder().encode(s).length < 256),
          { maxLength: 5 },
        ),
        (strings) => {
          const bytes = packet.encode({
            type: 'response',
            id: 0,
            questions: [{ type: 'TXT', name: 'x.test' }],
            answers: [{ type: 'TXT', name: 'x.test', ttl: 5, data: [...strings] }],
          }); // dns-packet converts the array in place
          const a = messageToAnswer(decodeMessage(bytes), 'x.test', 'TXT');
          expect(
            a.status === 'NOERROR' && a.records[0]?.type === 'TXT' ? a.records[0].strings : null,
          ).toEqual(strings);
        },
      ),
      { numRuns: 500 },
    );
  });
});

/** Records built from SPF-ish pieces hit deeper paths than uniform random strings. */
const spfish = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        'v=spf1',
        ' ',
        '  ',
        'a',
        'mx',
        'ptr',
        'all',
        'include',
        'exists',
        'ip4',
        'ip6',
        'redirect',
        'exp',
        ':',
        '/',
        '//',
        '=',
        '%',
        '%{',
        '}',
        '%%',
        '%_',
        '%-',
        '.',
        '-',
        '+',
        '~',
        '?',
        'example.com',
        '24',
        '128',
        '0',
        '1.2.3.4',
        '::1',
        'd',
        'ir',
        'l2r-',
        'x',
      ),
      fc.string({ maxLength: 4 }),
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''));

describe('property: SPF parser', () => {
  it('never throws, and reports errors inside the record', () => {
    fc.assert(
      fc.property(
        fc.oneof(spfish, fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 100 })),
        (text) => {
          const r = parseSpf(text);
          for (const e of r.errors) {
            expect(e.start).toBeGreaterThanOrEqual(0);
            expect(e.end).toBeLessThanOrEqual(text.length);
            expect(e.start).toBeLessThanOrEqual(e.end);
          }
          for (const t of r.terms) expect(text.slice(t.start, t.end)).toBe(t.text);
        },
      ),
      { numRuns: RUNS },
    );
  });
});

describe('property: macro expansion', () => {
  const ctx = {
    sender: 'strong-bad@email.example.com',
    localPart: 'strong-bad',
    senderDomain: 'email.example.com',
    domain: 'email.example.com',
    ip: parseIp('2001:db8::cb01')!,
    helo: 'mx.example.org',
    validatedDomain: async () => 'mx.example.org',
  };
  it('returns a string or throws MacroError, for any input and mode', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(spfish, fc.string({ maxLength: 100 })),
        fc.constantFrom<MacroMode>('domain', 'explanation', 'modifier'),
        async (s, mode) => {
          const { issues } = tokenizeMacroString(s, mode);
          try {
            const out = await expandMacroString(s, mode, ctx);
            expect(typeof out).toBe('string');
            expect(issues).toEqual([]);
          } catch (e) {
            expect(e).toBeInstanceOf(MacroError);
            expect(issues.length).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: RUNS },
    );
  });
});
