/**
 * SPF posture: what a domain's SPF record means for its mail, without a client IP — the domain
 * health report. It walks the whole include/redirect tree (every branch, not only the one a given
 * IP would take, because a receiver may take any of them), counts lookups and void lookups with the
 * term that causes each, and decides whether the service the user sends with is authorized by
 * running checkHost() with addresses from that provider's own published ranges.
 *
 * Independent queries are issued together (all terms of a record at once, so the wall time is the
 * depth of the tree, not the number of lookups; scripts/bench/dns.ts measures it), but through the
 * report's budget (utils/dns/budget.ts): a handful in flight, a few hundred in all, none past the
 * deadline.
 */
import type { Finding } from '../../types';
import type { IpAddress } from '../../dns/ip';
import { formatIp } from '../../dns/ip';
import { normalizeName } from '../../dns/names';
import type { DnsAnswer, Resolver } from '../../dns/types';
import { describeAnswer, isFailure, isVoid, joinedTexts, recordsOf } from '../../dns/types';
import type { QueryBudget } from '../../dns/budget';
import { DEFAULT_QUERY_BUDGET, withQueryBudget } from '../../dns/budget';
import type { SpfResultCode } from './evaluate';
import { checkHost, isSpfDomain, selectSpfRecord } from './evaluate';
import type { MacroContext } from './macro';
import { MacroError, expandTokens, toTargetName } from './macro';
import type { ParsedSpf, SpfMechanism, SpfSyntaxError, SpfTerm } from './parse';
import { dnsTerms, parseSpf } from './parse';
import type { ProviderId, SendingService } from './providers';
import { PROVIDERS, providerForService, providerRanges, sampleAddresses } from './providers';
import { runSpfChecks } from './checks';
import { splitTxt } from './suggest';

export type DnsTermKind = 'include' | 'redirect' | 'a' | 'mx' | 'ptr' | 'exists';

/** One term of a record that costs a DNS lookup, with what the walk found behind it. */
export interface SpfLookupTerm {
  kind: DnsTermKind;
  text: string;
  /** Range in the record of the node that holds it. */
  start: number;
  end: number;
  /** The name it queries, when that does not depend on the message (no %{i}, %{p}…). */
  target?: string;
  /** The target depends on the message, so the walk could not follow it. */
  dependsOnMessage?: boolean;
  /** Its own query came back NXDOMAIN or NODATA (a "void lookup", RFC 7208 §4.6.4). */
  void?: boolean;
  /** Its query failed (SERVFAIL, timeout, …). */
  dnsError?: string;
  /**
   * Not looked up: the tree is bigger than the walk follows (include/redirect past MAX_RECORDS or
   * MAX_DEPTH), or the record has more DNS terms than the walk queries (MAX_TERMS_PER_RECORD).
   */
  notFollowed?: boolean;
  /** include/redirect target already on the path from the root: evaluation would loop. */
  loop?: boolean;
  /** mx: number of MX names (over 10 is a permerror). */
  mxCount?: number;
  /**
   * mx: MX hosts without an IPv4 address. Each is a void lookup for a receiver checking mail from
   * an IPv4 client (RFC 7208 §4.6.4; pyspf and Mail::SPF count them), so each counts toward the 2.
   */
  voidHosts?: string[];
  /** a/mx: the networks it stands for, as ip4:/ip6: terms (what flattening would write). */
  networks?: string[];
  /** include/redirect: the record it leads to. */
  child?: SpfNode;
}

export interface SpfNode {
  domain: string;
  status: 'found' | 'none' | 'multiple' | 'error';
  /** The SPF record (strings joined) and its character-strings as published. */
  record?: string;
  strings?: string[];
  /** status 'multiple': every v=spf1 record. */
  records?: string[];
  /** status 'none': the TXT answer was NXDOMAIN or NODATA (a void lookup for include/redirect). */
  void?: boolean;
  /** status 'error': what went wrong. */
  dnsError?: string;
  errors: SpfSyntaxError[];
  terms: SpfLookupTerm[];
  /** DNS-querying terms in this record, and in this record plus everything below it. */
  lookups: number;
  totalLookups: number;
  /** Void lookups in this record and below. */
  totalVoids: number;
  /** Qualifier of this record's `all`, if it has one. */
  all?: SpfMechanism['qualifier'];
  hasRedirect: boolean;
  usesPtr: boolean;
}

export interface LookupCount {
  /** Domain whose record holds the term. */
  domain: string;
  term: string;
  /** The include/redirect terms from the root record down to this one. */
  path: string[];
}

