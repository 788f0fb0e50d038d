import * as packet from '@leichtgewicht/dns-packet';
import { describe, expect, it } from 'vitest';
import { createDohTransport } from '../../utils/dns/doh';
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
