import * as packet from '@leichtgewicht/dns-packet';
import { describe, expect, it } from 'vitest';
import { DnsWireError, base64url, decodeMessage, encodeQuery, messageToAnswer } from '../../utils/dns/wire';

/** A response built with dns-packet, the independent encoder. */
function response(p: Partial<packet.Packet> & { answers?: packet.Answer[] }): Uint8Array {
  return packet.encode({
    type: 'response',
    id: 0,
    flags: packet.RECURSION_DESIRED | packet.RECURSION_AVAILABLE,
    questions: [{ type: 'TXT', name: 'example.test' }],
    ...p,
  });
}

describe('encodeQuery', () => {
  it('asks recursively with id 0 and an EDNS(0) OPT record with the DO bit (RFC 8484 §4.1, RFC 3225)', () => {
    const q = packet.decode(encodeQuery('Example.TEST.', 'TXT'));
    expect(q.id).toBe(0);
    expect(q.flag_rd).toBe(true);
    expect(q.questions).toEqual([{ name: 'example.test', type: 'TXT', class: 'IN' }]);
    const opt = q.additionals?.[0] as unknown as { type: string; flag_do: boolean; udpPayloadSize: number };
    expect(opt.type).toBe('OPT');
    expect(opt.flag_do).toBe(true);
    expect(opt.udpPayloadSize).toBe(1232);
  });
});

describe('base64url', () => {
  it('matches Node base64url without padding for every length', () => {
    for (let n = 0; n < 40; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 97 + n) & 255);
      expect(base64url(bytes)).toBe(Buffer.from(bytes).toString('base64url'));
    }
  });
});

describe('decodeMessage', () => {
  it('keeps the character-strings of each TXT record apart', () => {
    const msg = decodeMessage(
      response({
        answers: [
          { type: 'TXT', name: 'example.test', ttl: 300, data: ['v=spf1 ip4:', '192.0.2.5 -all'] },
          { type: 'TXT', name: 'example.test', ttl: 200, data: [] },
        ],
      }),
    );
    const a = messageToAnswer(msg, 'example.test', 'TXT');
    expect(a.status).toBe('NOERROR');
    if (a.status !== 'NOERROR') return;
    expect(a.records.map((r) => (r.type === 'TXT' ? r.strings : null))).toEqual([
      ['v=spf1 ip4:', '192.0.2.5 -all'],
      [],
    ]);
    expect(a.ttl).toBe(200);
  });

  it('follows a CNAME chain in the answer section and takes the lowest TTL', () => {
    const msg = decodeMessage(
      response({
        questions: [{ type: 'A', name: 'www.example.test' }],
        answers: [
          { type: 'CNAME', name: 'www.example.test', ttl: 100, data: 'edge.example.test' },
          { type: 'CNAME', name: 'edge.example.test', ttl: 50, data: 'host.example.test' },
          { type: 'A', name: 'host.example.test', ttl: 300, data: '192.0.2.1' },
        ],
      }),
    );
    const a = messageToAnswer(msg, 'www.example.test', 'A');
    expect(a).toMatchObject({
      status: 'NOERROR',
      cnames: ['edge.example.test', 'host.example.test'],
      ttl: 50,
      records: [{ address: '192.0.2.1' }],
    });
  });

  it('reports a CNAME loop inside an answer', () => {
    const msg = decodeMessage(
      response({
        questions: [{ type: 'A', name: 'a.example.test' }],
        answers: [
          { type: 'CNAME', name: 'a.example.test', ttl: 100, data: 'b.example.test' },
          { type: 'CNAME', name: 'b.example.test', ttl: 100, data: 'a.example.test' },
        ],
      }),
    );
    expect(messageToAnswer(msg, 'a.example.test', 'A')).toMatchObject({
      status: 'ERROR',
      reason: 'cname-loop',
    });
  });

  it('takes the negative TTL from the SOA: the smaller of its TTL and MINIMUM (RFC 2308 §5)', () => {
    const soa = {
      type: 'SOA' as const,
      name: 'test',
      ttl: 900,
      data: { mname: 'ns.test', rname: 'h.test', serial: 1, refresh: 1, retry: 1, expire: 1, minimum: 60 },
    };
    const nx = messageToAnswer(
      decodeMessage(response({ flags: 3, authorities: [soa] })),
      'example.test',
      'TXT',
    );
    expect(nx).toMatchObject({ status: 'NXDOMAIN', ttl: 60, soa: { minimum: 60 } });
    const nodata = messageToAnswer(
      decodeMessage(response({ authorities: [{ ...soa, ttl: 30 }] })),
      'example.test',
      'TXT',
    );
    expect(nodata).toMatchObject({ status: 'NODATA', ttl: 30 });
  });

  it('reads the AD bit, MX, AAAA, PTR and SOA data', () => {
    const msg = decodeMessage(
      response({
        flags: packet.AUTHENTIC_DATA,
        questions: [{ type: 'MX', name: 'example.test' }],
        answers: [
          {
            type: 'MX',
            name: 'example.test',
            ttl: 60,
            data: { preference: 10, exchange: 'mx.example.test' },
          },
          { type: 'MX', name: 'example.test', ttl: 60, data: { preference: 0, exchange: '.' } },
        ],
        additionals: [
          { type: 'AAAA', name: 'mx.example.test', ttl: 60, data: '2001:db8:0:0:1:0:0:1' },
          { type: 'PTR', name: '1.2.0.192.in-addr.arpa', ttl: 60, data: 'host.example.test' },
        ],
      }),
    );
    expect(msg.ad).toBe(true);
    const a = messageToAnswer(msg, 'example.test', 'MX');
    expect(a).toMatchObject({
      status: 'NOERROR',
      ad: true,
      records: [
        { exchange: 'mx.example.test', preference: 10 },
        { exchange: '', preference: 0 },
      ],
    });
    expect(msg.additionals.map((r) => r.record)).toMatchObject([
      { address: '2001:db8::1:0:0:1' },
      { target: 'host.example.test' },
    ]);
  });

  it('maps rcodes: SERVFAIL, REFUSED, others as SERVFAIL with their name', () => {
    expect(messageToAnswer(decodeMessage(response({ flags: 2 })), 'example.test', 'TXT')).toMatchObject({
      status: 'SERVFAIL',
      rcodeName: 'SERVFAIL',
    });
    expect(messageToAnswer(decodeMessage(response({ flags: 5 })), 'example.test', 'TXT')).toMatchObject({
      status: 'REFUSED',
    });
    expect(messageToAnswer(decodeMessage(response({ flags: 4 })), 'example.test', 'TXT')).toMatchObject({
      status: 'SERVFAIL',
      rcodeName: 'NOTIMP',
    });
  });

  it('calls every cut-off body "truncated", never garbage', () => {
    const full = response({
      answers: [{ type: 'TXT', name: 'example.test', ttl: 300, data: ['v=spf1 -all'] }],
    });
    for (let n = 0; n < full.length; n++) {
      expect(() => decodeMessage(full.subarray(0, n)), `length ${n}`).toThrow(DnsWireError);
      try {
        decodeMessage(full.subarray(0, n));
      } catch (e) {
        expect((e as DnsWireError).kind).toBe('truncated');
      }
    }
  });

  it('rejects compression pointers that do not point backwards (no loops)', () => {
    // Header with one question whose name is a pointer to itself (offset 12).
    const buf = Uint8Array.from([0, 0, 0x81, 0x80, 0, 1, 0, 0, 0, 0, 0, 0, 0xc0, 12, 0, 16, 0, 1]);
    expect(() => decodeMessage(buf)).toThrow(/pointer/);
  });
});