export interface ProviderCheck {
  provider: ProviderId;
  name: string;
  service: SendingService;
  include: string;
  /**
   * authorized: every sample address passes; partial: some do; not-authorized: none does;
   * error: the record gives permerror for them; unknown: DNS failed (ours or the provider's).
   */
  status: 'authorized' | 'partial' | 'not-authorized' | 'error' | 'unknown';
  samples: Array<{ ip: string; result: SpfResultCode }>;
  message?: string;
}

export interface SpfPosture {
  domain: string;
  root: SpfNode;
  /** Every DNS-querying term in the tree (RFC 7208 §4.6.4 limit: 10). */
  lookups: number;
  lookupTerms: LookupCount[];
  voidLookups: number;
  voidTerms: LookupCount[];
  /** The obsolete SPF RR type (99) at the domain (RFC 7208 §3.1, §14.1). */
  type99: { present: boolean; records: string[]; sameAsTxt: boolean };
  providers: ProviderCheck[];
  /** When over the limit: a record with some includes replaced by their addresses. */
  flattened?: FlattenSuggestion;
  findings: Finding[];
  /**
   * The walk stopped early: its query budget was spent or the report's deadline passed. The parts it
   * did not read carry dnsError with the reason; nothing it says about them is a finding of fact.
   */
  partial?: { reason: 'budget' | 'deadline'; message: string };
}

export interface FlattenSuggestion {
  record: string;
  /** The record split into character-strings of at most 255 bytes, for the zone file. */
  strings: string[];
  lookups: number;
  /** Terms replaced by addresses. */
  replaced: string[];
}

export interface SpfPostureOptions {
  resolver: Resolver;
  /** Services whose authorization produces findings; the others are only reported. */
  services?: SendingService[];
  /** Providers to test (default both). */
  providers?: ProviderId[];
  /** The report's deadline: queries after it are not made, and the posture is partial. */
  signal?: AbortSignal;
  /** Queries in flight at once and in all (default DEFAULT_QUERY_BUDGET: 6 and 400). */
  budget?: Omit<QueryBudget, 'signal'>;
}

const MAX_DEPTH = 12;
/**
 * Records the walk reads at most. Real trees have a dozen; the cap keeps a hostile record (dozens of
 * includes, each with dozens more) from turning a health check into a flood of queries.
 */
const MAX_RECORDS = 50;
/**
 * DNS terms of one record the walk looks up. The whole tree may cost 10 lookups (RFC 7208 §4.6.4),
 * so a record with more is broken anyway; its count is reported without asking for the rest (one
 * 7 KB record of `a` terms made 8,404 queries before this cap).
 */
export const MAX_TERMS_PER_RECORD = 20;

interface WalkContext {
  resolver: Resolver;
  rootDomain: string;
  /** Records read so far. */
  records: number;
}

export async function analyzeSpf(domain: string, opts: SpfPostureOptions): Promise<SpfPosture> {
  const d = normalizeName(domain);
  const resolver = withQueryBudget(opts.resolver, {
    ...opts.budget,
    ...(opts.signal ? { signal: opts.signal } : {}),
  });
  const providerIds = opts.providers ?? (Object.keys(PROVIDERS) as ProviderId[]);
  // Everything starts at once. The providers' checkHost() runs begin as soon as their ranges are
  // known: their queries are the walk's (merged in flight or cached), so they finish with it.
  const [root, type99Answer, providers] = await Promise.all([
    walk({ resolver, rootDomain: d, records: 0 }, d, [], new Set()),
    resolver(d, 'SPF'),
    Promise.all(providerIds.map(async (id) => checkProvider(id, d, resolver))),
  ]);

  const lookupTerms: LookupCount[] = [];
  const voidTerms: LookupCount[] = [];
  const collect = (node: SpfNode, path: string[]) => {
    for (const t of node.terms) {
      lookupTerms.push({ domain: node.domain, term: t.text, path });
      if (t.void) voidTerms.push({ domain: node.domain, term: t.text, path });
      for (const _host of t.voidHosts ?? []) voidTerms.push({ domain: node.domain, term: t.text, path });
      if (t.child && !t.loop) collect(t.child, [...path, t.text]);
    }
  };
  collect(root, []);

  const type99Records = joinedTexts(type99Answer).filter((t) => /^v=spf1(?: |$)/i.test(t));
  const type99 = {
    present: type99Records.length > 0,
    records: type99Records,
    sameAsTxt: type99Records.length === 1 && type99Records[0] === root.record,
  };

  const posture: SpfPosture = {
    domain: d,
    root,
    lookups: lookupTerms.length,
    lookupTerms,
    voidLookups: voidTerms.length,
    voidTerms,
    type99,
    providers,
    // Stryker disable next-line ArrayDeclaration: replaced by the checks' findings below.
    findings: [],
  };
  // Stryker disable next-line ConditionalExpression,EqualityOperator: flatten() finds nothing to do within the limit; the test only saves the work.
  if (posture.lookups > 10) {
    const flat = flatten(root);
    if (flat) posture.flattened = flat;
  }
  if (resolver.exhausted) {
    posture.partial =
      resolver.stats.pastDeadline > 0
        ? { reason: 'deadline', message: 'the report ran out of time before the SPF tree was read' }
        : {
            reason: 'budget',
            message: `the SPF tree needs more than ${opts.budget?.maxQueries ?? DEFAULT_QUERY_BUDGET.maxQueries} DNS queries; the rest was not read`,
          };
  }
  const services = new Set(opts.services ?? []);
  posture.findings = runSpfChecks(posture, {
    services: [...services].map(providerForService).map((p) => p.id),
  });
  return posture;
}

