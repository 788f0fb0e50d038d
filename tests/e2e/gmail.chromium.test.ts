/**
 * Preflight in Gmail, in Debian's Chromium with the built extension (.output/chrome-mv3), against the
 * Gmail-like fixtures served as https://mail.google.com by the fixture server.
 */
import { createRequire } from 'node:module';
import type { Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, test } from 'vitest';
import { t } from '../../utils/i18n';
import type { IntegrationStatus } from '../../utils/status';
import { CHROME_E2E_EXT, type ChromiumSession, launchChromium } from '../../scripts/lib/browsers';
import {
  CLEAN,
  RISKY,
  composes,
  confirmation,
  focused,
  gmailUrl,
  hostAttr,
  pageTurn,
  panelIn,
  panels,
  sent,
  writeDraft,
} from '../../scripts/lib/gmail-page';

let session: ChromiumSession;
let page: Page;

beforeAll(async () => {
  // The e2e build: the shipped code plus the test hooks (fail-open and partial-analysis switches).
  session = await launchChromium(inject('fixturePort'), { extension: CHROME_E2E_EXT });
});
afterAll(async () => {
  await session?.close();
});
afterEach(async () => {
  await page?.close();
});

async function open(name: string, query = '') {
  page = await session.newPage();
  await page.goto(gmailUrl(name, query));
  await panels(page).first().waitFor({ state: 'attached' });
  return page;
}

const level = (i = 0) => hostAttr(composes(page).nth(i), 'level');
/** The four level names external tools rely on. An empty draft may already be 'notice' (no subject). */
const ANY_LEVEL = /^(ok|notice|warning|danger)$/;
const SEND = 'div[role="button"].aoO';
const ARCHIVE = 'div[role="button"].Uo';

/**
 * "Send anyway", then every send that reached the page. The re-send (mousedown, mouseup, click) is
 * dispatched synchronously, so once one send arrived and the page ran a task after it, a duplicate would
 * have arrived too: the caller asserts exactly one, without sleeping.
 */
async function sendAnyway(sentBefore = 0) {
  await confirmation(page).locator('[data-action="send"]').click();
  await expect.poll(() => sent(page).then((s) => s.length)).toBeGreaterThan(sentBefore);
  await pageTurn(page);
  return sent(page);
}

