import type { Finding } from '../../types';
import { defineRule } from '../rule';
import { editDistance, isProviderDomain, suggestProvider } from '../address';

type RecipientField = 'to' | 'cc' | 'bcc';

interface Seen {
  field: RecipientField;
  index: number;
  start: number;
  end: number;
  address: string;
  domain: string;
}

/**
 * A recipient domain one slip away from a popular mailbox provider ("gmial.com", "seznam.cx") bounces
 * or, worse, reaches whoever registered the misspelling. Also a domain one letter off the sender's or
 * another recipient's company domain ("acme-corp.com" next to "acmecorp.com").
 */
export default defineRule({
  meta: {
    id: 'recipient-domain-typo',
    description:
      'A recipient domain looks like a typo of a popular provider or of another domain in the message.',
    why: 'A typo in the domain sends the message to the wrong server, or to a typo-squatter who collects misdirected mail.',
    example: { to: ['Bob <bob@gmial.com>'] },
    category: 'recipients',
    defaultWeight: 2,
    messages: {
      providerTypo: '{address}: “{domain}” looks like a typo of {suggestion}.',
      resemblesOther: '“{domain}” differs by one character from {other}, which is also used in this message.',
    },
    fixes: {
      useSuggestion: 'Did you mean {suggestion}?',
      checkDomain: 'Check which of the two domains is right.',
    },
  },
  check(_draft, ctx) {
    const out: Finding[] = [];
    const seen: Seen[] = [];
    // Stryker disable next-line StringLiteral: any other start value has no dot, so its suffix matches no recipient domain's.
    let fromDomain = '';
    for (const r of ctx.facts.recipients) {
      if (r.field === 'from') {
        fromDomain = r.check.domain;
        continue;
      }
      // Broken addresses and unknown TLDs are recipient-address's findings.
      if (r.check.problem || !r.check.domain || seen.length >= 200) continue;
      seen.push({
        field: r.field,
        index: r.index,
        start: r.start,
        end: r.end,
        address: r.address,
        domain: r.check.domain,
      });
    }
    for (const r of seen) {
      const suggestion = suggestProvider(r.domain);
      if (!suggestion || out.length >= 20) continue;
      const local = r.address.slice(0, r.address.lastIndexOf('@') + 1);
      out.push(
        ctx.finding({
          messageId: 'providerTypo',
          severity: 'warning',
          data: { address: r.address, domain: r.domain, suggestion },
          evidence: [{ field: r.field, index: r.index, start: r.start, end: r.end }],
          fix: 'useSuggestion',
          fixData: { suggestion: local + suggestion },
        }),
      );
    }

    // Company look-alikes: compare each domain with the sender's and the other recipients' domains.
    const counts = new Map<string, number>();
    for (const r of seen) counts.set(r.domain, (counts.get(r.domain) ?? 0) + 1);
    // The sender's count is never read (the sender is never the slip, see below); only its presence matters.
    if (fromDomain) counts.set(fromDomain, 0);
    const domains = [...counts.keys()]
      .filter((d) => !isProviderDomain(d) && !suggestProvider(d))
      .slice(0, 60);
    const flagged = new Set<string>();
    // Stryker disable next-line EqualityOperator: at i = length the inner loop does not run
    for (let i = 0; i < domains.length; i++) {
      for (let j = i + 1; j < domains.length; j++) {
        const a = domains[i]!;
        const b = domains[j]!;
        const ta = a.slice(a.indexOf('.'));
        const tb = b.slice(b.indexOf('.'));
        if (ta !== tb) continue;
        const na = a.slice(0, a.indexOf('.'));
        const nb = b.slice(0, b.indexOf('.'));
        if (Math.min(na.length, nb.length) < 5 || na[0] !== nb[0] || editDistance(na, nb, 1) !== 1) continue;
        // The rarer one is the likely slip; the sender's own domain never is.
        const ca = counts.get(a) ?? 0;
        const cb = counts.get(b) ?? 0;
        const [slip, other] = a === fromDomain ? [b, a] : b === fromDomain || ca < cb ? [a, b] : [b, a];
        if (flagged.has(slip)) continue;
        flagged.add(slip);
        const evidence = seen
          .filter((r) => r.domain === slip)
          .slice(0, 10)
          .map((r) => ({ field: r.field, index: r.index, start: r.start, end: r.end }));
        out.push(
          ctx.finding({
            messageId: 'resemblesOther',
            severity: 'notice',
            factor: 0.6,
            data: { domain: slip, other },
            evidence,
            fix: 'checkDomain',
          }),
        );
      }
    }
    return out;
  },
});
