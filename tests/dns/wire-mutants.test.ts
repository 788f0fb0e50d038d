/**
 * Exact-message tests of the DNS wire decoder and encoder (issue 13: written to kill the mutants of
 * utils/dns/wire.ts that the round-trip and fuzz tests let through). Every message here is built
 * byte by byte, so each guard of the decoder is met exactly at its edge, and every error is checked
 * for its DnsWireError kind and the message that names where and why.
 */
import { describe, expect, it } from 'vitest';
import type { DecodedMessage, WireRecord } from '../../utils/dns/wire';
import {
  DnsWireError,
  decodeMessage,
  encodeQuery,
  messageToAnswer,
  presentLabel,
} from '../../utils/dns/wire';
import type { DnsRecord } from '../../utils/dns/types';

type Bytes = ArrayLike<number>;
const ascii = (s: string): number[] => Array.from(s, (c) => c.charCodeAt(0));
const cat = (...parts: Bytes[]): Uint8Array => Uint8Array.from(parts.flatMap((p) => Array.from(p)));
const u16 = (v: number): number[] => [(v >> 8) & 0xff, v & 0xff];
const u32 = (v: number): number[] => [(v >>> 24) & 0xff, (v >> 16) & 0xff, (v >> 8) & 0xff, v & 0xff];
const ptr = (offset: number): number[] => u16(0xc000 | offset);

function header(h: { id?: number; flags?: number; qd?: number; an?: number; ns?: number; ar?: number } = {}) {
  return cat(
    u16(h.id ?? 0),
    u16(h.flags ?? 0x8180),
    u16(h.qd ?? 0),
    u16(h.an ?? 0),
    u16(h.ns ?? 0),
    u16(h.ar ?? 0),
  );
}
/** An uncompressed name: "" is the root. */
function wname(text: string): Uint8Array {
  const labels = text === '' ? [] : text.split('.');
  return cat(...labels.map((l) => [l.length, ...ascii(l)]), [0]);
}
const question = (n: Bytes, type = 1, klass = 1) => cat(n, u16(type), u16(klass));
const rr = (n: Bytes, type: number, rdata: Bytes, ttl = 300, klass = 1) =>
  cat(n, u16(type), u16(klass), u32(ttl), u16(rdata.length), rdata);

/** One answer record (owner "t", at offset 12) of `type` with `rdata`, and nothing else. */
const single = (type: number, rdata: Bytes, ttl = 300) =>
  cat(header({ an: 1 }), rr(wname('t'), type, rdata, ttl));
/** The RDATA starts at 12 + 3 ("t") + 10 in `single`. */
const RDATA = 25;

function wireError(bytes: Uint8Array): DnsWireError {
  try {
    decodeMessage(bytes);
  } catch (e) {
    if (e instanceof DnsWireError) return e;
    throw e;
  }
  throw new Error('decoded without an error');
}
const fails = (bytes: Uint8Array, kind: 'truncated' | 'malformed', message: string) =>
  expect(wireError(bytes)).toMatchObject({ name: 'DnsWireError', kind, message });

const recordOf = (bytes: Uint8Array): DnsRecord | undefined => decodeMessage(bytes).answers[0]?.record;

