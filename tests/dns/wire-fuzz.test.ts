/**
 * Structure-aware fuzzing of the DNS wire decoder (issue 10): valid responses built with dns-packet,
 * then broken the ways hostile or broken servers break them — cut short, length bytes changed,
 * compression pointers that loop or point forward, dots inside labels, header counts far above the
 * records present. The decoder may only return or throw DnsWireError (its documented error), and
 * must return promptly: every loop in it advances (pointers must point strictly backwards, every
 * record consumes at least its fixed header), which the pointer-loop cases pin down.
 */
import * as packet from '@leichtgewicht/dns-packet';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DnsWireError, decodeMessage, messageToAnswer } from '../../utils/dns/wire';
import type { RRType } from '../../utils/dns/types';

const label = fc.stringMatching(/^[a-z0-9-]{1,12}$/);
const name = fc.array(label, { minLength: 1, maxLength: 4 }).map((ls) => `${ls.join('.')}.test`);
const ttl = fc.nat({ max: 2 ** 31 - 1 });

const record = fc.oneof(
  fc.record({ type: fc.constant('A' as const), name, ttl, data: fc.ipV4() }),
  fc.record({ type: fc.constant('AAAA' as const), name, ttl, data: fc.ipV6() }),
  fc.record({ type: fc.constant('CNAME' as const), name, ttl, data: name }),
  fc.record({ type: fc.constant('NS' as const), name, ttl, data: name }),
  fc.record({
    type: fc.constant('MX' as const),
    name,
    ttl,
    data: fc.record({ preference: fc.nat({ max: 65535 }), exchange: name }),
  }),
  fc.record({
    type: fc.constant('TXT' as const),
    name,
    ttl,
    data: fc.array(fc.string({ maxLength: 50 }), { maxLength: 3 }),
  }),
  fc.record({
    type: fc.constant('SOA' as const),
    name,
    ttl,
    data: fc.record({
      mname: name,
      rname: name,
      serial: fc.nat(),
      refresh: fc.nat(),
      retry: fc.nat(),
      expire: fc.nat(),
      minimum: fc.nat(),
    }),
  }),
);

const qtype = fc.constantFrom<RRType>('A', 'AAAA', 'TXT', 'MX', 'CNAME', 'SOA', 'NS');

/** A valid response: the question, answers, authorities, additionals (dns-packet compresses names). */
const valid = fc
  .record({
    qname: name,
    qtype,
    rcode: fc.constantFrom(0, 2, 3, 5),
    answers: fc.array(record, { maxLength: 6 }),
    authorities: fc.array(record, { maxLength: 2 }),
    additionals: fc.array(record, { maxLength: 2 }),
  })
  .map((m) => ({
    qname: m.qname,
    qtype: m.qtype,
    bytes: packet.encode({
      type: 'response',
      id: 0,
      flags: m.rcode,
      questions: [{ type: m.qtype, name: m.qname, class: 'IN' }],
      answers: m.answers as packet.Answer[],
      authorities: m.authorities as packet.Answer[],
      additionals: m.additionals as packet.Answer[],
    }),
  }));

type Mutation = (b: Uint8Array, r: number, v: number) => Uint8Array;
const u16 = (b: Uint8Array, o: number, v: number) => {
  if (o + 1 < b.length) {
    b[o] = (v >> 8) & 0xff;
    b[o + 1] = v & 0xff;
  }
};
const mutations: Record<string, Mutation> = {
  truncate: (b, r) => b.slice(0, r % (b.length + 1)),
  anyByte: (b, r, v) => ((b[r % b.length] = v & 0xff), b),
  // A count in the header (questions, answers, authorities, additionals) far above what is there.
  hugeCount: (b, r, v) => (u16(b, 4 + 2 * (r % 4), 0x8000 | v), b),
  // A pointer to itself (the tightest loop), forward, or two pointers to each other.
  selfPointer: (b, r) => {
    const o = 12 + (r % Math.max(1, b.length - 13));
    u16(b, o, 0xc000 | o);
    return b;
  },
  forwardPointer: (b, r) => {
    const o = 12 + (r % Math.max(1, b.length - 13));
    u16(b, o, 0xc000 | Math.min(0x3fff, o + 2 + (r % 7)));
    return b;
  },
  pointerPair: (b, r) => {
    const a = 12 + (r % Math.max(1, b.length - 16));
    const c = a + 2;
    u16(b, a, 0xc000 | c);
    u16(b, c, 0xc000 | a);
    return b;
  },
  // A dot inside a label: "a.b" as one label must not read as two.
  dotInLabel: (b, r) => {
    const o = 13 + (r % Math.max(1, b.length - 14));
    if (o < b.length) b[o] = 0x2e;
    return b;
  },
  // A length byte (label, TXT string or RDLENGTH high/low byte) changed.
  lengthByte: (b, r, v) => {
    const lens = [...b.keys()].filter((i) => i >= 12 && (b[i] as number) < 64 && (b[i] as number) > 0);
    const o = lens.length ? (lens[r % lens.length] as number) : 12;
    if (o < b.length) b[o] = v & 0xff;
    return b;
  },
};

