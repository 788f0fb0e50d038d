/**
 * The Node fetch adapter (scripts/lib/dns-node.ts: undici `request` behind the DoH client's FetchLike)
 * against a local HTTP/2 server that misbehaves on purpose: a body that never ends is read only up to
 * the DNS maximum and the stream is dropped, headers are read case-insensitively, and a redirect is
 * not followed.
 */
import { createSecureServer } from 'node:http2';
import type { Http2SecureServer, ServerHttp2Stream } from 'node:http2';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDohTransport } from '../../utils/dns/doh';
import { createNodeFetch } from '../../scripts/lib/dns-node';
import type { NodeFetch } from '../../scripts/lib/dns-node';
import { injectedUnbound } from '../../scripts/lib/unbound';

const unbound = injectedUnbound(inject);
let server: Http2SecureServer;
let base = '';
let fetch: NodeFetch;
let endlessClosed: Promise<void>;

beforeAll(async () => {
  let closed: () => void = () => undefined;
  endlessClosed = new Promise((r) => (closed = r));
  server = createSecureServer({
    key: readFileSync(unbound.certs.keyPath),
    cert: readFileSync(unbound.certs.certPath),
  });
  server.on('stream', (stream: ServerHttp2Stream, headers) => {
    stream.on('error', () => undefined);
    const path = String(headers[':path']);
    if (path.startsWith('/endless')) {
      stream.respond({ ':status': 200, 'content-type': 'application/dns-message' });
      const chunk = Buffer.alloc(16_384);
      // Writes until the client goes away; `close` is the proof that it did.
      const pump = () => {
        while (!stream.destroyed && stream.write(chunk));
        if (!stream.destroyed) stream.once('drain', pump);
      };
      stream.on('close', closed);
      pump();
    } else if (path.startsWith('/redirect')) {
      stream.respond({ ':status': 302, location: '/endless' });
      stream.end();
    } else {
      stream.respond({ ':status': 200, 'Content-Type': 'Text/Plain; charset=utf-8' });
      stream.end('not dns');
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  fetch = createNodeFetch({ extraCa: [unbound.certs.caPem] });
});
afterAll(async () => {
  await fetch.close();
  await new Promise((r) => server.close(r));
});

describe('createNodeFetch', () => {
  it('stops reading an endless body past 65,535 bytes and drops the stream', async () => {
    const doh = createDohTransport({ url: `${base}/endless`, fetch, method: 'POST', timeoutMs: 10_000 });
    const a = await doh.query('example.test', 'TXT');
    expect(a).toMatchObject({ status: 'ERROR', reason: 'too-large' });
    await endlessClosed;
  });

  it('gives the status and the headers whatever their case, and follows no redirect', async () => {
    const plain = await fetch(`${base}/plain`, { method: 'GET', headers: {} });
    expect(plain.status).toBe(200);
    expect(plain.headers.get('CONTENT-TYPE')).toBe('Text/Plain; charset=utf-8');
    expect(plain.headers.get('x-missing')).toBeNull();
    expect(new TextDecoder().decode(await plain.arrayBuffer())).toBe('not dns');
    const moved = await fetch(`${base}/redirect`, { method: 'GET', headers: {} });
    expect(moved.status).toBe(302);
    expect(moved.headers.get('location')).toBe('/endless');
    await moved.arrayBuffer();
  });
});
