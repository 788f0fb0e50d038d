/**
 * The domain health report: one object the CLI prints, the background serves to the popup, with a
 * grade and the checks under the keys of CHECK_KEYS (utils/auth/contract.ts), each a CheckResult
 * plus its protocol detail. Built over the injected resolver only (and, for the MTA-STS policy, an
 * injected fetch that runs only with the user's permission).
 *
 * Independent lookups run together: the wall time is the longest chain (MX → MTA-STS hosts, DMARC
 * tree walk → report authorization, SPF tree depth), not the sum; scripts/bench/dns.ts measures it.
 */
import type { Finding, Level } from '../types';
import { levelOf, sortFindings } from '../findings';
import { toAsciiDomain } from '../dns/names';
import type { Resolver } from '../dns/types';
import type { CheckKey, CheckResult, Grade, SuggestedRecord } from './contract';
import { CHECK_KEYS } from './contract';
import { checkResult } from './check';
import { gradeOf } from './grade';
import type { SpfResult } from './spf/evaluate';
import { checkHost, spfIdentity } from './spf/evaluate';
import type { SpfPosture } from './spf/posture';
import { analyzeSpf } from './spf/posture';
import type { SendingService } from './spf/providers';
import { PROVIDERS, providerForService } from './spf/providers';
import type { DmarcResult } from './dmarc';
import { checkDmarc } from './dmarc';
import type { DkimResult } from './dkim';
import { checkDkim } from './dkim';
import type { MxResult } from './mx';
import { checkMx } from './mx';
import type { MtaStsResult } from './mta-sts';
import { checkMtaSts } from './mta-sts';
import type { PolicyFetcher } from './mta-sts/fetch';
import { checkTlsRpt } from './tls-rpt';
import type { TlsRptLookup } from './tls-rpt';
import { checkBimi } from './bimi';
import type { BimiLookup } from './bimi';
import { checkBlocklists } from './blocklists';
import { checkPropagation } from './propagation';

export { gradeOf, gradePoints } from './grade';
export { levelOf } from '../findings';

export interface SpfCheckHostReport extends SpfResult {
  ip: string;
  sender: string;
  helo: string;
}

export interface SpfReport extends SpfPosture, Omit<CheckResult, 'findings'> {
  /** check_host() for one message, when an IP was given. */
  checkHost?: SpfCheckHostReport;
}

export interface DomainChecks {
  spf: SpfReport;
  dkim: DkimResult;
  dmarc: DmarcResult;
  mx: MxResult;
  mtaSts: MtaStsResult;
  tlsRpt: CheckResult & { detail: TlsRptLookup };
  bimi: CheckResult & { detail: BimiLookup };
  blocklists: CheckResult;
  propagation: CheckResult;
}

export interface DomainReport extends DomainChecks {
  domain: string;
  /** ISO time the report was made. */
  checkedAt: string;
  /** The DoH endpoint(s) asked, for the reader's trust in the answers. */
  resolver?: string;
  grade: Grade;
  /** All findings of all checks, worst first. */
  findings: Finding[];
  score: number;
  level: Level;
}

export interface DomainReportOptions {
  resolver: Resolver;
  resolverLabel?: string;
  services?: SendingService[];
  /** Evaluate one message too: client IP, MAIL FROM (default postmaster@domain), HELO (default domain). */
  ip?: string;
  sender?: string;
  helo?: string;
  now?: () => number;
  /** settings.dkimSelectors: tried before the common ones. */
  dkimSelectors?: readonly string[];
  /** Fetches the MTA-STS policy; without it the policy part is 'unknown'. */
  fetchPolicy?: PolicyFetcher;
  hasPermission?: (origin: string) => Promise<boolean>;
  /** settings.blocklists: ask the DNS blocklists (off by default). */
  blocklists?: boolean;
  /** Resolvers to compare for the propagation check (label + resolver). */
  propagationResolvers?: { label: string; resolver: Resolver }[];
  signal?: AbortSignal;
}

