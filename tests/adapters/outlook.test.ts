// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { outlookAdapter as outlook, unverifiedRecipient } from '../../utils/adapters/outlook';
import { analyzeDraft } from '../../utils/analysis';
import { OUTLOOK_FIXTURES, loadOutlookFixture, rehashClasses } from './outlook-fixture';

const only = (doc: Document) => {
  const { roots, unrecognized } = outlook.findComposeRoots(doc);
  expect(unrecognized).toBe(0);
  expect(roots).toHaveLength(1);
  return roots[0]!;
};

describe('Outlook adapter on the committed fixtures', () => {
  test('new message in the reading pane: empty draft, account as sender, Send and anchor found', () => {
    const doc = loadOutlookFixture('mail');
    const root = only(doc);
    expect(root.hasAttribute('data-compose')).toBe(true);
    expect(outlook.readDraft(root)).toEqual({
      from: 'jan@contoso.com',
      to: [],
      cc: [],
      bcc: [],
      subject: '',
      text: '',
      html: '<div><br></div>',
      attachments: [],
      isReply: false,
    });
    expect(outlook.account(doc)).toBe('jan@contoso.com');
    const send = outlook.findSendControls(root)[0]!;
    expect(send.getAttribute('title')).toBe('Send (Ctrl+Enter)');
    expect(outlook.findSendControls(root)).toEqual([send]);
    // Not the Attach split button, which has the same Fluent classes.
    expect(send.closest('.fui-SplitButton')?.classList.contains('send')).toBe(true);
    const anchor = outlook.findPanelAnchor(root)!;
    expect(anchor.element.getAttribute('role')).toBe('toolbar');
    expect(anchor.where).toBe('after');
    expect(outlook.findSubjectInput(root)?.placeholder).toBe('Add a subject');
    expect(outlook.service).toBe('outlook');
  });

  test('draft: From shared mailbox, chips in all three forms, Cc/Bcc wells, typed text, cards, no signature', () => {
    const root = only(loadOutlookFixture('draft'));
    const d = outlook.readDraft(root);
    expect(d).toEqual({
      from: 'sales@contoso.com',
      // "Name" only (presence "Available" left out) → unverified; "addr"; "Name <addr>"; typed text.
      // The U+200B delimiters roosterjs puts around chips are not typed text.
      to: ['"Eva Nováková"', 'petr.svoboda@example.cz', 'karel@exampel.com', 'lenka@example.org'],
      // The address in the chip's title wins over its name.
      cc: ['boss@contoso.com'],
      bcc: ['archive@contoso.com'],
      subject: 'Quarterly report',
      text: expect.stringMatching(
        /^Hi Eva,\n\nthe numbers for Q3 are in the attached report\.\nCall me if anything is unclear\./,
      ),
      html: expect.any(String),
      attachments: [
        { name: 'q3-report.pdf', size: 245 * 1024, type: '' },
        { name: 'data 2 MB.xlsx', size: Math.round(1.5 * 1024 * 1024), type: '' },
      ],
      isReply: false,
    });
    expect(d.html).toContain('<b>attached</b>');
    expect(d.html).not.toContain('Contoso Sales');
    expect(d.text).not.toContain('Contoso Sales');
  });

  test('decoys inside the body are never read as parts of the compose', () => {
    const root = only(loadOutlookFixture('draft'));
    const body = outlook.findBodyEditor(root)!;
    const decoys = body.querySelector('[data-decoys]')!;
    expect(decoys).not.toBeNull();
    const send = outlook.findSendControls(root)[0]!;
    expect(body.contains(send)).toBe(false);
    for (const b of outlook.findSendControls(root)) expect(body.contains(b)).toBe(false);
    expect(body.contains(outlook.findSubjectInput(root))).toBe(false);
    const d = outlook.readDraft(root);
    const all = [...d.to, ...d.cc, ...d.bcc, d.from].join(' ');
    expect(all).not.toContain('mallory');
    expect(d.attachments.map((a) => a.name)).not.toContain('evil.exe');
    expect(d.subject).toBe('Quarterly report');
    // The nested editables in the body are not composes of their own.
    expect(outlook.findComposeRoots(document).roots).toEqual([root]);
  });

  test('the older draft hidden beside the active one is not a compose', () => {
    const doc = loadOutlookFixture('draft');
    const hidden = doc.querySelector<HTMLElement>('[data-fixture-old]')!;
    expect(outlook.findComposeRoots(doc).roots).not.toContain(hidden);
    hidden.style.display = '';
    const { roots } = outlook.findComposeRoots(doc);
    expect(roots).toHaveLength(2);
    expect(outlook.readDraft(roots[0]!).subject).toBe('Old draft');
  });

  test('inline reply: collapsed header names, conversation subject, history after #appendonsend left out', () => {
    const doc = loadOutlookFixture('reply');
    const root = only(doc);
    expect(outlook.findSubjectInput(root)).toBeNull();
    const d = outlook.readDraft(root);
    expect(d).toMatchObject({
      from: 'jan@contoso.com',
      to: ['"Eva Nováková"'],
      subject: 'Quarterly report',
      text: 'Hi Eva, the numbers are below.',
      isReply: true,
    });
    expect(d.html).not.toContain('FREE MONEY');
    expect(d.html).not.toContain('divRplyFwdMsg');
    // Expanded (focused) header: the well replaces the summary.
    doc.querySelector('[data-fixture="expand-header"]')!.outerHTML =
      '<div class="hrow"><div contenteditable="true" role="textbox"><span class="_Entity" contenteditable="false"><span>eva@example.org</span></span></div></div>';
    expect(outlook.readDraft(root).to).toEqual(['eva@example.org']);
  });

  test('Czech, older build: BasePicker pills by title, name or address; v8 subject; Czech sizes', () => {
    const doc = loadOutlookFixture('cs');
    const root = only(doc);
    expect(outlook.findSendControls(root)[0]?.getAttribute('title')).toBe('Odeslat (Ctrl+Enter)');
    const d = outlook.readDraft(root);
    expect(d).toMatchObject({
      from: 'jan.novak@outlook.com',
      to: ['"Eva Nováková"', 'petr@example.cz'],
      cc: ['karel@seznam.cz'],
      bcc: [],
      subject: 'Smlouva',
      text: 'Dobrý den, posílám smlouvu v příloze.\nS pozdravem Jan',
      attachments: [{ name: 'smlouva.pdf', size: Math.round(1.5 * 1024 * 1024), type: '' }],
    });
    // Typed into the picker but not resolved yet.
    doc.querySelector<HTMLInputElement>('.ms-BasePicker-input')!.value = 'anna@example.org';
    expect(outlook.readDraft(root).to).toEqual(['"Eva Nováková"', 'petr@example.cz', 'anna@example.org']);
  });

  test.each(OUTLOOK_FIXTURES)('%s: the same reading when every hashed class is renamed', (name) => {
    const doc = loadOutlookFixture(name);
    const before = outlook.readDraft(only(doc));
    rehashClasses(doc, 7);
    const after = outlook.readDraft(only(doc));
    expect(after).toEqual(before);
  });

  test('exact sizes from File objects win over the cards’ rounded text; files without a card count too', () => {
    const root = only(loadOutlookFixture('draft'));
    const exact = [
      { name: 'q3-report.pdf', size: 250_001, type: 'application/pdf' },
      { name: 'new.zip', size: 42, type: 'application/zip' },
    ];
    expect(outlook.readDraft(root, exact).attachments).toEqual([
      { name: 'q3-report.pdf', size: 250_001, type: 'application/pdf' },
      { name: 'data 2 MB.xlsx', size: Math.round(1.5 * 1024 * 1024), type: '' },
      { name: 'new.zip', size: 42, type: 'application/zip' },
    ]);
  });

  test('a compose beside a hidden draft never borrows the hidden draft’s Send button', () => {
    const doc = loadOutlookFixture('draft');
    const active = doc.querySelector<HTMLElement>('[data-compose]:not([data-fixture-old])')!;
    active.querySelector('.send')!.remove();
    expect(outlook.findComposeRoots(doc)).toEqual({ roots: [], unrecognized: 1 });
  });

  test('an editor without Send in Calendar is not a layout change; in Mail it is', () => {
    const doc = loadOutlookFixture('mail');
    doc.querySelector('.send')!.remove();
    const win = window as unknown as { happyDOM: { setURL(url: string): void } };
    win.happyDOM.setURL('https://outlook.office.com/calendar/view/week');
    expect(outlook.findComposeRoots(doc)).toEqual({ roots: [], unrecognized: 0 });
    win.happyDOM.setURL('https://outlook.live.com/mail/0/inbox');
    expect(outlook.findComposeRoots(doc)).toEqual({ roots: [], unrecognized: 1 });
  });

  test('a compose whose Send button is not recognizable is reported, not guessed', () => {
    const doc = loadOutlookFixture('mail');
    doc.querySelector('.send')!.remove();
    expect(outlook.findComposeRoots(doc)).toEqual({ roots: [], unrecognized: 1 });
  });

  test("Outlook's own Fluent dialog is noticed; a compose inside a dialog surface is not one", () => {
    const doc = loadOutlookFixture('mail');
    expect(outlook.hasOwnDialogOpen(doc)).toBe(false);
    doc.body.insertAdjacentHTML(
      'beforeend',
      '<div class="fui-Portal"><div class="fui-DialogSurface" role="dialog">No subject?</div></div>',
    );
    expect(outlook.hasOwnDialogOpen(doc)).toBe(true);
    doc.querySelector('.fui-Portal')!.remove();
    doc.body.insertAdjacentHTML(
      'beforeend',
      '<div class="fui-DialogSurface"><div contenteditable="true" role="textbox" aria-multiline="true"></div></div>',
    );
    expect(outlook.hasOwnDialogOpen(doc)).toBe(false);
  });

  test('text ranges land on the characters the draft reports', () => {
    const root = only(loadOutlookFixture('draft'));
    const d = outlook.readDraft(root);
    const start = d.text.indexOf('Q3');
    const [range] = outlook.textRanges(root, start, start + 2);
    expect(range?.toString()).toBe('Q3');
  });
});