describe('the panel appears in every kind of compose', () => {
  test('pop-up (new message), in the page flow above the toolbar, not over Send', async () => {
    await open('inbox');
    const compose = composes(page).first();
    const host = panelIn(compose);
    await expect.poll(() => host.getAttribute('data-level')).toMatch(ANY_LEVEL);
    expect(await host.evaluate((h) => h.shadowRoot?.mode)).toBe('open');
    expect(await host.evaluate((h) => h.nextElementSibling?.matches('table.IZ'))).toBe(true);
    const panelBox = (await host.boundingBox())!;
    const sendBox = (await compose.locator('div[role="button"].aoO').boundingBox())!;
    expect(panelBox.y + panelBox.height).toBeLessThanOrEqual(sendBox.y);
    const names = { ok: 'Looks good', notice: 'Worth a look', warning: 'Risky', danger: 'High risk' };
    const lvl = (await host.getAttribute('data-level')) as keyof typeof names;
    expect(await host.locator('.pf-badge').textContent()).toBe(names[lvl]);
  });

  test('a compose opened later, two at once, each with its own panel; closing one removes its panel', async () => {
    await open('inbox');
    await page.locator('[gh="cm"]').click();
    await expect.poll(() => panels(page).count()).toBe(2);
    expect(await composes(page).nth(1).locator('preflight-panel').count()).toBe(1);
    await composes(page).nth(0).locator('.Ha').click();
    await expect.poll(() => panels(page).count()).toBe(1);
  });

  test('two composes on load', async () => {
    await open('two');
    await expect.poll(() => panels(page).count()).toBe(2);
    for (const i of [0, 1]) expect(await composes(page).nth(i).locator('preflight-panel').count()).toBe(1);
  });

  test('inline reply and an inline forward opened from the conversation', async () => {
    await open('reply');
    const reply = page.locator('div.M9').first();
    await expect.poll(() => hostAttr(reply, 'level')).toMatch(ANY_LEVEL);
    await page.locator('[data-fixture-open="fixture-forward"]').click();
    await expect.poll(() => panels(page).count()).toBe(2);
  });

  test('full-screen compose', async () => {
    await open('fullscreen');
    await expect.poll(() => hostAttr(composes(page).first(), 'level')).toMatch(ANY_LEVEL);
  });

  test('a draft reopened after a reload: panel again, attachment chips measured', async () => {
    await open('draft');
    await page.reload();
    await panels(page).first().waitFor({ state: 'attached' });
    const bytes = 245 * 1024 + Math.round(1.5 * 1024 * 1024);
    await expect.poll(() => hostAttr(composes(page).first(), 'attachments-bytes')).toBe(String(bytes));
  });

  test('collapsing the panel is remembered (per account) across reloads', async () => {
    await open('inbox');
    await writeDraft(composes(page).first(), RISKY);
    const toggle = panelIn(composes(page).first()).locator('.pf-toggle');
    await toggle.click();
    await expect
      .poll(() => session.extensionStorage('local', 'panelCollapsed'))
      .toEqual({ 'jan@example.com': true });
    await page.reload();
    await writeDraft(composes(page).first(), RISKY);
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await panelIn(composes(page).first()).locator('.pf-findings').count()).toBe(0);
    await toggle.click();
    await expect
      .poll(() => session.extensionStorage('local', 'panelCollapsed'))
      .toEqual({ 'jan@example.com': false });
  });

  test('a compose without a recognizable Send button: no panel, status "Gmail layout not recognized", sending untouched', async () => {
    await open('inbox');
    await page.evaluate(() => {
      const mole = (document.getElementById('fixture-compose') as HTMLTemplateElement).content.cloneNode(
        true,
      ) as DocumentFragment;
      mole.querySelector('table.IZ')!.remove();
      document.querySelector('.dw .no')!.append(mole);
    });
    await expect
      .poll(() => session.extensionStorage('local', 'integrationStatus'))
      .toMatchObject({ gmail: { state: 'layout-not-recognized' } });
    const status = (
      (await session.extensionStorage('local', 'integrationStatus')) as Record<string, IntegrationStatus>
    ).gmail!;
    expect(t('en', status.messageId, status.data)).toMatch(/^Gmail layout not recognized\./);
    const broken = composes(page).nth(1);
    expect(await broken.locator('preflight-panel').count()).toBe(0);
    await writeDraft(broken, { subject: RISKY.subject, body: RISKY.body });
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => sent(page).then((s) => s.length)).toBe(1);
    expect(await confirmation(page).count()).toBe(0);
  });

  test('Czech Gmail: same build, Czech panel', async () => {
    await open('cs');
    const host = panelIn(composes(page).first());
    await expect.poll(() => host.getAttribute('data-level')).toMatch(ANY_LEVEL);
    expect(await host.locator('.pf-name').textContent()).toBe('Preflight');
    expect(await host.locator('section').getAttribute('aria-label')).toBe('Kontrola konceptu před odesláním');
    expect(await host.locator('.pf-att').textContent()).toBe('2 přílohy, 2 MB');
  });
});

describe('live findings', () => {
  test('the level follows the draft while typing, within the debounce', async () => {
    await open('inbox');
    const compose = composes(page).first();
    await expect.poll(() => level()).toMatch(/ok|notice/);
    await writeDraft(compose, RISKY);
    await expect.poll(() => level(), { timeout: 2000 }).toMatch(/warning|danger/);
    expect(Number(await hostAttr(compose, 'findings'))).toBeGreaterThan(0);
    await expect(panelIn(compose).locator('.pf-finding').count()).resolves.toBeGreaterThan(0);
    // Clear subject and body: back to a calm level.
    await compose.locator('input[name="subjectbox"]').fill('Lunch');
    await compose.locator('[g_editable="true"]').fill('Hi Eva, see you at noon.');
    await expect.poll(() => level(), { timeout: 2000 }).toMatch(/ok|notice/);
  });

  test('"Show" highlights the evidence with the Custom Highlight API, without touching the draft', async () => {
    await open('inbox');
    const compose = composes(page).first();
    await writeDraft(compose, RISKY);
    await expect.poll(() => level()).toMatch(/warning|danger/);
    const before = await compose.locator('[g_editable="true"]').innerHTML();
    // A finding in the body (subject evidence selects the input instead of highlighting).
    const show = panelIn(compose).locator('.pf-finding[data-rule^="body-"] .pf-link').first();
    await show.click();
    expect(await page.evaluate(() => CSS.highlights.has('preflight'))).toBe(true);
    expect(await compose.locator('[g_editable="true"]').innerHTML()).toBe(before);
  });
});

