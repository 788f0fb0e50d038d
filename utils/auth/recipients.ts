/**
 * Can a recipient's domain receive mail at all? NXDOMAIN, a null MX, or no MX and no address means
 * the message will bounce (RFC 5321 §5.1, RFC 7505). DNS failures are 'unknown', never 'bounce'.
 */
import type { Resolver } from '../dns/types';
import { toAsciiDomain } from '../dns/names';
import type { MxLookup } from './mx/evaluate';
import { deliverability, lookupMx } from './mx/evaluate';

export interface RecipientDomainCheck {
  domain: string;
  status: 'ok' | 'bounce' | 'unknown';
  /** The MX lookup's status ('nxdomain', 'null', 'no-mail', 'mx' with no resolving host, 'error'…). */
  reason: MxLookup['status'] | 'bad-name';
  /** For 'unknown': what failed, in English (the UI uses its own message). */
  detail?: string;
}

export async function checkRecipientDomain(
  input: string,
  opts: { resolver: Resolver },
): Promise<RecipientDomainCheck> {
  const domain = toAsciiDomain(input);
  if (!domain || !domain.includes('.')) return { domain: input, status: 'bounce', reason: 'bad-name' };
  const mx = await lookupMx(domain, opts);
  const status = deliverability(mx);
  return {
    domain,
    status,
    reason: mx.status,
    ...(mx.dnsError ? { detail: mx.dnsError } : {}),
    ...(status === 'unknown' && !mx.dnsError
      ? { detail: mx.hosts.find((h) => h.reason)?.reason ?? 'DNS failed' }
      : {}),
  };
}

export async function checkRecipientDomains(
  domains: readonly string[],
  opts: { resolver: Resolver },
): Promise<RecipientDomainCheck[]> {
  const unique = [...new Set(domains.map((d) => d.trim().toLowerCase()).filter(Boolean))];
  return Promise.all(unique.map((d) => checkRecipientDomain(d, opts)));
}