/**
 * Whether `domain` authorizes a provider: checkHost() with sample addresses from the provider's
 * own published ranges (not string matching on the record, which misses copied ranges, includes
 * of includes and redirects).
 */
async function checkProvider(id: ProviderId, domain: string, resolver: Resolver): Promise<ProviderCheck> {
  const p = PROVIDERS[id];
  const base = { provider: p.id, name: p.name, service: p.service, include: p.include };
  const ranges = await providerRanges(p, resolver);
  const samples = sampleAddresses(ranges.networks);
  if (!samples.length) {
    return {
      ...base,
      status: 'unknown',
      samples: [],
      message: `could not read ${p.include}: ${ranges.error ?? 'no addresses'}`,
    };
  }
  const results = await Promise.all(
    samples.map(async (ip) => ({
      ip,
      result: (await checkHost(ip, domain, `postmaster@${domain}`, { resolver, helo: domain })).result,
    })),
  );
  const passes = results.filter((s) => s.result === 'pass').length;
  const status: ProviderCheck['status'] = results.some((s) => s.result === 'temperror')
    ? 'unknown'
    : results.some((s) => s.result === 'permerror')
      ? 'error'
      : passes === results.length
        ? 'authorized'
        : passes > 0
          ? 'partial'
          : 'not-authorized';
  return { ...base, status, samples: results };
}

function emptyNode(domain: string, status: SpfNode['status']): SpfNode {
  return {
    domain,
    status,
    errors: [],
    terms: [],
    lookups: 0,
    totalLookups: 0,
    totalVoids: 0,
    hasRedirect: false,
    usesPtr: false,
  };
}

async function walk(
  w: WalkContext,
  domain: string,
  path: string[],
  ancestors: Set<string>,
): Promise<SpfNode> {
  w.records++;
  const answer = await w.resolver(domain, 'TXT');
  const found = selectSpfRecord(answer);
  if (found.status === 'error') return { ...emptyNode(domain, 'error'), dnsError: describeAnswer(answer) };
  // RRset order is random (RFC 2181 §5); sorted, the report is the same every time.
  if (found.status === 'multiple')
    return { ...emptyNode(domain, 'multiple'), records: [...found.texts].sort() };
  if (found.status === 'none') return { ...emptyNode(domain, 'none'), void: isVoid(answer) };

  const parsed = parseSpf(found.text);
  const node: SpfNode = {
    ...emptyNode(domain, 'found'),
    record: found.text,
    strings: found.strings,
    errors: parsed.errors,
    ...(parsed.all ? { all: parsed.all.qualifier } : {}),
    hasRedirect: !!parsed.redirect,
    usesPtr: parsed.mechanisms.some((m) => m.name === 'ptr'),
  };
  // Macros that need the message (i, p, c, v…) stop the walk there; d, o, s, l, h are the domain's own.
  const ctx: MacroContext = {
    sender: `postmaster@${w.rootDomain}`,
    localPart: 'postmaster',
    senderDomain: w.rootDomain,
    domain,
    helo: w.rootDomain,
  };
  const inner = new Set([...ancestors, domain]);
  node.terms = await Promise.all(
    dnsTerms(parsed).map((t, i) =>
      i < MAX_TERMS_PER_RECORD ? walkTerm(w, t, ctx, path, inner) : Promise.resolve(unqueried(t)),
    ),
  );
  node.lookups = node.terms.length;
  node.totalLookups = node.lookups + node.terms.reduce((n, t) => n + (t.child?.totalLookups ?? 0), 0);
  node.totalVoids = node.terms.reduce(
    (n, t) => n + (t.void ? 1 : 0) + (t.voidHosts?.length ?? 0) + (t.child?.totalVoids ?? 0),
    0,
  );
  return node;
}

