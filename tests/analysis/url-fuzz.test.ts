/**
 * parseLinkTarget() (utils/analysis/url.ts) against the WHATWG URL parser (Node's URL, what browsers
 * follow): for generated http(s) and scheme-less links with any mix of slashes and backslashes before
 * the host, userinfo, letter-led host names, ports and a tail, it reads the host, port and userinfo the
 * browser goes to. A link without a scheme resolves against the webmail's https page. And on any
 * string it returns promptly without throwing.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseLinkTarget } from '../../utils/analysis/url';
import { runs } from '../helpers/runs';

const BASE = 'https://mail.example/mail/u/0/';
// WHATWG's default ports: URL#port is '' for them.
const DEFAULT_PORT: Record<string, number> = { 'http:': 80, 'https:': 443, 'wss:': 443, 'ftp:': 21 };

const word = (first: string) =>
  fc.tuple(fc.constantFrom(...first), fc.stringMatching(/^[a-zA-Z0-9]{0,5}$/)).map(([a, b]) => a + b);
const label = word('abcxyzABCXYZ');

const link = fc.record({
  scheme: fc.constantFrom('', 'http:', 'https:', 'HTTPS:', 'wss:', 'ftp:'),
  slashes: fc.array(fc.constantFrom('/', '\\'), { minLength: 2, maxLength: 4 }).map((s) => s.join('')),
  userinfo: fc.oneof(
    fc.constant(''),
    label.map((u) => `${u}@`),
    fc.tuple(label, label).map(([u, p]) => `${u}:${p}@`),
  ),
  host: fc.array(label, { minLength: 1, maxLength: 3 }).map((l) => l.join('.')),
  port: fc.oneof(
    fc.constant(''),
    fc.integer({ min: 1, max: 65535 }).map((p) => `:${p}`),
  ),
  tail: fc.constantFrom('', '/', '/a\\b', '?q=1', '#top', '/x?y#z'),
});

describe('parseLinkTarget against the WHATWG URL parser', () => {
  it('goes to the host, port and userinfo a browser goes to', () => {
    fc.assert(
      fc.property(link, (l) => {
        const href = l.scheme + l.slashes + l.userinfo + l.host + l.port + l.tail;
        const url = new URL(href, BASE);
        const t = parseLinkTarget(href)!;
        expect(t.scheme).toBe(l.scheme.slice(0, -1).toLowerCase());
        expect(t.host).toBe(url.hostname);
        const port = Number.isNaN(t.port) || t.port === DEFAULT_PORT[url.protocol] ? '' : String(t.port);
        expect(port).toBe(url.port);
        expect(t.userinfo).toBe(url.password ? `${url.username}:${url.password}` : url.username);
      }),
      { numRuns: runs(300) },
    );
  });

  it('returns promptly on any string', () => {
    const noisy = fc.stringMatching(/^[a-z:/\\@?#[\]. \t0-9-]{0,40}$/);
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 60 }), noisy), (s) => {
        const t = parseLinkTarget(s);
        if (t) expect(t.host).not.toMatch(/[/\\?#@]/);
      }),
      { numRuns: runs(300) },
    );
  });
});
