/**
 * The webmail pages as the real-browser tests and the demo see them: sample drafts, what a webmail
 * fixture offers (WebmailFixture), and locators for Preflight's own panel and dialog. Shared by
 * tests/e2e/webmail.ts (the suite) and scripts/demo-outlook.ts.
 */
import type { Locator, Page } from 'playwright-core';

/** Risky by every measure the engine knows: spam phrases, shouting, money. */
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

export interface DraftInput {
  to?: string;
  subject?: string;
  body?: string;
}

/** One webmail's fixtures and how to drive them. */
export interface WebmailFixture {
  /** Adapter id, also the key of the popup's integration status. */
  id: string;
  /** URL of a fixture page, e.g. ('mail') → https://outlook.office.com/owa/mail. */
  url(name: string, query?: string): string;
  /** The page a new-message compose is open on, on load. */
  newMessagePage: string;
  /** Every compose on a page (never Preflight's own dialog). */
  composes(page: Page): Locator;
  sendButton(compose: Locator): Locator;
  bodyEditor(compose: Locator): Locator;
  subjectInput(compose: Locator): Locator;
  writeDraft(compose: Locator, draft: DraftInput): Promise<void>;
  /** The file input attachments go through (may be outside the compose). */
  fileInput(page: Page, compose: Locator): Locator;
  /** What the page recorded as sent (the opener's record for pop-outs). */
  sent(page: Page): Promise<{ subject: string }[]>;
}

export const panels = (page: Page) => page.locator('preflight-panel');
export const panelIn = (compose: Locator) => compose.locator('preflight-panel');
/** Preflight's confirmation (Playwright's CSS pierces the open shadow root). */
export const confirmation = (page: Page) => page.locator('preflight-panel [role="dialog"]');
export const hostAttr = (compose: Locator, name: string) => panelIn(compose).getAttribute(`data-${name}`);
/** The four level names external tools rely on. */
export const ANY_LEVEL = /^(ok|notice|warning|danger)$/;

/**
 * Resolves once the page has run a task, painted a frame and run another task after every input event
 * delivered so far. The fixture pages send synchronously from their handlers, and Preflight's "Send
 * anyway" re-sends synchronously, so by then any send those events cause has happened: this is the
 * wait before asserting that nothing (more) was sent, instead of a fixed sleep that proves nothing.
 */
export const pageTurn = (page: Page) =>
  page.evaluate(
    () => new Promise<void>((r) => setTimeout(() => requestAnimationFrame(() => setTimeout(r, 0)), 0)),
  );
