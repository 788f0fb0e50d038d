import type { Evidence, Finding } from '../../types';
import { defineRule } from '../rule';
import { suggestProvider, suggestTld } from '../address';

/**
 * Addresses that cannot be delivered: no "@", broken syntax, or a top-level domain that does not
 * exist (".con"). Each one bounces or stops the send, so each is a blocker. The sender address is
 * checked too, when the adapter could read it.
 */
export default defineRule({
  meta: {
    id: 'recipient-address',
    description:
      'A recipient (or the sender) address is malformed or ends in a top-level domain that does not exist.',
    why: 'A malformed address or a top-level domain that does not exist cannot be delivered: the message bounces.',
    example: { to: ['jana.example.com'] },
    category: 'recipients',
    defaultWeight: 5,
    messages: {
      missingAt: '“{address}” is not an email address: it has no “@”.',
      malformed: '“{address}” is not a valid email address.',
      unknownTld: '{address} ends in “.{tld}”, which is not an existing top-level domain.',
      senderMalformed: 'Your sender address “{address}” is not valid.',
    },
    fixes: {
      correctAddress: 'Check the address for typos, missing parts or extra characters.',
      useSuggestion: 'Did you mean {suggestion}?',
    },
  },
  check(_draft, ctx) {
    const out: Finding[] = [];
    for (const r of ctx.facts.recipients) {
      const { problem, domain, tld } = r.check;
      if (!problem || out.length >= 50) continue;
      const evidence: Evidence[] = [
        r.field === 'from'
          ? { field: 'from', start: r.start, end: r.end }
          : { field: r.field, index: r.index, start: r.start, end: r.end },
      ];
      if (r.field === 'from') {
        out.push(
          ctx.finding({
            messageId: 'senderMalformed',
            severity: 'danger',
            data: { address: r.address },
            evidence,
            fix: 'correctAddress',
          }),
        );
        continue;
      }
      let suggestion: string | null = null;
      if (problem === 'unknownTld') {
        const local = r.address.slice(0, r.address.lastIndexOf('@') + 1);
        const better = suggestProvider(domain) ?? suggestTld(domain);
        suggestion = better ? local + better : null;
      }
      out.push(
        ctx.finding({
          messageId: problem,
          severity: 'danger',
          data: problem === 'unknownTld' ? { address: r.address, tld } : { address: r.address },
          evidence,
          ...(suggestion ? { fix: 'useSuggestion', fixData: { suggestion } } : { fix: 'correctAddress' }),
        }),
      );
    }
    return out;
  },
});