describe('unverified recipients (display name only) in the engine', () => {
  test('the quoted-name form is made safely from any name', () => {
    expect(unverifiedRecipient(' Eva  "Evi" <Nováková> ')).toBe('"Eva Evi Nováková"');
    expect(unverifiedRecipient('  ')).toBe('');
  });

  test('never flagged as malformed or as a typo, but counted as visible recipients', () => {
    const names = Array.from({ length: 30 }, (_, i) => `"Contact ${i}"`);
    const report = analyzeDraft({
      from: 'jan@contoso.com',
      to: [...names, 'a@one.org', 'b@two.net', 'c@three.cz'],
      cc: [],
      bcc: [],
      subject: 'Team lunch',
      text: 'Hi all, lunch is at noon on Friday. Jan',
      html: '',
      attachments: [],
    });
    const ids = report.findings.map((f) => f.ruleId);
    expect(ids).not.toContain('recipient-address');
    expect(ids).not.toContain('recipient-domain-typo');
    expect(ids).toContain('recipients-many-visible');
  });

  test('an unquoted name without "@" (typed, not resolved) is still not an address', () => {
    const report = analyzeDraft({
      from: 'jan@contoso.com',
      to: ['Eva Novakova'],
      cc: [],
      bcc: [],
      subject: 'Lunch',
      text: 'See you at noon.',
      html: '',
      attachments: [],
    });
    expect(report.findings.find((f) => f.ruleId === 'recipient-address')?.messageId).toMatch(/missingAt/);
  });
});
