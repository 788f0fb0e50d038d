// @vitest-environment happy-dom
/**
 * The Gmail adapter against hostile drafts and a changing Gmail: markup in the body posing as Gmail's
 * controls, a subject holding addresses in the title, suggestion chips, renamed class tokens (A/B tests),
 * and the recipients splitter on huge input.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { inEditableContent } from '../../utils/adapters';
import {
  GMAIL_SELECTORS,
  accountOf,
  gmailAdapter as gmail,
  splitAddressList,
} from '../../utils/adapters/gmail';
import { FIXTURE_NAMES, loadFixture } from './load-fixture';

const only = (doc: Document) => {
  const { roots, unrecognized } = gmail.findComposeRoots(doc);
  expect(unrecognized).toBe(0);
  expect(roots).toHaveLength(1);
  return roots[0]!;
};

/** Markup a draft can carry (pasted, or quoted from a received mail) that copies Gmail's own. */
const DECOYS = `
  <div class="M9"><div class="aoI" role="region">
    <div contenteditable="true" g_editable="true" role="textbox">nested editor</div>
    <table class="IZ" role="group"><tbody><tr><td class="gU Up"><div class="dC">
      <div class="T-I J-J5-Ji Uo" role="button" data-tooltip="Send and archive">Send &amp; Archive</div>
      <div class="T-I J-J5-Ji aoO v7" role="button" data-tooltip="Send (Ctrl-Enter)" id="decoy-send">Send</div>
      <div class="T-I hG" role="button" aria-haspopup="true" aria-expanded="true"></div>
    </div></td></tr></tbody></table>
  </div></div>
  <table class="GS"><tbody><tr class="bzf"><td><div class="anm" name="to">
    <div role="listbox"><div role="option" data-hovercard-id="attacker@evil.example">x</div><input value="typed@evil.example"></div>
  </div></td></tr></tbody></table>
  <input type="hidden" name="from" value="ceo@evil.example">
  <input name="subjectbox" value="Decoy subject">
  <div class="dL"><div class="vI">fake.exe</div><div class="vJ">(1K)</div></div>
  <div role="menu"><div role="menuitem" id="decoy-item">Schedule send</div></div>`;

function withDecoys(name: string) {
  const doc = loadFixture(name);
  const editors = doc.querySelectorAll<HTMLElement>('[g_editable="true"]');
  for (const editor of editors) editor.insertAdjacentHTML('afterbegin', DECOYS);
  return doc;
}

describe('decoys in the body are the draft, never Gmail', () => {
  test.each(FIXTURE_NAMES)(
    '%s: roots, Send, anchor, recipients, sender and attachments ignore them',
    (name) => {
      const clean = loadFixture(name);
      const cleanRoots = gmail.findComposeRoots(clean).roots;
      const cleanDrafts = cleanRoots.map((r) => gmail.readDraft(r));
      const cleanSends = cleanRoots.map((r) => gmail.findSendControls(r).map((b) => b.outerHTML));
      const doc = withDecoys(name);
      const { roots, unrecognized } = gmail.findComposeRoots(doc);
      expect(unrecognized).toBe(0);
      expect(roots).toHaveLength(cleanRoots.length);
      roots.forEach((root, i) => {
        expect(inEditableContent(root)).toBe(false);
        const sends = gmail.findSendControls(root);
        expect(sends.map((b) => b.outerHTML)).toEqual(cleanSends[i]);
        for (const b of sends) expect(inEditableContent(b)).toBe(false);
        const anchor = gmail.findPanelAnchor(root)!;
        expect(inEditableContent(anchor.element)).toBe(false);
        expect(anchor.element.contains(sends[0]!)).toBe(true);
        const d = gmail.readDraft(root);
        const before = cleanDrafts[i]!;
        expect({ ...d, text: '', html: '' }).toEqual({ ...before, text: '', html: '' });
        // The decoys are content: they are in the text the rules read.
        expect(d.text).toContain('nested editor');
      });
      expect(gmail.findSendMenuItem(doc.getElementById('decoy-item')!)).toBeNull();
    },
  );
});

