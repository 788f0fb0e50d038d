/**
 * The same Firefox build (.output/firefox-mv2-e2e: the shipped code plus the test hooks) in firefox-esr,
 * driven by puppeteer-core over WebDriver BiDi: the panel appears, and every way to send a risky draft
 * is held and then sent exactly once.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, test } from 'vitest';
import { FIREFOX_E2E_EXT, type FirefoxSession, launchFirefox } from '../../scripts/lib/browsers';
import { CLEAN, RISKY, gmailUrl } from '../../scripts/lib/gmail-page';

let session: FirefoxSession;
let page: Page;
let errors: string[] = [];

beforeAll(async () => {
  session = await launchFirefox(inject('fixturePort'), { extension: FIREFOX_E2E_EXT });
});
afterAll(async () => {
  await session?.close();
});
afterEach(async () => {
  await page?.close();
});

async function open(name: string) {
  page = await session.browser.newPage();
  page.on('pageerror', (err) => errors.push(String(err)));
  page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
  await page.goto(gmailUrl(name));
  await page.waitForSelector('preflight-panel[data-level]');
}

type Sent = { subject: string; how: string; to: string[] };
const sent = () => page.evaluate(() => (window as unknown as { __sent: Sent[] }).__sent);
/** The page ran a task after every input so far: it had its chance to send. */
const pageTurn = () =>
  page.evaluate(() => new Promise<void>((r) => setTimeout(() => requestAnimationFrame(() => r()), 0)));
/** Makes the page throw an uncaught error (from a task); returns its message, for the error listener's test. */
async function throwProbe(p: Page): Promise<string> {
  const probe = `Preflight e2e listener probe ${Date.now()}`;
  await p.evaluate(
    (m) =>
      void setTimeout(() => {
        throw new Error(m);
      }),
    probe,
  );
  return probe;
}
const DIALOG = 'preflight-panel >>> [role="dialog"]';
const SEND = 'div.M9 div[role="button"].aoO';

async function writeRisky(name = 'inbox') {
  await open(name);
  if (name === 'inbox') {
    await page.type('div[name="to"] input', RISKY.to);
    await page.keyboard.press('Enter');
    await page.type('input[name="subjectbox"]', RISKY.subject);
  }
  await page.click('div.M9 [g_editable="true"]');
  await page.keyboard.type(' ' + RISKY.body);
}

/** The trigger is held (a dialog, nothing sent); "Send anyway" then sends exactly once, through `how`. */
async function heldThenSentOnce(trigger: () => Promise<unknown>, how: string) {
  await trigger();
  await page.waitForSelector(DIALOG);
  await pageTurn();
  expect(await sent()).toEqual([]);
  await page.click('preflight-panel >>> [data-action="send"]');
  await page.waitForFunction(() => (window as unknown as { __sent: unknown[] }).__sent.length > 0);
  await pageTurn();
  expect((await sent()).map((s) => s.how)).toEqual([how]);
}

