/**
 * Domain blocklists over DNS: the sender domain and the draft's link domains against Spamhaus DBL,
 * SURBL and URIBL (an A lookup of `<domain>.<list zone>`). Opt-in (settings.blocklists, off by
 * default): every lookup tells the list operator (and the resolver) which domains the user mails.
 *
 * A list says "listed" with an address in 127.0.0.0/8, and "not listed" with NXDOMAIN. Some answers
 * are neither: Spamhaus refuses queries through public resolvers (127.255.255.254), over its rate
 * limit (.255) or for a typo'd zone (.252), and answers 127.0.1.255 when an IP was asked of the DBL;
 * URIBL and SURBL answer 127.0.0.1 when they refuse a query. Those mean "unknown", with the reason,
 * never "listed" and never "clean" (/work/shared/reference/email-auth.md, "Blocklists over DNS").
 */
import { getDomain } from 'tldts';
import type { Evidence, Finding, MessageData, Severity } from '../../types';
import type { CheckResult } from '../contract';
import { withQueryBudget } from '../../dns/budget';
import { toAsciiDomain } from '../../dns/names';
import { parseIp } from '../../dns/ip';
import type { DnsAnswer, Resolver } from '../../dns/types';
import { describeAnswer, isFailure, recordsOf } from '../../dns/types';

export type BlocklistId = 'spamhaus-dbl' | 'surbl' | 'uribl';

export interface Blocklist {
  id: BlocklistId;
  name: string;
  zone: string;
}

export const BLOCKLISTS: readonly Blocklist[] = [
  { id: 'spamhaus-dbl', name: 'Spamhaus DBL', zone: 'dbl.spamhaus.org' },
  { id: 'surbl', name: 'SURBL', zone: 'multi.surbl.org' },
  { id: 'uribl', name: 'URIBL', zone: 'multi.uribl.com' },
];

/** Domains looked up at most per check (each costs one query per list). */
export const MAX_BLOCKLIST_DOMAINS = 20;

/** What one list said about one domain. */
export type ListVerdict =
  | { kind: 'clean' }
  | { kind: 'listed'; code: string; abused: boolean }
  | { kind: 'refused'; code: string; why: 'public-resolver' | 'rate-limit' | 'typo' | 'ip-query' | 'refused' }
  | { kind: 'unexpected'; code: string }
  | { kind: 'dns-error'; reason: string };

/** Reads a list's answer (exported for the table tests). */
export function interpretListAnswer(list: BlocklistId, answer: DnsAnswer): ListVerdict {
  if (answer.status === 'NXDOMAIN' || answer.status === 'NODATA') return { kind: 'clean' };
  if (isFailure(answer)) return { kind: 'dns-error', reason: describeAnswer(answer) };
  const codes = recordsOf(answer, 'A').map((r) => r.address);
  // Spamhaus's and the others' error codes first: one of them anywhere means the answer is no verdict.
  for (const code of codes) {
    if (code === '127.255.255.254') return { kind: 'refused', code, why: 'public-resolver' };
    if (code === '127.255.255.255') return { kind: 'refused', code, why: 'rate-limit' };
    if (code === '127.255.255.252') return { kind: 'refused', code, why: 'typo' };
    if (list === 'spamhaus-dbl' && code === '127.0.1.255') return { kind: 'refused', code, why: 'ip-query' };
    if ((list === 'uribl' || list === 'surbl') && code === '127.0.0.1')
      return { kind: 'refused', code, why: 'refused' };
  }
  const listed = codes.filter((c) =>
    list === 'spamhaus-dbl' ? /^127\.0\.1\.\d+$/.test(c) : /^127\.0\.0\.\d+$/.test(c),
  );
  const first = listed[0];
  // Anything else (a public IP: a resolver that rewrites NXDOMAIN to an ad page) proves nothing.
  if (!first) return { kind: 'unexpected', code: codes.join(', ') };
  // DBL 127.0.1.102–106: a legitimate domain abused (e.g. a hacked site), not a spammer's own.
  const abused = list === 'spamhaus-dbl' && listed.every((c) => Number(c.split('.')[3]) >= 100);
  return { kind: 'listed', code: listed.join(', '), abused };
}