const mutated = fc
  .tuple(
    valid,
    fc.array(fc.tuple(fc.constantFrom(...Object.keys(mutations)), fc.nat(), fc.nat({ max: 0x3fff })), {
      minLength: 1,
      maxLength: 4,
    }),
  )
  .map(([v, ms]) => {
    let bytes: Uint8Array = v.bytes.slice();
    for (const [m, r, x] of ms) bytes = (mutations[m] as Mutation)(bytes, r, x);
    return { ...v, bytes };
  });

function decodesOrRejects(v: { bytes: Uint8Array; qname: string; qtype: RRType }): void {
  try {
    const msg = decodeMessage(v.bytes);
    const answer = messageToAnswer(msg, v.qname, v.qtype);
    expect(answer.name).toBe(v.qname);
  } catch (e) {
    if (!(e instanceof DnsWireError)) throw e;
    expect(['truncated', 'malformed']).toContain(e.kind);
  }
}

describe('property: DNS wire decoder, structure-aware', () => {
  it('valid responses decode, with every record of the question type found', () => {
    fc.assert(
      fc.property(valid, (v) => {
        const msg = decodeMessage(v.bytes);
        expect(msg.questions.map((q) => [q.name, q.class])).toEqual([[v.qname, 1]]);
        decodesOrRejects(v);
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('mutated responses: returns, or throws DnsWireError, and never hangs', () => {
    fc.assert(fc.property(mutated, decodesOrRejects), { numRuns: 1500 });
    // A hang fails through the test timeout; the time allowed is for a loaded CI machine.
  }, 60_000);
});

describe('DNS wire decoder: the cases the fuzzer found classes of', () => {
  const header = (qd: number, an = 0) => Uint8Array.from([0, 0, 0x81, 0x80, 0, qd, 0, an, 0, 0, 0, 0]);
  const cat = (...parts: ArrayLike<number>[]) => Uint8Array.from(parts.flatMap((p) => Array.from(p)));

  it('rejects a compression pointer to itself, a forward pointer, and a two-pointer loop', () => {
    const self = cat(header(1), [0xc0, 12], [0, 1, 0, 1]);
    const forward = cat(header(1), [0xc0, 14], [1, 0x61, 0], [0, 1, 0, 1]);
    const pair = cat(header(1), [1, 0x61, 0xc0, 16], [0, 1, 0, 1], [0xc0, 12]);
    for (const bytes of [self, forward, pair]) {
      expect(() => decodeMessage(bytes)).toThrow(DnsWireError);
    }
  });

  it('a header announcing 65,535 records with none present is truncated, at once', () => {
    const bytes = cat([0, 0, 0x81, 0x80, 0, 0, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]);
    expect(() => decodeMessage(bytes)).toThrow(expect.objectContaining({ kind: 'truncated' }));
  });

  it('a dot inside a label is escaped (RFC 4343 presentation), never a label separator', () => {
    // Question "a.b" (one label) + "test", then "a" "b" "test" (three labels) in the answer.
    const one = cat([3, 0x61, 0x2e, 0x62, 4, ...new TextEncoder().encode('test'), 0]);
    const three = cat([1, 0x61, 1, 0x62, 4, ...new TextEncoder().encode('test'), 0]);
    const bytes = cat(header(1, 1), one, [0, 1, 0, 1], three, [0, 1, 0, 1, 0, 0, 0, 60, 0, 4, 192, 0, 2, 1]);
    const msg = decodeMessage(bytes);
    expect(msg.questions[0]?.name).toBe('a\\.b.test');
    expect(msg.answers[0]?.name).toBe('a.b.test');
    // The answer for "a.b.test" is not an answer to the question "a\.b.test".
    expect(messageToAnswer(msg, 'a\\.b.test', 'A').status).toBe('NODATA');
    // Backslashes are escaped too, so the escaping itself cannot be forged.
    const slash = cat(header(1), [3, 0x61, 0x5c, 0x2e, 0], [0, 1, 0, 1]);
    expect(decodeMessage(slash).questions[0]?.name).toBe('a\\\\\\.');
  });

  it('keeps a leading byte order mark in TXT data: the bytes in the packet, not a cleaned-up version', () => {
    const bytes = packet.encode({
      type: 'response',
      id: 0,
      questions: [{ type: 'TXT', name: 'bom.test' }],
      answers: [{ type: 'TXT', name: 'bom.test', ttl: 5, data: ['\ufeffv=spf1 -all'] }],
    });
    const a = messageToAnswer(decodeMessage(bytes), 'bom.test', 'TXT');
    expect(a.status === 'NOERROR' && a.records[0]?.type === 'TXT' && a.records[0].strings).toEqual([
      '\ufeffv=spf1 -all',
    ]);
  });

  it('lowers ASCII letters only: DNS case-folding is ASCII (RFC 4343 §3)', () => {
    const bytes = cat(header(1), [2, 0x41, 0xc0, 4, ...new TextEncoder().encode('TEST'), 0], [0, 1, 0, 1]);
    expect(decodeMessage(bytes).questions[0]?.name).toBe('a\u00c0.test');
  });
});
