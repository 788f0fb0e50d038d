import type { Evidence, Finding } from '../../types';
import { defineRule } from '../rule';
import { registrableDomain, sharedHostOf } from '../domains';
import { isClickTracker, isDefaultPort, isIpHost, parseLinkTarget, shortenerOf } from '../url';
import { ABUSED_TLDS, BRAND_DOMAINS, BRAND_TOKENS, SECURITY_WORDS } from '../data/links';
import { memo } from '../memo';

const LOGIN_SUFFIXES = [...SECURITY_WORDS, 'id', 'online'];

/** "paypal", "paypalsecure", "secureapple" and "appleid" dress up as the brand; "purchase" is not "chase". */
function brandToken(token: string): boolean {
  for (const brand of BRAND_TOKENS) {
    // Stryker disable next-line ConditionalExpression: a shortcut; every test below implies includes()
    if (!token.includes(brand)) continue;
    if (token === brand) return true;
    if (token.startsWith(brand) && LOGIN_SUFFIXES.includes(token.slice(brand.length))) return true;
    if (token.endsWith(brand) && SECURITY_WORDS.includes(token.slice(0, token.length - brand.length)))
      return true;
  }
  return false;
}

/** A host dressed up as a brand or a login page: "paypal-support.com", "secure-verify-account.com". */
const deceptiveHost = memo((host: string): boolean => {
  const domain = registrableDomain(host);
  if (BRAND_DOMAINS.has(domain) || isClickTracker(host)) return false;
  const dot = domain.indexOf('.');
  const label = dot < 0 ? domain : domain.slice(0, dot);
  // The brand's own domain (paypal.com, apple.de) and its subdomains are not dressed up; a name on a
  // shared host ("paypal.github.io") belongs to whoever signed up first.
  if (BRAND_TOKENS.includes(label) && !sharedHostOf(host)) return false;
  if (host.split(/[.-]/).some(brandToken)) return true;
  let words = 0;
  for (const w of SECURITY_WORDS) if (label.includes(w)) words++;
  return words >= 2;
});

type Message =
  'scriptLink' | 'ipAddress' | 'oddPort' | 'shortener' | 'hiddenUserinfo' | 'abusedTld' | 'deceptiveHost';

const FACTOR: Record<Message, number> = {
  scriptLink: 1.6,
  ipAddress: 1.2,
  oddPort: 0.5,
  shortener: 0.5,
  hiddenUserinfo: 1.4,
  abusedTld: 0.4,
  deceptiveHost: 0.6,
};
const SEVERITY: Record<Message, 'info' | 'notice' | 'warning'> = {
  scriptLink: 'warning',
  ipAddress: 'warning',
  hiddenUserinfo: 'warning',
  oddPort: 'notice',
  shortener: 'notice',
  abusedTld: 'info',
  deceptiveHost: 'notice',
};

/**
 * Link targets that filters and careful readers distrust: script and data URLs, bare IP addresses,
 * unusual ports, URL shorteners (which hide the destination) and "user@host" tricks where the part a
 * reader notices is not the host at all. Checks HTML links, or URLs written in plain text.
 */
export default defineRule({
  meta: {
    id: 'link-suspicious-target',
    description:
      'A link uses a script or data URL, a bare IP address, an unusual port, a URL shortener, a misleading user@host form, a domain ending mostly used for spam, or a host dressed up as a brand or login page.',
    why: 'Script and data URLs, bare IP addresses, shorteners and look-alike hosts hide where a link leads; filters and browsers treat them as phishing signs.',
    example: { html: '<a href="http://192.0.2.10/login">Sign in</a>' },
    category: 'links',
    defaultWeight: 2.5,
    messages: {
      scriptLink:
        'A link uses the {scheme}: scheme, which runs code or embeds content instead of opening a page.',
      ipAddress: 'A link points to a bare IP address ({host}) instead of a domain name.',
      oddPort: 'A link points to an unusual port ({host}:{port}).',
      shortener: 'A link goes through the URL shortener {host}, which hides where it leads.',
      hiddenUserinfo: 'A link hides its real destination: it goes to {host}, not to the part before “@”.',
      abusedTld:
        'A link goes to a domain ending in .{tld}, an ending used mostly by spam and phishing sites.',
      deceptiveHost: 'A link goes to {host}, a name made to look like a known brand or a login page.',
    },
    fixes: {
      useDirectLink: 'Link directly to the final https address on a domain name.',
      removeLink: 'Remove the link.',
    },
  },
  check(draft, ctx) {
    const targets: { href: string; evidence: Evidence }[] = [];
    if (draft.html) {
      for (const l of ctx.facts.html.links)
        targets.push({ href: l.href, evidence: { field: 'html', start: l.hrefStart, end: l.hrefEnd } });
    } else {
      // Text URLs may come without a scheme ("bit.ly/x", "www.x.com"): read them as host first. A name
      // with dots before ":" is a host and its port ("www.x.com:8080/"), not a scheme.
      for (const u of ctx.facts.textUrls) {
        const href = /^[a-z][a-z0-9+-]*:/i.test(u.url) ? u.url : `//${u.url}`;
        targets.push({ href, evidence: ctx.facts.textEvidence(u.start, u.end) });
      }
    }
    const found = new Map<Message, { evidence: Evidence[]; data: Record<string, string | number> }>();
    const add = (m: Message, evidence: Evidence, data: Record<string, string | number>): void => {
      const f = found.get(m);
      if (f) {
        if (f.evidence.length < 20) f.evidence.push(evidence);
      } else {
        found.set(m, { evidence: [evidence], data });
      }
    };
    for (const { href, evidence } of targets) {
      const t = parseLinkTarget(href);
      if (!t) continue;
      if (t.scheme === 'javascript' || t.scheme === 'vbscript' || t.scheme === 'data') {
        add('scriptLink', evidence, { scheme: t.scheme });
        continue;
      }
      if (t.scheme !== 'http' && t.scheme !== 'https' && t.scheme !== '') continue;
      if (!t.host) continue;
      if (t.userinfo && /[.]/.test(t.userinfo)) add('hiddenUserinfo', evidence, { host: t.host });
      if (isIpHost(t.host)) add('ipAddress', evidence, { host: t.host });
      if (!isDefaultPort(t.scheme, t.port)) add('oddPort', evidence, { host: t.host, port: t.port });
      const short = shortenerOf(t.host);
      if (short) add('shortener', evidence, { host: short });
      const tld = t.host.slice(t.host.lastIndexOf('.') + 1);
      if (ABUSED_TLDS.has(tld)) add('abusedTld', evidence, { tld });
      if (!isIpHost(t.host) && deceptiveHost(t.host)) add('deceptiveHost', evidence, { host: t.host });
    }
    const out: Finding[] = [];
    for (const [messageId, { evidence, data }] of found) {
      out.push(
        ctx.finding({
          messageId,
          severity: SEVERITY[messageId],
          factor: FACTOR[messageId] * Math.min(1.5, 1 + 0.1 * (evidence.length - 1)),
          data,
          evidence,
          fix: messageId === 'scriptLink' ? 'removeLink' : 'useDirectLink',
        }),
      );
    }
    return out;
  },
});
