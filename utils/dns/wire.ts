/**
 * DNS wire format (RFC 1035 §4) for DoH. Queries are encoded with @leichtgewicht/dns-packet
 * (Uint8Array-based, no Buffer, so it runs in the service worker). Responses are decoded here:
 * dns-packet reads past the end of a short buffer without noticing (Uint8Array reads give
 * undefined), which would turn a truncated DoH body into silently wrong records. This decoder
 * checks every length against the buffer and the RDLENGTH, so a cut-off body is a clear
 * DnsWireError('truncated') and garbage is DnsWireError('malformed') — nothing else is thrown.
 */
import * as packet from '@leichtgewicht/dns-packet';
import { nameProblem, normalizeName } from './names';
import type { DnsAnswer, DnsRecord, RRType, SoaRecord } from './types';
import { RR_TYPE_CODES, rrTypeName } from './types';

export class DnsWireError extends Error {
  override name = 'DnsWireError';
  constructor(
    readonly kind: 'truncated' | 'malformed',
    message: string,
  ) {
    super(message);
  }
}

/** EDNS(0) payload size from DNS Flag Day 2020; irrelevant over HTTPS but required in the OPT RR. */
const EDNS_UDP_SIZE = 1232;

/**
 * A recursive query with id 0 (RFC 8484 §4.1: lets HTTP caches share answers) and an EDNS(0) OPT
 * record with the DO bit (RFC 3225), so a validating resolver reports the AD bit. A name that cannot
 * be put on the wire (empty, an empty label, a label over 63 octets, over 255 octets in all) throws
 * DnsWireError('malformed'): dns-packet would write it anyway, as a different or broken name.
 */
export function encodeQuery(name: string, type: RRType): Uint8Array {
  const qname = normalizeName(name);
  const problem = nameProblem(qname);
  if (problem) throw new DnsWireError('malformed', `cannot query "${qname}" (${problem})`);
  // No `type`: dns-packet writes a query (QR = 0) unless told 'response'.
  return packet.encode({
    id: 0,
    flags: packet.RECURSION_DESIRED,
    questions: [{ type, name: qname, class: 'IN' }],
    // dns-packet's encoder reads these OPT fields; its typings only know the generic `data` shape.
    additionals: [
      {
        type: 'OPT',
        name: '.',
        udpPayloadSize: EDNS_UDP_SIZE,
        flags: packet.DNSSEC_OK,
        options: [],
      } as unknown as packet.Answer,
    ],
  });
}

export interface WireQuestion {
  name: string;
  type: number;
  class: number;
}

export interface WireRecord {
  name: string;
  type: number;
  class: number;
  ttl: number;
  /** Decoded data for the types Preflight uses; undefined for others (RRSIG, OPT, …). */
  record?: DnsRecord;
}

export interface DecodedMessage {
  id: number;
  qr: boolean;
  opcode: number;
  aa: boolean;
  tc: boolean;
  rd: boolean;
  ra: boolean;
  ad: boolean;
  cd: boolean;
  /** Full rcode, including the EDNS extended bits (RFC 6891 §6.1.3). */
  rcode: number;
  questions: WireQuestion[];
  answers: WireRecord[];
  authorities: WireRecord[];
  additionals: WireRecord[];
}

const RCODE_NAMES = [
  'NOERROR',
  'FORMERR',
  'SERVFAIL',
  'NXDOMAIN',
  'NOTIMP',
  'REFUSED',
  'YXDOMAIN',
  'YXRRSET',
  'NXRRSET',
  'NOTAUTH',
  'NOTZONE',
];
export function rcodeName(rcode: number): string {
  return RCODE_NAMES[rcode] ?? `RCODE${rcode}`;
}

