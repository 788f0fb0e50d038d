import type { Evidence, Finding } from '../../types';
import { defineRule, type NormalizedAttachment } from '../rule';
import { MB } from '../settings';

/**
 * Size on the wire of one attachment: base64 (RFC 2045 §6.8) turns 3 bytes into 4 characters and
 * breaks lines every 76 characters with CRLF; plus the part's MIME headers (about 300 bytes with a
 * long file name).
 */
export function encodedAttachmentSize(bytes: number, nameLength = 20): number {
  const base64 = 4 * Math.ceil(bytes / 3);
  return base64 + 2 * Math.ceil(base64 / 76) + 250 + 2 * nameLength;
}

/** Whole message: attachments plus the body (sent twice, as text and HTML) and headers. */
export function encodedMessageSize(
  attachments: readonly NormalizedAttachment[],
  text: string,
  html: string,
): number {
  let total = 2_000 + text.length * 1.1 + html.length * 1.1;
  for (const a of attachments)
    if (Number.isFinite(a.size)) total += encodedAttachmentSize(a.size, a.name.length);
  return Math.ceil(total);
}

const mb = (bytes: number): number => Math.round((bytes / MB) * 10) / 10;

/**
 * Webmails compare raw file sizes with their sending limit; receiving servers compare the encoded
 * message with theirs. A 20 MB file passes Gmail's 25 MB button and still bounces off a 25 MB
 * receiver, and a 10 MB company limit rejects a 7.5 MB file. Unknown sizes are left out.
 */
export default defineRule({
  meta: {
    id: 'attachment-size',
    description:
      'Attachments exceed the sending limit, or the encoded message exceeds common receiving limits.',
    why: "Attachments grow by about a third when encoded for sending; a message over the sending service's or the receiving server's size limit is refused and bounces.",
    example: { attachments: [{ name: 'video.mp4', size: 30_000_000, type: 'video/mp4' }] },
    category: 'attachments',
    defaultWeight: 3,
    messages: {
      fileOverSendingLimit:
        '{name} is {sizeMb} MB, more than the {limitMb} MB that Gmail and Outlook accept.',
      totalOverSendingLimit:
        'The attachments total {sizeMb} MB, more than the {limitMb} MB that Gmail and Outlook accept.',
      encodedOverReceivingLimit:
        'Encoded for sending, the message will be about {sizeMb} MB; many mail services refuse messages over {limitMb} MB.',
      encodedOverCorporateLimit:
        'Encoded for sending, the message will be about {sizeMb} MB; company mail servers with the usual {limitMb} MB limit will refuse it.',
    },
    fixes: {
      shareLink: 'Share large files through a cloud drive link instead of attaching them.',
      compressOrLink: 'Compress the files, or share them through a cloud drive link.',
    },
  },
  check(draft, ctx) {
    const known = draft.attachments
      .map((a, index) => ({ a, index }))
      .filter(({ a }) => Number.isFinite(a.size));
    if (known.length === 0) return [];
    const s = ctx.settings;
    const bySize = [...known].sort((x, y) => y.a.size - x.a.size);
    const evidenceOf = (items: typeof known): Evidence[] =>
      items
        .slice(0, 20)
        .map(({ a, index }) => ({ field: 'attachments', index, start: 0, end: a.name.length }));
    const out: Finding[] = [];
    const raw = known.reduce((n, { a }) => n + a.size, 0);
    if (s.sendingLimitBytes > 0) {
      const tooBig = bySize.filter(({ a }) => a.size > s.sendingLimitBytes);
      if (tooBig.length) {
        const { a } = tooBig[0]!;
        return [
          ctx.finding({
            messageId: 'fileOverSendingLimit',
            severity: 'danger',
            factor: 2,
            data: { name: a.name, sizeMb: mb(a.size), limitMb: mb(s.sendingLimitBytes) },
            evidence: evidenceOf(tooBig),
            fix: 'shareLink',
          }),
        ];
      }
      if (raw > s.sendingLimitBytes) {
        return [
          ctx.finding({
            messageId: 'totalOverSendingLimit',
            severity: 'danger',
            factor: 2,
            data: { sizeMb: mb(raw), limitMb: mb(s.sendingLimitBytes) },
            evidence: evidenceOf(bySize),
            fix: 'shareLink',
          }),
        ];
      }
    }
    const encoded = encodedMessageSize(draft.attachments, draft.text, draft.html);
    if (s.receivingLimitBytes > 0 && encoded > s.receivingLimitBytes) {
      out.push(
        ctx.finding({
          messageId: 'encodedOverReceivingLimit',
          severity: 'warning',
          factor: 1,
          data: { sizeMb: mb(encoded), limitMb: mb(s.receivingLimitBytes) },
          evidence: evidenceOf(bySize),
          fix: 'compressOrLink',
        }),
      );
    } else if (s.corporateLimitBytes > 0 && encoded > s.corporateLimitBytes) {
      out.push(
        ctx.finding({
          messageId: 'encodedOverCorporateLimit',
          severity: 'notice',
          factor: 0.3,
          data: { sizeMb: mb(encoded), limitMb: mb(s.corporateLimitBytes) },
          evidence: evidenceOf(bySize),
          fix: 'compressOrLink',
        }),
      );
    }
    return out;
  },
});
