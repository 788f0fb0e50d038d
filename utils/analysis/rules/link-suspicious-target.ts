import type { Evidence, Finding } from '../../types';
import { defineRule } from '../rule';
import { isDefaultPort, isIpHost, parseLinkTarget, shortenerOf } from '../url';
import { ABUSED_TLDS } from '../data/links';

type Message = 'scriptLink' | 'ipAddress' | 'oddPort' | 'shortener' | 'hiddenUserinfo' | 'abusedTld';

const FACTOR: Record<Message, number> = { scriptLink: 1.6, ipAddress: 1.2, oddPort: 0.5, shortener: 0.5, hiddenUserinfo: 1.4, abusedTld: 0.4 };
const SEVERITY: Record<Message, 'info' | 'notice' | 'warning'> = {
  scriptLink: 'warning', ipAddress: 'warning', hiddenUserinfo: 'warning', oddPort: 'notice', shortener: 'notice', abusedTld: 'info',
};

/**
 * Link targets that filters and careful readers distrust: script and data URLs, bare IP addresses,
 * unusual ports, URL shorteners (which hide the destination) and "user@host" tricks where the part a
 * reader notices is not the host at all. Checks HTML links, or URLs written in plain text.
 */
export default defineRule({
  meta: {
    id: 'link-suspicious-target',
    description: 'A link uses a script or data URL, a bare IP address, an unusual port, a URL shortener, a misleading user@host form or a domain ending mostly used for spam.',
    category: 'links',
    defaultWeight: 2.5,
    messages: {
      scriptLink: 'A link uses the {scheme}: scheme, which runs code or embeds content instead of opening a page.',
      ipAddress: 'A link points to a bare IP address ({host}) instead of a domain name.',
      oddPort: 'A link points to an unusual port ({host}:{port}).',
      shortener: 'A link goes through the URL shortener {host}, which hides where it leads.',
      hiddenUserinfo: 'A link hides its real destination: it goes to {host}, not to the part before “@”.',
      abusedTld: 'A link goes to a domain ending in .{tld}, an ending used mostly by spam and phishing sites.',
    },
    fixes: {
      useDirectLink: 'Link directly to the final https address on a domain name.',
      removeLink: 'Remove the link.',
    },
  },
  check(draft, ctx) {
    const targets: { href: string; evidence: Evidence }[] = [];
    if (draft.html) {
      for (const l of ctx.facts.html.links) targets.push({ href: l.href, evidence: { field: 'html', start: l.hrefStart, end: l.hrefEnd } });
    } else {
      // Text URLs may come without a scheme ("bit.ly/x", "www.x.com"): read them as host first.
      for (const u of ctx.facts.textUrls) {
        const href = /^[a-z][a-z0-9+.-]*:/i.test(u.url) ? u.url : `//${u.url}`;
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
    }
    const out: Finding[] = [];
    for (const [messageId, { evidence, data }] of found) {
      out.push(ctx.finding({
        messageId, severity: SEVERITY[messageId], factor: FACTOR[messageId] * Math.min(1.5, 1 + 0.1 * (evidence.length - 1)),
        data, evidence, fix: messageId === 'scriptLink' ? 'removeLink' : 'useDirectLink',
      }));
    }
    return out;
  },
});