const latin1 = new TextDecoder('latin1');
// ignoreBOM: a TXT string that starts with U+FEFF keeps it (the decoder returns the bytes in the
// packet, not a cleaned-up version of them).
const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * One label in presentation format (RFC 4343 §2.1, RFC 1035 §5.1): a "." or "\" inside the label is
 * escaped, so "a\.b.example" (two labels) never reads the same as "a.b.example" (three). Only ASCII
 * letters are lowered: DNS compares names case-insensitively in ASCII only (RFC 4343 §3).
 */
export function presentLabel(raw: string): string {
  return raw.replace(/[\\.]/g, (c) => `\\${c}`).replace(/[A-Z]/g, (c) => c.toLowerCase());
}

class Reader {
  constructor(readonly buf: Uint8Array) {}
  need(offset: number, n: number, what: string): void {
    if (offset + n > this.buf.length) {
      throw new DnsWireError(
        'truncated',
        `message ends inside ${what} (offset ${offset}, ${this.buf.length} bytes)`,
      );
    }
  }
  u8(o: number, what: string): number {
    this.need(o, 1, what);
    return this.buf[o] as number;
  }
  /** Big-endian 16 bits at `o`, which the caller has already checked is inside the message. */
  word(o: number): number {
    return ((this.buf[o] as number) << 8) | (this.buf[o + 1] as number);
  }
  u16(o: number, what: string): number {
    this.need(o, 2, what);
    return this.word(o);
  }
  u32(o: number, what: string): number {
    this.need(o, 4, what);
    return (
      (((this.buf[o] as number) << 24) >>> 0) +
      ((this.buf[o + 1] as number) << 16) +
      ((this.buf[o + 2] as number) << 8) +
      (this.buf[o + 3] as number)
    );
  }
  /** A possibly compressed name (RFC 1035 §4.1.4). Returns the name and the offset after it. */
  name(start: number): [string, number] {
    const labels: string[] = [];
    let o = start;
    // Where the name ends in the message: after its first pointer, or after its root label.
    let end: number | undefined;
    let wire = 0;
    let jumps = 0;
    // Each pointer must point before the previous one's target: that alone makes loops impossible.
    let limit = start;
    for (;;) {
      const len = this.u8(o, 'a name');
      if (len === 0) return [labels.join('.'), end ?? o + 1];
      const kind = len & 0xc0;
      if (kind === 0xc0) {
        const ptr = this.u16(o, 'a name pointer') & 0x3fff;
        end ??= o + 2;
        if (ptr >= limit || ++jumps > 127)
          throw new DnsWireError('malformed', `bad name pointer at offset ${o}`);
        limit = ptr;
        o = ptr;
        continue;
      }
      if (kind !== 0) throw new DnsWireError('malformed', `unsupported label type at offset ${o}`);
      this.need(o + 1, len, 'a label');
      wire += len + 1;
      if (wire > 254) throw new DnsWireError('malformed', 'name longer than 255 octets');
      // Labels are octets (RFC 2181 §11); latin1 keeps every byte as one character.
      labels.push(presentLabel(latin1.decode(this.buf.subarray(o + 1, o + 1 + len))));
      o += len + 1;
    }
  }
}

