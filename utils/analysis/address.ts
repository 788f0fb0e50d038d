/**
 * Recipient parsing and checking. Adapters hand over one string per chip, but typed-but-not-chipped
 * text can hold several addresses, display names, or junk, so each item is split and located.
 */
import { tldStatus } from './domains';
import { KNOWN_LOOKALIKES, PROVIDERS, TLD_TYPOS, type Provider } from './data/providers';
import { memo } from './memo';

export interface AddressSpan {
  /** The bare address (inside <…> when a display name is present). */
  address: string;
  /** Range of `address` in the item string. */
  start: number;
  end: number;
}

/** Splits "Doe, Jane <jane@x.cz>; bob@y.com" on commas and semicolons outside quotes and <…>. */
export function splitAddresses(item: string): AddressSpan[] {
  const spans: AddressSpan[] = [];
  let quoted = false;
  let angle = false;
  let partStart = 0;
  const n = item.length;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? item[i] : ',';
    if (c === '"' && !angle) quoted = !quoted;
    else if (c === '<' && !quoted) angle = true;
    else if (c === '>' && !quoted) angle = false;
    else if ((c === ',' || c === ';') && ((!quoted && !angle) || i === n)) {
      const span = addressIn(item, partStart, i);
      if (span) spans.push(span);
      partStart = i + 1;
      quoted = false;
      angle = false;
    }
  }
  return spans;
}

function addressIn(item: string, start: number, end: number): AddressSpan | null {
  const lt = item.lastIndexOf('<', end - 1);
  if (lt >= start) {
    const gt = item.indexOf('>', lt);
    const innerEnd = gt >= 0 && gt < end ? gt : end;
    return trimmed(item, lt + 1, innerEnd);
  }
  return trimmed(item, start, end);
}

function trimmed(s: string, start: number, end: number): AddressSpan | null {
  while (start < end && /\s/.test(s[start]!)) start++;
  while (end > start && /\s/.test(s[end - 1]!)) end--;
  if (start >= end) return null;
  return { address: s.slice(start, end), start, end };
}

export type AddressProblem = 'missingAt' | 'malformed' | 'unknownTld';

// RFC 5322 dot-atom text; non-ASCII is allowed because SMTPUTF8 (RFC 6531) mail is deliverable.
const LOCAL_ATOM =
  /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~\u0080-\uffff-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~\u0080-\uffff-]+)*$/;
const QUOTED_LOCAL = /^"(?:[^"\\\r\n]|\\.){0,62}"$/;
const LABEL = /^(?:[a-z0-9\u00a1-\uffff](?:[a-z0-9\u00a1-\uffff-]{0,61}[a-z0-9\u00a1-\uffff])?)$/;
const TLD = /^(?:[a-z\u00a1-\uffff]{2,63}|xn--[a-z0-9-]{1,59})$/;

export interface AddressCheck {
  problem: AddressProblem | null;
  domain: string;
  tld: string;
  /**
   * A recipient known only by name: the webmail shows a resolved contact's display name and not its
   * address (Outlook). Adapters pass it as a quoted name with no address, `"Eva Nováková"`. It counts
   * as a visible recipient but has no domain, so typo, malformed-address and MX checks skip it.
   */
  unverified?: true;
}

// A quoted display name and nothing else: the adapter's way to say "a contact, address not shown".
const NAME_ONLY = /^"[^"@]*"$/;

/** Checks what webmail will accept and what can be delivered: syntax (RFC 5321 limits) and a real TLD. */
export function checkAddress(address: string): AddressCheck {
  const at = address.lastIndexOf('@');
  if (at < 0 && NAME_ONLY.test(address)) return { problem: null, domain: '', tld: '', unverified: true };
  if (at < 0) return { problem: 'missingAt', domain: '', tld: '' };
  const local = address.slice(0, at);
  const domain = address.slice(at + 1).toLowerCase();
  const bad = (problem: AddressProblem): AddressCheck => ({ problem, domain, tld: '' });
  if (!local || local.length > 64 || address.length > 254) return bad('malformed');
  if (!(QUOTED_LOCAL.test(local) || LOCAL_ATOM.test(local))) return bad('malformed');
  if (domain.startsWith('[') && domain.endsWith(']')) {
    return {
      problem: /^\[(?:\d{1,3}\.){3}\d{1,3}\]$|^\[ipv6:[0-9a-f:.]+\]$/.test(domain) ? null : 'malformed',
      domain,
      tld: '',
    };
  }
  if (!domain || domain.length > 253) return bad('malformed');
  const labels = domain.split('.');
  if (labels.length < 2 || !labels.every((l) => LABEL.test(l))) return bad('malformed');
  const tld = labels[labels.length - 1]!;
  if (!TLD.test(tld)) return { problem: 'malformed', domain, tld };
  // Only endings known not to exist: a real TLD missing from our short lists is not a typo.
  if (tldStatus(tld) === 'nonexistent') return { problem: 'unknownTld', domain, tld };
  return { problem: null, domain, tld };
}