describe('decodeMessage: the header', () => {
  it('decodes a bare 12-byte header (no sections) and refuses 11 bytes as truncated', () => {
    expect(decodeMessage(header({ id: 0xbeef, flags: 0 }))).toStrictEqual({
      id: 0xbeef,
      qr: false,
      opcode: 0,
      aa: false,
      tc: false,
      rd: false,
      ra: false,
      ad: false,
      cd: false,
      rcode: 0,
      questions: [],
      answers: [],
      authorities: [],
      additionals: [],
    });
    fails(header().subarray(0, 11), 'truncated', 'message is 11 bytes, shorter than a DNS header');
    fails(new Uint8Array(0), 'truncated', 'message is 0 bytes, shorter than a DNS header');
  });

  it('reads each flag from its own bit, the opcode from bits 11–14 and the rcode from bits 0–3', () => {
    const none = { qr: false, aa: false, tc: false, rd: false, ra: false, ad: false, cd: false };
    const bits: Array<[number, keyof typeof none]> = [
      [0x8000, 'qr'],
      [0x0400, 'aa'],
      [0x0200, 'tc'],
      [0x0100, 'rd'],
      [0x0080, 'ra'],
      [0x0020, 'ad'],
      [0x0010, 'cd'],
    ];
    for (const [bit, flag] of bits) {
      expect(decodeMessage(header({ flags: bit })), flag).toMatchObject({
        ...none,
        [flag]: true,
        opcode: 0,
        rcode: 0,
      });
    }
    // The Z bit (0x0040) is none of them.
    expect(decodeMessage(header({ flags: 0x0040 }))).toMatchObject({ ...none, opcode: 0, rcode: 0 });
    expect(decodeMessage(header({ flags: 0x2800 }))).toMatchObject({ ...none, opcode: 5, rcode: 0 });
    expect(decodeMessage(header({ flags: 0x000b }))).toMatchObject({ ...none, opcode: 0, rcode: 11 });
    expect(decodeMessage(header({ flags: 0xffff }))).toMatchObject({
      qr: true,
      aa: true,
      tc: true,
      rd: true,
      ra: true,
      ad: true,
      cd: true,
      opcode: 15,
      rcode: 15,
    });
  });

  it('reads the section counts as 16-bit numbers (256 questions)', () => {
    const qs = Array.from({ length: 256 }, () => question(wname(''), 16));
    const msg = decodeMessage(cat(header({ qd: 256 }), ...qs));
    expect(msg.questions).toHaveLength(256);
    expect(msg.questions[255]).toStrictEqual({ name: '', type: 16, class: 1 });
  });

  it('adds the EDNS extended rcode from the OPT record (RFC 6891 §6.1.3); no other TTL counts', () => {
    const opt = (ext: number) => rr(wname(''), 41, [], (ext << 24) | 0x8000, 1232);
    // BADVERS (16): extended 1, header 0.
    const badvers = decodeMessage(cat(header({ flags: 0x8180, ar: 1 }), opt(1)));
    expect(badvers.rcode).toBe(16);
    expect(badvers.additionals).toStrictEqual([{ name: '', type: 41, class: 1232, ttl: 0x01008000 }]);
    expect(decodeMessage(cat(header({ flags: 0x8182, ar: 1 }), opt(1))).rcode).toBe(18);
    expect(decodeMessage(cat(header({ flags: 0x8183, ar: 1 }), opt(0))).rcode).toBe(3);
    // An ordinary record whose TTL has a high byte is no OPT record.
    const a = rr(wname('t'), 1, [192, 0, 2, 1], 0x05000000);
    expect(decodeMessage(cat(header({ flags: 0x8180, an: 1 }), a)).rcode).toBe(0);
    expect(messageToAnswer(badvers, 'example.test', 'A')).toStrictEqual({
      name: 'example.test',
      type: 'A',
      status: 'SERVFAIL',
      rcode: 16,
      rcodeName: 'RCODE16',
    });
  });
});