function decodeRdata(
  r: Reader,
  type: number,
  start: number,
  len: number,
  base: { name: string; ttl: number },
): DnsRecord | undefined {
  const end = start + len;
  const exact = (o: number, what: string): void => {
    if (o !== end)
      throw new DnsWireError('malformed', `${what} RDATA length ${len} does not match its content`);
  };
  const t = rrTypeName(type);
  switch (t) {
    // decodeMessage has checked that the RDATA (start to end) is inside the message.
    case 'A': {
      exact(start + 4, 'A');
      return { ...base, type: 'A', address: Array.from(r.buf.subarray(start, end)).join('.') };
    }
    case 'AAAA': {
      exact(start + 16, 'AAAA');
      const groups: string[] = [];
      for (let i = 0; i < 16; i += 2) groups.push(r.word(start + i).toString(16));
      return { ...base, type: 'AAAA', address: compressIPv6(groups) };
    }
    case 'CNAME':
    case 'NS':
    case 'PTR': {
      const [target, after] = r.name(start);
      exact(after, t);
      return { ...base, type: t, target };
    }
    case 'MX': {
      const preference = r.u16(start, 'an MX record');
      const [exchange, after] = r.name(start + 2);
      exact(after, 'MX');
      return { ...base, type: 'MX', preference, exchange };
    }
    case 'TXT':
    case 'SPF': {
      const strings: string[] = [];
      let o = start;
      while (o < end) {
        const n = r.buf[o] as number; // o < end: inside the RDATA
        if (o + 1 + n > end) throw new DnsWireError('malformed', 'TXT string runs past its RDATA');
        strings.push(utf8.decode(r.buf.subarray(o + 1, o + 1 + n)));
        o += 1 + n;
      }
      return { ...base, type: t, strings };
    }
    case 'SOA': {
      const [mname, o1] = r.name(start);
      const [rname, o2] = r.name(o1);
      const nums = [0, 1, 2, 3, 4].map((i) => r.u32(o2 + i * 4, 'an SOA record'));
      exact(o2 + 20, 'SOA');
      const [serial, refresh, retry, expire, minimum] = nums as [number, number, number, number, number];
      return { ...base, type: 'SOA', mname, rname, serial, refresh, retry, expire, minimum };
    }
  }
  return undefined; // a type Preflight does not read (RRSIG, OPT, …)
}

/** RFC 5952 §4.2: the longest run of two or more zero groups (the first of equal runs) becomes "::". */
function compressIPv6(groups: string[]): string {
  let best = -1;
  let bestLen = 1;
  let run = 0;
  groups.forEach((g, i) => {
    if (g !== '0') {
      run = 0;
      return;
    }
    run++;
    if (run > bestLen) {
      best = i + 1 - run;
      bestLen = run;
    }
  });
  if (best < 0) return groups.join(':');
  return `${groups.slice(0, best).join(':')}::${groups.slice(best + bestLen).join(':')}`;
}

/** Decodes a whole DNS message. Throws only DnsWireError. */
export function decodeMessage(buf: Uint8Array): DecodedMessage {
  const r = new Reader(buf);
  if (buf.length < 12)
    throw new DnsWireError('truncated', `message is ${buf.length} bytes, shorter than a DNS header`);
  const id = r.word(0);
  const flags = r.word(2);
  const counts = [4, 6, 8, 10].map((o) => r.word(o)) as [number, number, number, number];
  let o = 12;
  const questions: WireQuestion[] = [];
  for (let i = 0; i < counts[0]; i++) {
    const [name, after] = r.name(o);
    questions.push({ name, type: r.u16(after, 'a question'), class: r.u16(after + 2, 'a question') });
    o = after + 4;
  }
  let extendedRcode = 0;
  const section = (count: number): WireRecord[] => {
    const out: WireRecord[] = [];
    for (let i = 0; i < count; i++) {
      const [name, after] = r.name(o);
      const type = r.u16(after, 'a record header');
      const klass = r.u16(after + 2, 'a record header');
      const rawTtl = r.u32(after + 4, 'a record header');
      const rdlen = r.u16(after + 8, 'a record header');
      const start = after + 10;
      r.need(start, rdlen, `the data of a ${rrTypeName(type) ?? `type ${type}`} record`);
      // RFC 2181 §8: a TTL with the top bit set is treated as zero.
      const ttl = rawTtl > 0x7fffffff ? 0 : rawTtl;
      if (type === 41) extendedRcode = rawTtl >>> 24; // OPT: upper 8 bits of the rcode
      // OPT (41) is no type decodeRdata knows: its "TTL" and data are EDNS fields, not a record.
      const record = decodeRdata(r, type, start, rdlen, { name, ttl });
      out.push({ name, type, class: klass, ttl, ...(record ? { record } : {}) });
      o = start + rdlen;
    }
    return out;
  };
  const answers = section(counts[1]);
  const authorities = section(counts[2]);
  const additionals = section(counts[3]);
  return {
    id,
    qr: (flags & 0x8000) !== 0,
    opcode: (flags >> 11) & 0xf,
    aa: (flags & 0x0400) !== 0,
    tc: (flags & 0x0200) !== 0,
    rd: (flags & 0x0100) !== 0,
    ra: (flags & 0x0080) !== 0,
    ad: (flags & 0x0020) !== 0,
    cd: (flags & 0x0010) !== 0,
    rcode: (extendedRcode << 4) | (flags & 0xf),
    questions,
    answers,
    authorities,
    additionals,
  };
}

