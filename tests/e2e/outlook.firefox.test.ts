/**
 * The Firefox build (.output/firefox-mv2) in firefox-esr, driven by puppeteer-core over WebDriver
 * BiDi, on the Outlook fixtures: the panel appears, a risky send is held and released exactly once,
 * and a pop-out (about:blank window filled by the main page) gets its panel through match_about_blank.
 */
import type { Page, Target } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, test } from 'vitest';
import { FIREFOX_E2E_EXT, type FirefoxSession, launchFirefox } from '../../scripts/lib/browsers';
import { outlookUrl } from '../../scripts/lib/outlook-page';
import { CLEAN, RISKY } from './webmail';

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
  for (const p of await session.browser.pages()) if (p !== page) await p.close().catch(() => {});
  await page?.close().catch(() => {});
});

function watch(p: Page) {
  p.on('pageerror', (err) => errors.push(String(err)));
  p.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
}

async function open(name: string) {
  page = await session.browser.newPage();
  watch(page);
  await page.goto(outlookUrl(name));
  await page.waitForSelector('preflight-panel[data-level]');
}

const sent = (p: Page) => p.evaluate(() => (window as unknown as { __sent: unknown[] }).__sent.length);
/**
 * Resolves once the page has run a task, painted a frame and run another task after every input so far:
 * the fixture sends synchronously from its handlers, so by then it had its chance to send (no fixed sleep).
 */
const pageTurn = (p: Page) =>
  p.evaluate(
    () => new Promise<void>((r) => setTimeout(() => requestAnimationFrame(() => setTimeout(r, 0)), 0)),
  );

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

async function writeRisky(p: Page) {
  await p.click('[data-compose] .hrow [contenteditable="true"]');
  await p.keyboard.type(RISKY.to);
  await p.keyboard.press('Enter');
  await p.type('[data-compose] .hrow input', RISKY.subject);
  await p.click('[data-compose] [aria-multiline="true"]');
  await p.keyboard.type(RISKY.body);
}

describe('Firefox', () => {
  test('the panel appears in an open shadow root, in the page flow below the Send row', async () => {
    await open('mail');
    const info = await page.$eval('preflight-panel', (h) => ({
      level: h.getAttribute('data-level'),
      mode: h.shadowRoot?.mode,
      afterToolbar: h.previousElementSibling?.getAttribute('role') === 'toolbar',
      badge: h.shadowRoot?.querySelector('.pf-badge')?.textContent,
    }));
    expect(info).toMatchObject({ mode: 'open', afterToolbar: true });
    expect(info.level).toMatch(/^(ok|notice|warning|danger)$/);
    expect(info.badge).toBeTruthy();
  });

  test('a risky send (click on the icon inside Send) is held, then "Send anyway" sends exactly once', async () => {
    await open('mail');
    await writeRisky(page);
    await page.click('.send > .fui-SplitButton__primaryActionButton svg');
    await page.waitForSelector('preflight-panel >>> [role="dialog"]');
    expect(await sent(page)).toBe(0);
    await page.click('preflight-panel >>> [data-action="send"]');
    await page.waitForFunction(() => (window as unknown as { __sent: unknown[] }).__sent.length > 0);
    await pageTurn(page);
    expect(await sent(page)).toBe(1);
    expect(await page.$('preflight-panel')).toBeNull();
  });

  test('pop-out window: panel and held Ctrl+Enter there too', async () => {
    await open('mail');
    const created = new Promise<Target>((ok) => session.browser.once('targetcreated', ok));
    await page.click('[data-fixture="popout"]');
    const pop = (await (await created).page())!;
    watch(pop);
    await pop.waitForSelector('preflight-panel[data-level]');
    expect(pop.url()).toBe('about:blank');
    await writeRisky(pop);
    await pop.keyboard.down('Control');
    await pop.keyboard.press('Enter');
    await pop.keyboard.up('Control');
    // The dialog proves the keys were intercepted; the turn, that the pop-out had its chance to send.
    await pop.waitForSelector('preflight-panel >>> [role="dialog"]');
    await pageTurn(pop);
    expect(await sent(page)).toBe(0);
  });

  test('no errors from the extension in the console while composing, holding and sending', async () => {
    // Self-contained: its own page, its own work, its own errors.
    errors = [];
    await open('mail');
    await writeRisky(page);
    await page.click('.send > .fui-SplitButton__primaryActionButton');
    await page.waitForSelector('preflight-panel >>> [role="dialog"]');
    await page.click('preflight-panel >>> [data-action="send"]');
    await page.waitForFunction(() => (window as unknown as { __sent: unknown[] }).__sent.length === 1);
    await page.click('[data-fixture="new-mail"]');
    await page.waitForSelector('preflight-panel[data-level]');
    await page.click('[data-compose] .hrow [contenteditable="true"]');
    await page.keyboard.type(CLEAN.to);
    await page.keyboard.press('Enter');
    await page.type('[data-compose] .hrow input', CLEAN.subject);
    await page.click('[data-compose] [aria-multiline="true"]');
    await page.keyboard.type(CLEAN.body);
    await page.click('.send > .fui-SplitButton__primaryActionButton');
    await page.waitForFunction(() => (window as unknown as { __sent: unknown[] }).__sent.length === 2);
    await pageTurn(page);
    // The listener works: an error the page throws on purpose (named so the filter keeps it) is seen;
    // nothing else is.
    const probe = await throwProbe(page);
    const mine = () => errors.filter((e) => /preflight|moz-extension/i.test(e));
    await expect.poll(() => mine().some((e) => e.includes(probe))).toBe(true);
    expect(mine().filter((e) => !e.includes(probe))).toEqual([]);
  });
});