describe('decodeMessage: where a message breaks off', () => {
  // Question "ex.test" A at 12–24; answer: name = pointer to 12 (25–26), type 27, class 29, TTL 31,
  // RDLENGTH 35, RDATA 37–40.
  const full = cat(header({ qd: 1, an: 1 }), question(wname('ex.test')), rr(ptr(12), 1, [192, 0, 2, 1]));
  const expected = (n: number): string => {
    if (n < 12) return `message is ${n} bytes, shorter than a DNS header`;
    const at = (what: string, offset: number) => `message ends inside ${what} (offset ${offset}, ${n} bytes)`;
    const table: Array<[number, string, number]> = [
      [12, 'a name', 12],
      [14, 'a label', 13],
      [15, 'a name', 15],
      [19, 'a label', 16],
      [20, 'a name', 20],
      [22, 'a question', 21],
      [24, 'a question', 23],
      [25, 'a name', 25],
      [26, 'a name pointer', 25],
      [28, 'a record header', 27],
      [30, 'a record header', 29],
      [34, 'a record header', 31],
      [36, 'a record header', 35],
      [40, 'the data of a A record', 37],
    ];
    const row = table.find(([upTo]) => n <= upTo) as [number, string, number];
    return at(row[1], row[2]);
  };

  it('names the part it was reading and its offset, for every length short of the whole', () => {
    expect(full).toHaveLength(41);
    expect(decodeMessage(full).answers[0]).toStrictEqual({
      name: 'ex.test',
      type: 1,
      class: 1,
      ttl: 300,
      record: { name: 'ex.test', ttl: 300, type: 'A', address: '192.0.2.1' },
    });
    for (let n = 0; n < full.length; n++) fails(full.subarray(0, n), 'truncated', expected(n));
  });

  it('calls an RDLENGTH past the end truncated, naming an unknown type by its number', () => {
    const bytes = cat(header({ an: 1 }), wname('t'), u16(46), u16(1), u32(300), u16(10), [1, 2, 3, 4]);
    fails(bytes, 'truncated', 'message ends inside the data of a type 46 record (offset 25, 29 bytes)');
  });

  it('keeps the class, type and TTL of a record it has no decoder for, without a record', () => {
    const msg = decodeMessage(cat(header({ an: 1 }), rr(wname('t'), 46, [9, 9, 9], 0x01020304, 3)));
    expect(msg.answers).toStrictEqual([{ name: 't', type: 46, class: 3, ttl: 0x01020304 }]);
  });

  it('reads a TTL with the top bit set as 0 (RFC 2181 §8), and 2^31 - 1 as itself', () => {
    expect(recordOf(single(1, [192, 0, 2, 1], 0x7fffffff))?.ttl).toBe(0x7fffffff);
    expect(recordOf(single(1, [192, 0, 2, 1], 0x80000000))?.ttl).toBe(0);
    expect(decodeMessage(single(1, [192, 0, 2, 1], 0xffffffff)).answers[0]?.ttl).toBe(0);
    expect(recordOf(single(1, [192, 0, 2, 1], 0x89abcdef & 0x7fffffff))?.ttl).toBe(0x09abcdef);
  });

  it('reads the question type and class from the bytes after the name', () => {
    const msg = decodeMessage(
      cat(header({ qd: 2 }), question(wname('a.b'), 0x0110, 0x00ff), question(ptr(12), 16, 3)),
    );
    expect(msg.questions).toStrictEqual([
      { name: 'a.b', type: 0x0110, class: 0x00ff },
      { name: 'a.b', type: 16, class: 3 },
    ]);
  });
});

