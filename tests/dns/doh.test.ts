import * as packet from '@leichtgewicht/dns-packet';
import { describe, expect, it } from 'vitest';
import { createDohTransport } from '../../utils/dns/doh';
import { type Call, URL_, answerFor, fakeFetch, queryOf, reply } from '../helpers/fake-doh';

import type { FetchLike, FetchResponseLike } from '../../utils/dns/types';

describe('DoH transport (RFC 8484)', () => {
  it('sends GET with an unpadded base64url dns parameter and Accept: application/dns-message', async () => {
    const { f, calls } = fakeFetch((c) => reply(200, answerFor(queryOf(c))));
    const t = createDohTransport({ url: URL_, fetch: f });
    const a = await t.query('Host.Example.TEST', 'A');
    expect(a).toMatchObject({ status: 'NOERROR', records: [{ address: '192.0.2.1' }] });
    const call = calls[0] as Call;
    expect(call.method).toBe('GET');
    expect(call.headers.accept).toBe('application/dns-message');
    const param = new URL(call.url).searchParams.get('dns') as string;
    expect(param).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(packet.decode(queryOf(call)).questions?.[0]).toMatchObject({
      name: 'host.example.test',
      type: 'A',
    });
  });

  it.each([405, 414, 415])(
    'falls back to POST when GET gets HTTP %i, and stays with POST',
    async (status) => {
      const { f, calls } = fakeFetch((c) =>
        c.method === 'GET' ? reply(status, 'no') : reply(200, answerFor(queryOf(c))),
      );
      const t = createDohTransport({ url: URL_, fetch: f });
      expect((await t.query('a.example.test', 'A')).status).toBe('NOERROR');
      expect((await t.query('b.example.test', 'A')).status).toBe('NOERROR');
      expect(calls.map((c) => c.method)).toEqual(['GET', 'POST', 'POST']);
      expect(calls[1]?.headers['content-type']).toBe('application/dns-message');
    },
  );

  it('reports HTTP errors, wrong content types, truncated bodies and mismatched answers as ERROR', async () => {
    const cases: Array<[string, (c: Call) => FetchResponseLike, string]> = [
      ['503', () => reply(503, 'busy'), 'http-status'],
      ['json', (c) => reply(200, answerFor(queryOf(c)), 'application/dns-json'), 'content-type'],
      ['html', () => reply(200, '<html>', 'text/html; charset=utf-8'), 'content-type'],
      ['half', (c) => reply(200, answerFor(queryOf(c)).subarray(0, 20)), 'truncated'],
      [
        'content-length',
        (c) => reply(200, answerFor(queryOf(c)), undefined, { 'content-length': '999' }),
        'truncated',
      ],
      [
        'tc',
        (c) =>
          reply(
            200,
            answerFor(queryOf(c), (p) => (p.flags = (p.flags ?? 0) | packet.TRUNCATED_RESPONSE)),
          ),
        'truncated',
      ],
      [
        'id',
        (c) =>
          reply(
            200,
            answerFor(queryOf(c), (p) => (p.id = 7)),
          ),
        'mismatch',
      ],
      [
        'question',
        (c) =>
          reply(
            200,
            answerFor(queryOf(c), (p) => (p.questions = [{ type: 'A', name: 'other.test' }])),
          ),
        'mismatch',
      ],
      [
        'garbage',
        () => reply(200, Uint8Array.from([0, 0, 0x81, 0x80, 0, 1, 0, 0, 0, 0, 0, 0, 0xc0, 12, 0, 1, 0, 1])),
        'malformed',
      ],
    ];
    for (const [label, handler, reason] of cases) {
      const t = createDohTransport({ url: URL_, fetch: fakeFetch(handler).f });
      expect(await t.query('a.example.test', 'A'), label).toMatchObject({ status: 'ERROR', reason });
    }
  });

  it('a body that breaks off while reading is "truncated"', async () => {
    const f: FetchLike = async () => ({
      status: 200,
      headers: { get: () => 'application/dns-message' },
      arrayBuffer: () => Promise.reject(new TypeError('terminated')),
    });
    expect(await createDohTransport({ url: URL_, fetch: f }).query('a.example.test', 'A')).toMatchObject({
      status: 'ERROR',
      reason: 'truncated',
    });
  });

  it('network failures are ERROR/network; the transport never rejects', async () => {
    const f: FetchLike = async () => {
      throw new TypeError('fetch failed', { cause: new Error('ECONNREFUSED') });
    };
    expect(await createDohTransport({ url: URL_, fetch: f }).query('a.example.test', 'A')).toMatchObject({
      status: 'ERROR',
      reason: 'network',
      message: expect.stringContaining('ECONNREFUSED'),
    });
  });

  it('aborts after the timeout and answers TIMEOUT', async () => {
    const f: FetchLike = (_url, init) =>
      new Promise((_, reject) =>
        init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
      );
    const started = Date.now();
    const a = await createDohTransport({ url: URL_, fetch: f, timeoutMs: 50 }).query('a.example.test', 'A');
    expect(a.status).toBe('TIMEOUT');
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('refuses names that cannot be put in a query without asking', async () => {
    const { f, calls } = fakeFetch(() => reply(200, ''));
    const t = createDohTransport({ url: URL_, fetch: f });
    expect(await t.query(`${'a'.repeat(64)}.example.test`, 'A')).toMatchObject({
      status: 'ERROR',
      reason: 'bad-name',
    });
    expect(await t.query('a..example.test', 'A')).toMatchObject({ status: 'ERROR', reason: 'bad-name' });
    expect(calls).toHaveLength(0);
  });
});

describe('DoH body limit (issue 10)', () => {
  it('reads an endless body only up to 65,535 bytes, then aborts the request: "too-large"', async () => {
    let pulled = 0;
    let cancelled = false;
    let aborted = false;
    const f: FetchLike = async (_url, init) => {
      init.signal?.addEventListener('abort', () => (aborted = true));
      return {
        status: 200,
        headers: { get: (n) => (n === 'content-type' ? 'application/dns-message' : null) },
        body: {
          getReader: () => ({
            read: async () => {
              pulled += 4096;
              return { done: false, value: new Uint8Array(4096) };
            },
            cancel: async () => {
              cancelled = true;
            },
          }),
        },
        arrayBuffer: () => Promise.reject(new Error('the whole body must never be buffered')),
      };
    };
    const a = await createDohTransport({ url: URL_, fetch: f }).query('a.example.test', 'A');
    expect(a).toMatchObject({ status: 'ERROR', reason: 'too-large' });
    expect(pulled).toBeLessThanOrEqual(65_535 + 4096);
    expect(cancelled).toBe(true);
    expect(aborted).toBe(true);
  });

  it('refuses a body announced as longer than a DNS message without reading it', async () => {
    const { f } = fakeFetch(() => ({
      ...reply(200, new Uint8Array(10), 'application/dns-message', { 'content-length': '70000' }),
      arrayBuffer: () => Promise.reject(new Error('must not be read')),
    }));
    expect(await createDohTransport({ url: URL_, fetch: f }).query('a.example.test', 'A')).toMatchObject({
      status: 'ERROR',
      reason: 'too-large',
    });
  });

  it('reads a streamed body in chunks and decodes it', async () => {
    const { f } = fakeFetch((c) => {
      const bytes = answerFor(queryOf(c));
      const chunks = [bytes.subarray(0, 5), bytes.subarray(5)];
      return {
        ...reply(200, bytes),
        body: {
          getReader: () => ({
            read: async () => {
              const value = chunks.shift();
              return value ? { done: false, value } : { done: true };
            },
            cancel: async () => undefined,
          }),
        },
      };
    });
    expect(await createDohTransport({ url: URL_, fetch: f }).query('a.example.test', 'A')).toMatchObject({
      status: 'NOERROR',
      records: [{ address: '192.0.2.1' }],
    });
  });
});
