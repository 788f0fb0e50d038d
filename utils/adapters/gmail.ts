/**
 * Gmail (mail.google.com). Gmail's class names are obfuscated and change; `name=` attributes, ARIA
 * roles and `g_editable` have lasted for years, so they come first in every list. Nothing here matches
 * translated text (aria-label, data-tooltip): the same build works in Czech and English Gmail.
 * Facts and history: docs in /shared/reference/webmail.md; fixtures in tests/fixtures/gmail/.
 */
import type { Draft } from '../types';
import {
  type ComposeAdapter,
  type ExactAttachment,
  type PanelAnchor,
  LayoutError,
  isShown,
  queryAll,
  queryFirst,
} from './index';
import { mergeAttachments, parseSizeLabel } from './attachments';
import { readBodyText, rangeForText } from './body-text';

export const GMAIL_SELECTORS = {
  /** The body editor. */
  body: [
    // Every compose since 2013: Gmail's own editor marker plus the textbox role.
    'div[contenteditable="true"][g_editable="true"][role="textbox"]',
    // Same editor when Gmail drops the role (seen in plain-text mode).
    'div[contenteditable="true"][g_editable="true"]',
    // Class-based, older builds: `Am Al editable`.
    'div.Am.Al.editable[contenteditable="true"]',
  ],
  /** Compose roots, nearest ancestor of the editor first. */
  root: [
    // Inline reply/forward inside a conversation.
    'div.M9',
    // Pop-up (mole) and full-screen compose are dialogs.
    'div[role="dialog"]',
    // Full-screen wrapper (older builds without the dialog role).
    '.aSs .aSt',
    // Mole container (older builds).
    'div.AD',
  ],
  /** The Send button, scoped to a compose root. */
  send: [
    // Current toolbar: the primary button with Gmail's send classes.
    'table.IZ[role="group"] td.gU.Up div[role="button"].aoO',
    // Same button when the toolbar table loses its classes.
    'div[role="button"].T-I.aoO',
    // First button of the send cell, not the "more send options" arrow (.hG).
    'td.gU.Up div[role="button"]:not(.hG)',
    // Last resort: every locale's tooltip keeps the shortcut ("Send (Ctrl-Enter)", "Odeslat (Ctrl+Enter)").
    'div[role="button"][data-tooltip*="Enter"]:not(.hG)',
  ],
  /** The toolbar holding Send: the panel goes just above it. */
  toolbar: ['table.IZ[role="group"]', 'table.IZ'],
  /** Sender: hidden input holding the chosen identity (empty with a single identity). */
  from: ['input[name="from"]'],
  /** Subject. */
  subject: [
    // Visible subject of pop-up and full-screen composes.
    'input[name="subjectbox"]',
  ],
  // Inline replies keep the conversation's subject in a hidden input.
  hiddenSubject: ['input[name="subject"]'],
  /** Recipient chips (PeopleKit, since 2022) inside `div[name=to|cc|bcc]`; the address is data-hovercard-id. */
  chip: ['[role="option"][data-hovercard-id]', '[data-hovercard-id]', 'span[email]'],
  /** Attachment chips: name and rounded size. */
  attachmentChip: ['div.dL'],
  attachmentName: ['div.vI'],
  attachmentSize: ['div.vJ'],
  /** Subtrees of the editor that are not the user's new text. */
  bodySkip: [
    // Quoted history (reply/forward) and the expanded "…" trimmed content.
    '.gmail_quote',
    'blockquote.gmail_quote',
    // Signature, with and without its smartmail wrapper.
    '.gmail_signature',
    '[data-smartmail="gmail_signature"]',
    // The "-- " line Gmail puts before plain-text signatures.
    '.gmail_signature_prefix',
    // The collapsed "Show trimmed content" toggle.
    'div.ajR',
  ],
  /** Signs that a compose answers or forwards a conversation. */
  replyMarks: [
    // Quoted history inside the editor.
    '.gmail_quote',
    // "Show trimmed content" toggle: quoted history hidden until expanded.
    'div.ajR',
    // Hidden subject input: Gmail takes the subject from the conversation.
    'input[name="subject"]',
  ],
  /** Gmail's own confirmations ("Send this message without a subject?"). */
  ownDialog: ['[role="alertdialog"]'],
} as const;

const S = GMAIL_SELECTORS;
const BODY_SKIP = S.bodySkip.join(',');
const EMAIL_RE = /[^\s<>()"',;:]+@[^\s<>()"',;:]+\.[^\s<>()"',;:]+/;

