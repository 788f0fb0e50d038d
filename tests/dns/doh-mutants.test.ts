import * as packet from '@leichtgewicht/dns-packet';
import { describe, expect, it, vi } from 'vitest';
import { createDohTransport } from '../../utils/dns/doh';
import { encodeQuery } from '../../utils/dns/wire';
import { type Call, URL_, answerFor, fakeFetch, queryOf, reply } from '../helpers/fake-doh';

import type { FetchResponseLike } from '../../utils/dns/types';

// Tests written to kill mutants of utils/dns/doh.ts (issue 13): HTTP status bounds, the GET→POST
// switch, Content-Length checks and the question check. Helpers in tests/helpers/fake-doh.ts.

describe('DoH transport, boundaries', () => {
  it('takes 2xx answers only: 199 and 300 are HTTP errors, 299 is read', async () => {
    for (const [status, ok] of [
      [199, false],
      [200, true],
      [299, true],
      [300, false],
    ] as const) {
      const { f } = fakeFetch((c) => reply(status, answerFor(queryOf(c))));
      const a = await createDohTransport({ url: URL_, fetch: f }).query('a.example.test', 'A');
      if (ok) expect(a).toMatchObject({ status: 'NOERROR' });
      else expect(a).toMatchObject({ status: 'ERROR', reason: 'http-status' });
    }
  });

  it('does not switch method when a POST is refused', async () => {
    const { f, calls } = fakeFetch(() => reply(405, ''));
    const a = await createDohTransport({ url: URL_, fetch: f, method: 'POST' }).query('a.example.test', 'A');
    expect(a).toMatchObject({ status: 'ERROR', reason: 'http-status' });
    expect(calls.map((c) => c.method)).toEqual(['POST']);
  });

  it('switches a refused GET to POST once, and keeps POST for the next query', async () => {
    const { f, calls } = fakeFetch((c) =>
      c.method === 'GET' ? reply(414, '') : reply(200, answerFor(queryOf(c))),
    );
    const t = createDohTransport({ url: URL_, fetch: f });
    expect(await t.query('a.example.test', 'A')).toMatchObject({ status: 'NOERROR' });
    expect(await t.query('b.example.test', 'A')).toMatchObject({ status: 'NOERROR' });
    expect(calls.map((c) => c.method)).toEqual(['GET', 'POST', 'POST']);
  });

  it('reads a body exactly as long as its Content-Length, and calls a shorter one truncated', async () => {
    for (const extra of [0, 1]) {
      const { f } = fakeFetch((c) => {
        const body = answerFor(queryOf(c));
        return reply(200, body, 'application/dns-message', { 'content-length': String(body.length + extra) });
      });
      const a = await createDohTransport({ url: URL_, fetch: f }).query('a.example.test', 'A');
      expect(a).toMatchObject(extra ? { status: 'ERROR', reason: 'truncated' } : { status: 'NOERROR' });
    }
  });

  it('accepts a Content-Length of exactly 65,535 (the DNS maximum) and refuses 65,536 unread', async () => {
    for (const [declared, reason] of [
      [65_535, 'truncated'],
      [65_536, 'too-large'],
    ] as const) {
      const { f } = fakeFetch((c) =>
        reply(200, answerFor(queryOf(c)), 'application/dns-message', { 'content-length': String(declared) }),
      );
      const a = await createDohTransport({ url: URL_, fetch: f }).query('a.example.test', 'A');
      expect(a).toMatchObject({ status: 'ERROR', reason });
    }
  });

  it('refuses an answer to another type or to several questions', async () => {
    const tweaks: Array<(p: packet.Packet) => void> = [
      (p) => {
        (p.questions as packet.Question[])[0] = { ...(p.questions as packet.Question[])[0]!, type: 'AAAA' };
      },
      (p) => {
        p.questions = [...(p.questions ?? []), { name: 'b.example.test', type: 'A' }];
      },
    ];
    for (const tweak of tweaks) {
      const { f } = fakeFetch((c) => reply(200, answerFor(queryOf(c), tweak)));
      const a = await createDohTransport({ url: URL_, fetch: f }).query('a.example.test', 'A');
      expect(a).toMatchObject({ status: 'ERROR', reason: 'mismatch' });
    }
  });

  it('says in each error what the server did, naming it (the report shows these messages)', async () => {
    const ask = async (handler: (c: Call) => FetchResponseLike) =>
      createDohTransport({ url: URL_, fetch: fakeFetch(handler).f }).query('a.example.test', 'A');
    expect(await ask(() => reply(503, ''))).toMatchObject({ message: `${URL_} answered HTTP 503` });
    expect(await ask(() => reply(200, '<html>', 'Text/HTML; charset=utf-8'))).toMatchObject({
      message: `${URL_} answered with content type "text/html", not application/dns-message`,
    });
    expect(await ask(() => reply(200, '<html>', ''))).toMatchObject({
      message: `${URL_} answered with content type "none", not application/dns-message`,
    });
    expect(
      await ask((c) =>
        reply(200, answerFor(queryOf(c)), 'application/dns-message', { 'content-length': '70000' }),
      ),
    ).toMatchObject({ message: `${URL_} announced 70000 bytes, more than a DNS message can be` });
    expect(
      await ask((c) => {
        const body = answerFor(queryOf(c));
        return reply(200, body, 'application/dns-message', { 'content-length': String(body.length + 1) });
      }),
    ).toMatchObject({ message: expect.stringMatching(/^the response body from \S+ has \d+ of \d+ bytes$/) });
    expect(
      await ask((c) =>
        reply(
          200,
          answerFor(queryOf(c), (p) => {
            p.flags = (p.flags ?? 0) | packet.TRUNCATED_RESPONSE;
          }),
        ),
      ),
    ).toMatchObject({ reason: 'truncated', message: `${URL_} set the TC bit, which DoH never needs` });
  });
});