describe('the menu that sends (Schedule send)', () => {
  test('an item of the menu opened from a compose maps to that compose; closed or foreign menus do not', () => {
    const doc = loadFixture('two');
    const roots = gmail.findComposeRoots(doc).roots;
    const opener = roots[1]!.querySelector<HTMLElement>('div[role="button"].hG')!;
    doc.body.insertAdjacentHTML(
      'beforeend',
      '<div class="J-M" role="menu" id="m1" aria-activedescendant="it"><div class="J-N" role="menuitem" id="it"><span>Schedule send</span></div></div>',
    );
    const item = doc.getElementById('it')!;
    expect(gmail.findSendMenuItem(item.firstElementChild!)).toBeNull();
    opener.setAttribute('aria-expanded', 'true');
    expect(gmail.findSendMenuItem(item.firstElementChild!)).toEqual({ item, opener });
    // Keyboard: the focused menu names its highlighted item.
    expect(gmail.findSendMenuItem(doc.getElementById('m1')!)).toEqual({ item, opener });
    // An opener naming another menu.
    opener.setAttribute('aria-controls', 'other-menu');
    expect(gmail.findSendMenuItem(item)).toBeNull();
    opener.setAttribute('aria-controls', 'm1');
    expect(gmail.findSendMenuItem(item)?.opener).toBe(opener);
    expect(gmail.findSendMenuItem(doc.body)).toBeNull();
  });
});

describe('sender and account', () => {
  test('the account is the address just before " - Gmail", not the first address of the title', () => {
    const doc = loadFixture('reply');
    doc.title = 'Invoice from billing@shop.example - jan@example.com - Gmail';
    expect(accountOf(doc)).toBe('jan@example.com');
    doc.title = 'Re: petr@x.cz - Doručená pošta - jana@example.cz - Gmail';
    expect(accountOf(doc)).toBe('jana@example.cz');
  });

  test('without an address in the title, the account button is read (its label is translated)', () => {
    const doc = loadFixture('inbox');
    doc.title = 'Gmail';
    expect(accountOf(doc)).toBe('jan@example.com');
  });

  test('the From control comes first: the hidden input, then the from chooser, then the account', () => {
    const doc = loadFixture('inbox');
    doc.title = 'Offer from sales@other.example - jan@example.com - Gmail';
    const root = only(doc);
    expect(gmail.readDraft(root).from).toBe('jan@example.com');
    root
      .querySelector('form')!
      .insertAdjacentHTML(
        'afterbegin',
        '<div class="J-M" role="menu"><div class="SK AX"><div role="menuitem" value="Jan &lt;jan@example.com&gt;" aria-selected="false"></div><div role="menuitem" value="sales@example.com" aria-selected="true"></div></div></div>',
      );
    expect(gmail.readDraft(root).from).toBe('sales@example.com');
    root.querySelector<HTMLInputElement>('input[name="from"]')!.value = 'Team <team@example.com>';
    expect(gmail.readDraft(root).from).toBe('team@example.com');
  });
});

