/**
 * A webmail as the real-browser tests see it: a set of fixture pages plus how a user drives them
 * (where composes are, how to write a draft, what the page recorded as sent). The behaviour every
 * integration must show — panel, live findings, send gate by click and Ctrl+Enter, exactly-once
 * re-send, clean send untouched, fail-open, exact attachment sizes — is one suite,
 * `webmailChromiumSuite`, run once per webmail. Outlook uses it today; the Gmail tests
 * (gmail.chromium.test.ts with gmail-page.ts) can move onto it.
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, test } from 'vitest';
import { CHROME_E2E_EXT, type ChromiumSession, launchChromium } from '../../scripts/lib/browsers';
import type { ZoneData } from '../../scripts/lib/dns-zone';
import { type Unbound, startUnbound } from '../../scripts/lib/unbound';
import type { DraftInput, WebmailFixture } from '../../scripts/lib/webmail-page';
import {
  ANY_LEVEL,
  CLEAN,
  RISKY,
  confirmation,
  hostAttr,
  pageTurn,
  panelIn,
  panels,
} from '../../scripts/lib/webmail-page';

export type { DraftInput, WebmailFixture };
export { ANY_LEVEL, CLEAN, RISKY, confirmation, hostAttr, pageTurn, panelIn, panels };

/** A Chromium session with the built extension, one page per test. */
export function chromiumHarness() {
  const h = {
    session: undefined as unknown as ChromiumSession,
    page: undefined as unknown as Page,
    async open(url: string): Promise<Page> {
      h.page = await h.session.newPage();
      await h.page.goto(url);
      return h.page;
    },
  };
  beforeAll(async () => {
    // The e2e build: the fail-open tests need its test-only hooks (compiled out of production).
    h.session = await launchChromium(inject('fixturePort'), { extension: CHROME_E2E_EXT });
  });
  afterAll(async () => {
    await h.session?.close();
  });
  afterEach(async () => {
    for (const p of h.session?.context.pages() ?? []) await p.close().catch(() => {});
  });
  return h;
}

/**
 * A Chromium session with the built (production) extension whose DNS comes from a real unbound on
 * loopback serving `zone`: Chromium reaches it under the built-in resolver's name (host-resolver rule
 * cloudflare-dns.com → unbound), so no permission prompt is needed. Pages opened with `open` are
 * closed after each test.
 */
export function chromiumWithDns(zone: ZoneData) {
  const pages: Page[] = [];
  const h = {
    dns: undefined as unknown as Unbound,
    session: undefined as unknown as ChromiumSession,
    extId: '',
    async open(url: string, before?: (page: Page) => unknown): Promise<Page> {
      const page = await h.session.newPage();
      pages.push(page);
      await before?.(page);
      await page.goto(url);
      return page;
    },
  };
  beforeAll(async () => {
    h.dns = await startUnbound({ zone });
    h.session = await launchChromium(inject('fixturePort'), {
      hostRules: [`MAP cloudflare-dns.com 127.0.0.1:${h.dns.port}`],
    });
    const worker =
      h.session.context.serviceWorkers()[0] ?? (await h.session.context.waitForEvent('serviceworker'));
    h.extId = new URL(worker.url()).host;
  });
  afterAll(async () => {
    await h.session?.close();
    await h.dns?.stop();
  });
  afterEach(async () => {
    for (const p of pages.splice(0)) await p.close().catch(() => {});
  });
  return h;
}