/** A response whose body is only readable as a stream of these chunks (`undefined` = an empty read). */
function streamed(chunks: Array<Uint8Array | undefined>, cancel: () => Promise<void> = async () => {}) {
  return {
    ...reply(200, new Uint8Array(0)),
    arrayBuffer: () => Promise.reject(new Error('a streamed body must not be read whole')),
    body: {
      getReader: () => ({
        read: async () => (chunks.length ? { done: false, value: chunks.shift() } : { done: true }),
        cancel,
      }),
    },
  } satisfies FetchResponseLike;
}

/** The answer to the call's query, padded with zero bytes (which the decoder ignores) to `size`. */
function padded(c: Call, size: number): Uint8Array {
  const out = new Uint8Array(size);
  out.set(answerFor(queryOf(c)));
  return out;
}

const ask = async (
  handler: (c: Call) => FetchResponseLike | Promise<FetchResponseLike>,
  timeoutMs?: number,
) =>
  createDohTransport({ url: URL_, fetch: fakeFetch(handler).f, ...(timeoutMs ? { timeoutMs } : {}) }).query(
    'a.example.test',
    'A',
  );

describe('DoH transport, body limits and failures while reading', () => {
  it('reads a whole (unstreamed) body of exactly 65,535 bytes, and refuses 65,536 as too large', async () => {
    expect(await ask((c) => reply(200, padded(c, 65_535)))).toMatchObject({ status: 'NOERROR' });
    expect(await ask((c) => reply(200, padded(c, 65_536)))).toStrictEqual({
      name: 'a.example.test',
      type: 'A',
      status: 'ERROR',
      reason: 'too-large',
      message: `the response body from ${URL_} is longer than 65535 bytes, the most a DNS message can be`,
    });
  });

  it('reads a streamed body of exactly 65,535 bytes, and stops at 65,536 even when cancelling fails', async () => {
    const split = (b: Uint8Array) => [b.subarray(0, 30_000), b.subarray(30_000, 65_000), b.subarray(65_000)];
    expect(await ask((c) => streamed(split(padded(c, 65_535))))).toMatchObject({ status: 'NOERROR' });
    let cancelled = 0;
    const refusing = async () => {
      cancelled++;
      throw new Error('cannot cancel');
    };
    expect(await ask((c) => streamed(split(padded(c, 65_536)), refusing))).toMatchObject({
      status: 'ERROR',
      reason: 'too-large',
    });
    expect(cancelled).toBe(1);
  });

  it('skips a read that brings no bytes', async () => {
    const a = await ask((c) => {
      const b = answerFor(queryOf(c));
      return streamed([b.subarray(0, 3), undefined, b.subarray(3)]);
    });
    expect(a).toMatchObject({ status: 'NOERROR', records: [{ address: '192.0.2.1' }] });
  });

  it('answers TIMEOUT, not "truncated", when the time runs out while the body is read', async () => {
    const stalled = (signal: AbortSignal | undefined) =>
      new Promise<never>((_, reject) =>
        signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
      );
    const timeout = {
      name: 'a.example.test',
      type: 'A',
      status: 'TIMEOUT',
      message: `no answer from ${URL_} within 40 ms`,
    };
    const whole = await ask(
      (c) => ({ ...reply(200, new Uint8Array(0)), arrayBuffer: () => stalled(c.signal) }),
      40,
    );
    expect(whole).toStrictEqual(timeout);
    const stream = await ask(
      (c) => ({
        ...streamed([]),
        body: { getReader: () => ({ read: () => stalled(c.signal), cancel: async () => {} }) },
      }),
      40,
    );
    expect(stream).toStrictEqual(timeout);
  });

  it('waits 3 seconds by default before answering TIMEOUT', async () => {
    vi.useFakeTimers();
    try {
      let aborted = false;
      const pending = createDohTransport({
        url: URL_,
        fetch: (_url, init) =>
          new Promise((_, reject) =>
            init.signal?.addEventListener('abort', () => {
              aborted = true;
              reject(new DOMException('aborted', 'AbortError'));
            }),
          ),
      }).query('a.example.test', 'A');
      await vi.advanceTimersByTimeAsync(2_999);
      expect(aborted).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect(aborted).toBe(true);
      expect(await pending).toMatchObject({
        status: 'TIMEOUT',
        message: `no answer from ${URL_} within 3000 ms`,
      });
    } finally {
      vi.useRealTimers();
    }
  });

  it('says why a body broke off, with the cause when there is one', async () => {
    const failing = (e: unknown) => () => ({
      ...reply(200, new Uint8Array(0)),
      // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- a non-Error rejection is a case under test
      arrayBuffer: () => Promise.reject(e),
    });
    expect(
      await ask(failing(new TypeError('terminated', { cause: new Error('other side closed') }))),
    ).toStrictEqual({
      name: 'a.example.test',
      type: 'A',
      status: 'ERROR',
      reason: 'truncated',
      message: `the response body from ${URL_} ended early (terminated: other side closed)`,
    });
    expect(await ask(failing(new TypeError('terminated', { cause: 'closed' })))).toMatchObject({
      message: `the response body from ${URL_} ended early (terminated)`,
    });
    expect(await ask(failing('gone'))).toMatchObject({
      message: `the response body from ${URL_} ended early (gone)`,
    });
  });

  it('says what went wrong on the network, with the cause when there is one', async () => {
    // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- a non-Error rejection is a case under test
    const throwing = (e: unknown) => () => Promise.reject(e);
    expect(
      await ask(throwing(new TypeError('fetch failed', { cause: new Error('ECONNREFUSED') }))),
    ).toStrictEqual({
      name: 'a.example.test',
      type: 'A',
      status: 'ERROR',
      reason: 'network',
      message: `${URL_}: fetch failed: ECONNREFUSED`,
    });
    expect(await ask(throwing(new Error('offline')))).toMatchObject({ message: `${URL_}: offline` });
    expect(await ask(throwing('down'))).toMatchObject({ reason: 'network', message: `${URL_}: down` });
  });

  it('passes on the wire decoder’s verdict and words, naming the server', async () => {
    expect(await ask(() => reply(200, Uint8Array.from([0, 0, 0x81, 0x80, 0])))).toStrictEqual({
      name: 'a.example.test',
      type: 'A',
      status: 'ERROR',
      reason: 'truncated',
      message: `${URL_}: message is 5 bytes, shorter than a DNS header`,
    });
    const loop = Uint8Array.from([0, 0, 0x81, 0x80, 0, 1, 0, 0, 0, 0, 0, 0, 0xc0, 12, 0, 1, 0, 1]);
    expect(await ask(() => reply(200, loop))).toMatchObject({
      reason: 'malformed',
      message: `${URL_}: bad name pointer at offset 12`,
    });
  });

  it('refuses an answer that is not a response to this very question, saying what it answered', async () => {
    const mismatch = async (tweak: (p: packet.Packet) => void) =>
      ask((c) => reply(200, answerFor(queryOf(c), tweak)));
    const text = (what: string) => ({
      name: 'a.example.test',
      type: 'A',
      status: 'ERROR',
      reason: 'mismatch',
      message: `${URL_} answered a different question (${what})`,
    });
    expect(await mismatch((p) => (p.questions = [{ type: 'A', name: 'b.example.test' }]))).toStrictEqual(
      text('b.example.test/1, id 0'),
    );
    expect(await mismatch((p) => (p.questions = []))).toStrictEqual(text('none/-, id 0'));
    expect(await mismatch((p) => (p.id = 7))).toStrictEqual(text('a.example.test/1, id 7'));
    expect(await mismatch((p) => (p.type = 'query'))).toStrictEqual(text('a.example.test/1, id 0'));
  });

  it('refuses a name a query cannot carry, saying why, without asking', async () => {
    const { f, calls } = fakeFetch(() => reply(200, ''));
    const t = createDohTransport({ url: URL_, fetch: f });
    expect(await t.query('A..Example.test.', 'TXT')).toStrictEqual({
      name: 'a..example.test',
      type: 'TXT',
      status: 'ERROR',
      reason: 'bad-name',
      message: 'cannot query "a..example.test" (empty-label)',
    });
    expect(calls).toHaveLength(0);
  });

  it('ignores a Content-Length that is not a number of bytes', async () => {
    for (const declared of ['Infinity', 'many']) {
      expect(
        await ask((c) =>
          reply(200, answerFor(queryOf(c)), 'application/dns-message', { 'content-length': declared }),
        ),
        declared,
      ).toMatchObject({ status: 'NOERROR' });
    }
  });

  it('aborts the request when the announced length is too large, and says so', async () => {
    let aborted = false;
    const a = await ask((c) => {
      c.signal?.addEventListener('abort', () => (aborted = true));
      return reply(200, answerFor(queryOf(c)), 'application/dns-message', { 'content-length': '65536' });
    });
    expect(a).toMatchObject({
      reason: 'too-large',
      message: `${URL_} announced 65536 bytes, more than a DNS message can be`,
    });
    expect(aborted).toBe(true);
  });

  it('sends exactly the encoded query: as a dns parameter added to the URL, or as a POST body', async () => {
    const url = 'https://doh.example.test/dns-query?ct=1';
    const { f, calls } = fakeFetch((c) => reply(200, answerFor(queryOf(c))));
    await createDohTransport({ url, fetch: f }).query('a.example.test', 'A');
    await createDohTransport({ url, fetch: f, method: 'POST' }).query('a.example.test', 'A');
    const wire = encodeQuery('a.example.test', 'A');
    expect(calls[0]?.url).toBe(`${url}&dns=${Buffer.from(wire).toString('base64url')}`);
    expect(calls[0]?.headers).toStrictEqual({ accept: 'application/dns-message' });
    expect(calls[1]?.url).toBe(url);
    expect(calls[1]?.headers).toStrictEqual({
      accept: 'application/dns-message',
      'content-type': 'application/dns-message',
    });
    expect(Array.from(calls[1]?.body ?? [])).toStrictEqual(Array.from(wire));
    expect(calls.every((c) => c.signal instanceof AbortSignal)).toBe(true);
  });
});

describe('DoH transport, content type and timer', () => {
  it('reads the media type without its parameters, spaces or case, and calls a missing one "none"', async () => {
    for (const ctype of ['Application/DNS-Message', 'application/dns-message ; charset=binary']) {
      expect(await ask((c) => reply(200, answerFor(queryOf(c)), ctype)), ctype).toMatchObject({
        status: 'NOERROR',
      });
    }
    const bare = await ask((c) => ({ ...reply(200, answerFor(queryOf(c))), headers: { get: () => null } }));
    expect(bare).toMatchObject({
      reason: 'content-type',
      message: `${URL_} answered with content type "none", not application/dns-message`,
    });
  });

  it('stops its timer when the answer is in: the finished request is never aborted later', async () => {
    vi.useFakeTimers();
    try {
      const { f, calls } = fakeFetch((c) => reply(200, answerFor(queryOf(c))));
      const a = await createDohTransport({ url: URL_, fetch: f, timeoutMs: 100 }).query(
        'a.example.test',
        'A',
      );
      expect(a).toMatchObject({ status: 'NOERROR' });
      await vi.advanceTimersByTimeAsync(1_000);
      expect(calls[0]?.signal?.aborted).toBe(false);
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });
});
