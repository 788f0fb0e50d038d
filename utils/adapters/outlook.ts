/**
 * Outlook on the web (outlook.live.com, outlook.office.com, outlook.office365.com,
 * outlook.cloud.microsoft). Outlook's own class names are hashed per deploy (Griffel atomic classes
 * such as `___1x2y3z4` or `f1abcde`), so nothing here uses them. What has lasted: ARIA roles and
 * `aria-multiline`, `contenteditable`, Fluent UI's own `fui-*` (v9) and `ms-*` (v8) class names, the
 * `#appendonsend` / `#divRplyFwdMsg` markers of quoted history, and structure (a compose is the
 * nearest element around the body editor that holds a Send button). Translated texts (aria-label,
 * titles) are never matched, except the keyboard shortcut "Ctrl+Enter" that every locale keeps in the
 * Send button's title.
 *
 * Facts and their limits: /work/shared/reference/webmail.md; fixtures in tests/fixtures/outlook/
 * (README.md there says what each one models and where it comes from). Selectors checked against
 * those fixtures on 2026-11-30; every "older" alternative may be dropped once it has not matched a
 * live build for a year (review 2027-12).
 */
import type { Draft, SendingService } from '../types';
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

export const OUTLOOK_SELECTORS = {
  /** The body editor. */
  body: [
    // Every build since 2019 (OWA on roosterjs and the new Outlook): a multi-line textbox.
    '[contenteditable="true"][role="textbox"][aria-multiline="true"]',
    // Same editor when a build drops the role (seen in plain-text mode of older builds).
    'div[contenteditable="true"][aria-multiline="true"]',
  ],
  /** The Send button of a compose, current first. */
  send: [
    // Some builds since 2024 name it for their own tests.
    'button[data-testid="ComposeSendButton"]',
    // New Outlook (Fluent UI v9 split button, 2023+): the primary half; its title keeps the shortcut
    // in every locale ("Send (Ctrl+Enter)", "Odeslat (Ctrl+Enter)"), which tells it from other split
    // buttons (Attach in the pop-out ribbon).
    'button.fui-SplitButton__primaryActionButton[title*="Enter"]',
    // Older OWA (2017–2022).
    'button[name="Send"]',
    // Older OWA on Fluent UI v8: the compose's only primary button.
    'button.ms-Button--primary[title*="Enter"]',
  ],
  /**
   * Recipient wells, current builds (2025+): contenteditable fields in the header that are not the
   * body, in order To, Cc, Bcc (Cc and Bcc exist only once opened).
   */
  well: ['[contenteditable="true"]:not([aria-multiline="true"])'],
  /** Older builds (Fluent UI v8 BasePicker, 2019–2024): one picker per field, in order To, Cc, Bcc. */
  picker: ['.ms-BasePicker'],
  /** A resolved recipient inside a well or picker. */
  chip: [
    // roosterjs entity wrapper around a recipient (the editor library the wells are built on).
    '._Entity',
    // BasePicker persona pill (older builds).
    '[data-selection-index]',
    // Any non-editable island in a well is a chip (builds that drop the entity classes).
    '[contenteditable="false"]',
  ],
  /** The display name inside a chip (Fluent v9 Persona, v8 Persona). */
  chipName: ['.fui-Persona__primaryText', '.ms-Persona-primaryText'],
  /** Parts of a chip that are not its name: avatar initials, presence ("Available"), remove buttons. */
  chipNoise: [
    '.fui-Avatar',
    '.fui-PresenceBadge',
    '.ms-Persona-coin',
    '.ms-Persona-presence',
    '[role="img"]',
    'button',
    '[aria-hidden="true"]',
  ],
  /** Text typed into an older picker but not resolved yet. */
  pickerInput: ['input.ms-BasePicker-input'],
  /**
   * An inline reply's collapsed header: the recipients as read-only persona names until the header is
   * focused and becomes wells. Structural: persona text outside any well or picker.
   */
  collapsedRecipient: ['.fui-Persona__primaryText', '[data-selection-index]'],
  /** Subject input in the compose header (inline replies have none). */
  subject: [
    // Fluent UI v9 Input (new Outlook, 2023+); never the ribbon's font-size combobox.
    'input.fui-Input__input:not([role="combobox"])',
    // Fluent UI v8 TextField (OWA 2019–2023).
    'input.ms-TextField-field',
    // Any subject-length text input (Exchange's 255-character subject limit), older builds.
    'input[type="text"][maxlength="255"]',
  ],
  /** The conversation's subject, for inline replies (the reading pane's heading). */
  conversationSubject: ['[role="heading"][aria-level="2"]', '[role="heading"]', 'h1', 'h2'],
  /** The reading pane / main region that holds an inline reply and its conversation. */
  readingPane: ['#ReadingPaneContainerId', '[role="main"]'],
  /** From picker: a menu button in the header showing the identity (shared mailbox, alias) when shown. */
  from: ['button[aria-haspopup]', '[role="button"][aria-haspopup]'],
  /** The signed-in account (Microsoft account control). */
  account: ['#mectrl_currentAccount_secondary', '#O365_MainLink_Me', '#mectrl_main_trigger'],
  /** Attachment cards: list items with a file name and a rounded size ("1.2 MB"). Modelled, see README. */
  attachmentCard: ['[role="list"] > [role="listitem"]', '[role="listbox"] > [role="option"]'],
  /** Subtrees of the editor that are not the user's new text. */
  bodySkip: [
    // Quoted history: Outlook inserts #appendonsend before it, then the header block #divRplyFwdMsg.
    '#appendonsend',
    '#appendonsend ~ *',
    '#divRplyFwdMsg',
    '#divRplyFwdMsg ~ *',
    // Mail forwarded as-is by older builds.
    '#x_divRplyFwdMsg',
    // Signature block.
    '#Signature',
    '#x_Signature',
  ],
  /** Signs in the body that a compose answers or forwards. */
  replyMarks: ['#appendonsend', '#divRplyFwdMsg', '#x_divRplyFwdMsg'],
  /** Outlook's own dialogs ("This message has no subject", "Discard message?"): Fluent v9 and v8. */
  ownDialog: ['.fui-DialogSurface', '[role="alertdialog"]', '.ms-Dialog-main'],
} as const;

