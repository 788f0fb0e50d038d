/**
 * Driving the Outlook fixtures (tests/fixtures/outlook/) as a user would. Shared by the e2e tests and
 * the demo. Selectors here are the test's own knowledge of its fixtures, not the adapter's.
 */
import type { Locator, Page } from 'playwright-core';
import type { DraftInput, WebmailFixture } from './webmail-page';

/** Outlook-like fixture pages, on any of the Outlook hosts the certificate covers. */
export const outlookUrl = (name: string, query = '', host = 'outlook.office.com') =>
  `https://${host}/owa/${name}${query}`;

export const outlookComposes = (page: Page) => page.locator('[data-compose]:visible');
export const outlookSend = (compose: Locator) =>
  compose.locator('.send > .fui-SplitButton__primaryActionButton');
export const outlookBody = (compose: Locator) =>
  compose.locator('[role="textbox"][aria-multiline="true"]').first();
export const outlookSubject = (compose: Locator) => compose.locator('.hrow input').first();

export async function writeOutlookDraft(compose: Locator, draft: DraftInput): Promise<void> {
  if (draft.to) {
    const to = compose.locator('.hrow [contenteditable="true"]').first();
    await to.click();
    await to.pressSequentially(draft.to);
    await to.press('Enter');
  }
  if (draft.subject !== undefined) await outlookSubject(compose).fill(draft.subject);
  if (draft.body !== undefined) {
    const body = outlookBody(compose);
    await body.click();
    await body.page().keyboard.insertText(draft.body);
  }
}

/** Sends recorded by the fixture page (pop-outs record into their opener's list). */
export const outlookSent = (page: Page) =>
  page.evaluate(() => (window as unknown as { __sent: { subject: string; where: string }[] }).__sent);

export const outlook: WebmailFixture = {
  id: 'outlook',
  url: (name, query = '') => outlookUrl(name, query),
  newMessagePage: 'mail',
  composes: outlookComposes,
  sendButton: outlookSend,
  bodyEditor: outlookBody,
  subjectInput: outlookSubject,
  writeDraft: writeOutlookDraft,
  fileInput: (page) => page.locator('[data-fixture="file-input"]'),
  sent: outlookSent,
};
