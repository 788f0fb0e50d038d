/**
 * DNS-over-HTTPS client, RFC 8484 wire format. Runs wherever a `fetch` is injected: the MV3 service
 * worker (global fetch; an extension with host permission for the resolver is not subject to CORS)
 * and Node (undici with HTTP/2, scripts/lib/dns-node.ts). No Buffer, no Node modules in this file.
 */
import { normalizeName } from './names';
import type { DnsAnswer, ErrorAnswer, FetchLike, FetchResponseLike, RRType } from './types';
import { DnsWireError, base64url, decodeMessage, encodeQuery, messageToAnswer } from './wire';
import { RR_TYPE_CODES } from './types';

export const DNS_MESSAGE = 'application/dns-message';

/** One upstream DoH server. `query` never rejects. */
export interface DnsTransport {
  /** The endpoint URL, for reports and stats. */
  readonly url: string;
  query(name: string, type: RRType): Promise<DnsAnswer>;
}

export interface DohOptions {
  url: string;
  fetch: FetchLike;
  /** Per-attempt timeout; default 3000 ms. */
  timeoutMs?: number;
  /** Start with POST (some self-hosted servers refuse GET). Default: GET, which HTTP caches can share. */
  method?: 'GET' | 'POST';
}

// Statuses meaning "this server will not take the query as a GET"; the same query is then sent as
// POST (RFC 8484 §4.1 makes both methods mandatory for servers, but not every server agrees).
const GET_REFUSED = new Set([400, 405, 413, 414, 415, 501]);

export function createDohTransport(opts: DohOptions): DnsTransport {
  const timeoutMs = opts.timeoutMs ?? 3000;
  let method: 'GET' | 'POST' = opts.method ?? 'GET';
  const url = opts.url;

  const error = (name: string, type: RRType, reason: ErrorAnswer['reason'], message: string): DnsAnswer => ({
    name,
    type,
    status: 'ERROR',
    reason,
    message,
  });

  async function send(m: 'GET' | 'POST', wire: Uint8Array, signal: AbortSignal) {
    const headers: Record<string, string> = { accept: DNS_MESSAGE };
    if (m === 'POST') {
      headers['content-type'] = DNS_MESSAGE;
      return opts.fetch(url, { method: 'POST', headers, body: wire, signal });
    }
    const u = new URL(url);
    u.searchParams.set('dns', base64url(wire));
    return opts.fetch(u.toString(), { method: 'GET', headers, signal });
  }

  async function query(rawName: string, type: RRType): Promise<DnsAnswer> {
    const name = normalizeName(rawName);
    let wire: Uint8Array;
    try {
      // Throws, saying why, for a name a query cannot carry (empty, an empty label, too long).
      wire = encodeQuery(name, type);
    } catch (e) {
      return error(name, type, 'bad-name', errorText(e));
    }
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    try {
      let res = await send(method, wire, controller.signal);
      if (method === 'GET' && GET_REFUSED.has(res.status)) {
        method = 'POST';
        res = await send('POST', wire, controller.signal);
      }
      if (res.status < 200 || res.status > 299) {
        return error(name, type, 'http-status', `${url} answered HTTP ${res.status}`);
      }
      // RFC 8484 §4.2.1: the answer must be a DNS message; anything else (a captive portal's HTML,
      // the JSON dialect) is refused here rather than misread.
      // Stryker disable next-line OptionalChaining: split() returns at least one element; `?.` is for the type checker.
      const ctype = (res.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
      if (ctype !== DNS_MESSAGE) {
        return error(
          name,
          type,
          'content-type',
          `${url} answered with content type "${ctype || 'none'}", not ${DNS_MESSAGE}`,
        );
      }
      const declared = Number(res.headers.get('content-length') ?? NaN);
      if (Number.isFinite(declared) && declared > MAX_DNS_MESSAGE) {
        controller.abort();
        return error(
          name,
          type,
          'too-large',
          `${url} announced ${declared} bytes, more than a DNS message can be`,
        );
      }
      let body: Uint8Array | 'too-large';
      try {
        body = await readBody(res, controller);
      } catch (e) {
        if (timedOut) throw e;
        return error(name, type, 'truncated', `the response body from ${url} ended early (${errorText(e)})`);
      }
      if (body === 'too-large') {
        return error(
          name,
          type,
          'too-large',
          `the response body from ${url} is longer than ${MAX_DNS_MESSAGE} bytes, the most a DNS message can be`,
        );
      }
      if (Number.isFinite(declared) && body.length < declared) {
        return error(
          name,
          type,
          'truncated',
          `the response body from ${url} has ${body.length} of ${declared} bytes`,
        );
      }
      const msg = decodeMessage(body);
      if (msg.tc) return error(name, type, 'truncated', `${url} set the TC bit, which DoH never needs`);
      const q = msg.questions[0];
      if (
        !msg.qr ||
        msg.id !== 0 ||
        msg.questions.length !== 1 ||
        !q ||
        q.name !== name ||
        q.type !== RR_TYPE_CODES[type]
      ) {
        return error(
          name,
          type,
          'mismatch',
          `${url} answered a different question (${q?.name ?? 'none'}/${q?.type ?? '-'}, id ${msg.id})`,
        );
      }
      return messageToAnswer(msg, name, type);
    } catch (e) {
      if (timedOut)
        return { name, type, status: 'TIMEOUT', message: `no answer from ${url} within ${timeoutMs} ms` };
      if (e instanceof DnsWireError) return error(name, type, e.kind, `${url}: ${e.message}`);
      return error(name, type, 'network', `${url}: ${errorText(e)}`);
    } finally {
      clearTimeout(timer);
    }
  }

  return { url, query };
}

/** RFC 1035 §4.2.2 / RFC 8484 §6: a DNS message is at most 65,535 bytes; DoH bodies are no longer. */
export const MAX_DNS_MESSAGE = 65_535;

/**
 * The body, read chunk by chunk and abandoned (request aborted) as soon as it passes the DNS maximum,
 * so a hostile or broken server cannot make the worker buffer an endless body.
 */
async function readBody(
  res: FetchResponseLike,
  controller: AbortController,
): Promise<Uint8Array | 'too-large'> {
  const reader = res.body?.getReader();
  if (!reader) {
    const whole = new Uint8Array(await res.arrayBuffer());
    return whole.length > MAX_DNS_MESSAGE ? 'too-large' : whole;
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (!value) continue;
    total += value.length;
    if (total > MAX_DNS_MESSAGE) {
      controller.abort();
      await reader.cancel().catch(() => undefined);
      return 'too-large';
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}

function errorText(e: unknown): string {
  if (e instanceof Error) {
    const cause = (e as Error & { cause?: unknown }).cause;
    return cause instanceof Error ? `${e.message}: ${cause.message}` : e.message;
  }
  return String(e);
}