export class DomainInputError extends Error {
  override name = 'DomainInputError';
}

/** Throws DomainInputError for something that is not a domain name. */
export function normalizeDomainInput(input: string): string {
  // Trimmed first: a pasted address with a line break before it ("\nuser@example.com") is still read.
  const d = toAsciiDomain(input.trim().replace(/^.*@/, ''));
  if (!d || !d.includes('.')) throw new DomainInputError(`"${input}" is not a domain name`);
  return d;
}

/** The SPF record to publish: the provider's include added (or a starting record). */
export function suggestSpf(p: SpfPosture, services: SendingService[]): SuggestedRecord[] {
  for (const f of p.findings)
    if (f.fix?.messageId === 'spf-provider.addInclude' && typeof f.fix.data?.record === 'string')
      return [{ name: p.domain, type: 'TXT', value: f.fix.data.record, messageId: 'suggest.spfProvider' }];
  if (p.root.status === 'none') {
    const includes = (services.length ? services.map((s) => providerForService(s)) : [PROVIDERS.google]).map(
      (x) => `include:${x.include}`,
    );
    return [
      {
        name: p.domain,
        type: 'TXT',
        value: `v=spf1 ${includes.join(' ')} ~all`,
        messageId: 'suggest.spfStart',
      },
    ];
  }
  if (p.flattened)
    return [{ name: p.domain, type: 'TXT', value: p.flattened.record, messageId: 'suggest.spfFlat' }];
  return [];
}

async function spfCheck(domain: string, opts: DomainReportOptions, now: () => number): Promise<SpfReport> {
  const services = opts.services ?? [];
  const posture = await analyzeSpf(domain, { resolver: opts.resolver, services });
  const base = checkResult(posture.findings, { unknown: posture.root.status === 'error' });
  const suggested = suggestSpf(posture, services);
  const spf: SpfReport = {
    ...posture,
    status: base.status,
    findings: base.findings,
    records: posture.root.record !== undefined ? [posture.root.record] : (posture.root.records ?? []),
    ...(suggested.length ? { suggested } : {}),
  };
  if (opts.ip !== undefined) {
    const helo = opts.helo ?? domain;
    const id = spfIdentity(opts.sender ?? `postmaster@${domain}`, helo);
    const r = await checkHost(opts.ip, id.domain, id.sender, { resolver: opts.resolver, helo, now });
    spf.checkHost = { ...r, ip: opts.ip, sender: id.sender, helo };
  }
  return spf;
}

/** A check that threw (a bug): 'unknown' with no findings, so the rest of the report still comes out. */
const broken = (): CheckResult => ({ status: 'unknown', findings: [] });

/**
 * One check of the report by itself (the popup asks for them one by one to show progress). MTA-STS
 * looks up the MX hosts it must cover; BIMI the DMARC policy it depends on.
 */
export async function runDomainCheck<K extends CheckKey>(
  key: K,
  domain: string,
  opts: DomainReportOptions,
): Promise<DomainChecks[K]> {
  const now = opts.now ?? Date.now;
  const r = opts.resolver;
  const run = async (): Promise<CheckResult> => {
    switch (key) {
      case 'spf':
        return spfCheck(domain, opts, now);
      case 'dkim':
        return checkDkim(domain, {
          resolver: r,
          ...(opts.dkimSelectors ? { selectors: opts.dkimSelectors } : {}),
        });
      case 'dmarc':
        return checkDmarc(domain, { resolver: r });
      case 'mx':
        return checkMx(domain, { resolver: r });
      case 'mtaSts':
        return mtaStsFor(domain, opts, checkMx(domain, { resolver: r }));
      case 'tlsRpt':
        return checkTlsRpt(domain, { resolver: r });
      case 'bimi':
        return checkBimi(domain, {
          resolver: r,
          dmarcPolicy: checkDmarc(domain, { resolver: r }).then(
            (d) => d.detail.parsed?.p,
            () => undefined,
          ),
        });
      case 'blocklists':
        return checkBlocklists([domain], {
          resolver: r,
          enabled: opts.blocklists ?? false,
          ...(opts.signal ? { signal: opts.signal } : {}),
        });
      case 'propagation':
        return checkPropagation(domain, {
          resolvers: opts.propagationResolvers ?? [{ label: opts.resolverLabel ?? 'resolver', resolver: r }],
          ...(opts.signal ? { signal: opts.signal } : {}),
        });
    }
    return broken();
  };
  try {
    return (await run()) as DomainChecks[K];
  } catch {
    return broken() as DomainChecks[K];
  }
}

