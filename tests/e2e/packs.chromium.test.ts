/**
 * Phrase packs are in the Chromium build as JSON, web-accessible to Gmail only: a script running on
 * mail.google.com (where the content script runs) can fetch them by the extension's URL, which is how
 * utils/phrase-packs.ts loads them.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { type ChromiumSession, launchChromium } from '../../scripts/lib/browsers';
import { gmailUrl, panels } from '../../scripts/lib/gmail-page';

let session: ChromiumSession;

beforeAll(async () => {
  session = await launchChromium(inject('fixturePort'));
});
afterAll(async () => {
  await session?.close();
});

describe('phrase packs in Chromium', () => {
  test('each pack is fetchable from mail.google.com and holds its language', async () => {
    const worker =
      session.context.serviceWorkers()[0] ?? (await session.context.waitForEvent('serviceworker'));
    // chrome-extension://<id> (URL.origin is 'null' for this scheme in Node).
    const origin = worker.url().split('/').slice(0, 3).join('/');
    const page = await session.newPage();
    try {
      await page.goto(gmailUrl('draft'));
      await panels(page).first().waitFor({ state: 'attached' });
      const langs = await page.evaluate(async (base) => {
        const out: string[] = [];
        for (const lang of ['sk', 'de', 'fr', 'es']) {
          const res = await fetch(`${base}/phrases/${lang}.json`);
          if (!res.ok) return [`${lang}: ${res.status} ${res.type} ${res.url}`];
          const pack = (await res.json()) as { lang: string; spam: Record<string, unknown> };
          if (Object.keys(pack.spam).length > 0) out.push(pack.lang);
        }
        return out;
      }, origin);
      expect(langs).toEqual(['sk', 'de', 'fr', 'es']);
    } finally {
      await page.close();
    }
  });
});
