/**
 * SPF record parser (RFC 7208 §4.5, §4.6.1, §5, §6, §12). Pure: no DNS, no exceptions. Every syntax
 * problem is reported with its character range in the record, because check_host() must treat an
 * error anywhere in the record as permerror (§4.6) and the health report points at each one.
 */
import type { IpAddress } from '../../dns/ip';
import { parseIPv4, parseIPv6 } from '../../dns/ip';
import type { MacroIssue, MacroToken } from './macro';
import { tokenizeMacroString } from './macro';

export type Qualifier = '+' | '-' | '~' | '?';
export type MechanismName = 'all' | 'include' | 'a' | 'mx' | 'ptr' | 'ip4' | 'ip6' | 'exists';
export const MECHANISMS: readonly MechanismName[] = [
  'all',
  'include',
  'a',
  'mx',
  'ptr',
  'ip4',
  'ip6',
  'exists',
];
/** Terms that cost a DNS lookup (RFC 7208 §4.6.4). */
export const DNS_MECHANISMS: ReadonlySet<string> = new Set(['include', 'a', 'mx', 'ptr', 'exists']);

export interface TextRange {
  /** Character offsets into the record text, [start, end). */
  start: number;
  end: number;
}

export interface DomainSpec extends TextRange {
  /** As written, macros unexpanded. */
  text: string;
  tokens: MacroToken[];
  /** True when it contains a %{…} macro (so its target depends on the message). */
  hasMacros: boolean;
}

export interface SpfMechanism extends TextRange {
  kind: 'mechanism';
  text: string;
  qualifier: Qualifier;
  /** The qualifier was written out ("+all" rather than "all"). */
  explicitQualifier: boolean;
  name: MechanismName;
  domainSpec?: DomainSpec;
  /** ip4/ip6: the network. */
  network?: IpAddress;
  /** ip4 prefix, or the IPv4 part of a/mx dual-cidr-length; absent means /32. */
  cidr4?: number;
  /** ip6 prefix, or the IPv6 part of a/mx dual-cidr-length; absent means /128. */
  cidr6?: number;
}

export interface SpfModifier extends TextRange {
  kind: 'modifier';
  text: string;
  /** Lower case. */
  name: string;
  value: string;
  /** For redirect= and exp=. */
  domainSpec?: DomainSpec;
}

export type SpfTerm = SpfMechanism | SpfModifier;

export type SpfSyntaxCode =
  | 'no-version'
  | 'bad-char'
  | 'unknown-mechanism'
  | 'bad-modifier-name'
  | 'unexpected-argument'
  | 'missing-domain'
  | 'bad-domain-spec'
  | 'ip-as-domain'
  | 'bad-macro'
  | 'bad-ip4'
  | 'bad-ip6'
  | 'bad-cidr'
  | 'duplicate-modifier';

export interface SpfSyntaxError extends TextRange {
  code: SpfSyntaxCode;
  /** English detail for logs and the CLI; the UI uses `code` as message id. */
  message: string;
  /** The whole term the error is in. */
  term: string;
}

export interface ParsedSpf {
  text: string;
  terms: SpfTerm[];
  mechanisms: SpfMechanism[];
  redirect?: SpfModifier;
  exp?: SpfModifier;
  /** The first `all` mechanism, if any; with one, redirect= is never used (RFC 7208 §6.1). */
  all?: SpfMechanism;
  errors: SpfSyntaxError[];
}

/** "v=spf1" followed by a space or the end, case-insensitively (RFC 7208 §4.5). */
export function isSpfRecord(text: string): boolean {
  return /^v=spf1(?: |$)/i.test(text);
}

const MODIFIER_RE = /^([A-Za-z][A-Za-z0-9_.-]*)=/;
const MECHANISM_RE = /^([+\-~?]?)([A-Za-z][A-Za-z0-9]*)/;
// toplabel = ( *alphanum ALPHA *alphanum ) / ( 1*alphanum "-" *( alphanum / "-" ) alphanum )
// The alternation is anchored at the end, so the dashed form (".xn--zckzah") is matched whole.
const DOMAIN_END_RE = /\.(?:[A-Za-z0-9]*[A-Za-z][A-Za-z0-9]*|[A-Za-z0-9]+-[A-Za-z0-9-]*[A-Za-z0-9])\.?$/;
const CIDR_RE = /^(?:\/([0-9]+))?(?:\/\/([0-9]+))?$/;