function mtaStsFor(
  domain: string,
  opts: DomainReportOptions,
  mx: MxResult | Promise<MxResult>,
): Promise<MtaStsResult> {
  return checkMtaSts(domain, {
    resolver: opts.resolver,
    // A broken MX check (no detail) leaves no hosts to compare, not a broken MTA-STS check.
    mxHosts: Promise.resolve(mx).then(
      (m) => m.detail?.hosts.map((h) => h.exchange) ?? [],
      () => [],
    ),
    ...(opts.fetchPolicy ? { fetchPolicy: opts.fetchPolicy } : {}),
    ...(opts.hasPermission ? { hasPermission: opts.hasPermission } : {}),
    ...(opts.signal ? { signal: opts.signal } : {}),
  });
}

/**
 * The whole report. Checks that depend on another (MTA-STS on MX, BIMI on DMARC) reuse its result, and
 * get it as a promise: their own queries go out at once, so the report's critical path is its longest
 * chain of dependent queries (the SPF include chain), not a chain of checks.
 */
export async function buildDomainReport(input: string, opts: DomainReportOptions): Promise<DomainReport> {
  const domain = normalizeDomainInput(input);
  const now = opts.now ?? Date.now;
  const safe = <T>(p: Promise<T>): Promise<T> => p.catch(() => broken() as T);
  const mxP = safe(runDomainCheck('mx', domain, opts));
  const dmarcP = safe(runDomainCheck('dmarc', domain, opts));
  const spfP = runDomainCheck('spf', domain, opts);
  // Every query costs the client some CPU to send and to read (about half a millisecond each over
  // HTTP/2), and answers come back in the order they were sent. The checks started above head the
  // chains of dependent queries (the SPF include tree, MX → host addresses, DMARC → BIMI); the ones
  // below end in one round (17+ DKIM selector probes, the MTA-STS, TLS-RPT and BIMI records), so
  // they go out one task later, behind the chain heads, where their cost is off the critical path.
  const leaves = new Promise<void>((resolve) => setTimeout(resolve, 0));
  const later = <T>(start: () => Promise<T>): Promise<T> => leaves.then(start);
  const [spf, dkim, dmarc, mx, mtaSts, tlsRpt, bimi, blocklists, propagation] = await Promise.all([
    spfP,
    later(() => runDomainCheck('dkim', domain, opts)),
    dmarcP,
    mxP,
    safe(later(() => mtaStsFor(domain, opts, mxP))),
    later(() => runDomainCheck('tlsRpt', domain, opts)),
    safe(
      later(() =>
        checkBimi(domain, { resolver: opts.resolver, dmarcPolicy: dmarcP.then((d) => d.detail?.parsed?.p) }),
      ),
    ),
    runDomainCheck('blocklists', domain, opts),
    runDomainCheck('propagation', domain, opts),
  ]);
  const checks: DomainChecks = { spf, dkim, dmarc, mx, mtaSts, tlsRpt, bimi, blocklists, propagation };
  const findings = sortFindings(CHECK_KEYS.flatMap((k) => checks[k].findings));
  return {
    domain,
    checkedAt: new Date(now()).toISOString(),
    ...(opts.resolverLabel ? { resolver: opts.resolverLabel } : {}),
    grade: gradeOf(checks),
    ...checks,
    findings,
    score: findings.reduce((s, f) => s + f.weight, 0),
    level: levelOf(findings),
  };
}
