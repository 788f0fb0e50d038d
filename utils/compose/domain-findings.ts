/**
 * Domain findings for the compose panel: the sender domain's problems that affect this message
 * (SPF not authorizing the service the user composes in, with or without an enforcing DMARC policy;
 * a domain that cannot receive replies) and recipients whose domain cannot receive mail, as Findings
 * merged into the panel's report.
 *
 * DNS never blocks or slows typing: `apply` is synchronous and answers from what it has; when the
 * draft's domains change it asks the background (debounced, one request per domain, cached here per
 * domain) and calls `onChange` when answers arrive, so the controller analyses again. A failed
 * check is an 'info' finding, "could not check", with the reason: it never raises the level.
 */
import type { CheckResult } from '../auth/contract';
import type { RecipientDomainCheck } from '../auth/recipients';
import type { SendingService } from '../auth/spf/providers';
import { levelOfSeverity, sortFindings } from '../findings';
import { registerCatalogs } from '../i18n';
import en from '../i18n/en/domain-panel';
import cs from '../i18n/cs/domain-panel';
import type { BackgroundResult, DomainCheckAnswer, MessageSender, RecipientCheckAnswer } from '../messages';
import { SEVERITY_WEIGHT } from '../findings';
import type { Draft, DraftField, Finding, Report, Severity } from '../types';
import { LEVELS, levelRank } from '../types';

registerCatalogs({ en, cs });

export const DOMAIN_DEBOUNCE_MS = 800;

/** Consumer mailbox domains: their SPF and MX are the provider's business, not the user's. */
const PROVIDER_DOMAINS = new Set([
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'hotmail.com',
  'live.com',
  'msn.com',
]);

const SERVICE_NAME: Record<SendingService, string> = { gmail: 'Google', outlook: 'Microsoft 365' };

export interface DomainFindingsOptions {
  send: MessageSender;
  /** The webmail the user composes in. */
  service: SendingService;
  /** Answers arrived: analyse again (the controller's refresh). */
  onChange: () => void;
  /** The compose's scoped timer (cleared with the compose). */
  setTimeout: (fn: () => void, ms: number) => void;
  debounceMs?: number;
  /** Which DoH resolver the user chose (settings), passed on to the background. */
  resolver?: () => string | undefined;
}

type Pending = { state: 'pending' };
type Failed = { state: 'failed'; reason: string };
type SenderInfo = {
  state: 'done';
  spf?: CheckResult;
  dmarc?: CheckResult;
  mx?: CheckResult;
  reason?: string;
};
type RecipientInfo = { state: 'done'; check: RecipientDomainCheck };

const domainOf = (address: string): string => {
  const at = address.lastIndexOf('@');
  return at < 0
    ? ''
    : address
        .slice(at + 1)
        .trim()
        .replace(/[>\s]+$/, '')
        .toLowerCase();
};

function finding(
  ruleId: string,
  messageId: string,
  severity: Severity,
  data: Record<string, string>,
  evidence: Finding['evidence'],
  fixId?: string,
): Finding {
  return {
    ruleId,
    severity,
    weight: SEVERITY_WEIGHT[severity],
    messageId,
    data,
    evidence,
    ...(fixId ? { fix: { messageId: fixId } } : {}),
  };
}

const reasonOf = (e: unknown): string => (e instanceof Error ? e.message : String(e)).slice(0, 200);

export class DomainFindings {
  private readonly senders = new Map<string, Pending | Failed | SenderInfo>();
  private readonly recipients = new Map<string, Pending | Failed | RecipientInfo>();
  private wanted = { sender: '', recipients: [] as string[] };
  private timer = false;
  private dueAt = 0;

  constructor(private readonly o: DomainFindingsOptions) {}

  /** The report with this draft's domain findings merged in. Never throws, never waits. */
  apply(draft: Draft, report: Report): Report {
    try {
      this.want(draft);
      return mergeDomainFindings(report, this.findings(draft));
    } catch {
      return report;
    }
  }

  /** Notes the draft's domains; schedules a request for the ones not known yet. */
  want(draft: Draft): void {
    const sender = domainOf(draft.from);
    const recipients = [...new Set([...draft.to, ...draft.cc, ...draft.bcc].map(domainOf).filter(Boolean))];
    this.wanted = { sender: PROVIDER_DOMAINS.has(sender) ? '' : sender, recipients };
    const missing =
      (this.wanted.sender && !this.senders.has(this.wanted.sender)) ||
      recipients.some((d) => !this.recipients.has(d));
    if (!missing) return;
    this.dueAt = Date.now() + (this.o.debounceMs ?? DOMAIN_DEBOUNCE_MS);
    if (this.timer) return;
    this.timer = true;
    this.o.setTimeout(this.tick, this.o.debounceMs ?? DOMAIN_DEBOUNCE_MS);
  }

  private readonly tick = (): void => {
    const wait = this.dueAt - Date.now();
    if (wait > 1) {
      this.o.setTimeout(this.tick, wait);
      return;
    }
    this.timer = false;
    void this.fetch();
  };

