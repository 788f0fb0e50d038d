/**
 * Driving the Gmail fixture with Playwright, as a user would: type into a compose, press Send, answer
 * the confirmation. Shared by the e2e tests, the demo and the bench.
 */
import type { Locator, Page } from 'playwright-core';

/** Gmail-like fixture pages (tests/fixtures/gmail/<name>.html). */
export const gmailUrl = (name: string, query = '') => `https://mail.google.com/mail/u/0/${name}${query}`;

/** Risky by every measure the engine knows: spam phrases, shouting, money, an executable attachment. */
export const RISKY = {
  to: 'eva@example.org',
  subject: 'FREE MONEY!!! ACT NOW',
  body:
    'Dear friend, you have won $1,000,000!!! Click here to claim your prize today. ' +
    'To release the funds, send a small fee by wire transfer. Click here now, this offer expires in 24 hours!',
};

/** A short polite business mail. */
export const CLEAN = {
  to: 'petr.svoboda@example.cz',
  subject: 'Lunch on Friday',
  body: 'Hi Petr, does Friday at noon work for you? I booked a table at the usual place. Best regards, Jan',
};

/** Composes on the page: pop-up and full-screen (.Hd) and inline (.M9). Never our own dialog. */
export const composes = (page: Page) => page.locator('.Hd[role="dialog"], div.M9');
export const panels = (page: Page) => page.locator('preflight-panel');
export const panelIn = (compose: Locator) => compose.locator('preflight-panel');
/** Our confirmation (Playwright's CSS pierces the open shadow root). */
export const confirmation = (page: Page) => page.locator('preflight-panel [role="dialog"]');

export async function writeDraft(compose: Locator, draft: { to?: string; subject?: string; body?: string }) {
  if (draft.to) {
    const to = compose.locator('div[name="to"] input');
    await to.click();
    await to.pressSequentially(draft.to);
    await to.press('Enter');
  }
  if (draft.subject !== undefined) await compose.locator('input[name="subjectbox"]').fill(draft.subject);
  if (draft.body !== undefined) {
    const body = compose.locator('[g_editable="true"]');
    await body.click();
    await body.page().keyboard.insertText(draft.body);
  }
}

/** Sends recorded by the fixture page. */
export const sent = (page: Page) =>
  page.evaluate(() => (window as unknown as { __sent: { subject: string }[] }).__sent);

export const hostAttr = (compose: Locator, name: string) => panelIn(compose).getAttribute(`data-${name}`);