async function risky(name = 'inbox') {
  await open(name);
  const compose = composes(page).first();
  await writeDraft(compose, name === 'reply' ? { body: ' ' + RISKY.body } : RISKY);
  return compose;
}

describe('send gate', () => {
  test('click on Send with a risky draft: held; "Send anyway" sends exactly once', async () => {
    const compose = await risky();
    // No waiting for the debounce: the gate analyses afresh at send time.
    await compose.locator('div[role="button"].aoO').click();
    await confirmation(page).waitFor();
    expect(await sent(page)).toEqual([]);
    expect(await confirmation(page).locator('.pf-finding').count()).toBeGreaterThan(0);
    const all = await sendAnyway();
    expect(all.map((s) => [s.subject, s.how])).toEqual([[RISKY.subject, 'send']]);
    expect(await page.locator('.bAq').textContent()).toBe('Message sent');
    expect(await panels(page).count()).toBe(0);
  });

  test('Ctrl+Enter in the body with a risky draft: held; "Send anyway" sends exactly once', async () => {
    await risky();
    await page.keyboard.press('Control+Enter');
    await confirmation(page).waitFor();
    await pageTurn(page);
    expect(await sent(page)).toEqual([]);
    expect((await sendAnyway()).length).toBe(1);
  });

  test('Space on the focused Send button: held', async () => {
    const compose = await risky();
    await compose.locator('div[role="button"].aoO').focus();
    await page.keyboard.press('Space');
    await confirmation(page).waitFor();
    await pageTurn(page);
    expect(await sent(page)).toEqual([]);
    // The keyup of that Space did not land on Review: the question is still open, Review has focus.
    expect(await confirmation(page).count()).toBe(1);
    expect(await focused(page)).toBe('review');
    expect((await sendAnyway()).length).toBe(1);
  });

  test('"Review" closes the dialog, leaves the draft unsent and highlights the first finding', async () => {
    const compose = await risky();
    await compose.locator('div[role="button"].aoO').click();
    await confirmation(page).locator('[data-action="review"]').click();
    await pageTurn(page);
    expect(await confirmation(page).count()).toBe(0);
    expect(await sent(page)).toEqual([]);
    expect(await composes(page).count()).toBe(1);
    expect(await panelIn(compose).locator('.pf-findings').count()).toBe(1);
    expect(await page.evaluate(() => CSS.highlights.has('preflight'))).toBe(true);
  });

  test("Gmail's own dialog is open: the gate stays out of it", async () => {
    await risky();
    await page.evaluate(() =>
      document.body.insertAdjacentHTML(
        'beforeend',
        '<div class="Kj-JD"><div role="alertdialog" aria-modal="true">Gmail asks</div></div>',
      ),
    );
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => sent(page).then((s) => s.length)).toBe(1);
    expect(await confirmation(page).count()).toBe(0);
  });

  test('a clean draft sends at once, with no dialog', async () => {
    await open('inbox');
    const compose = composes(page).first();
    await writeDraft(compose, CLEAN);
    await compose.locator('div[role="button"].aoO').click();
    await expect.poll(() => sent(page).then((s) => s.length)).toBe(1);
    expect(await confirmation(page).count()).toBe(0);
  });

  test('fail open: with the test hook making Preflight throw, a risky draft sends at once', async () => {
    const compose = await risky();
    await page.evaluate(() => document.documentElement.setAttribute('data-preflight-test-throw', ''));
    await compose.locator('div[role="button"].aoO').click();
    await expect.poll(() => sent(page).then((s) => s.length)).toBe(1);
    expect(await confirmation(page).count()).toBe(0);
  });

  test('fail open via the ?preflight-test-throw query: Ctrl+Enter sends at once', async () => {
    await open('inbox', '?preflight-test-throw');
    await writeDraft(composes(page).first(), RISKY);
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => sent(page).then((s) => s.length)).toBe(1);
  });
});

