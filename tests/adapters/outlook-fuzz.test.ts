// @vitest-environment happy-dom
/**
 * The Outlook adapter reads untrusted markup (chips, typed text, attachment cards, the body). Structure-
 * aware fuzzing: random composes built from the shapes Outlook uses, with hostile text in every slot.
 * The adapter must never throw, never read inside the body, and every recipient it returns must be an
 * address it saw, a quoted name (unverified) or typed text from a well.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { outlookAdapter as outlook } from '../../utils/adapters/outlook';

const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom(
    'Eva Nováková',
    'eva@example.org',
    'Karel <karel@x.cz>',
    '"a"@b.c',
    '<>',
    ';;,',
    '1,5 MB',
    '\u200b',
    ' ',
  ),
);

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const chip = fc.oneof(
  text.map((t) => `<span class="_Entity" contenteditable="false"><span>${esc(t)}</span></span>`),
  fc
    .tuple(text, text)
    .map(
      ([t, title]) =>
        `<span class="_Entity" contenteditable="false" title="${esc(title)}"><span class="fui-Avatar" role="img">X<span class="fui-PresenceBadge" role="img"></span></span><span>${esc(t)}</span></span>`,
    ),
  text.map((t) => `<div data-selection-index="0"><div class="ms-Persona-primaryText">${esc(t)}</div></div>`),
);
const well = fc
  .tuple(fc.array(chip, { maxLength: 4 }), text)
  .map(
    ([chips, typed]) =>
      `<div class="hrow"><div contenteditable="true" role="textbox">${chips.join('')}${esc(typed)}</div></div>`,
  );
const card = fc
  .tuple(text, text)
  .map(
    ([name, size]) =>
      `<div role="listitem"><div title="${esc(name)}">${esc(name)}</div><div>${esc(size)}</div></div>`,
  );
const body = fc
  .array(
    fc.oneof(
      text.map((t) => `<div>${esc(t)}</div>`),
      chip,
      well,
      card,
    ),
    { maxLength: 5 },
  )
  .map((parts) => parts.join(''));

const compose = fc
  .record({
    wells: fc.array(well, { maxLength: 4 }),
    cards: fc.array(card, { maxLength: 3 }),
    subject: fc.option(text),
    body,
    history: fc.boolean(),
  })
  .map(
    (c) => `<div data-compose>
      <div role="toolbar"><div class="fui-SplitButton"><button class="fui-SplitButton__primaryActionButton" title="Send (Ctrl+Enter)"><span>S</span></button></div></div>
      ${c.wells.join('')}
      ${c.subject === null ? '' : `<input type="text" class="fui-Input__input" value="${esc(c.subject)}">`}
      <div role="list">${c.cards.join('')}</div>
      <div contenteditable="true" role="textbox" aria-multiline="true">${c.body}${c.history ? '<div id="appendonsend"></div><div>quoted</div>' : ''}</div>
    </div>`,
  );

describe('Outlook adapter on random composes', () => {
  test('never throws; recipients come from the header only, in an accepted form', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(compose, (html) => {
        document.body.innerHTML = `<div id="app">${html}</div>`;
        const { roots } = outlook.findComposeRoots(document);
        expect(roots).toHaveLength(1);
        const root = roots[0]!;
        const d = outlook.readDraft(root);
        const editor = outlook.findBodyEditor(root)!;
        const header = root.cloneNode(true) as HTMLElement;
        header.querySelector('[aria-multiline="true"]')!.remove();
        // Everything the header shows or carries: text, attribute values, input values.
        const parts = [header.textContent ?? ''];
        for (const el of header.querySelectorAll('*')) for (const a of el.attributes) parts.push(a.value);
        for (const input of root.querySelectorAll('input')) parts.push(input.value);
        const norm = (x: string) => x.replace(/[\u200b-\u200d\u2060\ufeff]/g, '').replace(/\s+/g, ' ');
        const seen = norm(parts.join('\n'));
        for (const r of [...d.to, ...d.cc, ...d.bcc]) {
          expect(r.length).toBeGreaterThan(0);
          // A quoted name (unverified), or something the header holds (never only the body).
          if (!/^"[^"]*"$/.test(r)) expect(seen.includes(norm(r))).toBe(true);
        }
        expect(d.text).not.toContain('quoted');
        for (const a of d.attachments) expect(Number.isNaN(a.size) || a.size >= 0).toBe(true);
        expect(editor.contains(outlook.findSendControls(root)[0]!)).toBe(false);
      }),
      { numRuns: 80 },
    );
  });
});
