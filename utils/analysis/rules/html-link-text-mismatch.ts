import type { Evidence } from '../../types';
import { defineRule } from '../rule';
import { hasKnownSuffix, registrableDomain, sameSite } from '../domains';
import { isClickTracker, isIpHost, parseLinkTarget } from '../url';
import { memo } from '../memo';

// Link text that is itself an address: "https://bank.example/login", "www.bank.example", "bank.example".
const URLISH =
  /^(?:(?:https?|ftp):\/\/)?(?:[^\s/@]{1,64}@)?((?:[a-z0-9\u00a1-\uffff](?:[a-z0-9\u00a1-\uffff-]{0,61}[a-z0-9\u00a1-\uffff])?\.){1,10}[a-z\u00a1-\uffff]{2,24})\.?(?::\d{1,5})?(?:[/?#][^\s]*)?$/;

/** The host a link text shows ("https://www.bank.example/login" → "bank.example"), or ''. */
const shownHostOf = memo((text: string): string => {
  const m = URLISH.exec(text);
  const host = m ? m[1]!.replace(/^www\./, '') : '';
  return host && hasKnownSuffix(host) ? host : '';
});

/**
 * A link whose text shows one address and whose target is another site: the core trick of phishing
 * ("https://yourbank.com" leading to a look-alike). Redirects of mailing tools and security gateways
 * (which rewrite every link) are not counted.
 */
export default defineRule({
  meta: {
    id: 'html-link-text-mismatch',
    description: 'A link shows one web address as its text but leads to a different site.',
    why: 'A link that shows one address and leads to another is the signature of phishing; mail clients and filters warn about it.',
    example: {
      html: '<p>Log in: <a href="http://secure-login.paypa1-support.com/verify">https://www.paypal.com/signin</a></p>',
    },
    category: 'links',
    defaultWeight: 3,
    messages: { mismatch: 'A link shows {shown} but leads to {actual}.' },
    fixes: { showRealTarget: 'Make the link text match where it leads, or use words instead of an address.' },
  },
  check(draft, ctx) {
    // Stryker disable next-line ConditionalExpression: a shortcut; a draft without HTML has an empty scan
    if (!draft.html) return [];
    const evidence: Evidence[] = [];
    let first: { shown: string; actual: string } | null = null;
    for (const link of ctx.facts.html.links) {
      const text = link.text.toLowerCase();
      if (text.length < 4 || text.length > 300) continue;
      const shownHost = shownHostOf(text);
      if (!shownHost) continue;
      const target = parseLinkTarget(link.href);
      if (
        !target ||
        !target.host ||
        (target.scheme !== 'http' && target.scheme !== 'https' && target.scheme !== '')
      )
        continue;
      if (isClickTracker(target.host)) continue;
      const ip = isIpHost(target.host);
      if (!ip && sameSite(shownHost, target.host)) continue;
      const shown = registrableDomain(shownHost);
      const actual = ip ? target.host : registrableDomain(target.host);
      evidence.push({ field: 'html', start: link.start, end: link.end });
      first ??= { shown, actual };
      if (evidence.length >= 20) break;
    }
    if (!first) return [];
    return [
      ctx.finding({
        messageId: 'mismatch',
        severity: 'warning',
        factor: Math.min(1.6, 1 + 0.2 * (evidence.length - 1)),
        data: first,
        evidence,
        fix: 'showRealTarget',
      }),
    ];
  },
});