describe('exact attachment sizes', () => {
  test('files added through the file input are measured to the byte', async () => {
    await open('inbox');
    const compose = composes(page).first();
    await compose.locator('input[name="Filedata"]').setInputFiles([
      { name: 'report.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(123_457) },
      { name: 'invoice.pdf.exe', mimeType: 'application/octet-stream', buffer: Buffer.alloc(4_321) },
    ]);
    await expect.poll(() => hostAttr(compose, 'attachments-bytes')).toBe(String(123_457 + 4_321));
    expect(await compose.locator('div.dL .vJ').allTextContents()).toEqual(['(121K)', '(5K)']);
  });

  test("files dropped on Gmail's page-level drop zone (outside the compose) are measured to the byte", async () => {
    await open('inbox');
    const compose = composes(page).first();
    const box = (await compose.boundingBox())!;
    const zoneHit = await page.evaluate(
      ({ x, y }) => {
        const dt = new DataTransfer();
        dt.items.add(new File([new Uint8Array(2_500_001)], 'photos.zip', { type: 'application/zip' }));
        const editor = document.querySelector('[g_editable="true"]')!;
        editor.dispatchEvent(
          new DragEvent('dragenter', { dataTransfer: dt, bubbles: true, cancelable: true }),
        );
        // Gmail's zone sits on the body, over the compose; the drop lands on it, not in the compose.
        const zone = document.elementFromPoint(x, y)!;
        const onZone = zone.matches('body > .aC7');
        const init = { dataTransfer: dt, bubbles: true, cancelable: true, clientX: x, clientY: y };
        zone.dispatchEvent(new DragEvent('dragover', init));
        zone.dispatchEvent(new DragEvent('drop', init));
        return onZone;
      },
      { x: box.x + box.width / 2, y: box.y + box.height / 2 },
    );
    expect(zoneHit).toBe(true);
    await expect.poll(() => hostAttr(compose, 'attachments-bytes')).toBe('2500001');
    expect(await compose.locator('div.dL .vI').allTextContents()).toEqual(['photos.zip']);
  });
});

describe('every way to send is gated and sends exactly once', () => {
  async function heldThenSent(trigger: () => Promise<void>, how: string) {
    await trigger();
    await confirmation(page).waitFor();
    await pageTurn(page);
    expect(await sent(page)).toEqual([]);
    const all = await sendAnyway();
    expect(all.map((s) => s.how)).toEqual([how]);
  }

  test('Send & Archive (before Send in the DOM) in a reply: click', async () => {
    const compose = await risky('reply');
    await heldThenSent(() => compose.locator(ARCHIVE).click(), 'archive');
  });

  test('Send & Archive: Enter on the focused button', async () => {
    const compose = await risky('reply');
    await compose.locator(ARCHIVE).focus();
    await heldThenSent(() => page.keyboard.press('Enter'), 'archive');
  });

  test('Send: Enter on the focused button', async () => {
    const compose = await risky();
    await compose.locator(SEND).focus();
    await heldThenSent(() => page.keyboard.press('Enter'), 'send');
  });

  test('⌘+Enter (Meta) in the body', async () => {
    await risky();
    await heldThenSent(() => page.keyboard.press('Meta+Enter'), 'send');
  });

  test('Schedule send: the menu item (outside the compose, acting on mouseup)', async () => {
    const compose = await risky();
    await compose.locator('div[role="button"].hG').click();
    const item = page.locator('body > [role="menu"] [role="menuitem"]');
    await heldThenSent(() => item.click(), 'schedule');
  });

  test('Schedule send: Enter in the open menu', async () => {
    const compose = await risky();
    await compose.locator('div[role="button"].hG').click();
    await page.locator('body > [role="menu"]').focus();
    await heldThenSent(() => page.keyboard.press('Enter'), 'schedule');
  });

  test('a press on Send released over the backdrop, then Review: the next click on Send is asked again, not swallowed', async () => {
    const compose = await risky();
    const box = (await compose.locator(SEND).boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await confirmation(page).waitFor();
    await page.mouse.move(5, 5);
    await page.mouse.up();
    await page.keyboard.press('Escape');
    await expect.poll(() => confirmation(page).count()).toBe(0);
    // A plain click() (no mousedown), as scripts and assistive tech send it.
    await compose.locator(SEND).evaluate((b) => (b as HTMLElement).click());
    await confirmation(page).waitFor();
    expect((await sendAnyway()).length).toBe(1);
  });

  test('"Send without a subject?" is a native confirm() after the gate: dismissed, nothing is sent; accepted, once', async () => {
    await open('inbox');
    const compose = composes(page).first();
    await writeDraft(compose, { to: CLEAN.to, body: CLEAN.body });
    page.once('dialog', (d) => void d.dismiss());
    await compose.locator(SEND).click();
    await pageTurn(page);
    expect(await sent(page)).toEqual([]);
    page.once('dialog', (d) => void d.accept());
    await compose.locator(SEND).click();
    await expect.poll(() => sent(page).then((s) => s.length)).toBe(1);
    await pageTurn(page);
    expect(await sent(page)).toHaveLength(1);
    expect(await confirmation(page).count()).toBe(0);
  });

  test('a clean inline reply sends at once and its panel is torn down though Gmail keeps its DOM', async () => {
    await open('reply');
    const reply = page.locator('div.M9').first();
    await expect.poll(() => hostAttr(reply, 'level')).toMatch(ANY_LEVEL);
    await reply.locator(SEND).click();
    await expect.poll(() => sent(page).then((s) => s.length)).toBe(1);
    await expect.poll(() => panels(page).count()).toBe(0);
    expect(await page.locator('div.M9').count()).toBe(1);
  });
});

describe('hostile drafts and a changing page', () => {
  const DECOY =
    '<table class="IZ" role="group"><tbody><tr><td class="gU Up"><div class="T-I J-J5-Ji aoO v7" role="button" ' +
    'data-tooltip="Send (Ctrl-Enter)" id="decoy">Send</div></td></tr></tbody></table>' +
    '<div class="anm" name="to"><div role="option" data-hovercard-id="attacker@evil.example">x</div></div>';

  test('decoys in the body: the panel stays outside it, the real Send is gated, the fake one is text', async () => {
    await open('inbox');
    const fresh = composes(page).first();
    await writeDraft(fresh, RISKY);
    await fresh.locator('[g_editable="true"]').evaluate((el, html) => {
      el.insertAdjacentHTML('afterbegin', html);
      el.dispatchEvent(new Event('input', { bubbles: true }));
    }, DECOY);
    await pageTurn(page);
    expect(await panelIn(fresh).evaluate((h) => !!h.closest('[contenteditable]'))).toBe(false);
    expect(
      await panelIn(fresh).evaluate((h) => h.nextElementSibling?.closest('[contenteditable]') === null),
    ).toBe(true);
    // The fake button is the draft's text: no question, nothing sent.
    await page.locator('#decoy').click();
    await pageTurn(page);
    expect(await confirmation(page).count()).toBe(0);
    expect(await sent(page)).toEqual([]);
    await fresh.locator(`${SEND}:not(#decoy)`).click();
    await confirmation(page).waitFor();
    const all = await sendAnyway();
    expect(all).toHaveLength(1);
    expect(all[0]!.to).not.toContain('attacker@evil.example');
  });

  test('Gmail re-renders part of the compose and drops our host while asking: nothing stays held, the panel returns', async () => {
    const compose = await risky();
    await page.keyboard.press('Control+Enter');
    await confirmation(page).waitFor();
    await page.evaluate(() => document.querySelector('preflight-panel')!.remove());
    await expect.poll(() => panelIn(compose).count()).toBe(1);
    expect(await confirmation(page).count()).toBe(0);
    await compose.locator('[g_editable="true"]').click();
    await page.keyboard.press('Control+Enter');
    await confirmation(page).waitFor();
    expect((await sendAnyway()).length).toBe(1);
  });

  test('a partial analysis (work budget ran out) sends at once and says so in the panel', async () => {
    const compose = await risky();
    await page.evaluate(() => document.documentElement.setAttribute('data-preflight-test-partial', ''));
    await compose.locator('[g_editable="true"]').pressSequentially('!');
    const note = panelIn(compose).locator('[data-note="partial"]');
    await expect.poll(() => note.textContent()).toMatch(/^Checked in part/);
    await compose.locator(SEND).click();
    await expect.poll(() => sent(page).then((s) => s.length)).toBe(1);
    expect(await confirmation(page).count()).toBe(0);
  });
});

describe('dialog accessibility', () => {
  test('focus moves to Review, Tab stays inside, Escape is Review, focus returns to the body', async () => {
    await risky();
    expect(await focused(page)).toBe('editor');
    await page.keyboard.press('Control+Enter');
    await confirmation(page).waitFor();
    await expect.poll(() => focused(page)).toBe('review');
    const order: string[] = [];
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('Tab');
      order.push(await focused(page));
    }
    expect(order).toEqual(['send', 'review', 'send']);
    await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toBe('review');
    await page.keyboard.press('Escape');
    await expect.poll(() => confirmation(page).count()).toBe(0);
    await pageTurn(page);
    expect(await sent(page)).toEqual([]);
    expect(await focused(page)).toBe('editor');
  });

  test('axe-core finds no serious or critical issue in the panel and the dialog', async () => {
    const compose = await risky();
    const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
    await page.addScriptTag({ path: axePath });
    const audit = (what: Locator) =>
      what.page().evaluate(async () => {
        const axe = (
          window as unknown as {
            axe: {
              run(
                ctx: unknown,
                o: unknown,
              ): Promise<{ violations: { id: string; impact: string; nodes: { target: unknown }[] }[] }>;
            };
          }
        ).axe;
        const result = await axe.run(document, { resultTypes: ['violations'] });
        return result.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => ({ id: v.id, targets: v.nodes.map((n) => JSON.stringify(n.target)) }))
          .map((v) => ({ ...v, targets: v.targets.filter((t) => t.includes('preflight-panel')) }))
          .filter((v) => v.targets.length > 0);
      });
    await expect.poll(() => hostAttr(compose, 'level')).toMatch(/warning|danger/);
    const found = await audit(panelIn(compose));
    expect(found, JSON.stringify(found)).toEqual([]);
    await page.keyboard.press('Control+Enter');
    await confirmation(page).waitFor();
    const inDialog = await audit(confirmation(page));
    expect(inDialog, JSON.stringify(inDialog)).toEqual([]);
  });

  test('the live region speaks the level, not every keystroke', async () => {
    await open('inbox');
    const compose = composes(page).first();
    const live = panelIn(compose).locator('[aria-live]');
    expect(await live.count()).toBe(1);
    await writeDraft(compose, RISKY);
    await expect.poll(() => live.textContent()).toMatch(/^Preflight: (Risky|High risk)$/);
    const spoken = await live.textContent();
    await compose.locator('[g_editable="true"]').pressSequentially(' more words here');
    await pageTurn(page);
    expect(await live.textContent()).toBe(spoken);
  });
});

describe('hygiene', () => {
  test('no errors from the extension in the console while composing, holding and sending', async () => {
    // Self-contained: it does its own work and only counts errors from it.
    const before = session.extensionErrors().length;
    const compose = await risky();
    await compose.locator(SEND).click();
    await confirmation(page).waitFor();
    await sendAnyway();
    await page.locator('[gh="cm"]').click();
    await writeDraft(composes(page).first(), CLEAN);
    await composes(page).first().locator(SEND).click();
    await expect.poll(() => sent(page).then((s) => s.length)).toBe(2);
    await pageTurn(page);
    // The listener works: an error the page throws on purpose (named so the extension filter keeps it)
    // is seen; nothing else is.
    const probe = `Preflight e2e listener probe ${Date.now()}`;
    await page.evaluate(
      (m) =>
        void setTimeout(() => {
          throw new Error(m);
        }),
      probe,
    );
    const mine = () => session.extensionErrors().slice(before);
    await expect.poll(() => mine().some((e) => e.includes(probe))).toBe(true);
    expect(mine().filter((e) => !e.includes(probe))).toEqual([]);
  });
});