describe('decodeMessage: names', () => {
  it('rejects a pointer to the name itself, or to its own start from inside it', () => {
    fails(cat(header({ qd: 1 }), ptr(12), [0, 1, 0, 1]), 'malformed', 'bad name pointer at offset 12');
    fails(
      cat(header({ qd: 1 }), [1, 0x61], ptr(12), [0, 1, 0, 1]),
      'malformed',
      'bad name pointer at offset 14',
    );
  });

  it('rejects a pointer forward, or past the end of the message', () => {
    fails(
      cat(header({ qd: 1 }), ptr(14), wname('a'), [0, 1, 0, 1]),
      'malformed',
      'bad name pointer at offset 12',
    );
    fails(cat(header({ qd: 1 }), [1, 0x61], ptr(0x3fff)), 'malformed', 'bad name pointer at offset 14');
  });

  // Answer 1: owner root, type 65280 (no decoder), its RDATA from 23 is room for names to point at.
  const room = (rdata: number[], owner2: number[]) =>
    cat(header({ an: 2 }), rr(wname(''), 65280, rdata), rr(owner2, 1, [192, 0, 2, 1]));

  it('follows pointers that each point before the previous target, and ends the name at its first pointer', () => {
    // 23: "c"; 26: "b" + pointer to 23; answer 2 at 30: "a" + pointer to 26.
    const msg = decodeMessage(room([1, 0x63, 0, 1, 0x62, ...ptr(23)], [1, 0x61, ...ptr(26)]));
    expect(msg.answers[1]).toStrictEqual({
      name: 'a.b.c',
      type: 1,
      class: 1,
      ttl: 300,
      record: { name: 'a.b.c', ttl: 300, type: 'A', address: '192.0.2.1' },
    });
  });

  it('rejects a pointer forward of the previous target, even when it is behind the name itself', () => {
    // 23: "b" + pointer to 27; 27: "c". Answer 2 at 30 points to 23, whose pointer goes forward.
    fails(room([1, 0x62, ...ptr(27), 1, 0x63, 0], ptr(23)), 'malformed', 'bad name pointer at offset 25');
  });

  it('follows at most 127 pointers in one name', () => {
    // 23: "x"; then a chain of pointers, each to the one before it, the first to "x".
    const chain = (k: number) => {
      const rdata = [1, 0x78, 0];
      for (let i = 0; i < k; i++) rdata.push(...ptr(i === 0 ? 23 : 26 + 2 * (i - 1)));
      return room(rdata, ptr(26 + 2 * (k - 1)));
    };
    expect(decodeMessage(chain(126)).answers[1]?.name).toBe('x'); // 127 jumps
    fails(chain(127), 'malformed', 'bad name pointer at offset 26'); // the 128th jump, from 26
  });

  it('rejects the reserved label types 0x40 and 0x80 (a "label" longer than 63)', () => {
    const label63 = 'a'.repeat(63);
    expect(decodeMessage(cat(header({ qd: 1 }), question(wname(label63)))).questions[0]?.name).toBe(label63);
    for (const first of [0x40, 0x41, 0x80, 0xbf]) {
      fails(
        cat(header({ qd: 1 }), [1, 0x61, first, ...ascii('a'.repeat(70)), 0], [0, 1, 0, 1]),
        'malformed',
        'unsupported label type at offset 14',
      );
    }
  });

  it('accepts a name of 255 octets on the wire and refuses 256, counting across pointers', () => {
    const l = (n: number) => 'a'.repeat(n);
    // 63+63+63+61 characters: 4 length octets + 250 + the root octet = 255.
    const longest = [l(63), l(63), l(63), l(61)].join('.');
    expect(decodeMessage(cat(header({ qd: 1 }), question(wname(longest)))).questions[0]?.name).toBe(longest);
    fails(
      cat(header({ qd: 1 }), question(wname([l(63), l(63), l(63), l(62)].join('.')))),
      'malformed',
      'name longer than 255 octets',
    );
    // 253 octets at 12, then "b" + pointer to it: 255 in all, and 256 with a two-octet label.
    const base = [l(63), l(63), l(63), l(59)].join('.');
    const msg = decodeMessage(cat(header({ qd: 2 }), question(wname(base)), question([1, 0x62, ...ptr(12)])));
    expect(msg.questions[1]?.name).toBe(`b.${base}`);
    fails(
      cat(header({ qd: 2 }), question(wname(base)), question([2, 0x62, 0x62, ...ptr(12)])),
      'malformed',
      'name longer than 255 octets',
    );
  });

  it('reads label octets as they are: latin1 for bytes over 0x7f, a NUL kept, dots and backslashes escaped', () => {
    const msg = decodeMessage(
      cat(header({ qd: 1 }), question([3, 0xe9, 0x00, 0x41, 4, ...ascii('A.B\\'), 0])),
    );
    expect(msg.questions[0]?.name).toBe('\u00e9\u0000a.a\\.b\\\\');
  });
});

describe('presentLabel', () => {
  it('escapes every dot and backslash and lowers every ASCII capital, nothing else', () => {
    expect(presentLabel('Ab.C\\.XY.z')).toBe('ab\\.c\\\\\\.xy\\.z');
    expect(presentLabel('ÀÉ-x_Y')).toBe('ÀÉ-x_y');
    expect(presentLabel('')).toBe('');
  });
});

