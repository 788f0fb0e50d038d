// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { LayoutError, noopAdapter } from '../../utils/adapters';
import { gmailAdapter as gmail } from '../../utils/adapters/gmail';
import type { Draft } from '../../utils/types';
import { loadFixture } from './load-fixture';

const only = (doc: Document) => {
  const { roots, unrecognized } = gmail.findComposeRoots(doc);
  expect(unrecognized).toBe(0);
  expect(roots).toHaveLength(1);
  return roots[0]!;
};

const empty = (from: string): Draft => ({
  from,
  to: [],
  cc: [],
  bcc: [],
  subject: '',
  text: '',
  html: '',
  attachments: [],
  isReply: false,
});

describe('Gmail adapter on the committed fixtures', () => {
  test('inbox: one empty pop-up compose; sender from the title when From is empty', () => {
    const doc = loadFixture('inbox');
    const root = only(doc);
    // Pop-up composes nest div.aaZ > div.M9 > div.aoI[role=region] inside the dialog.
    expect(root.matches('div.aaZ > div.M9')).toBe(true);
    expect(root.closest('[role="dialog"]')).not.toBeNull();
    expect(gmail.readDraft(root)).toEqual(empty('jan@example.com'));
    expect(gmail.account(doc)).toBe('jan@example.com');
    expect(gmail.findSendControls(root).map((b) => b.textContent)).toEqual(['Send']);
    expect(gmail.findPanelAnchor(root)?.element.matches('table.IZ')).toBe(true);
  });

  test('draft reopened after reload: chips, typed text, older hidden Bcc, identity, signature, attachment chips', () => {
    const root = only(loadFixture('draft'));
    const d = gmail.readDraft(root);
    expect(d).toEqual({
      from: 'sales@example.com',
      to: ['eva@example.org', 'petr.svoboda@example.cz', 'karel@exampel.com'],
      cc: ['boss@example.com'],
      bcc: ['archive@example.com'],
      subject: 'Quarterly report',
      text: 'Hi Eva,\n\nthe numbers for Q3 are in the attached report.\nCall me if anything is unclear.',
      html: expect.any(String),
      attachments: [
        { name: 'q3-report.pdf', size: 245 * 1024, type: '' },
        { name: 'data.xlsx', size: Math.round(1.5 * 1024 * 1024), type: '' },
      ],
      isReply: false,
    });
    expect(d.html).toContain('<b>attached</b>');
    expect(d.html).not.toContain('Jan Novák');
    expect(d.html).not.toContain('gmail_signature');
  });

  test('inline reply: hidden subject, quoted history and signature left out, isReply', () => {
    const doc = loadFixture('reply');
    const root = only(doc);
    expect(root.matches('div.M9')).toBe(true);
    const d = gmail.readDraft(root);
    expect(d).toEqual({
      ...empty('jan@example.com'),
      to: ['eva@example.org'],
      subject: 'Re: Quarterly report',
      text: 'Thanks Eva, the numbers look right.\n\nJan',
      html: expect.any(String),
      isReply: true,
    });
    expect(d.text).not.toContain('Click here');
    expect(d.html).not.toContain('gmail_quote');
    // The visible subject input does not exist inline: subject evidence cannot be selected there.
    expect(gmail.findSubjectInput(root)).toBeNull();
  });

  test('inline forward opened from the template is a second compose, a reply by its quoted history', () => {
    const doc = loadFixture('reply');
    const tpl = doc.getElementById('fixture-forward') as HTMLTemplateElement;
    doc.querySelector('.if')!.append(tpl.content.cloneNode(true));
    const { roots } = gmail.findComposeRoots(doc);
    expect(roots).toHaveLength(2);
    const d = gmail.readDraft(roots[1]!);
    expect(d.subject).toBe('Fwd: Quarterly report');
    expect(d.text).toBe('FYI, see below.');
    expect(d.to).toEqual([]);
    expect(d.isReply).toBe(true);
  });

  test('full-screen compose', () => {
    const root = only(loadFixture('fullscreen'));
    expect(root.closest('.aSs .aSt')).not.toBeNull();
    expect(gmail.readDraft(root)).toEqual(empty('jan@example.com'));
  });

  test('two composes at once are two roots, each read on its own', () => {
    const { roots, unrecognized } = gmail.findComposeRoots(loadFixture('two'));
    expect(unrecognized).toBe(0);
    expect(roots).toHaveLength(2);
    expect(gmail.readDraft(roots[0]!)).toEqual(empty('jan@example.com'));
    expect(gmail.readDraft(roots[1]!)).toEqual({
      ...empty('jan@example.com'),
      to: ['petr.svoboda@example.cz'],
      subject: 'Lunch on Friday?',
      text: 'Hi Petr, does Friday at noon work for you?',
      html: '<div>Hi Petr, does Friday at noon work for you?</div>',
    });
    expect(gmail.findSendControls(roots[0]!)[0]).not.toBe(gmail.findSendControls(roots[1]!)[0]);
  });

  test('Czech Gmail: same selectors, Czech size labels, account from the Czech title', () => {
    const doc = loadFixture('cs');
    const root = only(doc);
    expect(gmail.readDraft(root)).toEqual({
      ...empty('jana@example.cz'),
      to: ['ucetni@firma.cz'],
      subject: 'Faktura za říjen',
      text: 'Dobrý den,\nv příloze posílám fakturu za říjen a fotku z akce.\n\nS pozdravem',
      html: expect.any(String),
      attachments: [
        { name: 'faktura-říjen.pdf', size: Math.round(1.2 * 1024 * 1024), type: '' },
        { name: 'foto.jpg', size: 845 * 1024, type: '' },
      ],
    });
    expect(gmail.findSendControls(root)[0]?.textContent).toBe('Odeslat');
  });

  test('exact sizes from files replace the rounded chip sizes; files without a chip yet are included', () => {
    const root = only(loadFixture('draft'));
    const exact = [
      { name: 'data.xlsx', size: 1_523_456, type: 'application/vnd.ms-excel' },
      { name: 'new.png', size: 4321, type: 'image/png' },
    ];
    expect(gmail.readDraft(root, exact).attachments).toEqual([
      { name: 'q3-report.pdf', size: 245 * 1024, type: '' },
      { name: 'data.xlsx', size: 1_523_456, type: 'application/vnd.ms-excel' },
      { name: 'new.png', size: 4321, type: 'image/png' },
    ]);
    // The user removes the data.xlsx chip: the measured file goes with it.
    root.querySelectorAll('div.dL')[1]!.remove();
    expect(gmail.readDraft(root, exact).attachments.map((a) => a.name)).toEqual(['q3-report.pdf', 'new.png']);
    expect(exact.map((e) => e.name)).toEqual(['new.png']);
  });

  test('typed-but-not-chipped text and older hidden inputs, deduplicated', () => {
    const root = only(loadFixture('inbox'));
    root.querySelector<HTMLInputElement>('div[name="to"] input')!.value = 'a@x.cz, B <b@y.org>;';
    const hidden = root.ownerDocument.createElement('input');
    hidden.type = 'hidden';
    hidden.name = 'to';
    hidden.value = 'A@x.cz, "Novák, Jan" <jan@z.cz>';
    root.querySelector('form')!.append(hidden);
    expect(gmail.readDraft(root).to).toEqual(['a@x.cz', 'b@y.org', 'jan@z.cz']);
  });

  test('a page that changed shape: editor without a Send button is reported, not adopted', () => {
    const doc = loadFixture('inbox');
    doc.querySelector('table.IZ')!.remove();
    expect(gmail.findComposeRoots(doc)).toEqual({ roots: [], unrecognized: 1 });
  });

  test('text ranges map back to the exact characters of the body', () => {
    const root = only(loadFixture('draft'));
    const { text } = gmail.readDraft(root);
    for (const word of ['Hi Eva', 'numbers for Q3', 'attached report.\nCall', 'unclear']) {
      const start = text.indexOf(word);
      const [range] = gmail.textRanges(root, start, start + word.length);
      expect(range!.toString().replace(/\u00a0/g, ' ')).toBe(word.replace('\n', ''));
    }
  });

  test("Gmail's own alert dialog is detected", () => {
    const doc = loadFixture('inbox');
    expect(gmail.hasOwnDialogOpen(doc)).toBe(false);
    doc.body.insertAdjacentHTML(
      'beforeend',
      '<div class="Kj-JD"><div role="alertdialog">Send without subject?</div></div>',
    );
    expect(gmail.hasOwnDialogOpen(doc)).toBe(true);
  });
});

describe('no-op adapter', () => {
  test('finds nothing on any page, so Preflight touches nothing', () => {
    const doc = loadFixture('two');
    expect(noopAdapter.findComposeRoots(doc)).toEqual({ roots: [], unrecognized: 0 });
    expect(() => noopAdapter.readDraft(doc.body)).toThrow(LayoutError);
    expect(noopAdapter.findSendControls(doc.body)).toEqual([]);
    expect(noopAdapter.findSendMenuItem(doc.body)).toBeNull();
    expect(noopAdapter.findPanelAnchor(doc.body)).toBeNull();
  });
});