describe('Firefox', () => {
  test('the panel appears in an open shadow root, in the page flow above the toolbar', async () => {
    await open('inbox');
    const info = await page.$eval('preflight-panel', (h) => ({
      level: h.getAttribute('data-level'),
      mode: h.shadowRoot?.mode,
      beforeToolbar: h.nextElementSibling?.matches('table.IZ'),
      badge: h.shadowRoot?.querySelector('.pf-badge')?.textContent,
    }));
    expect(info).toMatchObject({ mode: 'open', beforeToolbar: true });
    expect(info.level).toMatch(/^(ok|notice|warning|danger)$/);
    expect(info.badge).toBeTruthy();
  });

  test('click on Send: held, then "Send anyway" sends exactly once; the panel goes with the compose', async () => {
    await writeRisky();
    await heldThenSentOnce(() => page.click(SEND), 'send');
    expect(await page.$('preflight-panel')).toBeNull();
  });

  test('Ctrl+Enter in the body', async () => {
    await writeRisky();
    await heldThenSentOnce(async () => {
      await page.keyboard.down('Control');
      await page.keyboard.press('Enter');
      await page.keyboard.up('Control');
    }, 'send');
  });

  test('Enter and Space on the focused Send button', async () => {
    await writeRisky();
    await page.focus(SEND);
    await heldThenSentOnce(() => page.keyboard.press('Enter'), 'send');
    await page.close();
    await writeRisky();
    await page.focus(SEND);
    // Space acts on keyup: the gate also swallows that keyup, so it cannot answer our dialog either.
    await heldThenSentOnce(() => page.keyboard.press(' '), 'send');
  });

  test('Send & Archive in a reply', async () => {
    await writeRisky('reply');
    await heldThenSentOnce(() => page.click('div.M9 div[role="button"].Uo'), 'archive');
  });

  test('Schedule send from the "more send options" menu', async () => {
    await writeRisky();
    await page.click('div.M9 div[role="button"].hG');
    await page.waitForSelector('body > [role="menu"] [role="menuitem"]');
    await heldThenSentOnce(() => page.click('body > [role="menu"] [role="menuitem"]'), 'schedule');
  });

  test('a fake Send button in the body is the draft, not a control; the real one is still gated', async () => {
    await writeRisky();
    await page.$eval('div.M9 [g_editable="true"]', (el) => {
      el.insertAdjacentHTML(
        'afterbegin',
        '<div class="T-I J-J5-Ji aoO v7" role="button" data-tooltip="Send (Ctrl-Enter)" id="decoy">Send</div>',
      );
      el.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await page.click('#decoy');
    await pageTurn();
    expect(await page.$(DIALOG)).toBeNull();
    expect(await sent()).toEqual([]);
    expect(await page.$eval('preflight-panel', (h) => !!h.closest('[contenteditable]'))).toBe(false);
    await heldThenSentOnce(() => page.click(`${SEND}:not(#decoy)`), 'send');
  });

  test("a drop on Gmail's page-level zone gives the exact size", async () => {
    await open('inbox');
    const ok = await page.evaluate(() => {
      const compose = document.querySelector('div.M9')!.getBoundingClientRect();
      const x = compose.left + compose.width / 2;
      const y = compose.top + compose.height / 2;
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array(2_500_001)], 'photos.zip', { type: 'application/zip' }));
      const editor = document.querySelector('[g_editable="true"]')!;
      editor.dispatchEvent(new DragEvent('dragenter', { dataTransfer: dt, bubbles: true, cancelable: true }));
      const zone = document.elementFromPoint(x, y)!;
      const onZone = zone.matches('body > .aC7');
      const init = { dataTransfer: dt, bubbles: true, cancelable: true, clientX: x, clientY: y };
      zone.dispatchEvent(new DragEvent('drop', init));
      return onZone;
    });
    expect(ok).toBe(true);
    await page.waitForFunction(
      () => document.querySelector('preflight-panel')?.getAttribute('data-attachments-bytes') === '2500001',
    );
  });

  test('no errors from the extension in the console while composing, holding and sending', async () => {
    // Self-contained: its own work, its own errors.
    errors = [];
    await writeRisky();
    await heldThenSentOnce(() => page.click(SEND), 'send');
    await page.close();
    await open('inbox');
    await page.type('div[name="to"] input', CLEAN.to);
    await page.keyboard.press('Enter');
    await page.type('input[name="subjectbox"]', CLEAN.subject);
    await page.click('div.M9 [g_editable="true"]');
    await page.keyboard.type(CLEAN.body);
    await page.click(SEND);
    await page.waitForFunction(() => (window as unknown as { __sent: unknown[] }).__sent.length === 1);
    await pageTurn();
    // The listener works: an error the page throws on purpose (named so the filter keeps it) is seen;
    // nothing else is.
    const probe = await throwProbe(page);
    const mine = () => errors.filter((e) => /preflight|moz-extension/i.test(e));
    await expect.poll(() => mine().some((e) => e.includes(probe))).toBe(true);
    expect(mine().filter((e) => !e.includes(probe))).toEqual([]);
  });
});
