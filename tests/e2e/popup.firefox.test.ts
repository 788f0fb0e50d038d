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
import type { Unbound } from '../integration/harness';
import { startUnbound } from '../integration/harness';
import { FIREFOX_EXT_UUID, type FirefoxSession, launchFirefox } from './browsers';

let dns: Unbound;
let session: FirefoxSession;
let page: Page;

beforeAll(async () => {
  dns = await startUnbound({ zone: DEMO_ZONE });
  session = await launchFirefox(dns.port, { allowExtensionPages: true });
});
afterAll(async () => {
  await session?.close();
  await dns?.stop();
});

const popupUrl = (q: string) => `moz-extension://${FIREFOX_EXT_UUID}/popup.html${q}`;
const statuses = () =>
  page.$$eval('[data-check]', (els) =>
    els.map((e) => [e.getAttribute('data-check'), e.getAttribute('data-status')]),
  );

describe('Firefox popup', () => {
  test('popup.html?domain=<d>: every check, the grade, SPF from the local resolver', async () => {
    page = await session.browser.newPage();
    // BiDi reports no load event for extension pages: start the navigation and wait for the content.
    void page.goto(popupUrl(`?domain=${HEALTHY_DOMAIN}`)).catch(() => {});
    await page.waitForSelector('[data-grade]', { timeout: 30_000 });
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
    await page.close();
  });
});
