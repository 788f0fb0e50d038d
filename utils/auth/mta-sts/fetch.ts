/**
 * Fetching the MTA-STS policy from `https://mta-sts.<domain>/.well-known/mta-sts.txt`: no redirects
 * (RFC 8461 §3.3), body capped at 64 KB, content type reported. Only done with the optional host
 * permission the user grants; the caller injects both the fetch and the permission test.
 */
import { MAX_POLICY_BYTES } from './parse';

export interface PolicyResponse {
  status: number;
  /** The server answered with a redirect (not followed). */
  redirected: boolean;
  contentType: string | null;
  body: string;
  /** The body was longer than the cap and was cut. */
  truncated: boolean;
}

export type PolicyFetcher = (url: string, signal?: AbortSignal) => Promise<PolicyResponse>;

export const policyUrl = (domain: string) => `https://mta-sts.${domain}/.well-known/mta-sts.txt`;
export const policyOrigin = (domain: string) => `https://mta-sts.${domain}/*`;

interface ResponseLike {
  status: number;
  type?: string;
  headers: { get(name: string): string | null };
  body?: ReadableStream<Uint8Array> | null;
  text(): Promise<string>;
}

/** A PolicyFetcher over a standard fetch (the service worker's, or undici's in Node). */
export function createPolicyFetcher(
  fetchFn: (url: string, init: { redirect: 'manual'; signal?: AbortSignal }) => Promise<ResponseLike>,
): PolicyFetcher {
  return async (url, signal) => {
    const res = await fetchFn(url, { redirect: 'manual', ...(signal ? { signal } : {}) });
    const redirected = res.type === 'opaqueredirect' || (res.status >= 300 && res.status < 400);
    let body = '';
    let truncated = false;
    if (!redirected && res.body) {
      const reader = res.body.getReader();
      const chunks: Uint8Array[] = [];
      let size = 0;
      // Every read that returns bytes adds at least one, so a body within the limit takes at most
      // MAX_POLICY_BYTES reads; more means a stream of empty chunks, which ends the body (the loop is
      // bounded even when the caller passes no abort signal).
      for (let reads = 0; reads <= MAX_POLICY_BYTES; reads++) {
        const { done, value } = await reader.read();
        if (done || !value) break;
        chunks.push(value);
        size += value.length;
        if (size > MAX_POLICY_BYTES) {
          truncated = true;
          await reader.cancel().catch(() => undefined);
          break;
        }
      }
      const all = new Uint8Array(Math.min(size, MAX_POLICY_BYTES));
      let off = 0;
      for (const c of chunks) {
        const part = c.subarray(0, Math.max(0, all.length - off));
        all.set(part, off);
        off += part.length;
      }
      body = new TextDecoder().decode(all);
    } else if (!redirected) body = (await res.text()).slice(0, MAX_POLICY_BYTES);
    return { status: res.status, redirected, contentType: res.headers.get('content-type'), body, truncated };
  };
}
