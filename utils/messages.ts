/**
 * Typed messages between the extension's pages (popup, panel) and the background service worker,
 * which is the only place that talks to DoH resolvers. Requests are validated on arrival: a
 * message is untrusted input like any other.
 */
import type { DomainReport, SpfReport } from './auth/report';
import type { SendingService } from './auth/spf/providers';

export interface DomainReportRequest {
  type: 'domain-report';
  /** Domain or email address whose domain is checked. */
  domain: string;
  /** The service the user composes in: its authorization produces findings. */
  service?: SendingService;
  /** Resolver id ('cloudflare', 'google', 'quad9') or https URL; default Cloudflare. */
  resolver?: string;
}

export interface SpfReportRequest extends Omit<DomainReportRequest, 'type'> {
  type: 'spf-report';
  /** Evaluate check_host() for one message too. */
  ip?: string;
  sender?: string;
  helo?: string;
}

export type BackgroundRequest = DomainReportRequest | SpfReportRequest;

export type BackgroundErrorCode = 'bad-request' | 'no-permission' | 'internal';

export type BackgroundResult<T> =
  { ok: true; value: T } | { ok: false; error: { code: BackgroundErrorCode; message: string } };

export interface BackgroundResponses {
  'domain-report': BackgroundResult<DomainReport>;
  'spf-report': BackgroundResult<SpfReport>;
}

export type ResponseFor<R extends BackgroundRequest> = BackgroundResponses[R['type']];

const optionalString = (v: unknown): boolean => v === undefined || typeof v === 'string';

/** Shape check for incoming messages (values are validated again by the handler). */
export function isBackgroundRequest(msg: unknown): msg is BackgroundRequest {
  if (typeof msg !== 'object' || msg === null) return false;
  const m = msg as Record<string, unknown>;
  if (m.type !== 'domain-report' && m.type !== 'spf-report') return false;
  if (typeof m.domain !== 'string') return false;
  if (!optionalString(m.resolver)) return false;
  if (m.service !== undefined && m.service !== 'gmail' && m.service !== 'outlook') return false;
  if (
    m.type === 'spf-report' &&
    !(optionalString(m.ip) && optionalString(m.sender) && optionalString(m.helo))
  )
    return false;
  return true;
}

/** Something that can deliver a message to the background (browser.runtime.sendMessage). */
export type MessageSender = (msg: BackgroundRequest) => Promise<unknown>;

/** Sends a request and types the answer. */
export async function askBackground<R extends BackgroundRequest>(
  send: MessageSender,
  req: R,
): Promise<ResponseFor<R>> {
  return (await send(req)) as ResponseFor<R>;
}