  /** Asks the background for what is missing (exposed for tests). */
  async fetch(): Promise<void> {
    const resolver = this.o.resolver?.();
    const base = resolver ? { resolver } : {};
    const jobs: Promise<void>[] = [];
    const sender = this.wanted.sender;
    if (sender && !this.senders.has(sender)) {
      this.senders.set(sender, { state: 'pending' });
      const ask = (check: 'spf' | 'dmarc' | 'mx') =>
        this.o
          .send({ type: 'domain-check', domain: sender, check, service: this.o.service, ...base })
          .then((r) => r as BackgroundResult<DomainCheckAnswer>);
      jobs.push(
        Promise.all([ask('spf'), ask('dmarc'), ask('mx')]).then(
          ([spf, dmarc, mx]) => {
            const info: SenderInfo = { state: 'done' };
            for (const [k, r] of [
              ['spf', spf],
              ['dmarc', dmarc],
              ['mx', mx],
            ] as const) {
              if (r?.ok) info[k] = r.value.result;
              else info.reason = r?.error?.message ?? 'no answer';
            }
            this.senders.set(sender, info);
          },
          (e: unknown) => void this.senders.set(sender, { state: 'failed', reason: reasonOf(e) }),
        ),
      );
    }
    const domains = this.wanted.recipients.filter((d) => !this.recipients.has(d));
    if (domains.length) {
      for (const d of domains) this.recipients.set(d, { state: 'pending' });
      jobs.push(
        this.o.send({ type: 'recipient-check', domains, ...base }).then(
          (raw) => {
            const r = raw as BackgroundResult<RecipientCheckAnswer> | undefined;
            const got = new Map((r?.ok ? r.value.domains : []).map((c) => [c.domain, c]));
            for (const d of domains) {
              const c = got.get(d);
              this.recipients.set(
                d,
                c
                  ? { state: 'done', check: c }
                  : { state: 'failed', reason: r && !r.ok ? r.error.message : 'no answer' },
              );
            }
          },
          (e: unknown) => {
            for (const d of domains) this.recipients.set(d, { state: 'failed', reason: reasonOf(e) });
          },
        ),
      );
    }
    if (!jobs.length) return;
    await Promise.all(jobs);
    try {
      this.o.onChange();
    } catch {
      // the controller reports its own errors
    }
  }

  /** Findings for this draft from what is known now. */
  findings(draft: Draft): Finding[] {
    const out: Finding[] = [];
    const fromDomain = domainOf(draft.from);
    const s = fromDomain && !PROVIDER_DOMAINS.has(fromDomain) ? this.senders.get(fromDomain) : undefined;
    if (s) out.push(...this.senderFindings(fromDomain, s, draft));
    for (const field of ['to', 'cc', 'bcc'] as const) {
      draft[field].forEach((address, index) => {
        const d = domainOf(address);
        const r = d ? this.recipients.get(d) : undefined;
        if (!r || r.state === 'pending') return;
        const ev = [{ field: field as DraftField, index, start: 0, end: address.length }];
        if (r.state === 'failed') {
          out.push(
            finding(
              'domain-recipient',
              'domain-recipient.unknown',
              'info',
              { address, domain: d, reason: r.reason },
              ev,
            ),
          );
          return;
        }
        const c = r.check;
        if (c.status === 'unknown')
          out.push(
            finding(
              'domain-recipient',
              'domain-recipient.unknown',
              'info',
              { address, domain: d, reason: c.detail ?? c.reason },
              ev,
            ),
          );
        else if (c.status === 'bounce') {
          const id =
            c.reason === 'nxdomain'
              ? 'nxdomain'
              : c.reason === 'null'
                ? 'nullMx'
                : c.reason === 'no-mail'
                  ? 'noMail'
                  : c.reason === 'bad-name'
                    ? 'badName'
                    : 'noHost';
          out.push(
            finding(
              'domain-recipient',
              `domain-recipient.${id}`,
              'danger',
              { address, domain: d },
              ev,
              'domain-recipient.fix',
            ),
          );
        }
      });
    }
    return out;
  }

  private senderFindings(domain: string, s: Pending | Failed | SenderInfo, draft: Draft): Finding[] {
    if (s.state === 'pending') return [];
    const ev = [{ field: 'from' as const, start: 0, end: draft.from.length }];
    if (s.state === 'failed')
      return [finding('domain-sender', 'domain-sender.unknown', 'info', { domain, reason: s.reason }, ev)];
    const out: Finding[] = [];
    const service = SERVICE_NAME[this.o.service];
    const spf = s.spf;
    const policy = (s.dmarc as { detail?: { parsed?: { p?: string } } } | undefined)?.detail?.parsed?.p;
    if (spf) {
      const notAuthorized = spf.findings.some((f) => f.messageId === 'spf-provider.notAuthorized');
      if (notAuthorized && (policy === 'reject' || policy === 'quarantine'))
        out.push(
          finding(
            'domain-sender',
            'domain-sender.rejected',
            'danger',
            { domain, policy, service },
            ev,
            'domain-sender.fix',
          ),
        );
      else if (notAuthorized)
        out.push(
          finding(
            'domain-sender',
            'domain-sender.spfFail',
            'warning',
            { domain, service },
            ev,
            'domain-sender.fix',
          ),
        );
      else if (spf.status === 'fail')
        out.push(
          finding('domain-sender', 'domain-sender.spfBroken', 'warning', { domain }, ev, 'domain-sender.fix'),
        );
    }
    if (s.mx?.status === 'fail')
      out.push(finding('domain-sender', 'domain-sender.noReplies', 'warning', { domain }, ev));
    if (s.reason || [spf, s.dmarc, s.mx].some((c) => c?.status === 'unknown'))
      out.push(
        finding(
          'domain-sender',
          'domain-sender.unknown',
          'info',
          { domain, reason: s.reason ?? 'DNS failed' },
          ev,
        ),
      );
    return out;
  }
}

/** The report with `extra` findings added: level raised to their worst, findings sorted again. */
export function mergeDomainFindings(report: Report, extra: readonly Finding[]): Report {
  if (!extra.length) return report;
  let level = report.level;
  for (const f of extra) {
    const l = levelOfSeverity(f.severity);
    if (levelRank(l) > levelRank(level)) level = l;
  }
  return {
    ...report,
    score: report.score + extra.reduce((s, f) => s + f.weight, 0),
    level: LEVELS[levelRank(level)] ?? level,
    findings: sortFindings([...report.findings, ...extra]),
  };
}