// Rows reused between calls: domain names are short, and this runs for every recipient.
let rowA = new Int32Array(64);
let rowB = new Int32Array(64);
let rowC = new Int32Array(64);

// Damerau-Levenshtein (optimal string alignment), early exit once every cell exceeds `max`.
export function editDistance(a: string, b: string, max = 3): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = a.length;
  const m = b.length;
  if (m + 1 > rowA.length) {
    rowA = new Int32Array(m + 1);
    rowB = new Int32Array(m + 1);
    rowC = new Int32Array(m + 1);
  }
  let prev2 = rowA;
  let prev = rowB;
  let cur = rowC;
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= m; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[m]!;
}

const sortedLetters = (s: string): string => [...s].sort().join('');

interface ProviderName extends Provider {
  name: string;
  suffix: string;
}

const PROVIDER_NAMES: readonly ProviderName[] = PROVIDERS.map((p) => {
  const dot = p.domain.indexOf('.');
  return { ...p, name: p.domain.slice(0, dot), suffix: p.domain.slice(dot + 1) };
});
const PROVIDER_DOMAINS: ReadonlySet<string> = new Set(PROVIDERS.map((p) => p.domain));

/** True when the name is a slip of the provider's name (not merely similar). */
function isNameSlip(typed: string, name: string): number {
  if (name.length < 4 || typed === name) return Infinity;
  // People rarely mistype the first letter; swapping the first two is the exception ("mgail").
  if (typed[0] !== name[0] && !(typed[0] === name[1] && typed[1] === name[0])) return Infinity;
  const d = editDistance(typed, name, 2);
  if (d === 1) return 1;
  // Two edits only for long names, or when the letters are merely shuffled ("sezman" → "seznam").
  if (d === 2 && (name.length >= 8 || (name.length >= 6 && sortedLetters(typed) === sortedLetters(name))))
    return 2;
  return Infinity;
}

/**
 * The popular provider domain this domain is most likely a slip of, or null. A domain that is
 * itself a known provider or a known legitimate look-alike is never a slip. Kept in the shared
 * bounded cache: it runs for every recipient after every edit.
 */
export const suggestProvider = memo(computeSuggestion, 2048);

function computeSuggestion(domain: string): string | null {
  const d = domain.toLowerCase().replace(/\.$/, '');
  if (!d || PROVIDER_DOMAINS.has(d) || KNOWN_LOOKALIKES.has(d)) return null;
  const dot = d.indexOf('.');
  if (dot <= 0) return null;
  const name = d.slice(0, dot);
  const suffix = d.slice(dot + 1);
  const fixedSuffix = TLD_TYPOS[suffix];
  let best: string | null = null;
  let bestCost = Infinity;
  for (const p of PROVIDER_NAMES) {
    let cost = Infinity;
    if (suffix === p.suffix || fixedSuffix === p.suffix) {
      cost = name === p.name ? 0.5 : isNameSlip(name, p.name);
      if (fixedSuffix === p.suffix) cost += 0.5;
    } else if (name === p.name && p.distinct && name.length >= 5) {
      cost = 1;
    }
    if (cost < bestCost) {
      bestCost = cost;
      best = p.domain;
    }
  }
  return bestCost <= 2.5 ? best : null;
}

/** Suggests a corrected TLD for an unknown one ("acme.con" → "acme.com"). */
export function suggestTld(domain: string): string | null {
  const dot = domain.lastIndexOf('.');
  const fixed = TLD_TYPOS[domain.slice(dot + 1)];
  return dot > 0 && fixed ? domain.slice(0, dot + 1) + fixed : null;
}

export function isProviderDomain(domain: string): boolean {
  return PROVIDER_DOMAINS.has(domain);
}
