/**
 * Typed messages between the extension's pages (popup, panel) and the background service worker,
 * which is the only place that talks to DoH resolvers. Requests are validated on arrival: a
 * message is untrusted input like any other.
 *
 * Domain health is served whole ('domain-report') or one check at a time ('domain-check', so the
 * popup can show each check as it arrives and grade the partial results with gradeOf); the compose
 * panel asks 'recipient-check' for the recipients' domains. Answers are cached by TTL in the
 * background; `checkedAt` says how old they are ("checked 3 min ago"), `refresh` skips the cache.
 */
import type { CheckKey, CheckResult } from './auth/contract';
import { CHECK_KEYS } from './auth/contract';
import type { RecipientDomainCheck } from './auth/recipients';
import type { DomainReport, SpfReport } from './auth/report';
import type { SendingService } from './auth/spf/providers';

interface DomainRequestBase {
  /** Domain or email address whose domain is checked. */
  domain: string;
  /** The service the user composes in: its authorization produces findings. */
  service?: SendingService;
  /** Resolver id ('cloudflare', 'google', 'quad9') or https URL; default Cloudflare. */
  resolver?: string;
  /** Check again instead of answering from the cache. */
  refresh?: boolean;
}

export interface DomainReportRequest extends DomainRequestBase {
  type: 'domain-report';
}

export interface DomainCheckRequest extends DomainRequestBase {
  type: 'domain-check';
  check: CheckKey;
}

export interface RecipientCheckRequest {
  type: 'recipient-check';
  /** Distinct recipient domains (at most MAX_RECIPIENT_DOMAINS). */
  domains: string[];
  resolver?: string;
}

export interface SpfReportRequest extends Omit<DomainRequestBase, 'refresh'> {
  type: 'spf-report';
  /** Evaluate check_host() for one message too. */
  ip?: string;
  sender?: string;
  helo?: string;
}

export type BackgroundRequest =
  DomainReportRequest | DomainCheckRequest | RecipientCheckRequest | SpfReportRequest;

export type BackgroundErrorCode = 'bad-request' | 'no-permission' | 'internal';

export type BackgroundResult<T> =
  { ok: true; value: T } | { ok: false; error: { code: BackgroundErrorCode; message: string } };

/** One check of a domain's report. */
export interface DomainCheckAnswer {
  domain: string;
  check: CheckKey;
  /** ISO time the check ran (older than now when it came from the cache). */
  checkedAt: string;
  result: CheckResult;
}

export interface RecipientCheckAnswer {
  checkedAt: string;
  domains: RecipientDomainCheck[];
}

export interface BackgroundResponses {
  'domain-report': BackgroundResult<DomainReport>;
  'domain-check': BackgroundResult<DomainCheckAnswer>;
  'recipient-check': BackgroundResult<RecipientCheckAnswer>;
  'spf-report': BackgroundResult<SpfReport>;
}

export type ResponseFor<R extends BackgroundRequest> = BackgroundResponses[R['type']];

export const MAX_RECIPIENT_DOMAINS = 50;

const optionalString = (v: unknown): boolean => v === undefined || typeof v === 'string';
const optionalBoolean = (v: unknown): boolean => v === undefined || typeof v === 'boolean';
const shortString = (v: unknown): v is string => typeof v === 'string' && v.length <= 320;

/** Shape check for incoming messages (values are validated again by the handler). */
export function isBackgroundRequest(msg: unknown): msg is BackgroundRequest {
  if (typeof msg !== 'object' || msg === null) return false;
  const m = msg as Record<string, unknown>;
  if (!optionalString(m.resolver)) return false;
  if (m.type === 'recipient-check')
    return (
      Array.isArray(m.domains) && m.domains.length <= MAX_RECIPIENT_DOMAINS && m.domains.every(shortString)
    );
  if (m.type !== 'domain-report' && m.type !== 'spf-report' && m.type !== 'domain-check') return false;
  if (typeof m.domain !== 'string') return false;
  if (m.service !== undefined && m.service !== 'gmail' && m.service !== 'outlook') return false;
  if (!optionalBoolean(m.refresh)) return false;
  if (m.type === 'domain-check' && !(CHECK_KEYS as readonly unknown[]).includes(m.check)) return false;
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

/** Whole minutes since `checkedAt` (ISO), for "checked N min ago"; 0 for the future or bad input. */
export function minutesAgo(checkedAt: string, now = Date.now()): number {
  const t = Date.parse(checkedAt);
  return Number.isFinite(t) ? Math.max(0, Math.floor((now - t) / 60_000)) : 0;
}