/** A term past MAX_TERMS_PER_RECORD: counted, never asked. */
function unqueried(term: SpfTerm): SpfLookupTerm {
  const kind = (term.kind === 'modifier' ? 'redirect' : term.name) as DnsTermKind;
  return { kind, text: term.text, start: term.start, end: term.end, notFollowed: true };
}

async function walkTerm(
  w: WalkContext,
  term: SpfTerm,
  ctx: MacroContext,
  path: string[],
  ancestors: Set<string>,
): Promise<SpfLookupTerm> {
  const { resolver } = w;
  const kind = (term.kind === 'modifier' ? 'redirect' : term.name) as DnsTermKind;
  const out: SpfLookupTerm = { kind, text: term.text, start: term.start, end: term.end };
  let target: string;
  try {
    target = normalizeName(
      toTargetName(term.domainSpec ? await expandTokens(term.domainSpec.tokens, ctx) : ctx.domain),
    );
  } catch (e) {
    // Stryker disable next-line ConditionalExpression: expansion throws nothing but MacroError (macro.ts); the rethrow is for a future bug.
    if (!(e instanceof MacroError)) throw e;
    out.dependsOnMessage = true;
    return out;
  }
  out.target = target;
  const failed = (a: DnsAnswer): boolean => {
    if (!isFailure(a)) return false;
    out.dnsError = `${a.name} ${a.type}: ${describeAnswer(a)}`;
    return true;
  };
  switch (kind) {
    case 'include':
    case 'redirect': {
      if (ancestors.has(target)) {
        out.loop = true;
        return out;
      }
      if (w.records >= MAX_RECORDS || path.length >= MAX_DEPTH) {
        out.notFollowed = true;
        return out;
      }
      if (!isSpfDomain(target)) {
        out.child = emptyNode(target, 'none');
        return out;
      }
      out.child = await walk(w, target, [...path, term.text], ancestors);
      if (out.child.status === 'error') out.dnsError = out.child.dnsError;
      // Only a node without a record (status 'none') is void.
      if (out.child.void) out.void = true;
      return out;
    }
    case 'a': {
      const m = term as SpfMechanism;
      const [a, aaaa] = await Promise.all([resolver(target, 'A'), resolver(target, 'AAAA')]);
      if (failed(a) || failed(aaaa)) return out;
      out.void = isVoid(a) && isVoid(aaaa);
      out.networks = addressTerms(a, aaaa, m).sort();
      return out;
    }
    case 'mx': {
      const m = term as SpfMechanism;
      const mx = await resolver(target, 'MX');
      if (failed(mx)) return out;
      out.void = isVoid(mx);
      const hosts = recordsOf(mx, 'MX')
        .map((r) => r.exchange)
        .filter((h) => h !== '');
      out.mxCount = hosts.length;
      const answers = await Promise.all(
        hosts.slice(0, 10).flatMap((h) => [resolver(h, 'A'), resolver(h, 'AAAA')]),
      );
      const nets: string[] = [];
      const voidHosts: string[] = [];
      for (let i = 0; i < answers.length; i += 2) {
        const [a, aaaa] = [answers[i] as DnsAnswer, answers[i + 1] as DnsAnswer];
        if (failed(a) || failed(aaaa)) return out;
        if (isVoid(a)) voidHosts.push(hosts[i / 2] as string);
        nets.push(...addressTerms(a, aaaa, m));
      }
      if (voidHosts.length) out.voidHosts = voidHosts;
      out.networks = [...new Set(nets)].sort();
      return out;
    }
    case 'exists': {
      const a = await resolver(target, 'A');
      if (!failed(a)) out.void = isVoid(a);
      return out;
    }
    case 'ptr':
      // Needs the client's address; nothing to look up without one.
      return out;
  }
}

function addressTerms(a: DnsAnswer, aaaa: DnsAnswer, m: SpfMechanism): string[] {
  const v4 = recordsOf(a, 'A').map(
    (r) => `ip4:${r.address}${m.cidr4 !== undefined && m.cidr4 !== 32 ? `/${m.cidr4}` : ''}`,
  );
  const v6 = recordsOf(aaaa, 'AAAA').map(
    (r) => `ip6:${r.address}${m.cidr6 !== undefined && m.cidr6 !== 128 ? `/${m.cidr6}` : ''}`,
  );
  return [...v4, ...v6];
}