describe('decodeMessage: record data', () => {
  it('A: four octets, no more and no fewer', () => {
    expect(recordOf(single(1, [203, 0, 113, 255]))).toStrictEqual({
      name: 't',
      ttl: 300,
      type: 'A',
      address: '203.0.113.255',
    });
    fails(single(1, [1, 2, 3]), 'malformed', 'A RDATA length 3 does not match its content');
    fails(single(1, [1, 2, 3, 4, 5]), 'malformed', 'A RDATA length 5 does not match its content');
  });

  it('AAAA: sixteen octets, written as RFC 5952 says', () => {
    const aaaa = (...groups: number[]) => {
      const r = recordOf(single(28, groups.flatMap(u16)));
      return r?.type === 'AAAA' ? r.address : r;
    };
    expect(aaaa(0x2001, 0xdb8, 0, 0, 1, 0, 0, 1)).toBe('2001:db8::1:0:0:1'); // equal runs: the first
    expect(aaaa(0x2001, 0, 0, 1, 0, 0, 0, 1)).toBe('2001:0:0:1::1'); // the longer run
    expect(aaaa(0x2001, 0xdb8, 0, 1, 1, 1, 1, 1)).toBe('2001:db8:0:1:1:1:1:1'); // one zero stays
    expect(aaaa(0, 0, 0, 0, 0, 0, 0, 0)).toBe('::');
    expect(aaaa(0, 0, 0, 0, 0, 0, 0, 1)).toBe('::1');
    expect(aaaa(0x2001, 0xdb8, 0, 0, 0, 0, 0, 0)).toBe('2001:db8::');
    expect(aaaa(0, 1, 0, 0, 0, 0, 0, 0)).toBe('0:1::');
    expect(aaaa(0xfe80, 0, 0, 0, 0xabcd, 0, 0, 0)).toBe('fe80::abcd:0:0:0');
    expect(aaaa(0xffff, 0x00ff, 0x0100, 0xa, 0xb00c, 1, 2, 3)).toBe('ffff:ff:100:a:b00c:1:2:3');
    fails(single(28, new Array(15).fill(0)), 'malformed', 'AAAA RDATA length 15 does not match its content');
    fails(single(28, new Array(17).fill(0)), 'malformed', 'AAAA RDATA length 17 does not match its content');
  });

  it('CNAME, NS, PTR: one name filling the RDATA exactly', () => {
    for (const [code, type] of [
      [5, 'CNAME'],
      [2, 'NS'],
      [12, 'PTR'],
    ] as const) {
      expect(recordOf(single(code, wname('Host.Example')))).toStrictEqual({
        name: 't',
        ttl: 300,
        type,
        target: 'host.example',
      });
      fails(
        single(code, cat(wname('host'), [0])),
        'malformed',
        `${type} RDATA length 7 does not match its content`,
      );
    }
  });

  it('MX: preference and exchange; the null MX; RDATA too short or too long', () => {
    expect(recordOf(single(15, cat(u16(0x0102), wname('mx.test'))))).toStrictEqual({
      name: 't',
      ttl: 300,
      type: 'MX',
      preference: 258,
      exchange: 'mx.test',
    });
    expect(recordOf(single(15, cat(u16(0), [0])))).toMatchObject({ preference: 0, exchange: '' });
    fails(single(15, [0]), 'truncated', `message ends inside an MX record (offset ${RDATA}, 26 bytes)`);
    fails(single(15, cat(u16(1), [0], [0])), 'malformed', 'MX RDATA length 4 does not match its content');
  });

  it('TXT and SPF: the strings exactly as sent: a BOM kept, dots kept, bad UTF-8 replaced, empty ones kept', () => {
    const str = (bytes: number[]) => [bytes.length, ...bytes];
    const utf8 = (s: string) => Array.from(new TextEncoder().encode(s));
    const rdata = cat(str(utf8('\ufeffv=spf1 a.b')), str([]), str([0x61, 0xff, 0x62]), str(utf8('ž')));
    const strings = ['\ufeffv=spf1 a.b', '', 'a\ufffdb', 'ž'];
    expect(recordOf(single(16, rdata))).toStrictEqual({ name: 't', ttl: 300, type: 'TXT', strings });
    expect(recordOf(single(99, rdata))).toStrictEqual({ name: 't', ttl: 300, type: 'SPF', strings });
    expect(recordOf(single(16, []))).toMatchObject({ strings: [] });
    fails(single(16, [5, 0x61, 0x62]), 'malformed', 'TXT string runs past its RDATA');
    // A string running into the next record is caught by the RDATA length, not the message length.
    const twice = cat(header({ an: 2 }), rr(wname('t'), 16, [3, 0x61]), rr(wname('t'), 16, [1, 0x62]));
    fails(twice, 'malformed', 'TXT string runs past its RDATA');
  });

  it('SOA: two names and five 32-bit numbers, nothing after them', () => {
    const nums = [0x89abcdef, 0x7fffffff, 1, 0x00010000, 300];
    const soa = cat(wname('ns.test'), wname('host.test'), ...nums.map(u32));
    expect(recordOf(single(6, soa))).toStrictEqual({
      name: 't',
      ttl: 300,
      type: 'SOA',
      mname: 'ns.test',
      rname: 'host.test',
      serial: 0x89abcdef,
      refresh: 0x7fffffff,
      retry: 1,
      expire: 0x00010000,
      minimum: 300,
    });
    fails(single(6, cat(soa, [0])), 'malformed', 'SOA RDATA length 41 does not match its content');
    // The RDATA (and the message) ends after three of the numbers: the fourth is cut off.
    const short = soa.subarray(0, soa.length - 8);
    const at = RDATA + 9 + 11 + 12;
    fails(single(6, short), 'truncated', `message ends inside an SOA record (offset ${at}, ${at} bytes)`);
  });
});

