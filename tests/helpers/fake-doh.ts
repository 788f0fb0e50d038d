/** A scripted fetch for the DoH client's unit tests: canned answers, and every call recorded. */
import * as packet from '@leichtgewicht/dns-packet';
import type { FetchLike, FetchResponseLike } from '../../utils/dns/types';

export type Call = Parameters<FetchLike>[1] & { url: string };

export function answerFor(body: Uint8Array, tweak: (p: packet.Packet) => void = () => {}): Uint8Array {
  const q = packet.decode(body);
  const p: packet.Packet = {
    type: 'response',
    id: q.id ?? 0,
    flags: packet.RECURSION_DESIRED | packet.RECURSION_AVAILABLE,
    questions: q.questions ?? [],
    answers: [{ type: 'A', name: q.questions?.[0]?.name ?? '', ttl: 60, data: '192.0.2.1' }],
  };
  tweak(p);
  return packet.encode(p);
}

export function reply(
  status: number,
  body: Uint8Array | string,
  contentType = 'application/dns-message',
  extra: Record<string, string> = {},
): FetchResponseLike {
  const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : body;
  const headers = new Map(Object.entries({ 'content-type': contentType, ...extra }));
  return {
    status,
    headers: { get: (n) => headers.get(n.toLowerCase()) ?? null },
    arrayBuffer: async () => bytes.slice().buffer,
  };
}

/** The query a call carries, from the GET parameter or the POST body. */
export function queryOf(call: Call): Uint8Array {
  if (call.method === 'POST') return call.body as Uint8Array;
  return new Uint8Array(Buffer.from(new URL(call.url).searchParams.get('dns') ?? '', 'base64url'));
}

export function fakeFetch(handler: (call: Call) => FetchResponseLike | Promise<FetchResponseLike>) {
  const calls: Call[] = [];
  const f: FetchLike = async (url, init) => {
    const call = { url, ...init };
    calls.push(call);
    return handler(call);
  };
  return { f, calls };
}

export const URL_ = 'https://doh.example.test/dns-query';
