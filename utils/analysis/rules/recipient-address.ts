import type { Evidence, Finding } from '../../types';
import { defineRule } from '../rule';
import { checkAddress, splitAddresses, suggestProvider, suggestTld } from '../address';

const FIELDS = ['to', 'cc', 'bcc'] as const;

/**
 * Addresses that cannot be delivered: no "@", broken syntax, or a top-level domain that does not
 * exist (".con"). Each one bounces or stops the send, so each is a blocker. The sender address is
 * checked too, when the adapter could read it.
 */
export default defineRule({
  meta: {
    id: 'recipient-address',
    description: 'A recipient (or the sender) address is malformed or ends in a top-level domain that does not exist.',
    category: 'recipients',
    defaultWeight: 5,
    messages: {
      missingAt: '“{address}” is not an email address: it has no “@”.',
      malformed: '“{address}” is not a valid email address.',
      unknownTld: '{address} ends in “.{tld}”, which is not an existing domain ending.',
      senderMalformed: 'Your sender address “{address}” is not valid.',
    },
    fixes: {
      correctAddress: 'Check the address for typos, missing parts or extra characters.',
      useSuggestion: 'Did you mean {suggestion}?',
    },
  },
  check(draft, ctx) {
    const out: Finding[] = [];
    for (const field of FIELDS) {
      draft[field].forEach((item, index) => {
        for (const span of splitAddresses(item)) {
          const { problem, domain, tld } = checkAddress(span.address);
          if (!problem) continue;
          const evidence: Evidence[] = [{ field, index, start: span.start, end: span.end }];
          let suggestion: string | null = null;
          if (problem === 'unknownTld') {
            const local = span.address.slice(0, span.address.lastIndexOf('@') + 1);
            const better = suggestProvider(domain) ?? suggestTld(domain);
            suggestion = better ? local + better : null;
          }
          out.push(ctx.finding({
            messageId: problem, severity: 'danger',
            data: problem === 'unknownTld' ? { address: span.address, tld } : { address: span.address },
            evidence,
            ...(suggestion ? { fix: 'useSuggestion', fixData: { suggestion } } : { fix: 'correctAddress' }),
          }));
          if (out.length >= 50) return;
        }
      });
    }
    if (draft.from.trim()) {
      const spans = splitAddresses(draft.from);
      const span = spans[0];
      if (span && checkAddress(span.address).problem) {
        out.push(ctx.finding({
          messageId: 'senderMalformed', severity: 'danger', data: { address: span.address },
          evidence: [{ field: 'from', start: span.start, end: span.end }], fix: 'correctAddress',
        }));
      }
    }
    return out;
  },
});