describe('messageToAnswer', () => {
  const msg = (m: Partial<DecodedMessage>): DecodedMessage => ({
    id: 0,
    qr: true,
    opcode: 0,
    aa: false,
    tc: false,
    rd: true,
    ra: true,
    ad: false,
    cd: false,
    rcode: 0,
    questions: [],
    answers: [],
    authorities: [],
    additionals: [],
    ...m,
  });
  const a = (name: string, address: string, ttl = 300): WireRecord => ({
    name,
    type: 1,
    class: 1,
    ttl,
    record: { name, ttl, type: 'A', address },
  });
  const cname = (name: string, target: string, ttl = 300): WireRecord => ({
    name,
    type: 5,
    class: 1,
    ttl,
    record: { name, ttl, type: 'CNAME', target },
  });
  const soa = (ttl: number, minimum: number): WireRecord => ({
    name: 'test',
    type: 6,
    class: 1,
    ttl,
    record: {
      name: 'test',
      ttl,
      type: 'SOA',
      mname: 'ns',
      rname: 'h',
      serial: 1,
      refresh: 2,
      retry: 3,
      expire: 4,
      minimum,
    },
  });
  const opaque = (name: string, type: number): WireRecord => ({ name, type, class: 1, ttl: 300 });

  it('maps every rcode but NOERROR and NXDOMAIN to a failure: REFUSED apart, the rest SERVFAIL with the name', () => {
    for (const [rcode, status, rcodeName] of [
      [1, 'SERVFAIL', 'FORMERR'],
      [2, 'SERVFAIL', 'SERVFAIL'],
      [4, 'SERVFAIL', 'NOTIMP'],
      [5, 'REFUSED', 'REFUSED'],
      [9, 'SERVFAIL', 'NOTAUTH'],
      [10, 'SERVFAIL', 'NOTZONE'],
      [11, 'SERVFAIL', 'RCODE11'],
    ] as const) {
      expect(
        messageToAnswer(msg({ rcode, answers: [a('x.test', '192.0.2.1')] }), 'X.Test.', 'A'),
      ).toStrictEqual({
        name: 'x.test',
        type: 'A',
        status,
        rcode,
        rcodeName,
      });
    }
  });

  it('NOERROR: the records of the asked type at the name, the AD bit, the lowest TTL', () => {
    const answers = [
      a('x.test', '192.0.2.1', 90),
      opaque('x.test', 1),
      a('y.test', '192.0.2.9'),
      a('x.test', '192.0.2.2', 60),
    ];
    for (const ad of [true, false]) {
      expect(messageToAnswer(msg({ ad, answers }), 'x.test', 'A')).toStrictEqual({
        name: 'x.test',
        type: 'A',
        status: 'NOERROR',
        ad,
        cnames: [],
        ttl: 60,
        records: [answers[0]?.record, answers[3]?.record],
      });
    }
  });

  it('NODATA and NXDOMAIN: the SOA TTL or MINIMUM, whichever is smaller; 0 and no SOA without one', () => {
    const rec = soa(900, 60).record;
    expect(
      messageToAnswer(msg({ rcode: 3, authorities: [opaque('test', 46), soa(900, 60)] }), 'x.test', 'A'),
    ).toStrictEqual({
      name: 'x.test',
      type: 'A',
      status: 'NXDOMAIN',
      ad: false,
      cnames: [],
      ttl: 60,
      soa: rec,
    });
    expect(messageToAnswer(msg({ authorities: [soa(30, 60)] }), 'x.test', 'A')).toMatchObject({
      status: 'NODATA',
      ttl: 30,
    });
    expect(messageToAnswer(msg({}), 'x.test', 'A')).toStrictEqual({
      name: 'x.test',
      type: 'A',
      status: 'NODATA',
      ad: false,
      cnames: [],
      ttl: 0,
    });
  });

  it('follows CNAMEs past records without data and of other types, taking the lowest TTL', () => {
    const answers = [
      opaque('x.test', 46),
      {
        ...a('x.test', '0.0.0.0'),
        type: 16,
        record: { name: 'x.test', ttl: 300, type: 'TXT' as const, strings: [] },
      },
      cname('x.test', 'y.test', 120),
      cname('y.test', 'z.test', 200),
      a('z.test', '192.0.2.7', 150),
    ];
    expect(messageToAnswer(msg({ answers }), 'x.test', 'A')).toMatchObject({
      status: 'NOERROR',
      cnames: ['y.test', 'z.test'],
      ttl: 120,
      records: [{ address: '192.0.2.7' }],
    });
    // A CNAME query is answered by the CNAME itself.
    expect(messageToAnswer(msg({ answers }), 'x.test', 'CNAME')).toMatchObject({
      status: 'NOERROR',
      cnames: [],
      records: [{ type: 'CNAME', target: 'y.test' }],
    });
  });

  it('a chain that ends without the type: the negative TTL, but no more than the chain’s', () => {
    const answers = [cname('x.test', 'y.test', 30)];
    expect(messageToAnswer(msg({ answers, authorities: [soa(900, 60)] }), 'x.test', 'A')).toMatchObject({
      status: 'NODATA',
      cnames: ['y.test'],
      ttl: 30,
    });
    const long = [cname('x.test', 'y.test', 100)];
    expect(
      messageToAnswer(msg({ answers: long, rcode: 3, authorities: [soa(900, 60)] }), 'x.test', 'A'),
    ).toMatchObject({
      status: 'NXDOMAIN',
      ttl: 60,
    });
  });

  it('reports a loop back to the name, a loop further on, and a 17th CNAME as a cname-loop', () => {
    const loop = (answers: WireRecord[], at: string) =>
      expect(messageToAnswer(msg({ answers }), 'a.test', 'A')).toStrictEqual({
        name: 'a.test',
        type: 'A',
        status: 'ERROR',
        reason: 'cname-loop',
        message: `CNAME chain from a.test loops at ${at}`,
      });
    loop([cname('a.test', 'a.test')], 'a.test');
    loop([cname('a.test', 'b.test'), cname('b.test', 'c.test'), cname('c.test', 'b.test')], 'b.test');
    // The first name seen again is named, in a loop through the start and in one of three further on.
    loop([cname('a.test', 'b.test'), cname('b.test', 'a.test')], 'a.test');
    loop(
      [
        cname('a.test', 'b.test'),
        cname('b.test', 'c.test'),
        cname('c.test', 'd.test'),
        cname('d.test', 'b.test'),
      ],
      'b.test',
    );
    const chain = (n: number) =>
      Array.from({ length: n }, (_, i) => cname(i ? `n${i}.test` : 'a.test', `n${i + 1}.test`));
    expect(
      messageToAnswer(msg({ answers: [...chain(16), a('n16.test', '192.0.2.1')] }), 'a.test', 'A'),
    ).toMatchObject({
      status: 'NOERROR',
      cnames: Array.from({ length: 16 }, (_, i) => `n${i + 1}.test`),
    });
    loop(chain(17), 'n17.test');
  });
});

