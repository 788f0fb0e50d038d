/** MTA-STS lookup over an injected resolver, fetcher and permission test. */
import { normalizeName } from '../../dns/names';
import type { Resolver } from '../../dns/types';
import { describeAnswer, isFailure, joinedTexts } from '../../dns/types';
import type { PolicyFetcher } from './fetch';
import { policyOrigin, policyUrl } from './fetch';
import type { StsPolicy, StsRecord } from './parse';
import { isStsRecord, mxMatches, parseStsPolicy, parseStsRecord } from './parse';

export interface MtaStsOptions {
  resolver: Resolver;
  /**
   * The domain's MX hosts, to check the policy's mx patterns against. May be a promise (the report's MX
   * check still running): the `_mta-sts` record and the policy are asked at once, and the hosts are
   * awaited only to compare them with the policy, so MTA-STS adds no round trip after MX.
   */
  mxHosts?: string[] | PromiseLike<string[]>;
  fetchPolicy?: PolicyFetcher;
  /** Whether the user granted the host permission for `https://mta-sts.<domain>/*`. */
  hasPermission?: (origin: string) => Promise<boolean>;
  signal?: AbortSignal;
}

export interface MtaStsLookup {
  domain: string;
  name: string;
  status: 'found' | 'none' | 'multiple' | 'error';
  records: string[];
  record?: StsRecord;
  dnsError?: string;
  policy: {
    status:
      'ok' | 'no-permission' | 'not-fetched' | 'fetch-error' | 'redirect' | 'http-status' | 'content-type';
    url: string;
    reason?: string;
    parsed?: StsPolicy;
    contentType?: string;
    truncated?: boolean;
  };
  /** MX hosts no policy mx pattern matches. */
  uncovered: string[];
}

export async function lookupMtaSts(input: string, opts: MtaStsOptions): Promise<MtaStsLookup> {
  const domain = normalizeName(input);
  const name = `_mta-sts.${domain}`;
  const url = policyUrl(domain);
  const out: MtaStsLookup = {
    domain,
    name,
    status: 'none',
    records: [],
    policy: { status: 'not-fetched', url },
    uncovered: [],
  };
  const a = await opts.resolver(name, 'TXT');
  if (isFailure(a)) return { ...out, status: 'error', dnsError: describeAnswer(a) };
  const records = joinedTexts(a).filter(isStsRecord);
  out.records = records;
  if (!records.length) return out;
  if (records.length > 1) return { ...out, status: 'multiple' };
  out.status = 'found';
  out.record = parseStsRecord(records[0] as string);
  if (!opts.fetchPolicy) {
    out.policy = { status: 'not-fetched', url, reason: 'this tool cannot fetch over HTTPS here' };
    return out;
  }
  const allowed = opts.hasPermission
    ? await opts.hasPermission(policyOrigin(domain)).catch(() => false)
    : true;
  if (!allowed) {
    out.policy = {
      status: 'no-permission',
      url,
      reason: `permission for ${policyOrigin(domain)} not granted`,
    };
    return out;
  }
  try {
    const res = await opts.fetchPolicy(url, opts.signal);
    if (res.redirected) out.policy = { status: 'redirect', url, reason: `HTTP ${res.status}` };
    else if (res.status !== 200) out.policy = { status: 'http-status', url, reason: `HTTP ${res.status}` };
    else {
      const ct = (res.contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
      const parsed = parseStsPolicy(res.body);
      out.policy = {
        status: ct === 'text/plain' ? 'ok' : 'content-type',
        url,
        parsed,
        contentType: ct,
        ...(res.truncated ? { truncated: true } : {}),
      };
      if (parsed.mode && parsed.mode !== 'none')
        out.uncovered = ((await opts.mxHosts) ?? []).filter((h) => !parsed.mx.some((p) => mxMatches(p, h)));
    }
  } catch (e) {
    out.policy = { status: 'fetch-error', url, reason: e instanceof Error ? e.message : String(e) };
  }
  return out;
}
