/**
 * Just enough domain-name knowledge to tell sites apart and to spot endings that do not exist,
 * written by hand instead of using the Public Suffix List (tldts): the full list is about 50 KB
 * gzipped, more than the content script's whole budget (30 KB gzipped with Preact and the UI).
 *
 * The approximation, and the direction of its errors:
 *  - Registrable domain = the last two labels; three under a country TLD whose second level is a
 *    generic one ("example.co.uk", "example.com.au"); one more below a multi-tenant host
 *    ("bank.github.io"). Suffixes we do not know ("x.tokyo.jp", "x.k12.ca.us") merge different
 *    sites into one, so a link is taken for the same site: a missed alarm, never a false one. Where
 *    a rule over-splits ("www.gov.uk" vs "gov.uk"), sameSite() still calls a host inside the other's
 *    domain the same site.
 *  - A TLD is 'known' when it is a real two-letter country code or on a short list of generic ones,
 *    'nonexistent' only when it is an unassigned two-letter code, a reserved name or a slip of a
 *    main ending ("con", "cpm", "ogr"), and 'unknown' otherwise. Checks that warn use 'nonexistent'
 *    (a real but unlisted TLD on an address is never called fake); checks that need certainty that a
 *    string is a domain ("report.pdf" is not) use 'known'.
 */
import {
  COUNTRY_SLDS,
  COUNTRY_TLDS,
  GENERIC_TLDS,
  IDN_TLDS,
  MAIN_TLDS,
  NEAR_MISS_TLDS,
  RESERVED_TLDS,
  SHARED_HOSTS,
} from './data/domains';
import { TLD_TYPOS } from './data/providers';
import { memo } from './memo';

const words = (list: string): ReadonlySet<string> => new Set(list.split(' '));
const COUNTRY = words(COUNTRY_TLDS);
const GENERIC = words(GENERIC_TLDS);
const IDN = words(IDN_TLDS);
const RESERVED = words(RESERVED_TLDS);
const MAIN = MAIN_TLDS.split(' ');
const NEAR_MISS = words(NEAR_MISS_TLDS);
const SLDS = words(COUNTRY_SLDS);
const SHARED = words(SHARED_HOSTS);
/** Most labels in a SHARED_HOSTS entry ("blob.core.windows.net"). */
const SHARED_DEPTH = Math.max(...[...SHARED].map((s) => s.split('.').length));

const TWO_LETTERS = /^[a-z]{2}$/;
const LETTERS = /^[a-z]{3,63}$/;

export type TldStatus = 'known' | 'unknown' | 'nonexistent';

/** What can be said about a top-level domain (lower case, no dot). */
export function tldStatus(tld: string): TldStatus {
  if (TWO_LETTERS.test(tld)) return COUNTRY.has(tld) ? 'known' : 'nonexistent';
  if (GENERIC.has(tld) || IDN.has(tld)) return 'known';
  if (RESERVED.has(tld) || TLD_TYPOS[tld] !== undefined) return 'nonexistent';
  if (LETTERS.test(tld) && !NEAR_MISS.has(tld) && MAIN.some((t) => oneEditApart(tld, t)))
    return 'nonexistent';
  return 'unknown';
}

/** One insertion, deletion, substitution or swap of neighbours turns a into b. */
function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Literal IP hosts have no registrable domain. */
const isAddressHost = (host: string): boolean =>
  host.includes(':') || /^[0-9.]+$/.test(host) || /\.\d+$/.test(host);

/** How many trailing labels form the public suffix of `labels` (at least one). */
function suffixLabels(labels: readonly string[]): number {
  const n = labels.length;
  for (let k = Math.min(SHARED_DEPTH, n); k >= 2; k--) {
    if (SHARED.has(labels.slice(n - k).join('.'))) return k;
  }
  if (n >= 2 && TWO_LETTERS.test(labels[n - 1]!) && SLDS.has(labels[n - 2]!)) return 2;
  return 1;
}

/** Registrable domain ("mail.example.co.uk" → "example.co.uk"), or the host itself when none. */
export const registrableDomain = memo(computeRegistrableDomain);

function computeRegistrableDomain(host: string): string {
  if (!host || isAddressHost(host)) return host;
  const labels = host.split('.');
  const k = suffixLabels(labels);
  return labels.length > k ? labels.slice(labels.length - k - 1).join('.') : host;
}

/** The multi-tenant host a host lives under ("bank.github.io" → "github.io"), or null. */
export const sharedHostOf = memo(computeSharedHost);

function computeSharedHost(host: string): string | null {
  const labels = host.split('.');
  const k = suffixLabels(labels);
  if (k < 2 || labels.length <= k) return null;
  const suffix = labels.slice(labels.length - k).join('.');
  return SHARED.has(suffix) ? suffix : null;
}

/** True when the host ends in a known TLD with a name below its suffix (so "report.pdf" is not a domain). */
export const hasKnownSuffix = memo(computeHasKnownSuffix);

function computeHasKnownSuffix(host: string): boolean {
  if (isAddressHost(host)) return false;
  const labels = host.split('.');
  if (labels.length < 2 || labels.some((l) => !l)) return false;
  return tldStatus(labels[labels.length - 1]!) === 'known' && labels.length > suffixLabels(labels);
}

const within = (host: string, domain: string): boolean => host === domain || host.endsWith(`.${domain}`);

/**
 * Whether two hosts belong to one site. Besides equal registrable domains, a host inside the other's
 * registrable domain counts as the same site, so a suffix rule that splits too finely ("www.gov.uk"
 * against "gov.uk") cannot raise a false alarm.
 */
export function sameSite(a: string, b: string): boolean {
  const da = registrableDomain(a);
  const db = registrableDomain(b);
  return da === db || within(a, db) || within(b, da);
}