const MAX_CNAME_CHAIN = 16;

/**
 * Reads the answer to (name, type) out of a response: follows the CNAME chain inside the answer
 * section (RFC 1034 §3.6.2), takes the negative TTL from the SOA in the authority section
 * (RFC 2308 §5: the smaller of the SOA's TTL and its MINIMUM field).
 */
export function messageToAnswer(msg: DecodedMessage, qname: string, qtype: RRType): DnsAnswer {
  const name = normalizeName(qname);
  const base = { name, type: qtype };
  // Only NOERROR and NXDOMAIN carry an answer; REFUSED is told apart, every other rcode is a failure.
  if (msg.rcode !== 0 && msg.rcode !== 3) {
    return {
      ...base,
      status: msg.rcode === 5 ? 'REFUSED' : 'SERVFAIL',
      rcode: msg.rcode,
      rcodeName: rcodeName(msg.rcode),
    };
  }
  const code = RR_TYPE_CODES[qtype];
  const cnames: string[] = [];
  let current = name;
  let ttl = Number.POSITIVE_INFINITY;
  let records: DnsRecord[] = [];
  for (;;) {
    const here = msg.answers.filter((a) => a.name === current);
    const matching = here.filter((a) => a.type === code && a.record);
    if (matching.length) {
      records = matching.map((a) => a.record as DnsRecord);
      for (const rec of records) ttl = Math.min(ttl, rec.ttl);
      break;
    }
    // (A CNAME query stopped above: a CNAME record at `current` is its answer.)
    const cname = here.map((a) => a.record).find((rec) => rec?.type === 'CNAME');
    if (cname?.type !== 'CNAME') break;
    const target = cname.target;
    if (target === name || cnames.includes(target) || cnames.length >= MAX_CNAME_CHAIN) {
      return {
        ...base,
        status: 'ERROR',
        reason: 'cname-loop',
        message: `CNAME chain from ${name} loops at ${target}`,
      };
    }
    ttl = Math.min(ttl, cname.ttl);
    cnames.push(target);
    current = target;
  }
  if (records.length) return { ...base, status: 'NOERROR', ad: msg.ad, cnames, ttl, records };
  const soaRr = msg.authorities.find((a) => a.record?.type === 'SOA');
  const soa = soaRr?.record as SoaRecord | undefined;
  const negTtl = soa ? Math.min(soa.ttl, soa.minimum) : 0;
  return {
    ...base,
    status: msg.rcode === 3 ? 'NXDOMAIN' : 'NODATA',
    ad: msg.ad,
    cnames,
    ttl: Number.isFinite(ttl) ? Math.min(ttl, negTtl) : negTtl,
    ...(soa ? { soa } : {}),
  };
}

/** base64url without padding (RFC 8484 §4.1, RFC 4648 §5), with no Buffer and no btoa. */
export function base64url(bytes: Uint8Array): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const b0 = bytes[i] as number;
    const b1 = bytes[i + 1];
    const b2 = bytes[i + 2];
    out += alphabet[b0 >> 2];
    out += alphabet[((b0 & 3) << 4) | ((b1 ?? 0) >> 4)];
    if (b1 !== undefined) out += alphabet[((b1 & 15) << 2) | ((b2 ?? 0) >> 6)];
    if (b2 !== undefined) out += alphabet[b2 & 63];
  }
  return out;
}