/**
 * The networks a subtree stands for, when replacing it by them changes no result: every mechanism
 * before its `all` authorizes ("+") and is an address, a/mx, or such an include; its `all` (if any)
 * does not authorize. Undefined when that is not so (exists, ptr, macros, "-ip4" exceptions…).
 */
function subtreeNetworks(node: SpfNode | undefined): string[] | undefined {
  // Only a found node has a record. The walk's tree is finite and has no cycles (a loop term has no
  // child), so the recursion ends without a depth count.
  if (!node?.record || node.errors.length) return undefined;
  const parsed = parseSpf(node.record);
  const out: string[] = [];
  for (const m of parsed.mechanisms) {
    if (m.name === 'all') {
      if (m.qualifier === '+') return undefined;
      return out;
    }
    if (m.qualifier !== '+') return undefined;
    if (m.name === 'ip4' || m.name === 'ip6') {
      out.push(networkText(m));
      continue;
    }
    const t = node.terms.find((x) => x.start === m.start);
    if (!t || t.dependsOnMessage || t.dnsError || t.loop) return undefined;
    if (m.name === 'a' || m.name === 'mx') {
      // Stryker disable next-line LogicalOperator,ArrayDeclaration: an a/mx term without dnsError or dependsOnMessage always has its networks.
      out.push(...(t.networks ?? []));
      continue;
    }
    // include; exists and ptr have no child, so they end here with undefined.
    const nets = subtreeNetworks(t.child);
    if (!nets) return undefined;
    out.push(...nets);
  }
  if (parsed.redirect) {
    const t = node.terms.find((x) => x.kind === 'redirect');
    // Stryker disable next-line OptionalChaining: a record with redirect= always has its redirect term.
    const nets = subtreeNetworks(t?.child);
    if (!nets) return undefined;
    out.push(...nets);
  }
  return out;
}

function isProviderInclude(t: SpfLookupTerm): boolean {
  return t.kind === 'include' && Object.values(PROVIDERS).some((p) => p.include === t.target);
}

function networkText(m: SpfMechanism): string {
  const net = m.network as IpAddress;
  const prefix = m.name === 'ip4' ? m.cidr4 : m.cidr6;
  return `${m.name}:${formatIp(net)}${prefix !== undefined ? `/${prefix}` : ''}`;
}

/**
 * Flattening suggestion for a tree over the lookup limit: replace the costliest flattenable terms
 * of the root record (includes first) by the networks they stand for, until 10 lookups remain.
 */
export function flatten(root: SpfNode): FlattenSuggestion | undefined {
  // Only a found node has a record.
  if (!root.record) return undefined;
  const candidates = root.terms
    .map((t) => {
      const cost = 1 + (t.child?.totalLookups ?? 0);
      // a/mx have networks only when their lookups succeeded (no dnsError, no macro from the message);
      // of the others only include and redirect have a child (a redirect is skipped below).
      const nets = t.kind === 'a' || t.kind === 'mx' ? t.networks : subtreeNetworks(t.child);
      return { t, cost, nets };
    })
    .filter((c): c is { t: SpfLookupTerm; cost: number; nets: string[] } => !!c.nets)
    // Costliest first; at equal cost keep the big providers' includes, whose ranges change most often.
    .sort((x, y) => y.cost - x.cost || Number(isProviderInclude(x.t)) - Number(isProviderInclude(y.t)));
  const parsed: ParsedSpf = parseSpf(root.record);
  let lookups = root.totalLookups;
  const replace = new Map<number, string[]>();
  for (const c of candidates) {
    if (lookups <= 10) break;
    // Only "+" terms can be replaced by "+" networks.
    const parsedTerm = parsed.terms.find((x) => x.start === c.t.start);
    // Stryker disable next-line ConditionalExpression,LogicalOperator: every candidate is a term of this record, and a modifier (redirect) has no qualifier, so the next test skips it too.
    if (!parsedTerm || parsedTerm.kind !== 'mechanism') continue;
    if (parsedTerm.qualifier !== '+') continue;
    replace.set(c.t.start, c.nets);
    lookups -= c.cost;
  }
  if (!replace.size) return undefined;
  const seen = new Set<string>();
  const parts = ['v=spf1'];
  for (const term of parsed.terms) {
    const nets = replace.get(term.start);
    for (const p of nets ?? [term.text]) {
      if (seen.has(p)) continue;
      seen.add(p);
      parts.push(p);
    }
  }
  const record = parts.join(' ');
  return {
    record,
    strings: splitTxt(record),
    lookups,
    replaced: root.terms.filter((t) => replace.has(t.start)).map((t) => t.text),
  };
}