/** Addresses from an older-style field value: "Eva <eva@x.org>, petr@y.cz". */
function addressesFromValue(value: string): string[] {
  return value
    .split(/[,;](?=(?:[^"]*"[^"]*")*[^"]*$)/)
    .map((part) => {
      const angle = /<([^>]*)>/.exec(part);
      return (angle ? angle[1]! : part).trim();
    })
    .filter(Boolean);
}

function uniq(list: string[]): string[] {
  const seen = new Set<string>();
  return list.filter((a) => {
    const k = a.toLowerCase();
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function readRecipients(root: HTMLElement, field: 'to' | 'cc' | 'bcc'): string[] {
  const out: string[] = [];
  for (const box of root.querySelectorAll(`div[name="${field}"]`)) {
    for (const chip of queryAll(box, S.chip)) {
      const addr = chip.getAttribute('data-hovercard-id') ?? chip.getAttribute('email');
      if (addr) out.push(addr.trim());
    }
    // Text typed but not yet turned into a chip sits in the field's own input.
    for (const input of box.querySelectorAll<HTMLInputElement>('input:not([type="hidden"]), textarea')) {
      out.push(...addressesFromValue(input.value));
    }
  }
  // Older UI: the addresses as text in a hidden input / textarea named after the field.
  for (const el of root.querySelectorAll<HTMLInputElement>(
    `input[name="${field}"], textarea[name="${field}"]`,
  )) {
    out.push(...addressesFromValue(el.value));
  }
  return uniq(out);
}

function readFrom(root: HTMLElement): string {
  const value = queryFirst<HTMLInputElement>(root, S.from)?.value.trim() ?? '';
  if (value) return EMAIL_RE.exec(value)?.[0] ?? value;
  // One identity: Gmail leaves the input empty; the account is the sender.
  return accountFromTitle(root.ownerDocument);
}

/** The signed-in account: Gmail's title is "Inbox (3) - jan@example.com - Gmail" in every language. */
function accountFromTitle(doc: Document): string {
  return EMAIL_RE.exec(doc.title)?.[0] ?? '';
}

function findRoot(editor: Element): HTMLElement | null {
  const selectors = S.root.join(',');
  const root = editor.parentElement?.closest<HTMLElement>(selectors) ?? null;
  // A root must hold a Send button; otherwise this is not a layout we know.
  return root && queryFirst(root, S.send) ? root : null;
}

export const gmailAdapter: ComposeAdapter = {
  id: 'gmail',
  siteName: 'Gmail',

  findComposeRoots(doc) {
    const roots: HTMLElement[] = [];
    let unrecognized = 0;
    for (const editor of queryAll(doc, S.body)) {
      const root = findRoot(editor);
      if (!root) unrecognized++;
      else if (!roots.includes(root)) roots.push(root);
    }
    // Roots never nest: keep the innermost (a full-screen dialog holding an inline compose is one compose).
    return { roots: roots.filter((r) => !roots.some((o) => o !== r && r.contains(o))), unrecognized };
  },

  readDraft(root, exact = []) {
    const editor = this.findBodyEditor(root);
    if (!editor) throw new LayoutError('body');
    const body = readBodyText(editor, BODY_SKIP);
    const clone = editor.cloneNode(true) as HTMLElement;
    for (const el of clone.querySelectorAll(BODY_SKIP)) el.remove();
    const subject =
      this.findSubjectInput(root)?.value ?? queryFirst<HTMLInputElement>(root, S.hiddenSubject)?.value ?? '';
    const chips = queryAll(root, S.attachmentChip).map((chip) => ({
      name: queryFirst(chip, S.attachmentName)?.textContent?.trim() ?? '',
      size: parseSizeLabel(queryFirst(chip, S.attachmentSize)?.textContent ?? ''),
    }));
    const inline = root.matches('div.M9') && !root.closest('[role="dialog"]');
    const draft: Draft = {
      from: readFrom(root),
      to: readRecipients(root, 'to'),
      cc: readRecipients(root, 'cc'),
      bcc: readRecipients(root, 'bcc'),
      subject: subject.trim(),
      text: body.text,
      html: clone.innerHTML,
      attachments: mergeAttachments(chips, exact as ExactAttachment[]),
      isReply: inline || !!queryFirst(root, S.replyMarks),
    };
    return draft;
  },

  findSendControl: (root) => queryFirst(root, S.send),
  findBodyEditor: (root) => queryFirst(root, S.body),
  findSubjectInput: (root) => queryFirst<HTMLInputElement>(root, S.subject),

  findPanelAnchor(root): PanelAnchor | null {
    const toolbar = queryFirst(root, S.toolbar);
    if (toolbar) return { element: toolbar, where: 'before' };
    // Unknown toolbar: just above the row holding Send, still in the flow.
    const send = this.findSendControl(root);
    const group = send?.closest('[role="group"]') ?? send?.parentElement;
    return group && root.contains(group) ? { element: group, where: 'before' } : null;
  },

  textRanges(root, start, end) {
    const editor = this.findBodyEditor(root);
    if (!editor) return [];
    const range = rangeForText(readBodyText(editor, BODY_SKIP), start, end, root.ownerDocument);
    return range ? [range] : [];
  },

  hasOwnDialogOpen(doc) {
    return queryAll(doc, S.ownDialog).some(isShown);
  },

  account: accountFromTitle,
};