/** Message name → severity; message ids are `blocklists.<name>` in utils/i18n/<lang>/dns.ts. */
export const BLOCKLIST_MESSAGES = {
  listed: 'danger',
  listedAbused: 'warning',
  refusedPublicResolver: 'notice',
  refusedRateLimit: 'notice',
  refusedTypo: 'notice',
  refusedIpQuery: 'notice',
  refused: 'notice',
  unexpected: 'notice',
  dnsError: 'notice',
  notEnabled: 'info',
  nothingToCheck: 'info',
} as const satisfies Record<string, Severity>;

export const BLOCKLIST_FIXES = ['delist'] as const;

const WEIGHT: Record<Severity, number> = { info: 0, notice: 5, warning: 20, danger: 50 };
const RANK: Record<Severity, number> = { danger: 3, warning: 2, notice: 1, info: 0 };

function finding(
  message: keyof typeof BLOCKLIST_MESSAGES,
  evidence: Evidence[],
  data?: MessageData,
  fix?: (typeof BLOCKLIST_FIXES)[number],
): Finding {
  const severity: Severity = BLOCKLIST_MESSAGES[message];
  return {
    ruleId: 'blocklists',
    severity,
    weight: WEIGHT[severity],
    messageId: `blocklists.${message}`,
    ...(data ? { data } : {}),
    evidence,
    ...(fix ? { fix: { messageId: `blocklists.${fix}`, ...(data ? { data } : {}) } } : {}),
  };
}

/** The registrable domains to look up (lists are keyed by them), without IPs, deduplicated, capped. */
export function blocklistDomains(domains: string[]): string[] {
  const out: string[] = [];
  for (const raw of domains) {
    const ascii = toAsciiDomain(raw.replace(/^.*@/, ''));
    if (!ascii || parseIp(ascii)) continue;
    const registrable = getDomain(ascii) ?? undefined;
    if (!registrable || out.includes(registrable)) continue;
    out.push(registrable);
    if (out.length >= MAX_BLOCKLIST_DOMAINS) break;
  }
  return out;
}

const REFUSAL_MESSAGE = {
  'public-resolver': 'refusedPublicResolver',
  'rate-limit': 'refusedRateLimit',
  typo: 'refusedTypo',
  'ip-query': 'refusedIpQuery',
  refused: 'refused',
} as const;

export async function checkBlocklists(
  domains: string[],
  opts: { resolver: Resolver; enabled: boolean; signal?: AbortSignal },
): Promise<CheckResult> {
  if (!opts.enabled)
    return { status: 'unknown', findings: [finding('notEnabled', [{ field: 'dns', start: 0, end: 0 }])] };
  const wanted = blocklistDomains(domains);
  if (!wanted.length)
    return { status: 'unknown', findings: [finding('nothingToCheck', [{ field: 'dns', start: 0, end: 0 }])] };
  const resolver = withQueryBudget(opts.resolver, opts.signal ? { signal: opts.signal } : {});
  const asks = wanted.flatMap((domain) => BLOCKLISTS.map((list) => ({ domain, list })));
  const verdicts = await Promise.all(
    asks.map(async ({ domain, list }) => {
      const name = `${domain}.${list.zone}`;
      return { domain, list, name, verdict: interpretListAnswer(list.id, await resolver(name, 'A')) };
    }),
  );
  const findings: Finding[] = [];
  let listed = false;
  let unknown = false;
  for (const { domain, list, name, verdict } of verdicts) {
    const ev: Evidence[] = [{ field: 'dns', name, start: 0, end: 0 }];
    const data = { domain, list: list.name };
    switch (verdict.kind) {
      case 'clean':
        break;
      case 'listed':
        listed = true;
        findings.push(
          finding(verdict.abused ? 'listedAbused' : 'listed', ev, { ...data, code: verdict.code }, 'delist'),
        );
        break;
      case 'refused':
        unknown = true;
        findings.push(finding(REFUSAL_MESSAGE[verdict.why], ev, { ...data, code: verdict.code }));
        break;
      case 'unexpected':
        unknown = true;
        findings.push(finding('unexpected', ev, { ...data, code: verdict.code }));
        break;
      case 'dns-error':
        unknown = true;
        findings.push(finding('dnsError', ev, { ...data, reason: verdict.reason }));
        break;
    }
  }
  findings.sort((a, b) => RANK[b.severity] - RANK[a.severity]);
  return { status: listed ? 'fail' : unknown ? 'unknown' : 'pass', findings };
}
