/**
 * The same Firefox build (.output/firefox-mv2) in firefox-esr, driven by puppeteer-core over WebDriver
 * BiDi: the panel appears, and a risky send is held and released exactly once.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, test } from 'vitest';
import { type FirefoxSession, launchFirefox } from '../../scripts/lib/browsers';
import { RISKY, gmailUrl } from '../../scripts/lib/gmail-page';

let session: FirefoxSession;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  session = await launchFirefox(inject('fixturePort'));
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

const sent = () => page.evaluate(() => (window as unknown as { __sent: unknown[] }).__sent.length);

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

  test('a risky send is held, then "Send anyway" sends exactly once', async () => {
    await open('inbox');
    await page.type('div[name="to"] input', RISKY.to);
    await page.keyboard.press('Enter');
    await page.type('input[name="subjectbox"]', RISKY.subject);
    await page.click('[g_editable="true"]');
    await page.keyboard.type(RISKY.body);
    await page.click('div[role="button"].aoO');
    await page.waitForSelector('preflight-panel >>> [role="dialog"]');
    expect(await sent()).toBe(0);
    await page.click('preflight-panel >>> [data-action="send"]');
    await page.waitForFunction(() => (window as unknown as { __sent: unknown[] }).__sent.length > 0);
    await new Promise((r) => setTimeout(r, 400));
    expect(await sent()).toBe(1);
    expect(await page.$('preflight-panel')).toBeNull();
  });

  test('no errors from the extension in the console', () => {
    expect(errors.filter((e) => /preflight|moz-extension/i.test(e))).toEqual([]);
  });
});
