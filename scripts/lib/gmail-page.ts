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

/**
 * Composes on the page: every kind is a div.M9 (pop-up and full-screen nest it in their dialog); a sent
 * inline reply stays in the DOM, hidden. Never our own dialog.
 */
export const composes = (page: Page) => page.locator('div.M9:visible');
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

/** Sends recorded by the fixture page; `how` is send, archive, schedule. */
export const sent = (page: Page) =>
  page.evaluate(
    () => (window as unknown as { __sent: { subject: string; how: string; to: string[] }[] }).__sent,
  );

/** Sending events (presses, releases, clicks, keys on send controls) that reached the fixture page. */
export const pageEvents = (page: Page) =>
  page.evaluate(() => (window as unknown as { __events: number }).__events);

/**
 * Resolves once the page ran a task after every input event delivered so far: by then it had its chance
 * to send (the fixture sends synchronously from its handlers). Used instead of fixed sleeps before
 * asserting that nothing was sent.
 */
export const pageTurn = (page: Page) =>
  page.evaluate(() => new Promise<void>((r) => setTimeout(() => requestAnimationFrame(() => r()), 0)));

/** The element that has focus, looking into shadow roots: 'review', 'send', or a description. */
export const focused = (page: Page) =>
  page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el) return '';
    if (el.hasAttribute('data-action')) return el.getAttribute('data-action')!;
    if (el.getAttribute('g_editable') === 'true') return 'editor';
    return el.tagName.toLowerCase();
  });

export const hostAttr = (compose: Locator, name: string) => panelIn(compose).getAttribute(`data-${name}`);