const parsedCache = new Map<string, ParsedSpf>();

/**
 * Parses an SPF record. Results are shared between callers (a health check evaluates the same
 * records many times), so treat them as read-only.
 */
export function parseSpf(text: string): ParsedSpf {
  const hit = parsedCache.get(text);
  if (hit) return hit;
  const parsed = parseUncached(text);
  if (parsedCache.size >= 256) parsedCache.delete(parsedCache.keys().next().value as string);
  parsedCache.set(text, parsed);
  return parsed;
}

function parseUncached(text: string): ParsedSpf {
  const out: ParsedSpf = { text, terms: [], mechanisms: [], errors: [] };
  const version = /^v=spf1/i.exec(text);
  if (!version || (text.length > 6 && text[6] !== ' ')) {
    out.errors.push({
      code: 'no-version',
      start: 0,
      end: Math.min(text.length, 6),
      message: 'an SPF record starts with "v=spf1"',
      term: text.slice(0, 6),
    });
    return out;
  }
  // Terms are separated by one or more spaces, nothing else (§4.6.1; tests two-spaces, control-char-policy).
  const re = /[^ ]+/g;
  re.lastIndex = 6;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index;
    const termText = m[0];
    const errorsBefore = out.errors.length;
    const err = (code: SpfSyntaxCode, s: number, e: number, message: string) =>
      out.errors.push({ code, start: s, end: e, message, term: termText });

    const bad = /[^\x21-\x7e]/.exec(termText);
    if (bad) {
      const c = bad[0].charCodeAt(0);
      err(
        'bad-char',
        start + bad.index,
        start + bad.index + 1,
        `character U+${c.toString(16).padStart(4, '0').toUpperCase()} in "${printable(termText)}": SPF records are printable ASCII separated by spaces`,
      );
      continue;
    }
    const mod = MODIFIER_RE.exec(termText);
    if (mod) {
      // Stryker disable next-line StringLiteral: equivalent, the regex group always takes part in the match (the ?? is for the type)
      const name = (mod[1] ?? '').toLowerCase();
      const value = termText.slice(mod[0].length);
      const valueStart = start + mod[0].length;
      const modifier: SpfModifier = {
        kind: 'modifier',
        text: termText,
        name,
        value,
        start,
        end: start + termText.length,
      };
      if (name === 'redirect' || name === 'exp') {
        // Known modifiers are not "greedy" unknown-modifiers: their value must be a domain-spec
        // (tests redirect-syntax-error, exp-syntax-error, exp-empty-domain).
        const spec = parseDomainSpec(value, valueStart, err, `${name}=`, start);
        // Stryker disable next-line ConditionalExpression: equivalent, an absent spec leaves the optional property undefined either way
        if (spec) modifier.domainSpec = spec;
        if (out[name])
          err('duplicate-modifier', start, modifier.end, `"${name}=" appears more than once (RFC 7208 §6)`);
        else out[name] = modifier;
      } else {
        // Stryker disable next-line StringLiteral: equivalent, any mode but 'domain' and 'explanation' is the unknown-modifier mode
        reportMacroIssues(tokenizeMacroString(value, 'modifier').issues, valueStart, err);
      }
      if (out.errors.length === errorsBefore) out.terms.push(modifier);
      continue;
    }
    const mech = MECHANISM_RE.exec(termText);
    const name = (mech?.[2] ?? '').toLowerCase() as MechanismName;
    if (!mech || !MECHANISMS.includes(name)) {
      const looksLikeModifier = /^[^:/]*=/.test(termText);
      err(
        looksLikeModifier ? 'bad-modifier-name' : 'unknown-mechanism',
        start,
        start + termText.length,
        looksLikeModifier
          ? `"${termText}": a modifier name starts with a letter and has only letters, digits, "-", "_" and "."`
          : `"${termText}" is not an SPF mechanism (all, include, a, mx, ptr, ip4, ip6, exists)`,
      );
      continue;
    }
    // Stryker disable next-line StringLiteral: equivalent, the regex group always takes part in the match (the ?? is for the type)
    const qualifierText = mech[1] ?? '';
    const rest = termText.slice(mech[0].length);
    const restStart = start + mech[0].length;
    const mechanism: SpfMechanism = {
      kind: 'mechanism',
      text: termText,
      qualifier: (qualifierText || '+') as Qualifier,
      explicitQualifier: qualifierText !== '',
      name,
      start,
      end: start + termText.length,
    };
    switch (name) {
      case 'all':
        if (rest)
          err('unexpected-argument', restStart, mechanism.end, `"all" takes no argument (got "${rest}")`);
        break;
      case 'include':
      case 'exists': {
        if (!rest.startsWith(':')) {
          if (rest) err('unexpected-argument', restStart, mechanism.end, `"${name}" needs ":" and a domain`);
          else err('missing-domain', start, mechanism.end, `"${name}" needs ":" and a domain`);
          break;
        }
        const spec = parseDomainSpec(rest.slice(1), restStart + 1, err, `${name}:`, start);
        // Stryker disable next-line ConditionalExpression: equivalent, an absent spec leaves the optional property undefined either way
        if (spec) mechanism.domainSpec = spec;
        break;
      }
      case 'ptr': {
        if (!rest) break;
        if (!rest.startsWith(':')) {
          err(
            'unexpected-argument',
            restStart,
            mechanism.end,
            `"ptr" takes only ":" and a domain (got "${rest}")`,
          );
          break;
        }
        const spec = parseDomainSpec(rest.slice(1), restStart + 1, err, 'ptr:', start);
        // Stryker disable next-line ConditionalExpression: equivalent, an absent spec leaves the optional property undefined either way
        if (spec) mechanism.domainSpec = spec;
        break;
      }
      case 'a':
      case 'mx': {
        let body = rest;
        let bodyStart = restStart;
        let domain: string | undefined;
        if (body.startsWith(':')) {
          // The cidr suffix is what is left after the shortest domain-spec; "foo:bar/baz.example.com"
          // keeps its "/baz" because that is no cidr-length (test a-colon-domain).
          const split = /^(.*?)((?:\/[0-9]+)?(?:\/\/[0-9]+)?)$/.exec(body.slice(1)) as RegExpExecArray;
          // Stryker disable next-line StringLiteral: equivalent, the regex group always takes part in the match (the ?? is for the type)
          domain = split[1] ?? '';
          // Stryker disable next-line StringLiteral: equivalent, the regex group always takes part in the match (the ?? is for the type)
          body = split[2] ?? '';
          bodyStart = restStart + 1 + domain.length;
          if (!domain) {
            err('missing-domain', start, mechanism.end, `"${name}:" needs a domain after the colon`);
            break;
          }
          // Stryker disable next-line StringLiteral: equivalent, the name is only used for an empty domain, ruled out just above
          const spec = parseDomainSpec(domain, restStart + 1, err, `${name}:`, start);
          // Stryker disable next-line ConditionalExpression: equivalent, an absent spec leaves the optional property undefined either way
          if (spec) mechanism.domainSpec = spec;
        }
        const cidr = CIDR_RE.exec(body);
        if (!cidr) {
          err(
            'bad-cidr',
            bodyStart,
            mechanism.end,
            `"${body}" is not a prefix length ("/24", "//64" or "/24//64")`,
          );
          break;
        }
        const c4 = checkCidr(cidr[1], 32, bodyStart, 1, err);
        const c6 = checkCidr(
          cidr[2],
          128,
          bodyStart + (cidr[1] !== undefined ? cidr[1].length + 1 : 0),
          2,
          err,
        );
        // Stryker disable next-line ConditionalExpression: equivalent, an absent prefix leaves the optional property undefined either way
        if (c4 !== undefined) mechanism.cidr4 = c4;
        // Stryker disable next-line ConditionalExpression: equivalent, an absent prefix leaves the optional property undefined either way
        if (c6 !== undefined) mechanism.cidr6 = c6;
        break;
      }
      case 'ip4':
      case 'ip6': {
        const m2 = /^:([^/]*)(?:\/([0-9]+))?$/.exec(rest);
        if (!m2) {
          const slash = rest.indexOf('/');
          // With ":" first, the pattern fails only for something after a "/".
          if (rest.startsWith(':'))
            err(
              'bad-cidr',
              restStart + slash,
              mechanism.end,
              `"${rest.slice(slash)}" is not a prefix length ("/24")`,
            );
          else
            err(
              'missing-domain',
              start,
              mechanism.end,
              `"${name}" needs ":" and an address, optionally "/" and a prefix length`,
            );
          break;
        }
        // Stryker disable next-line StringLiteral: equivalent, the regex group always takes part in the match (the ?? is for the type)
        const addrText = m2[1] ?? '';
        const bytes = name === 'ip4' ? parseIPv4(addrText) : parseIPv6(addrText);
        if (!bytes) {
          err(
            name === 'ip4' ? 'bad-ip4' : 'bad-ip6',
            restStart + 1,
            restStart + 1 + addrText.length,
            `"${addrText}" is not a valid ${name === 'ip4' ? 'IPv4' : 'IPv6'} address`,
          );
          break;
        }
        mechanism.network = { version: name === 'ip4' ? 4 : 6, bytes };
        const c = checkCidr(m2[2], name === 'ip4' ? 32 : 128, restStart + 1 + addrText.length, 1, err);
        // Stryker disable next-line ConditionalExpression: equivalent, an absent prefix leaves the optional property undefined either way
        if (c !== undefined) {
          if (name === 'ip4') mechanism.cidr4 = c;
          else mechanism.cidr6 = c;
        }
        break;
      }
    }
    if (out.errors.length === errorsBefore) {
      out.terms.push(mechanism);
      out.mechanisms.push(mechanism);
      if (name === 'all' && !out.all) out.all = mechanism;
    }
  }
  return out;
}