/** The behaviour every webmail integration shares, in Chromium. */
export function webmailChromiumSuite(w: WebmailFixture, h: ReturnType<typeof chromiumHarness>): void {
  // Before "nothing (more) was sent": the page has had its turn to send (no fixed sleep).
  const settle = () => pageTurn(h.page);
  const count = () => w.sent(h.page).then((s) => s.length);
  async function newMessage(query = '') {
    await h.open(w.url(w.newMessagePage, query));
    await panels(h.page).first().waitFor({ state: 'attached' });
    return w.composes(h.page).first();
  }

  describe(`${w.id}: shared behaviour`, () => {
    test('panel in the page flow, in an open shadow root, never over Send', async () => {
      const compose = await newMessage();
      const host = panelIn(compose);
      await expect.poll(() => host.getAttribute('data-level')).toMatch(ANY_LEVEL);
      expect(await host.evaluate((el) => el.shadowRoot?.mode)).toBe('open');
      const panelBox = (await host.boundingBox())!;
      const sendBox = (await w.sendButton(compose).boundingBox())!;
      const apart =
        panelBox.y + panelBox.height <= sendBox.y + 0.5 || sendBox.y + sendBox.height <= panelBox.y + 0.5;
      expect(apart).toBe(true);
    });

    test('findings follow the draft while typing', async () => {
      const compose = await newMessage();
      await expect.poll(() => hostAttr(compose, 'level')).toMatch(/ok|notice/);
      await w.writeDraft(compose, RISKY);
      await expect.poll(() => hostAttr(compose, 'level'), { timeout: 2000 }).toMatch(/warning|danger/);
      expect(Number(await hostAttr(compose, 'findings'))).toBeGreaterThan(0);
      await w.subjectInput(compose).fill('Lunch');
      await w.bodyEditor(compose).fill('Hi Eva, see you at noon.');
      await expect.poll(() => hostAttr(compose, 'level'), { timeout: 2000 }).toMatch(/ok|notice/);
    });

    test('click on Send (on its inner icon) with a risky draft: held; "Send anyway" sends exactly once', async () => {
      const compose = await newMessage();
      await w.writeDraft(compose, RISKY);
      await w.sendButton(compose).locator('svg').first().click();
      await confirmation(h.page).waitFor();
      expect(await count()).toBe(0);
      expect(await confirmation(h.page).locator('.pf-finding').count()).toBeGreaterThan(0);
      await confirmation(h.page).locator('[data-action="send"]').click();
      await expect.poll(count).toBe(1);
      await settle();
      expect((await w.sent(h.page)).map((s) => s.subject)).toEqual([RISKY.subject]);
      expect(await panels(h.page).count()).toBe(0);
    });

    test('Ctrl+Enter with a risky draft: held; "Send anyway" sends exactly once', async () => {
      const compose = await newMessage();
      await w.writeDraft(compose, RISKY);
      await h.page.keyboard.press('Control+Enter');
      await confirmation(h.page).waitFor();
      await settle();
      expect(await count()).toBe(0);
      await confirmation(h.page).locator('[data-action="send"]').click();
      await expect.poll(count).toBe(1);
      await settle();
      expect(await count()).toBe(1);
    });

    test('Space on the focused Send button with a risky draft: held', async () => {
      const compose = await newMessage();
      await w.writeDraft(compose, RISKY);
      await w.sendButton(compose).focus();
      await h.page.keyboard.press('Space');
      await confirmation(h.page).waitFor();
      await settle();
      expect(await count()).toBe(0);
    });

    test('"Review" leaves the draft unsent', async () => {
      const compose = await newMessage();
      await w.writeDraft(compose, RISKY);
      await w.sendButton(compose).click();
      await confirmation(h.page).locator('[data-action="review"]').click();
      await confirmation(h.page).waitFor({ state: 'detached' });
      await settle();
      expect(await confirmation(h.page).count()).toBe(0);
      expect(await count()).toBe(0);
      expect(await w.composes(h.page).count()).toBe(1);
    });

    test('a clean draft sends at once, with no dialog', async () => {
      const compose = await newMessage();
      await w.writeDraft(compose, CLEAN);
      await w.sendButton(compose).click();
      await expect.poll(count).toBe(1);
      expect(await confirmation(h.page).count()).toBe(0);
    });

    test('fail open: with the test hook making Preflight throw, a risky draft sends at once (click)', async () => {
      const compose = await newMessage();
      await w.writeDraft(compose, RISKY);
      await h.page.evaluate(() => document.documentElement.setAttribute('data-preflight-test-throw', ''));
      await w.sendButton(compose).click();
      await expect.poll(count).toBe(1);
      expect(await confirmation(h.page).count()).toBe(0);
    });

    test('fail open via the ?preflight-test-throw query: Ctrl+Enter sends at once', async () => {
      const compose = await newMessage('?preflight-test-throw');
      await w.writeDraft(compose, RISKY);
      await h.page.keyboard.press('Control+Enter');
      await expect.poll(count).toBe(1);
      expect(await confirmation(h.page).count()).toBe(0);
    });

    test('files added through the file input are measured to the byte', async () => {
      const compose = await newMessage();
      await w.bodyEditor(compose).click();
      await w.fileInput(h.page, compose).setInputFiles([
        { name: 'report.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(123_457) },
        { name: 'invoice.pdf.exe', mimeType: 'application/octet-stream', buffer: Buffer.alloc(4_321) },
      ]);
      await expect.poll(() => hostAttr(compose, 'attachments-bytes')).toBe(String(123_457 + 4_321));
    });

    test('files dropped on the compose are measured to the byte', async () => {
      const compose = await newMessage();
      await w.bodyEditor(compose).evaluate((editor) => {
        const dt = new DataTransfer();
        dt.items.add(new File([new Uint8Array(2_500_001)], 'photos.zip', { type: 'application/zip' }));
        for (const type of ['dragenter', 'dragover', 'drop']) {
          editor.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
        }
      });
      await expect.poll(() => hostAttr(compose, 'attachments-bytes')).toBe('2500001');
    });

    test('files pasted into the body are measured to the byte', async () => {
      const compose = await newMessage();
      await w.bodyEditor(compose).evaluate((editor) => {
        const dt = new DataTransfer();
        dt.items.add(new File([new Uint8Array(777_777)], 'scan.png', { type: 'image/png' }));
        editor.dispatchEvent(
          new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }),
        );
      });
      await expect.poll(() => hostAttr(compose, 'attachments-bytes')).toBe('777777');
    });
  });
}
