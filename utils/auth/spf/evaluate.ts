/**
 * check_host() exactly as RFC 7208 §4–§6 describes it, over the injected resolver. Lookup limits
 * come from the counting wrapper (utils/dns/limits.ts); permerror and temperror travel as
 * exceptions because both end the whole evaluation, including any include that led there (§5.2).
 */
import type { IpAddress } from '../../dns/ip';
import { parseIp, prefixMatch, reverseName } from '../../dns/ip';
import type { CountingResolver, LookupLimits } from '../../dns/limits';
import { LookupLimitError, SPF_LIMITS, withLookupLimits } from '../../dns/limits';
import { isAtOrBelow, nameProblem, normalizeName } from '../../dns/names';
import type { DnsAnswer, Resolver } from '../../dns/types';
import { describeAnswer, isFailure, isVoid, joinedTexts, recordsOf } from '../../dns/types';
import type { MacroContext } from './macro';
import { MacroError, expandMacroString, expandTokens, toTargetName } from './macro';
import type { DomainSpec, ParsedSpf, Qualifier, SpfMechanism } from './parse';
import { isSpfRecord, parseSpf } from './parse';

export type SpfResultCode = 'pass' | 'fail' | 'softfail' | 'neutral' | 'none' | 'permerror' | 'temperror';
export const SPF_RESULTS: readonly SpfResultCode[] = [
  'pass',
  'fail',
  'softfail',
  'neutral',
  'none',
  'permerror',
  'temperror',
];

const QUALIFIER_RESULT: Record<Qualifier, 'pass' | 'fail' | 'softfail' | 'neutral'> = {
  '+': 'pass',
  '-': 'fail',
  '~': 'softfail',
  '?': 'neutral',
};

/** Why a result came out as it did, in words for logs and the CLI, and a code the UI can translate. */
export type SpfReasonCode =
  | 'matched' // a mechanism matched
  | 'default' // nothing matched, no redirect: neutral (§4.7)
  | 'no-record' // none: no SPF record
  | 'bad-domain' // none: the domain cannot be an SPF domain (§4.3)
  | 'multiple-records' // permerror (§4.5)
  | 'syntax' // permerror (§4.6)
  | 'lookup-limit' // permerror (§4.6.4)
  | 'void-limit' // permerror (§4.6.4)
  | 'mx-limit' // permerror (§4.6.4)
  | 'include-none' // permerror: included domain has no SPF record (§5.2)
  | 'redirect-none' // permerror: redirect target has no SPF record (§6.1)
  | 'bad-target' // permerror: include/redirect target is not a domain name
  | 'dns-error' // temperror (§4.4, §5)
  | 'time-limit'; // temperror: evaluation took too long (§4.6.4)

export interface SpfResult {
  result: SpfResultCode;
  /** The domain check_host() was called for. */
  domain: string;
  reason: SpfReasonCode;
  /** English detail, e.g. the failing term or the DNS error. */
  message: string;
  /** The mechanism that decided, as written, with the domain whose record holds it. */
  mechanism?: { text: string; domain: string };
  /** Expanded exp= text, or the default explanation; only for "fail" (§6.2). */
  explanation?: string;
  /** DNS-querying terms evaluated, void lookups seen, and DNS queries made. */
  lookups: number;
  voidLookups: number;
  queries: number;
}

export interface CheckHostOptions {
  resolver: Resolver;
  /** The HELO/EHLO name, for %{h}. */
  helo?: string;
  /** The receiving host's name, for %{r}. */
  receiver?: string;
  /** Explanation for "fail" when the record has no usable exp= (§6.2). Taken literally. */
  defaultExplanation?: string;
  /** Clock for %{t} and the time limit. */
  now?: () => number;
  limits?: Partial<LookupLimits>;
  /** Whole-evaluation limit; RFC 7208 §4.6.4 asks for at least 20 s. */
  timeLimitMs?: number;
}

/** Longest exp= TXT text expanded (characters), and longest explanation returned. */
export const MAX_EXPLANATION_SOURCE = 1024;
export const MAX_EXPLANATION = 512;

export const DEFAULT_EXPLANATION =
  'The domain owner has not authorized this host to send mail for the domain.';

class SpfPermError extends Error {
  constructor(
    readonly reason: SpfReasonCode,
    message: string,
  ) {
    super(message);
  }
}
class SpfTempError extends Error {
  constructor(
    readonly reason: SpfReasonCode,
    message: string,
  ) {
    super(message);
  }
}

