/**
 * The popup's core flow in firefox-esr (the Firefox build, an event page background): a domain's report
 * from a real unbound. Firefox sends every connection to 127.0.0.1 and port 443 to the given port, here
 * unbound's DoH port, so the default resolver (cloudflare-dns.com) is answered by the demo zones. BiDi
 * opens moz-extension:// pages only with --remote-allow-system-access.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CHECK_KEYS } from '../../utils/auth/contract';
import { BROKEN_DOMAIN, DEMO_ZONE, HEALTHY_DOMAIN } from '../../scripts/lib/demo-zones';
import type { Unbound } from '../../scripts/lib/unbound';
import { startUnbound } from '../../scripts/lib/unbound';
import { FIREFOX_EXT_UUID, type FirefoxSession, launchFirefox } from '../../scripts/lib/browsers';

let dns: Unbound;
let session: FirefoxSession;
let page: Page;

beforeAll(async () => {
  dns = await startUnbound({ zone: DEMO_ZONE });
  session = await launchFirefox(dns.port, {
    allowExtensionPages: true,
    // The event page stops after 1 s idle (default 30 s), so the test can see it stop and come back.
    prefs: { 'extensions.background.idle.timeout': 1000 },
  });
});
afterAll(async () => {
  await session?.close();
  await dns?.stop();
});

const popupUrl = (q: string) => `moz-extension://${FIREFOX_EXT_UUID}/popup.html${q}`;
/**
 * BiDi reports no load event for extension pages: start the navigation, then wait for the grade (again
 * if the wait started in the page being left).
 */
async function openPopup(q: string) {
  void page.goto(popupUrl(q)).catch(() => {});
  const deadline = Date.now() + 45_000;
  for (;;) {
    try {
      await page.waitForSelector('[data-grade]', { timeout: 5000 });
      return;
    } catch (e) {
      if (Date.now() > deadline) throw e;
    }
  }
}
const statuses = () =>
  page.$$eval('[data-check]', (els) =>
    els.map((e) => [e.getAttribute('data-check'), e.getAttribute('data-status')]),
  );

describe('Firefox popup', () => {
  test('popup.html?domain=<d>: every check, the grade, SPF from the local resolver', async () => {
    page = await session.browser.newPage();
    await openPopup(`?domain=${HEALTHY_DOMAIN}`);
    const rows = await statuses();
    expect(rows.map(([k]) => k)).toEqual([...CHECK_KEYS]);
    expect(Object.fromEntries(rows).spf).toBe('pass');
    expect(await page.$eval('[data-grade]', (e) => e.getAttribute('data-grade'))).toMatch(/^[A-F]$/);
  });

  test('a typed domain', async () => {
    await page.type('#pf-domain', BROKEN_DOMAIN);
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      (d) =>
        document.querySelector('#pf-report-title')?.textContent === d &&
        !!document.querySelector('[data-grade]'),
      { timeout: 30_000 },
      BROKEN_DOMAIN,
    );
    expect(Object.fromEntries(await statuses()).spf).toBe('fail');
  });

  test('the event page stops when idle; restarted, it answers from its DNS cache in storage.session', async () => {
    const backgroundRunning = () =>
      page.evaluate(() => {
        const ext = (globalThis as unknown as { browser: { extension: { getBackgroundPage(): unknown } } })
          .browser.extension;
        return ext.getBackgroundPage() !== null;
      });
    await page.waitForFunction(
      () =>
        (
          globalThis as unknown as { browser: { extension: { getBackgroundPage(): unknown } } }
        ).browser.extension.getBackgroundPage() === null,
      { timeout: 20_000, polling: 200 },
    );
    expect(await backgroundRunning()).toBe(false);
    // No DNS server any more, and no popup cache: only the background's stored DNS cache can answer.
    await dns.stop();
    await page.evaluate(() =>
      (
        globalThis as unknown as { browser: { storage: { local: { clear(): Promise<void> } } } }
      ).browser.storage.local.clear(),
    );
    await openPopup(`?domain=${BROKEN_DOMAIN}`);
    expect(Object.fromEntries(await statuses()).spf).toBe('fail');
    // The finding needs the records themselves (two SPF records), not a lookup failure.
    expect(await page.$eval('[data-check="spf"] .pf-findings', (e) => e.textContent)).toContain(
      '2 SPF records',
    );
    await page.close();
  });
});
