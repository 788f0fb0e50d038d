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
  inEditableContent,
  isShown,
  queryAll,
  queryFirst,
} from './index';
import { mergeAttachments, parseSizeLabel } from './attachments';
import { readBodyText, rangeForText } from './body-text';

/*
 * Every list below holds alternatives, current first. Gmail A/B-tests renamed class tokens (in 2026
 * `Ht` became `Ht-<hash>` for some accounts), so each list that relies on Gmail's obfuscated classes also
 * holds a structural or attribute alternative (tests/adapters/gmail-hashed.test.ts renames every class
 * token of the fixtures and checks the adapter still reads them). "Confirmed" dates say when an entry was
 * last checked against the sources in /shared/reference/webmail.md (InboxSDK, gmail.js, Mailvelope) and
 * the fixtures modelled on them; none of them is checked against the live site by CI.
 *
 * Nothing matches inside the body editor: queryFirst/queryAll skip editable content, so a draft whose
 * markup copies Gmail's (a pasted toolbar, a fake Send button, chips) is never taken for the real thing.
 */
export const GMAIL_SELECTORS = {
  /** The body editor. */
  body: [
    // Every compose since 2013: Gmail's own editor marker plus the textbox role. Confirmed 2026-11.
    'div[contenteditable="true"][g_editable="true"][role="textbox"]',
    // Same editor when Gmail drops the role (seen in plain-text mode). Confirmed 2026-11.
    'div[contenteditable="true"][g_editable="true"]',
    // Class-based, older builds: `Am Al editable`. Confirmed 2026-11.
    'div.Am.Al.editable[contenteditable="true"]',
  ],
  /**
   * Compose roots, nearest ancestor of the editor first. Pop-out and full-screen composes nest
   * `div[role=dialog] … div.aaZ > div.M9 > div.aoI[role=region]`, so the M9 is the root there too.
   * Structural alternative (findRoot): the nearest ancestor of the editor that holds a Send control.
   */
  root: [
    // Inline reply/forward, and the compose inside pop-up and full-screen dialogs. Confirmed 2026-11.
    'div.M9',
    // Pop-up (mole) and full-screen compose are dialogs (attribute: survives renamed classes). 2026-11.
    'div[role="dialog"]',
    // Full-screen wrapper (older builds without the dialog role). Confirmed 2024-05.
    '.aSs .aSt',
    // Mole container (older builds). Confirmed 2024-05.
    'div.AD',
  ],
  /** The plain Send button, scoped to a compose root. */
  send: [
    // Current toolbar: the primary button with Gmail's send classes. Confirmed 2026-11.
    'table.IZ[role="group"] td.gU.Up div[role="button"].aoO',
    // Same button when the toolbar table loses its classes. Confirmed 2026-11.
    'div[role="button"].T-I.aoO',
    // Attribute alternative: every locale's tooltip keeps the shortcut ("Send (Ctrl-Enter)", "Odeslat
    // (Ctrl+Enter)"); the "more send options" arrow opens a menu instead. Confirmed 2026-11.
    'div[role="button"][data-tooltip*="Enter"]:not([aria-haspopup])',
  ],
  /** Other controls that send: Send & Archive (replies, when enabled in settings; may come before Send). */
  otherSends: [
    // Send & Archive. Confirmed 2026-11 (InboxSDK's `.Uo`).
    'div[role="button"].Uo',
    // Structural alternative: the other buttons of Send's own toolbar cell, except menu openers.
    // Confirmed 2026-11.
    'table[role="group"] td:first-child div[role="button"]:not([aria-haspopup])',
  ],
  /** The "More send options" arrow: its menu (Schedule send) is rendered at the end of the page. */
  sendMenuOpener: [
    // Confirmed 2026-11.
    'div[role="button"].hG',
    // Structural alternative: the menu opener in Send's cell. Confirmed 2026-11.
    'table[role="group"] td:first-child div[role="button"][aria-haspopup]',
  ],
  /** Items of an open menu (Closure `div.J-M[role=menu] div.J-N[role=menuitem]`). */
  menuItem: ['[role="menu"] [role="menuitem"]'],
  /** The toolbar holding Send: the panel goes just above it. */
  toolbar: [
    // Confirmed 2026-11.
    'table.IZ[role="group"]',
    'table.IZ',
    // Structural alternative: the toolbar group (findPanelAnchor checks it holds Send). Confirmed 2026-11.
    'table[role="group"]',
  ],
  /** Sender: hidden input holding the chosen identity (empty with a single identity). Confirmed 2026-11. */
  from: ['input[name="from"]'],
  /**
   * The From chooser (several identities): the selected choice of its menu carries the address in
   * `value` (InboxSDK's get-from-contact reads `div.J-M[role=menu] > div.SK.AX` choices). Confirmed 2026-11.
   */
  fromChoice: [
    'div.J-M[role="menu"] > div.SK.AX [role="menuitem"][aria-selected="true"][value]',
    // Attribute alternative.
    '[role="menu"] [role="menuitem"][aria-selected="true"][value*="@"]',
  ],
  /** The account menu button: its (translated) label ends with the address in parentheses. 2026-11. */
  accountButton: [
    'a[href^="https://accounts.google.com/SignOutOptions"][aria-label*="@"]',
    '.gb [aria-label*="@"]',
  ],
  /** Subject. */
  subject: [
    // Visible subject of pop-up and full-screen composes. Confirmed 2026-11.
    'input[name="subjectbox"]',
  ],
  // Inline replies keep the conversation's subject in a hidden input. Confirmed 2026-11.
  hiddenSubject: ['input[name="subject"]'],
  /**
   * The field boxes of the expanded recipients table; `div.aoD.hl` is the collapsed one-line summary and
   * is only read when the table is absent. `{field}` is to, cc or bcc.
   */
  recipientBox: [
    // Current: `table.GS tr.bzf div.anm[name=to]`. Confirmed 2026-11.
    'table.GS tr.bzf div[name="{field}"]',
    // Structural alternative: a field box in a table row. Confirmed 2026-11.
    'tr div[name="{field}"]',
  ],
  /** Older UI or summary: any box named after the field. */
  recipientBoxAny: ['div[name="{field}"]'],
  /** Recipient chips (PeopleKit, since 2022) inside the field box; the address is data-hovercard-id. */
  chip: ['[role="option"][data-hovercard-id]', '[data-hovercard-id]', 'span[email]'],
  /** Attachment chips: name and rounded size (exact sizes come from file and drop events). */
  attachmentChip: ['div.dL'],
  attachmentName: ['div.vI'],
  attachmentSize: ['div.vJ'],
  /** Subtrees of the editor that are not the user's new text (mail-format classes, not obfuscated). */
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
  /**
   * An inline reply's message container; it has the class `adB` while the reply is open and loses it once
   * the reply is sent (the reply's DOM may stay, hidden). InboxSDK tears inline replies down on this.
   * Confirmed 2026-11.
   */
  inlineContainer: ['div.ip'],
  inlineActiveClass: 'adB',
  /** Gmail's own confirmations ("Send this message without a subject?") when not a native confirm(). */
  ownDialog: ['[role="alertdialog"]'],
} as const;