/** The record a domain publishes, as §4.4–§4.5 select it, or why there is none. */
export type SpfLookup =
  | { status: 'found'; text: string; strings: string[]; answer: DnsAnswer }
  | { status: 'none'; answer: DnsAnswer; otherRecords: number }
  | { status: 'multiple'; texts: string[]; answer: DnsAnswer }
  | { status: 'error'; answer: DnsAnswer };

/** Selects the SPF record from a TXT answer: exactly one starting "v=spf1" (RFC 7208 §4.5). */
export function selectSpfRecord(answer: DnsAnswer): SpfLookup {
  if (isFailure(answer)) return { status: 'error', answer };
  // Stryker disable next-line ConditionalExpression: equivalent, a negative answer has no records, so the lines below say the same
  if (answer.status !== 'NOERROR') return { status: 'none', answer, otherRecords: 0 };
  const txt = recordsOf(answer, 'TXT');
  const spf = txt.filter((r) => isSpfRecord(r.strings.join('')));
  if (spf.length > 1) return { status: 'multiple', texts: spf.map((r) => r.strings.join('')), answer };
  const only = spf[0];
  if (!only) return { status: 'none', answer, otherRecords: txt.length };
  return { status: 'found', text: only.strings.join(''), strings: only.strings, answer };
}

