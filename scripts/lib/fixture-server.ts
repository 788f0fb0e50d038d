/**
 * The fixture server every real-browser test, the demo and the bench use: HTTPS on 127.0.0.1 (a free
 * port) with the committed test certificate for mail.google.com and the Outlook hosts
 * (tests/fixtures/certs). Browsers reach it under the real host names through a host-resolver rule
 * (Chromium) or DNS/port prefs (Firefox), so content scripts match exactly as on the real sites.
 *
 *   /mail/u/0/<name>          tests/fixtures/gmail/<name>.html (inbox, draft, reply, fullscreen, two, cs)
 *   /fixtures/<path>          static files under tests/fixtures (CSS, JS)
 *   /owa/<name>               tests/fixtures/outlook/<name>.html (later issues)
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const FIXTURES = resolve(fileURLToPath(new URL('../../tests/fixtures', import.meta.url)));
const CERTS = join(FIXTURES, 'certs');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

export interface FixtureServer {
  port: number;
  /** Base URL for a host, e.g. url('mail.google.com', '/mail/u/0/inbox') → https://mail.google.com/... */
  url(host: string, path: string): string;
  close(): Promise<void>;
}

/** Maps a request path to a file under tests/fixtures, or null (never escapes the folder). */
function fileFor(pathname: string): string | null {
  const routes: [RegExp, (m: RegExpExecArray) => string][] = [
    [/^\/mail\/u\/\d+\/([\w-]+)\/?$/, (m) => `gmail/${m[1]}.html`],
    [/^\/owa\/([\w-]+)\/?$/, (m) => `outlook/${m[1]}.html`],
    [/^\/fixtures\/(.+)$/, (m) => m[1]!],
  ];
  for (const [re, to] of routes) {
    const m = re.exec(pathname);
    if (!m) continue;
    const file = normalize(join(FIXTURES, to(m)));
    return file.startsWith(FIXTURES + '/') && !file.startsWith(CERTS) ? file : null;
  }
  return null;
}

export async function startFixtureServer(port = 0): Promise<FixtureServer> {
  const [key, cert] = await Promise.all([
    readFile(join(CERTS, 'key.pem')),
    readFile(join(CERTS, 'cert.pem')),
  ]);
  const server = createServer({ key, cert }, async (req, res) => {
    const url = new URL(req.url ?? '/', 'https://fixture');
    const file = fileFor(decodeURIComponent(url.pathname));
    if (req.method !== 'GET' || !file) {
      res.writeHead(req.method === 'GET' ? 404 : 405).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => ok());
  });
  const actual = (server.address() as AddressInfo).port;
  return {
    port: actual,
    url: (host, path) => `https://${host}${path}`,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