type ErrFn = (code: SpfSyntaxCode, start: number, end: number, message: string) => void;

/** `at` is where the slash(es) before `digits` start; `slashes` is 1, or 2 for the IPv6 part of a dual-cidr. */
function checkCidr(
  digits: string | undefined,
  max: number,
  at: number,
  slashes: number,
  err: ErrFn,
): number | undefined {
  if (digits === undefined) return undefined;
  const n = Number(digits);
  // Leading zeros are not in the grammar ("0" / %x31-39 0*1DIGIT); test cidr4-032.
  if ((digits.length > 1 && digits.startsWith('0')) || n > max) {
    err(
      'bad-cidr',
      at,
      at + slashes + digits.length,
      `prefix length "${'/'.repeat(slashes)}${digits}" must be 0–${max} without leading zeros`,
    );
    return undefined;
  }
  return n;
}

function reportMacroIssues(issues: MacroIssue[], offset: number, err: ErrFn): void {
  // Terms hold printable ASCII only (checked before), so every issue is one of macro syntax.
  for (const issue of issues) err('bad-macro', offset + issue.start, offset + issue.end, issue.message);
}

/** domain-spec = macro-string domain-end; domain-end = ( "." toplabel [ "." ] ) / macro-expand */
/** `termStart` is where the whole term starts: a missing domain is reported over the term. */
function parseDomainSpec(
  text: string,
  start: number,
  err: ErrFn,
  what: string,
  termStart = start,
): DomainSpec | undefined {
  const end = start + text.length;
  if (!text) {
    err('missing-domain', termStart, end, `"${what}" needs a domain`);
    return undefined;
  }
  const { tokens, issues } = tokenizeMacroString(text, 'domain');
  if (issues.length) {
    reportMacroIssues(issues, start, err);
    return undefined;
  }
  // Not empty (checked above) and without issues: there is at least one token.
  const last = tokens[tokens.length - 1] as MacroToken;
  const endsInMacro = last.kind === 'macro' || last.escape;
  if (!endsInMacro) {
    // The literal run at the end must hold ".toplabel" (test a-numeric: "111.222.33.44" fails).
    let tail = '';
    for (let i = tokens.length - 1; i >= 0; i--) {
      const t = tokens[i] as MacroToken;
      if (t.kind !== 'literal' || t.escape) break;
      tail = t.text + tail;
    }
    if (!DOMAIN_END_RE.test(tail)) {
      if (parseIPv4(text))
        err('ip-as-domain', start, end, `"${text}" is an address: write "ip4:${text}" instead`);
      else
        err(
          'bad-domain-spec',
          start,
          end,
          `"${text}" does not end in a top-level label such as ".com" (or a macro)`,
        );
      return undefined;
    }
  }
  return { text, start, end, tokens, hasMacros: tokens.some((t) => t.kind === 'macro') };
}

function printable(s: string): string {
  return s.replace(/[^\x20-\x7e]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

/** Mechanisms and modifiers that cost a DNS lookup in this record (redirect counts only without `all`). */
export function dnsTerms(rec: ParsedSpf): SpfTerm[] {
  return rec.terms.filter(
    (t) =>
      (t.kind === 'mechanism' && DNS_MECHANISMS.has(t.name)) ||
      // Stryker disable next-line ConditionalExpression: equivalent, no mechanism is named "redirect"
      (t.kind === 'modifier' && t.name === 'redirect' && !rec.all),
  );
}