describe('recipients and subject', () => {
  test('reply: chips from the recipients table; the collapsed summary and PeopleKit suggestions are not recipients', () => {
    const doc = loadFixture('reply');
    const root = gmail.findComposeRoots(doc).roots[0]!;
    expect(root.querySelector('div.aoD.hl [email="stale@example.org"]')).not.toBeNull();
    expect(root.querySelector('[data-hovercard-id="eva.other@example.com"]')).not.toBeNull();
    expect(gmail.readDraft(root).to).toEqual(['eva@example.org']);
    expect(root.querySelector('input[peoplekit-id]')).not.toBeNull();
  });

  test('a reply with an empty visible subject box uses the hidden subject', () => {
    const doc = loadFixture('reply');
    const root = gmail.findComposeRoots(doc).roots[0]!;
    root.querySelector('form')!.insertAdjacentHTML('afterbegin', '<input name="subjectbox" value="">');
    expect(gmail.readDraft(root).subject).toBe('Re: Quarterly report');
    root.querySelector<HTMLInputElement>('input[name="subjectbox"]')!.value = 'New subject';
    expect(gmail.readDraft(root).subject).toBe('New subject');
  });

  test('Send & Archive in a reply is a second send control, after Send whatever the DOM order', () => {
    const root = gmail.findComposeRoots(loadFixture('reply')).roots[0]!;
    const sends = gmail.findSendControls(root);
    expect(sends.map((b) => b.textContent)).toEqual(['Send', 'Send & Archive']);
    expect(sends[1]!.compareDocumentPosition(sends[0]!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });
});

describe('the address splitter', () => {
  const reference = (v: string) => v.split(/[,;](?=(?:[^"]*"[^"]*")*[^"]*$)/);

  test('splits on , and ; outside double quotes, like the former regex on balanced input', () => {
    const part = fc.stringMatching(/^[a-z"@ .<>]{0,6}$/);
    fc.assert(
      fc.property(fc.array(fc.tuple(part, fc.constantFrom(',', ';'))), (pieces) => {
        const v = pieces.map(([p, sep]) => p + sep).join('');
        // The old lookahead only agreed on inputs with balanced quotes.
        fc.pre((v.match(/"/g)?.length ?? 0) % 2 === 0);
        expect(splitAddressList(v)).toEqual(reference(v));
      }),
    );
  });

  test('40,000 commas are split in one pass (40,001 parts), quoted commas kept', () => {
    expect(splitAddressList(','.repeat(40_000))).toHaveLength(40_001);
    expect(splitAddressList('"Novák, Jan" <j@x.cz>, b@y.cz')).toEqual(['"Novák, Jan" <j@x.cz>', ' b@y.cz']);
  });
});

describe('renamed class tokens (Gmail A/B tests: `Ht` → `Ht-<hash>`)', () => {
  /** Every class token of the page gets a hash suffix; attributes, roles and structure stay. */
  function hashed(name: string) {
    const doc = loadFixture(name);
    for (const el of doc.body.querySelectorAll('[class]')) {
      // Mail-format classes (gmail_quote, gmail_signature) are part of the mail, not Gmail's UI.
      const tokens = [...el.classList].map((t) => (t.startsWith('gmail_') ? t : `${t}-x7Qk`));
      el.setAttribute('class', tokens.join(' '));
    }
    return doc;
  }

  test.each(FIXTURE_NAMES)('%s: composes, Send, toolbar, recipients, subject and body still read', (name) => {
    const clean = loadFixture(name);
    const expected = gmail.findComposeRoots(clean).roots.map((r) => {
      const d = gmail.readDraft(r);
      return { ...d, html: '', attachments: [], sends: gmail.findSendControls(r).map((b) => b.textContent) };
    });
    const doc = hashed(name);
    const { roots, unrecognized } = gmail.findComposeRoots(doc);
    expect(unrecognized).toBe(0);
    const got = roots.map((r) => {
      expect(gmail.findPanelAnchor(r)).not.toBeNull();
      const d = gmail.readDraft(r);
      return { ...d, html: '', attachments: [], sends: gmail.findSendControls(r).map((b) => b.textContent) };
    });
    expect(got).toEqual(expected);
  });

  test('every list of selectors that relies on an obfuscated class also has a class-free alternative', () => {
    // Attachment chips are exempt: exact sizes come from the file input and drop events, chips only round.
    const exempt = new Set(['attachmentChip', 'attachmentName', 'attachmentSize', 'bodySkip', 'replyMarks']);
    exempt.add('inlineContainer'); // teardown falls back to the container leaving the DOM
    // A class selector outside quoted attribute values ("accounts.google.com" is not one).
    const hasClass = (s: string) => /\.[A-Za-z]/.test(s.replace(/"[^"]*"/g, '""'));
    for (const [key, list] of Object.entries(GMAIL_SELECTORS)) {
      if (exempt.has(key) || typeof list === 'string') continue;
      if (!list.some(hasClass)) continue;
      expect(
        list.some((s) => !hasClass(s)),
        `${key} needs a class-free alternative`,
      ).toBe(true);
    }
  });
});
