import type { Finding } from '../../types';
import { defineRule } from '../rule';
import { DOCUMENT_TYPES, GMAIL_BLOCKED, OUTLOOK_BLOCKED, RISKY_TYPES } from '../data/attachment-types';

const WEB_PAGE_TYPES = new Set(['html', 'htm', 'shtml', 'xhtml', 'xht', 'svg', 'mht', 'mhtml']);

// Right-to-left overrides and invisible characters turn "invoice‮fdp.exe" into what reads as "invoiceexe.pdf".
const DISGUISE = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\u200b-\u200d\u2060\ufeff]/;
/** The same characters, all of them: the name is shown without any (a second override would still
 * reverse what the panel shows). */
const DISGUISE_ALL = new RegExp(DISGUISE.source, 'g');

function extensions(name: string): string[] {
  // Trailing dots and spaces are dropped by Windows, so "setup.exe. " is still an .exe.
  const clean = name.toLowerCase().replace(/[\s.]+$/, '');
  const base = clean.slice(clean.lastIndexOf('/') + 1);
  return base
    .split('.')
    .slice(1)
    .map((e) => e.trim());
}

/**
 * Attachment types the webmails refuse (executables, scripts, disk images; Gmail also inside
 * archives), names that disguise an executable as a document, and types that receiving filters
 * often quarantine (macro documents, HTML pages).
 */
export default defineRule({
  meta: {
    id: 'attachment-blocked-type',
    description:
      'An attachment is of a type Gmail or Outlook blocks, disguises its type, or is often quarantined.',
    why: 'Gmail and Outlook refuse executable and script attachments outright, and receiving filters quarantine other risky types, so the message bounces or never reaches the inbox.',
    example: { attachments: [{ name: 'setup.exe', size: 1000, type: '' }] },
    category: 'attachments',
    defaultWeight: 8,
    messages: {
      blockedType: 'Gmail and Outlook refuse .{ext} attachments, so {name} cannot be sent.',
      blockedByOutlook:
        'Outlook blocks .{ext} attachments; recipients using Outlook will not be able to open {name}.',
      doubleExtension: '{name} hides an executable type (.{ext}) behind a name that looks like a document.',
      disguisedName:
        'The name {name} contains invisible or right-to-left characters that disguise its real type.',
      riskyType: 'Recipients’ mail filters often quarantine files of type .{ext} ({name}).',
    },
    fixes: {
      shareLink: 'Share the file through a cloud drive link instead of attaching it.',
      removeAttachment: 'Remove the attachment unless you are sure where it came from.',
      sendAsPdf: 'Send the content as a PDF or an ordinary document instead.',
    },
  },
  check(draft, ctx) {
    const out: Finding[] = [];
    draft.attachments.forEach((a, index) => {
      const evidence = [{ field: 'attachments' as const, index, start: 0, end: a.name.length }];
      const name = a.name.replace(DISGUISE_ALL, '');
      if (DISGUISE.test(a.name)) {
        out.push(
          ctx.finding({
            messageId: 'disguisedName',
            severity: 'danger',
            data: { name },
            evidence,
            fix: 'removeAttachment',
          }),
        );
        return;
      }
      const exts = extensions(a.name);
      const ext = exts[exts.length - 1];
      if (!ext) return;
      const blocked = GMAIL_BLOCKED.has(ext);
      const outlookOnly = !blocked && OUTLOOK_BLOCKED.has(ext);
      const shown = exts.length >= 2 ? exts[exts.length - 2]! : '';
      if ((blocked || outlookOnly) && DOCUMENT_TYPES.has(shown)) {
        out.push(
          ctx.finding({
            messageId: 'doubleExtension',
            severity: 'danger',
            factor: 1.2,
            data: { name, ext },
            evidence,
            fix: 'removeAttachment',
          }),
        );
      } else if (blocked) {
        out.push(
          ctx.finding({
            messageId: 'blockedType',
            severity: 'danger',
            data: { name, ext },
            evidence,
            fix: 'shareLink',
          }),
        );
      } else if (outlookOnly) {
        out.push(
          ctx.finding({
            messageId: 'blockedByOutlook',
            severity: 'warning',
            factor: 0.5,
            data: { name, ext },
            evidence,
            fix: 'shareLink',
          }),
        );
      } else if (RISKY_TYPES.has(ext)) {
        // An HTML or SVG page as an attachment is almost always a credential-phishing form.
        const factor = WEB_PAGE_TYPES.has(ext) ? 0.4 : 0.25;
        out.push(
          ctx.finding({
            messageId: 'riskyType',
            severity: 'notice',
            factor,
            data: { name, ext },
            evidence,
            fix: 'sendAsPdf',
          }),
        );
      }
    });
    return out;
  },
});
