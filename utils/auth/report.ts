/**
 * The domain health report: one object the CLI prints, the background serves to the popup, and
 * later issues extend with dmarc, dkim, mx… beside `spf`. Built over the injected resolver only.
 */
import type { Finding, Level, Severity } from '../types';
import { toAsciiDomain } from '../dns/names';
import type { Resolver } from '../dns/types';
import type { SpfResult } from './spf/evaluate';
import { checkHost, spfIdentity } from './spf/evaluate';
import type { SpfPosture } from './spf/posture';
import { analyzeSpf } from './spf/posture';
import type { SendingService } from './spf/providers';

export interface SpfCheckHostReport extends SpfResult {
  ip: string;
  sender: string;
  helo: string;
}

export interface SpfReport extends SpfPosture {
  /** check_host() for one message, when an IP was given. */
  checkHost?: SpfCheckHostReport;
}

export interface DomainReport {
  domain: string;
  /** ISO time the report was made. */
  checkedAt: string;
  /** The DoH endpoint(s) asked, for the reader's trust in the answers. */
  resolver?: string;
  spf: SpfReport;
  /** All findings of all protocols, worst first. */
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
}

export class DomainInputError extends Error {
  override name = 'DomainInputError';
}

const SEVERITY_RANK: Record<Severity, number> = { danger: 3, warning: 2, notice: 1, info: 0 };

export function levelOf(findings: Finding[]): Level {
  const worst = Math.max(-1, ...findings.map((f) => SEVERITY_RANK[f.severity]));
  return worst >= 3 ? 'danger' : worst === 2 ? 'warning' : worst === 1 ? 'notice' : 'ok';
}

/** Throws DomainInputError for something that is not a domain name. */
export function normalizeDomainInput(input: string): string {
  const d = toAsciiDomain(input.replace(/^.*@/, ''));
  if (!d || !d.includes('.')) throw new DomainInputError(`"${input}" is not a domain name`);
  return d;
}

export async function buildDomainReport(input: string, opts: DomainReportOptions): Promise<DomainReport> {
  const domain = normalizeDomainInput(input);
  const now = opts.now ?? Date.now;
  const spf: SpfReport = await analyzeSpf(domain, {
    resolver: opts.resolver,
    ...(opts.services ? { services: opts.services } : {}),
  });
  if (opts.ip !== undefined) {
    const helo = opts.helo ?? domain;
    const id = spfIdentity(opts.sender ?? `postmaster@${domain}`, helo);
    const r = await checkHost(opts.ip, id.domain, id.sender, { resolver: opts.resolver, helo, now });
    spf.checkHost = { ...r, ip: opts.ip, sender: id.sender, helo };
  }
  const findings = [...spf.findings].sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]);
  return {
    domain,
    checkedAt: new Date(now()).toISOString(),
    ...(opts.resolverLabel ? { resolver: opts.resolverLabel } : {}),
    spf,
    findings,
    score: findings.reduce((s, f) => s + f.weight, 0),
    level: levelOf(findings),
  };
}