/** A domain check_host() accepts (§4.3): labels 1–63, at most 253, several labels, no IP literal. */
export function isSpfDomain(domain: string): boolean {
  const d = normalizeName(domain);
  if (nameProblem(d)) return false;
  const labels = d.split('.');
  if (labels.length < 2) return false;
  if (!labels.every((l) => /^[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?$/.test(l))) return false;
  // Stryker disable next-line StringLiteral: equivalent, labels has at least two entries here (the ?? is for the type)
  return !/^[0-9]+$/.test(labels[labels.length - 1] ?? '');
}

/** The identity SPF checks for a message (RFC 7208 §2.4, §4.3): MAIL FROM, or postmaster@HELO. */
export function spfIdentity(mailFrom: string, helo: string): { domain: string; sender: string } {
  const { localPart, domain } = splitSender(mailFrom.trim() || `postmaster@${helo}`);
  return { domain, sender: `${localPart}@${domain}` };
}

/**
 * Local part and domain of a sender (§4.3): split at the last "@"; without one, or with nothing
 * before it, the local part is "postmaster". (lastIndexOf gives -1 without an "@", so the slices
 * give "" and the whole sender.)
 */
function splitSender(sender: string): { localPart: string; domain: string } {
  const at = sender.lastIndexOf('@');
  return { localPart: sender.slice(0, Math.max(at, 0)) || 'postmaster', domain: sender.slice(at + 1) };
}

interface Inner {
  result: Exclude<SpfResultCode, 'permerror' | 'temperror'>;
  reason: SpfReasonCode;
  message: string;
  mechanism?: { text: string; domain: string };
  /** exp= of the record that produced the result, with that record's domain for %{d}. */
  exp?: { spec: DomainSpec; domain: string };
}

interface State {
  ip: IpAddress;
  dns: CountingResolver;
  raw: Resolver;
  base: Omit<MacroContext, 'domain'>;
  deadline: number;
  now: () => number;
}

/**
 * check_host(ip, domain, sender) per RFC 7208 §4. `sender` is the MAIL FROM address (or
 * "postmaster@<helo>" for a null reverse-path; see spfIdentity).
 */
export async function checkHost(
  ip: string,
  domain: string,
  sender: string,
  opts: CheckHostOptions,
): Promise<SpfResult> {
  const now = opts.now ?? Date.now;
  const dns = withLookupLimits(opts.resolver, { ...SPF_LIMITS, ...opts.limits });
  const d = normalizeName(domain);
  const done = (r: Omit<SpfResult, 'domain' | 'lookups' | 'voidLookups' | 'queries'>): SpfResult => ({
    ...r,
    domain: d,
    lookups: dns.counts.terms,
    voidLookups: dns.counts.voids,
    queries: dns.counts.queries,
  });
  const client = parseIp(ip.trim());
  if (!client)
    return done({ result: 'permerror', reason: 'syntax', message: `"${ip}" is not an IP address` });
  const { localPart, domain: senderDomain } = splitSender(sender);
  const helo = opts.helo ?? senderDomain;
  const state: State = {
    ip: client,
    dns,
    raw: opts.resolver,
    deadline: now() + (opts.timeLimitMs ?? 20_000),
    now,
    base: {
      sender: `${localPart}@${senderDomain}`,
      localPart,
      senderDomain,
      ip: client,
      helo,
      ...(opts.receiver ? { receiver: opts.receiver } : {}),
      now,
    },
  };
  let validated: Promise<string> | undefined;
  state.base.validatedDomain = () => (validated ??= validatedDomain(state, d));

  if (!isSpfDomain(d))
    return done({
      result: 'none',
      reason: 'bad-domain',
      message: `"${domain}" is not a domain SPF can check (RFC 7208 §4.3)`,
    });
  try {
    const inner = await evaluateDomain(state, d);
    const out: Omit<SpfResult, 'domain' | 'lookups' | 'voidLookups' | 'queries'> = {
      result: inner.result,
      reason: inner.reason,
      message: inner.message,
      ...(inner.mechanism ? { mechanism: inner.mechanism } : {}),
    };
    if (inner.result === 'fail') {
      out.explanation = await explain(state, inner.exp, opts.defaultExplanation ?? DEFAULT_EXPLANATION);
    }
    return done(out);
  } catch (e) {
    if (e instanceof SpfPermError) return done({ result: 'permerror', reason: e.reason, message: e.message });
    if (e instanceof SpfTempError) return done({ result: 'temperror', reason: e.reason, message: e.message });
    if (e instanceof LookupLimitError) {
      return done({
        result: 'permerror',
        reason: e.limit === 'terms' ? 'lookup-limit' : 'void-limit',
        message: e.message,
      });
    }
    throw e;
  }
}

function checkTime(state: State): void {
  if (state.now() > state.deadline)
    throw new SpfTempError('time-limit', 'SPF evaluation took longer than its time limit');
}

/** How a record is reached: from an include or redirect term (whose missing record is a permerror), or at the top. */
interface Via {
  term: string;
  reason: 'include-none' | 'redirect-none';
}

async function fetchRecord(state: State, domain: string, via?: Via): Promise<ParsedSpf | undefined> {
  checkTime(state);
  const answer = via
    ? await state.dns.resolveForTerm(domain, 'TXT', via.term)
    : await state.dns(domain, 'TXT');
  const found = selectSpfRecord(answer);
  switch (found.status) {
    case 'error':
      throw new SpfTempError('dns-error', `TXT lookup for ${domain}: ${describeAnswer(answer)}`);
    case 'multiple':
      throw new SpfPermError(
        'multiple-records',
        `${domain} has ${found.texts.length} SPF records; exactly one is allowed (RFC 7208 §4.5)`,
      );
    case 'none':
      if (!via) return undefined;
      throw new SpfPermError(via.reason, `${via.term}: ${domain} has no SPF record`);
    case 'found': {
      const parsed = parseSpf(found.text);
      const first = parsed.errors[0];
      if (first) throw new SpfPermError('syntax', `${domain}: ${first.message}`);
      return parsed;
    }
  }
}

async function evaluateDomain(state: State, domain: string, via?: Via): Promise<Inner> {
  const record = await fetchRecord(state, domain, via);
  if (!record) return { result: 'none', reason: 'no-record', message: `${domain} has no SPF record` };
  const ctx: MacroContext = { ...state.base, domain };
  const exp = record.exp?.domainSpec ? { spec: record.exp.domainSpec, domain } : undefined;

  for (const mech of record.mechanisms) {
    if (await matches(state, mech, ctx)) {
      return {
        result: QUALIFIER_RESULT[mech.qualifier],
        reason: 'matched',
        message: `${domain}: "${mech.text}" matched`,
        mechanism: { text: mech.text, domain },
        ...(exp ? { exp } : {}),
      };
    }
  }
  const redirect = record.redirect;
  if (redirect?.domainSpec) {
    // §6.1: the redirect target's result is the result, its exp= replaces ours (§6.2).
    state.dns.chargeTerm(redirect.text);
    const target = await targetName(redirect.domainSpec, ctx);
    if (!target || !isSpfDomain(target))
      throw new SpfPermError('bad-target', `${redirect.text}: "${target ?? redirect.value}" is not a domain`);
    // A target without a record is a permerror in fetchRecord, so the result is never "none".
    return evaluateDomain(state, target, { term: redirect.text, reason: 'redirect-none' });
  }
  // No exp: only a fail is explained, and a neutral stays neutral through include and redirect.
  return { result: 'neutral', reason: 'default', message: `${domain}: no mechanism matched` };
}

/** Expands a domain-spec to a target name; undefined when it cannot be a DNS name at all. */
async function targetName(spec: DomainSpec, ctx: MacroContext): Promise<string | undefined> {
  const name = toTargetName(await expandTokens(spec.tokens, ctx));
  return nameProblem(normalizeName(name)) ? undefined : normalizeName(name);
}

function failed(what: string, answer: DnsAnswer): SpfTempError {
  return new SpfTempError('dns-error', `${what}: ${describeAnswer(answer)}`);
}

async function matches(state: State, mech: SpfMechanism, ctx: MacroContext): Promise<boolean> {
  const { ip, dns } = state;
  const domainOf = async (): Promise<string | undefined> =>
    mech.domainSpec ? targetName(mech.domainSpec, ctx) : ctx.domain;
  switch (mech.name) {
    case 'all':
      return true;
    case 'ip4':
    case 'ip6': {
      // parseSpf sets the network of every ip4/ip6 term it accepts. An address of the other family
      // never matches: prefixMatch is false for byte arrays of different lengths.
      const net = mech.network as IpAddress;
      const cidr = mech.name === 'ip4' ? mech.cidr4 : mech.cidr6;
      return prefixMatch(ip.bytes, net.bytes, cidr ?? net.bytes.length * 8);
    }
    case 'include': {
      dns.chargeTerm(mech.text);
      checkTime(state);
      const target = await domainOf();
      if (!target || !isSpfDomain(target))
        throw new SpfPermError(
          'bad-target',
          // Stryker disable next-line OptionalChaining: equivalent, an include always has a domain-spec (the ?. is for the type)
          `${mech.text}: "${target ?? mech.domainSpec?.text}" is not a domain`,
        );
      // §5.2: pass matches; fail, softfail and neutral do not; none is permerror (in fetchRecord);
      // errors propagate.
      const inner = await evaluateDomain(state, target, { term: mech.text, reason: 'include-none' });
      return inner.result === 'pass';
    }
    case 'a': {
      dns.chargeTerm(mech.text);
      checkTime(state);
      const target = await domainOf();
      // A target that cannot be a DNS name does not exist (RFC 7208 §4.3 by analogy; tests
      // invalid-domain-empty-label and invalid-domain-long accept "no match").
      if (!target) return noteVoid(state, mech.text);
      const answer = await dns.resolveForTerm(target, ip.version === 4 ? 'A' : 'AAAA', mech.text);
      if (isFailure(answer)) throw failed(`${mech.text} (${target})`, answer);
      return addressMatch(state, answer, mech);
    }
    case 'mx': {
      dns.chargeTerm(mech.text);
      checkTime(state);
      const target = await domainOf();
      if (!target) return noteVoid(state, mech.text);
      const answer = await dns.resolveForTerm(target, 'MX', mech.text);
      if (isFailure(answer)) throw failed(`${mech.text} (${target})`, answer);
      const mxs = recordsOf(answer, 'MX').sort((x, y) => x.preference - y.preference);
      // §4.6.4: more than 10 MX names is a permerror (test mx-limit).
      if (mxs.length > 10)
        throw new SpfPermError(
          'mx-limit',
          `${mech.text}: ${target} has ${mxs.length} MX records; at most 10 may be looked up`,
        );
      const hosts = mxs.map((m) => m.exchange).filter((h) => h !== '');
      // Asked together, read in MX order: same result as one at a time, one round trip.
      const answers = await Promise.all(hosts.map((h) => dns(h, ip.version === 4 ? 'A' : 'AAAA')));
      // An MX host without an address is a void lookup too (RFC 7208 §4.6.4 counts every lookup
      // that comes back empty; pyspf and Mail::SPF both count these). All hosts were asked, so all
      // are counted, in MX order, before any is matched (as pyspf does; Mail::SPF stops at a match,
      // but reads the hosts in the order the resolver sends them).
      for (const [i, a] of answers.entries()) {
        if (isFailure(a)) throw failed(`${mech.text} (${hosts[i]})`, a);
        if (isVoid(a)) dns.countVoid(mech.text);
      }
      return answers.some((a) => addressMatch(state, a, mech));
    }
    case 'ptr': {
      dns.chargeTerm(mech.text);
      checkTime(state);
      const target = await domainOf();
      if (!target) return false;
      const names = await validatedNames(state);
      return names.some((n) => isAtOrBelow(n, target));
    }
    case 'exists': {
      dns.chargeTerm(mech.text);
      checkTime(state);
      const target = await domainOf();
      if (!target) return noteVoid(state, mech.text);
      // §5.7: always an A query, whatever the client's address family (test exists-ip6).
      const answer = await dns.resolveForTerm(target, 'A', mech.text);
      if (isFailure(answer)) throw failed(`${mech.text} (${target})`, answer);
      return answer.status === 'NOERROR';
    }
  }
}

/** A term whose target cannot even be a DNS name: a void lookup without a query, and no match. */
function noteVoid(state: State, term: string): false {
  state.dns.countVoid(term);
  return false;
}

function addressMatch(state: State, answer: DnsAnswer, mech: SpfMechanism): boolean {
  const { ip } = state;
  const prefix = ip.version === 4 ? (mech.cidr4 ?? 32) : (mech.cidr6 ?? 128);
  for (const rec of recordsOf(answer, ip.version === 4 ? 'A' : 'AAAA')) {
    const addr = parseIp(rec.address);
    // An address of the other family never matches (prefixMatch compares lengths first).
    if (addr && prefixMatch(ip.bytes, addr.bytes, prefix)) return true;
  }
  return false;
}

/**
 * The client's validated host names (§5.5): PTR names whose A/AAAA include the client address.
 * Only the first 10 PTR names are looked at (§4.6.4, test ptr-limit), DNS errors skip a name
 * (test ptr-cname-loop), and a failed PTR lookup means no names. The PTR query's void answers are
 * not counted: the client, not the domain owner, controls its reverse DNS.
 */
async function validatedNames(state: State): Promise<string[]> {
  const { ip, dns } = state;
  const ptr = await dns(reverseName(ip), 'PTR');
  const names = recordsOf(ptr, 'PTR')
    .map((r) => r.target)
    .slice(0, 10);
  const answers = await Promise.all(names.map((n) => dns(n, ip.version === 4 ? 'A' : 'AAAA')));
  return names.filter((_name, i) => {
    const a = answers[i] as DnsAnswer;
    return recordsOf(a, ip.version === 4 ? 'A' : 'AAAA').some((r) => {
      const addr = parseIp(r.address);
      return (
        addr !== undefined &&
        // Stryker disable next-line ConditionalExpression: equivalent, prefixMatch is false for addresses of different lengths
        addr.version === ip.version &&
        // Stryker disable next-line ConditionalExpression: equivalent, a 128-bit prefix over two 4-byte IPv4 addresses compares all 4 bytes
        prefixMatch(addr.bytes, ip.bytes, ip.version === 4 ? 32 : 128)
      );
    });
  });
}

/** %{p} (§7.3): the current domain if validated, else a validated subdomain of it, else any, else "unknown". */
async function validatedDomain(state: State, domain: string): Promise<string> {
  let names: string[];
  try {
    names = await validatedNames(state);
  } catch {
    return 'unknown';
  }
  return (
    names.find((n) => n === domain) ?? names.find((n) => n.endsWith(`.${domain}`)) ?? names[0] ?? 'unknown'
  );
}

/**
 * The explanation for a fail (§6.2): the TXT record at the exp= target, expanded with c, r and t
 * allowed. Any DNS problem, no record, several records or a syntax error in the text means the
 * default. The lookup is made once, after the result is known, and does not count (tests exp-void).
 */
async function explain(state: State, exp: Inner['exp'], fallback: string): Promise<string> {
  if (!exp) return fallback;
  const ctx: MacroContext = { ...state.base, domain: exp.domain };
  try {
    const target = await targetName(exp.spec, ctx);
    if (!target) return fallback;
    const answer = await state.raw(target, 'TXT');
    const texts = joinedTexts(answer);
    if (texts.length !== 1) return fallback;
    const text = texts[0] as string;
    // A TXT record can hold 64 KB, and macros multiply it (each %{s} up to 320 characters): a
    // hostile exp= could make megabytes of "explanation". Long sources are not expanded at all.
    if (text.length > MAX_EXPLANATION_SOURCE) return fallback;
    const expanded = await expandMacroString(text, 'explanation', ctx);
    return expanded.length > MAX_EXPLANATION ? `${expanded.slice(0, MAX_EXPLANATION - 1)}…` : expanded;
  } catch (e) {
    if (e instanceof MacroError) return fallback;
    throw e;
  }
}