describe('encodeQuery', () => {
  it('writes exactly: id 0, RD, one question (IN), one OPT record (payload 1232, DO bit, no options)', () => {
    const expected = cat(
      header({ flags: 0x0100, qd: 1, ar: 1 }),
      question(wname('example.test'), 16),
      [0],
      u16(41),
      u16(1232),
      [0, 0, 0x80, 0],
      u16(0),
    );
    expect(Array.from(encodeQuery('Example.TEST.', 'TXT'))).toStrictEqual(Array.from(expected));
  });

  it('refuses a name it cannot put on the wire, with the reason', () => {
    const l = (n: number) => 'a'.repeat(n);
    for (const [name, problem] of [
      ['', 'empty'],
      ['.', 'empty'],
      ['a..test', 'empty-label'],
      [`${l(64)}.test`, 'long-label'],
      [[l(63), l(63), l(63), l(62)].join('.'), 'long-name'],
    ] as const) {
      let err: unknown;
      try {
        encodeQuery(name, 'A');
      } catch (e) {
        err = e;
      }
      const shown = name.replace(/\.$/, '');
      expect(err, name).toMatchObject({
        name: 'DnsWireError',
        kind: 'malformed',
        message: `cannot query "${shown}" (${problem})`,
      });
    }
    // The longest name and label that fit (253 characters, 63 octets) are written.
    const longest = [l(63), l(63), l(63), l(61)].join('.');
    expect(encodeQuery(longest, 'A')).toHaveLength(12 + 255 + 4 + 11);
    expect(encodeQuery(`${l(63)}.test`, 'A')).toHaveLength(12 + 70 + 4 + 11);
  });
});
