/**
 * Preflight in Gmail, in Debian's Chromium with the built extension (.output/chrome-mv3), against the
 * Gmail-like fixtures served as https://mail.google.com by the fixture server.
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, test } from 'vitest';
import { t } from '../../utils/i18n';
import type { IntegrationStatus } from '../../utils/status';
import { type ChromiumSession, launchChromium } from '../../scripts/lib/browsers';
import {
  CLEAN,
  RISKY,
  composes,
  confirmation,
  gmailUrl,
  hostAttr,
  panelIn,
  panels,
  sent,
  writeDraft,
} from '../../scripts/lib/gmail-page';

let session: ChromiumSession;
let page: Page;

beforeAll(async () => {
  session = await launchChromium(inject('fixturePort'));
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
const settle = () => page.waitForTimeout(400);

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
    const show = panelIn(compose).locator('.pf-link').first();
    await show.click();
    expect(await page.evaluate(() => CSS.highlights.has('preflight'))).toBe(true);
    expect(await compose.locator('[g_editable="true"]').innerHTML()).toBe(before);
  });
});

describe('send gate', () => {
  async function risky() {
    await open('inbox');
    const compose = composes(page).first();
    await writeDraft(compose, RISKY);
    return compose;
  }

  test('click on Send with a risky draft: held; "Send anyway" sends exactly once', async () => {
    const compose = await risky();
    // No waiting for the debounce: the gate analyses afresh at send time.
    await compose.locator('div[role="button"].aoO').click();
    await confirmation(page).waitFor();
    expect(await sent(page)).toEqual([]);
    expect(await confirmation(page).locator('.pf-finding').count()).toBeGreaterThan(0);
    await confirmation(page).locator('[data-action="send"]').click();
    await expect.poll(() => sent(page).then((s) => s.length)).toBe(1);
    await settle();
    expect((await sent(page)).map((s) => s.subject)).toEqual([RISKY.subject]);
    expect(await page.locator('.bAq').textContent()).toBe('Message sent');
    expect(await panels(page).count()).toBe(0);
  });

  test('Ctrl+Enter in the body with a risky draft: held; "Send anyway" sends exactly once', async () => {
    await risky();
    await page.keyboard.press('Control+Enter');
    await confirmation(page).waitFor();
    expect(await sent(page)).toEqual([]);
    await confirmation(page).locator('[data-action="send"]').click();
    await settle();
    expect((await sent(page)).length).toBe(1);
  });

  test('Space on the focused Send button: held', async () => {
    const compose = await risky();
    await compose.locator('div[role="button"].aoO').focus();
    await page.keyboard.press('Space');
    await confirmation(page).waitFor();
    await settle();
    expect(await sent(page)).toEqual([]);
  });

  test('"Review" closes the dialog, leaves the draft unsent and highlights the first finding', async () => {
    const compose = await risky();
    await compose.locator('div[role="button"].aoO').click();
    await confirmation(page).locator('[data-action="review"]').click();
    await settle();
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

  test('files dropped on the compose are measured to the byte', async () => {
    await open('inbox');
    const compose = composes(page).first();
    await compose.locator('[g_editable="true"]').evaluate((editor) => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array(2_500_001)], 'photos.zip', { type: 'application/zip' }));
      for (const type of ['dragenter', 'dragover', 'drop']) {
        editor.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
      }
    });
    await expect.poll(() => hostAttr(compose, 'attachments-bytes')).toBe('2500001');
  });
});

describe('hygiene', () => {
  test('no errors from the extension in the console during the whole run', () => {
    expect(session.extensionErrors()).toEqual([]);
  });
});