const S = OUTLOOK_SELECTORS;
const BODY_SKIP = S.bodySkip.join(',');
const EMAIL_RE = /[^\s<>()"',;:[\]]+@[^\s<>()"',;:[\]]+\.[^\s<>()"',;:[\]]+/;
const CHIP = S.chip.join(',');
// Outlook's other modules share the page (client-side navigation); their editors are not composes.
const OTHER_APPS = /^\/(?:[^/]+\/)?(?:calendar|people|tasks|todo)\b/i;

/**
 * A recipient whose address the page does not show (a resolved contact shows only its name). The
 * engine treats a quoted name with no address as unverified: counted as a visible recipient, never
 * checked for typos or MX (utils/analysis/address.ts). Never open contact cards to learn the address.
 */
export function unverifiedRecipient(name: string): string {
  const clean = name
    .replace(/["\\<>]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return clean ? `"${clean}"` : '';
}

/** A shown element: not hidden by itself or an ancestor (works without layout, e.g. in happy-dom). */
function visible(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) {
    const h = e as HTMLElement;
    // Not aria-hidden: Fluent hides the whole app from assistive tech while its own dialog is open.
    if (h.hidden || h.style?.display === 'none') return false;
  }
  return isShown(el);
}

function insideBody(el: Element, root: HTMLElement): boolean {
  const body = outlookAdapter.findBodyEditor(root);
  return !!body && body !== el && body.contains(el);
}

// Zero-width characters: roosterjs puts U+200B delimiters around every entity (chip) in a well, and
// String.prototype.trim() keeps them.
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g;

/** The text a reader sees in `el`, leaving out the parts matched by `skip`. */
function textWithout(el: Element, skip: string): string {
  const clone = el.cloneNode(true) as Element;
  for (const n of clone.querySelectorAll(skip)) n.remove();
  return (clone.textContent ?? '').replace(ZERO_WIDTH, '').replace(/\s+/g, ' ').trim();
}

/** One recipient from a chip: its address when the page shows one, else its name (unverified). */
function recipientOfChip(chip: Element): string {
  // The address may sit in a title or aria-label (chip or inside); a regex keeps it language-free.
  const carriers = [chip, ...chip.querySelectorAll('[title], [aria-label], [data-email]')];
  for (const el of carriers) {
    for (const attr of ['data-email', 'title', 'aria-label']) {
      const m = EMAIL_RE.exec(el.getAttribute(attr) ?? '');
      if (m) return m[0];
    }
  }
  const named = queryFirst(chip, S.chipName);
  const text = named
    ? (named.textContent ?? '').replace(ZERO_WIDTH, '').trim()
    : textWithout(chip, S.chipNoise.join(','));
  const addr = EMAIL_RE.exec(text);
  if (addr) return addr[0];
  return unverifiedRecipient(text);
}

/** Addresses typed but not turned into chips yet: "eva@x.org, petr@y.cz" (kept raw when not one). */
function typedRecipients(text: string): string[] {
  return text
    .replace(ZERO_WIDTH, '')
    .split(/[,;]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

function uniq(list: string[]): string[] {
  const seen = new Set<string>();
  return list.filter((a) => {
    const k = a.toLowerCase();
    if (!a || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Recipients of one well (current builds) or one picker (older builds). */
function readField(field: Element): string[] {
  const out: string[] = [];
  const chips = [...field.querySelectorAll(CHIP)].filter((c) => !c.parentElement?.closest(CHIP));
  for (const chip of chips) out.push(recipientOfChip(chip));
  if (field.matches(S.picker.join(','))) {
    for (const input of queryAll<HTMLInputElement>(field, S.pickerInput))
      out.push(...typedRecipients(input.value));
  } else {
    out.push(...typedRecipients(textWithout(field, CHIP)));
  }
  return uniq(out);
}

/** The header's recipient fields in order To, Cc, Bcc (wells, else pickers), never inside the body. */
function recipientFields(root: HTMLElement): Element[] {
  const wells = queryAll(root, S.well).filter(
    (w) => !insideBody(w, root) && !w.parentElement?.closest('[contenteditable="true"]') && visible(w),
  );
  if (wells.length) return wells;
  return queryAll(root, S.picker).filter((p) => !insideBody(p, root) && visible(p));
}

function readRecipients(root: HTMLElement): { to: string[]; cc: string[]; bcc: string[] } {
  const fields = recipientFields(root);
  if (fields.length) {
    const [to = [], cc = [], bcc = []] = fields.slice(0, 3).map(readField);
    return { to, cc, bcc };
  }
  // An inline reply's collapsed header: read-only names (To) until the user focuses it.
  const names = queryAll(root, S.collapsedRecipient).filter((el) => !insideBody(el, root) && visible(el));
  return { to: uniq(names.map(recipientOfChip)), cc: [], bcc: [] };
}

/** The identity shown in the From picker (shared mailbox, alias), else the signed-in account. */
function readFrom(root: HTMLElement): string {
  for (const el of queryAll(root, S.from)) {
    if (insideBody(el, root)) continue;
    const m = EMAIL_RE.exec(el.textContent ?? '') ?? EMAIL_RE.exec(el.getAttribute('title') ?? '');
    if (m) return m[0];
  }
  const doc = root.ownerDocument;
  return accountOf(doc) || accountOf(openerDocument(doc));
}

/** A pop-out's opener document when it is the same origin (Outlook fills the pop-out from it). */
function openerDocument(doc: Document): Document | null {
  try {
    return (doc.defaultView?.opener as Window | null)?.document ?? null;
  } catch {
    return null;
  }
}

function accountOf(doc: Document | null): string {
  if (!doc) return '';
  for (const el of queryAll(doc, S.account)) {
    const m =
      EMAIL_RE.exec(el.textContent ?? '') ??
      EMAIL_RE.exec(el.getAttribute('aria-label') ?? '') ??
      EMAIL_RE.exec(el.getAttribute('title') ?? '');
    if (m) return m[0];
  }
  return '';
}

/** Inline replies take the conversation's subject from the reading pane's heading. */
function conversationSubject(root: HTMLElement): string {
  const pane = root.parentElement?.closest(S.readingPane.join(','));
  if (!pane) return '';
  for (const el of queryAll(pane, S.conversationSubject)) {
    if (root.contains(el)) continue;
    const t = (el.getAttribute('title') || el.textContent || '').trim();
    if (t) return t;
  }
  return '';
}

function readAttachmentCards(root: HTMLElement): { name: string; size: number }[] {
  const out: { name: string; size: number }[] = [];
  for (const card of queryAll(root, S.attachmentCard)) {
    if (insideBody(card, root) || card.closest(CHIP) || !visible(card)) continue;
    // A card shows the file name (full name in a title) and a size like "245 KB" / "1,5 MB".
    const titled = card.querySelector('[title]');
    const text = (card.textContent ?? '').replace(/\s+/g, ' ').trim();
    // The last size on the card: a file may carry a size in its own name ("scan 2 MB.pdf").
    const sizeText = [...text.matchAll(/(\d+(?:[.,]\d+)?)\s*([KMG]?B)\b/gi)].pop();
    if (!sizeText) continue;
    const name = (titled?.getAttribute('title') ?? text.slice(0, sizeText.index)).trim();
    if (!name) continue;
    out.push({ name, size: parseSizeLabel(sizeText[0]) });
  }
  return out;
}

/**
 * The compose around an editor: its nearest ancestor that holds a Send button, found by structure
 * (the reading pane, a pop-out window's root, an inline reply), so hashed wrappers do not matter.
 */
function findRoot(
  editor: Element,
  editors: readonly Element[],
  sends: readonly Element[],
): HTMLElement | null {
  // The page's editors and Send buttons are queried once per scan; the walk up only compares nodes.
  const others = editors.filter((e) => e !== editor && !editor.contains(e) && !e.contains(editor));
  for (let el = editor.parentElement; el; el = el.parentElement) {
    // Past the compose: this ancestor also holds another compose (e.g. a hidden older draft), whose
    // Send button is not this one's.
    if (others.some((o) => el.contains(o))) return null;
    if (sends.some((b) => el.contains(b))) return el;
    if (el === el.ownerDocument.body) break;
  }
  return null;
}

/** Send buttons in `root` (first matching selector of the list), never inside the body editor. */
function sendControls(root: HTMLElement): HTMLElement[] {
  const body = queryFirst(root, S.body);
  for (const s of S.send) {
    const found = [...root.querySelectorAll<HTMLElement>(s)].filter(
      (b) => !(body && body.contains(b)) && !b.closest('[contenteditable="true"]'),
    );
    if (found.length) return found;
  }
  return [];
}

export const outlookAdapter: ComposeAdapter & {
  /** The sending service for the sender domain's SPF authorization (Microsoft 365 / Outlook.com). */
  readonly service: SendingService;
  /** Every control that sends (the split button's primary half; menu items live in a Fluent portal). */
  findSendControls(root: HTMLElement): HTMLElement[];
} = {
  id: 'outlook',
  siteName: 'Outlook',
  service: 'outlook',

  findComposeRoots(doc) {
    const roots: HTMLElement[] = [];
    let unrecognized = 0;
    const editors = queryAll(doc, S.body);
    // Send buttons anywhere, never inside an editor (a pasted button in a body is not a Send button).
    const sends = queryAll(doc, S.send).filter((b) => !b.closest('[contenteditable="true"]'));
    for (const editor of editors) {
      // A hidden older draft kept beside the active one, and editors inside another editor, are not composes.
      if (!visible(editor) || editor.parentElement?.closest('[contenteditable="true"]')) continue;
      const root = findRoot(editor, editors, sends);
      // Calendar and People editors have no Send button by design: not a layout change.
      if (!root) {
        if (!OTHER_APPS.test(doc.location?.pathname ?? '')) unrecognized++;
      } else if (!roots.includes(root)) roots.push(root);
    }
    return { roots: roots.filter((r) => !roots.some((o) => o !== r && r.contains(o))), unrecognized };
  },

  readDraft(root, exact = []) {
    const editor = this.findBodyEditor(root);
    if (!editor) throw new LayoutError('body');
    const body = readBodyText(editor, BODY_SKIP);
    const clone = editor.cloneNode(true) as HTMLElement;
    for (const el of clone.querySelectorAll(BODY_SKIP)) el.remove();
    const subjectInput = this.findSubjectInput(root);
    const subject = subjectInput ? subjectInput.value : conversationSubject(root);
    const { to, cc, bcc } = readRecipients(root);
    const draft: Draft = {
      from: readFrom(root),
      to,
      cc,
      bcc,
      subject: subject.trim(),
      text: body.text,
      html: clone.innerHTML,
      attachments: mergeAttachments(readAttachmentCards(root), exact as ExactAttachment[]),
      isReply: !subjectInput || !!queryFirst(editor, S.replyMarks),
    };
    return draft;
  },

  findSendControls: sendControls,
  // The Send split button's menu (Schedule send…) is not recognised yet: nothing to gate there.
  findSendMenuItem: () => null,

  findBodyEditor(root) {
    return queryAll(root, S.body).find((e) => !e.parentElement?.closest('[contenteditable="true"]')) ?? null;
  },

  findSubjectInput(root) {
    for (const s of S.subject) {
      for (const input of root.querySelectorAll<HTMLInputElement>(s)) {
        if (!insideBody(input, root) && !input.closest(S.picker.join(',')) && visible(input)) return input;
      }
    }
    return null;
  },

  findPanelAnchor(root): PanelAnchor | null {
    // Just below the row holding Send (Outlook puts it at the top of every compose), in the flow: the
    // panel never covers Outlook's buttons, and its growing or shrinking never moves Send under the pointer.
    const send = sendControls(root)[0];
    if (!send) return null;
    const toolbar = send.closest('[role="toolbar"]');
    if (toolbar && root.contains(toolbar) && toolbar !== root) return { element: toolbar, where: 'after' };
    const split = send.closest('.fui-SplitButton') ?? send;
    const row = split.parentElement;
    return row && row !== root && root.contains(row) ? { element: row, where: 'after' } : null;
  },

  textRanges(root, start, end) {
    const editor = this.findBodyEditor(root);
    if (!editor) return [];
    const range = rangeForText(readBodyText(editor, BODY_SKIP), start, end, root.ownerDocument);
    return range ? [range] : [];
  },

  hasOwnDialogOpen(doc) {
    // A compose shown inside a dialog surface is not a question Outlook asks.
    return queryAll(doc, S.ownDialog).some((d) => isShown(d) && !queryFirst(d, S.body));
  },

  account: (doc) => accountOf(doc) || accountOf(openerDocument(doc)),
};