const S = GMAIL_SELECTORS;
const BODY_SKIP = S.bodySkip.join(',');
const EMAIL_RE = /[^\s<>()"',;:]+@[^\s<>()"',;:]+\.[^\s<>()"',;:]+/;
const EMAIL_G = new RegExp(EMAIL_RE.source, 'g');

/**
 * Splits a recipients field on commas and semicolons outside double quotes, in one pass. (A lookahead
 * regex counting the quotes after every comma took ~1 s on 40,000 commas: quadratic.)
 */
export function splitAddressList(value: string): string[] {
  const parts: string[] = [];
  let quoted = false;
  let from = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === 34 /* " */) quoted = !quoted;
    else if (!quoted && (c === 44 /* , */ || c === 59) /* ; */) {
      parts.push(value.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(value.slice(from));
  return parts;
}

/** Addresses from an older-style field value: "Eva <eva@x.org>, petr@y.cz". */
function addressesFromValue(value: string): string[] {
  if (!value) return [];
  return splitAddressList(value)
    .map((part) => {
      const open = part.lastIndexOf('<');
      const close = open >= 0 ? part.indexOf('>', open) : -1;
      return (open >= 0 && close > open ? part.slice(open + 1, close) : part).trim();
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

const forField = (list: readonly string[], field: string) => list.map((s) => s.replace('{field}', field));

/**
 * A recipient chip, not a suggestion: PeopleKit's suggestion rows carry data-hovercard-id too, but sit in
 * a listbox of their own, without the field's input; chips share the listbox with the input.
 */
function isChip(el: Element): boolean {
  const listbox = el.closest('[role="listbox"]');
  return !listbox || !!listbox.querySelector('input');
}

function readRecipients(root: HTMLElement, field: 'to' | 'cc' | 'bcc'): string[] {
  const out: string[] = [];
  let boxes = queryAll(root, forField(S.recipientBox, field));
  if (!boxes.length) boxes = queryAll(root, forField(S.recipientBoxAny, field));
  for (const box of boxes) {
    for (const chip of queryAll(box, S.chip)) {
      if (!isChip(chip)) continue;
      const addr = chip.getAttribute('data-hovercard-id') ?? chip.getAttribute('email');
      if (addr) out.push(addr.trim());
    }
    // Text typed but not yet turned into a chip sits in the field's own input (PeopleKit: peoplekit-id).
    for (const input of queryAll<HTMLInputElement>(box, ['input:not([type="hidden"])', 'textarea'])) {
      out.push(...addressesFromValue(input.value));
    }
  }
  // Older UI: the addresses as text in a hidden input / textarea named after the field.
  for (const el of queryAll<HTMLInputElement>(root, [
    `input[name="${field}"]`,
    `textarea[name="${field}"]`,
  ])) {
    out.push(...addressesFromValue(el.value));
  }
  return uniq(out);
}

function readFrom(root: HTMLElement): string {
  const value = queryFirst<HTMLInputElement>(root, S.from)?.value.trim() ?? '';
  if (value) return EMAIL_RE.exec(value)?.[0] ?? value;
  const choice = queryFirst(root, S.fromChoice);
  const chosen = EMAIL_RE.exec(choice?.getAttribute('value') ?? '')?.[0];
  if (chosen) return chosen;
  // One identity: Gmail leaves the input empty; the account is the sender.
  return accountOf(root.ownerDocument);
}

/**
 * The signed-in account. Gmail's title is "<view> - jan@example.com - Gmail" in every language, where
 * <view> may be an open mail's subject holding addresses of its own: take the address just before the
 * trailing " - Gmail", never the first one. Then the account button's label.
 */
export function accountOf(doc: Document): string {
  const title = /(\S+@\S+)\s+-\s+Gmail\s*$/.exec(doc.title ?? '');
  const fromTitle = title && EMAIL_RE.exec(title[1]!)?.[0];
  if (fromTitle) return fromTitle;
  const label = queryFirst(doc, S.accountButton)?.getAttribute('aria-label') ?? '';
  const all = label.match(EMAIL_G);
  return all?.[all.length - 1] ?? '';
}

/** Plain Send first, then the other sending controls, each once. */
function sendControls(root: HTMLElement): HTMLElement[] {
  const send = queryFirst(root, S.send);
  const others = queryAll(root, S.otherSends).filter((el) => el !== send && !(send && el.contains(send)));
  return send ? [send, ...others.filter((o) => !send.contains(o))] : others;
}

/** An inline reply Gmail already sent (or closed) keeps its DOM for a while: it is no compose any more. */
function isTornDown(root: HTMLElement): boolean {
  const container = root.closest(S.inlineContainer.join(','));
  return (
    !!container && !root.closest('[role="dialog"]') && !container.classList.contains(S.inlineActiveClass)
  );
}

function findRoot(editor: Element): HTMLElement | null {
  const listed = editor.parentElement?.closest<HTMLElement>(S.root.join(',')) ?? null;
  if (listed && !inEditableContent(listed) && sendControls(listed).length) return listed;
  // Structural alternative (renamed classes): the nearest ancestor that holds a Send control.
  // It stops where an ancestor holds a second editor: beyond that it would be another compose's Send.
  for (let el = editor.parentElement; el && el !== el.ownerDocument.body; el = el.parentElement) {
    if (queryAll(el, S.body).length > 1) return null;
    if (queryFirst(el, S.send)) return el;
  }
  return null;
}

export const gmailAdapter: ComposeAdapter = {
  id: 'gmail',
  siteName: 'Gmail',

  findComposeRoots(doc) {
    const roots: HTMLElement[] = [];
    let unrecognized = 0;
    // queryAll skips editors nested inside another editor (a draft's markup posing as a compose).
    for (const editor of queryAll(doc, S.body)) {
      const root = findRoot(editor);
      if (!root) unrecognized++;
      else if (!roots.includes(root) && !isTornDown(root)) roots.push(root);
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
    // `||`: a reply may show an empty subject box while the conversation's subject sits in the hidden one.
    const subject =
      this.findSubjectInput(root)?.value || queryFirst<HTMLInputElement>(root, S.hiddenSubject)?.value || '';
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

  findSendControls: sendControls,

  findSendMenuItem(target) {
    // Pointer events hit the item; key events hit the focused menu, which names its highlighted item.
    let item = target.closest<HTMLElement>(S.menuItem.join(','));
    const active = target.getAttribute('role') === 'menu' && target.getAttribute('aria-activedescendant');
    if (!item && active) item = target.ownerDocument.getElementById(active);
    if (!item?.matches(S.menuItem.join(',')) || inEditableContent(item)) return null;
    const menu = item.closest('[role="menu"]')!;
    // The menu Gmail opened from a compose's "more send options" arrow: Closure marks the open menu's
    // opener aria-expanded=true (and aria-controls/aria-owns when it names the menu).
    const doc = item.ownerDocument;
    const opener = queryAll(doc, S.sendMenuOpener).find((o) => {
      if (o.getAttribute('aria-expanded') !== 'true') return false;
      const names = `${o.getAttribute('aria-controls') ?? ''} ${o.getAttribute('aria-owns') ?? ''}`.trim();
      return !names || (!!menu.id && names.split(/\s+/).includes(menu.id));
    });
    return opener && !opener.contains(item) ? { item, opener } : null;
  },
  findBodyEditor: (root) => queryFirst(root, S.body),
  findSubjectInput: (root) => queryFirst<HTMLInputElement>(root, S.subject),

  findPanelAnchor(root): PanelAnchor | null {
    const send = queryFirst(root, S.send);
    const toolbar = queryAll(root, S.toolbar).find((t) => !send || t.contains(send));
    if (toolbar) return { element: toolbar, where: 'before' };
    // Unknown toolbar: just above the row holding Send, still in the flow.
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

  account: accountOf,
};
