/**
 * Just enough URL parsing to judge a link target, without `new URL()` (which throws, normalizes
 * hosts in ways that hide tricks such as "http://3232235777/", and is slow in a hot loop).
 */
import { SHORTENERS, CLICK_TRACKERS } from './data/links';
import { memo } from './memo';

export interface LinkTarget {
  /** Lower-case scheme without ':' ('' for scheme-relative or bare "www." links). */
  scheme: string;
  /** Lower-case host without brackets or trailing dot; '' when the scheme has no host. */
  host: string;
  /** Explicit port, or NaN. */
  port: number;
  /** Something@ precedes the host: "https://paypal.com@evil.example/". */
  userinfo: string;
}

// Browsers drop ASCII tab and newlines anywhere in a URL and C0 controls/space at its ends, so
// "java\tscript:" runs as "javascript:" (WHATWG URL, basic URL parser).
const URL_NOISE = /[\t\n\r]/g;
const EDGE_NOISE = /^[\x00-\x20]+|[\x00-\x20]+$/g;
const SCHEME = /^([a-zA-Z][a-zA-Z0-9+.-]{0,31}):/;
// WHATWG URL's special schemes with a host, and '' (a link without a scheme resolves against https).
const SPECIAL_SCHEMES: ReadonlySet<string> = new Set(['', 'http', 'https', 'ws', 'wss', 'ftp']);

const linkTarget = memo(computeLinkTarget, 256);

/** The parts of a link target that matter here; null for an empty one. The result is shared: read only. */
export const parseLinkTarget = (raw: string): LinkTarget | null =>
  linkTarget(raw.length > 4096 ? raw.slice(0, 4096) : raw);

// `raw` is at most 4,096 characters: parseLinkTarget() cuts it before the cache.
function computeLinkTarget(raw: string): LinkTarget | null {
  const href = raw.replace(URL_NOISE, '').replace(EDGE_NOISE, '');
  if (!href) return null;
  let scheme = '';
  let rest = href;
  const m = SCHEME.exec(href);
  if (m) {
    scheme = m[1]!.toLowerCase();
    rest = href.slice(m[0].length);
  } else if (/^www\./i.test(href)) {
    rest = `//${href}`;
  }
  // Browsers treat backslashes in http(s) URLs as slashes, so "\\evil.example" (no scheme: resolved
  // against the webmail's https page) is scheme-relative like "//evil.example".
  const hier = rest.replace(/\\/g, '/');
  if (!hier.startsWith('//')) return { scheme, host: '', port: NaN, userinfo: '' };
  // Special schemes skip any further slashes: "https:///evil.example" goes to evil.example.
  let authority = SPECIAL_SCHEMES.has(scheme) ? hier.replace(/^\/+/, '') : hier.slice(2);
  const cut = authority.search(/[/?#]/);
  if (cut >= 0) authority = authority.slice(0, cut);
  let userinfo = '';
  const at = authority.lastIndexOf('@');
  if (at >= 0) {
    userinfo = authority.slice(0, at);
    authority = authority.slice(at + 1);
  }
  let host = authority;
  let port = NaN;
  if (host.startsWith('[')) {
    const close = host.indexOf(']');
    const after = close >= 0 ? host.slice(close + 1) : '';
    host = close >= 0 ? host.slice(1, close) : host.slice(1);
    if (after.startsWith(':') && /^\d{1,5}$/.test(after.slice(1))) port = Number(after.slice(1));
  } else {
    const colon = host.lastIndexOf(':');
    if (colon >= 0) {
      const p = host.slice(colon + 1);
      if (/^\d{1,5}$/.test(p)) port = Number(p);
      host = host.slice(0, colon);
    }
  }
  host = host.toLowerCase().replace(/\.+$/, '');
  return { scheme, host, port, userinfo };
}

const IPV4_PART = /^(?:0x[0-9a-f]{1,8}|\d{1,10})$/;

/**
 * True for literal IP hosts, including the forms browsers still accept and spammers use to dodge
 * domain blocklists: dotted octal/hex ("0x7f.1"), and a single integer ("3232235777").
 */
export const isIpHost = memo(computeIsIpHost);

function computeIsIpHost(host: string): boolean {
  if (!host) return false;
  if (host.includes(':')) return /^[0-9a-f:.]+$/.test(host);
  const parts = host.split('.');
  if (parts.length > 4) return false;
  return parts.every((p) => IPV4_PART.test(p));
}

export function isDefaultPort(scheme: string, port: number): boolean {
  if (Number.isNaN(port)) return true;
  return (
    (scheme === 'http' && port === 80) ||
    (scheme === 'https' && port === 443) ||
    (scheme === '' && (port === 80 || port === 443))
  );
}

function inDomainSet(host: string, set: ReadonlySet<string>): string | null {
  // Walk up the labels: "go.bit.ly" is still bit.ly.
  for (let h = host; h;) {
    if (set.has(h)) return h;
    const dot = h.indexOf('.');
    if (dot < 0) return null;
    h = h.slice(dot + 1);
  }
  return null;
}

export const shortenerOf = memo((host: string): string | null => inDomainSet(host, SHORTENERS));
export const isClickTracker = memo((host: string): boolean => inDomainSet(host, CLICK_TRACKERS) !== null);
