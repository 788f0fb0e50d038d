/**
 * Preflight in Outlook on the web, in Debian's Chromium with the built extension (.output/chrome-mv3),
 * against the Outlook-like fixtures served as https://outlook.office.com and https://outlook.live.com.
 * The behaviour every webmail shares runs from webmail.ts; Outlook's own cases follow.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { t } from '../../utils/i18n';
import type { IntegrationStatus } from '../../utils/status';
import {
  outlook,
  outlookBody,
  outlookComposes,
  outlookSend,
  outlookSent,
  outlookSubject,
  outlookUrl,
  writeOutlookDraft,
} from '../../scripts/lib/outlook-page';
import {
  ANY_LEVEL,
  CLEAN,
  RISKY,
  chromiumHarness,
  confirmation,
  hostAttr,
  pageTurn,
  panelIn,
  panels,
  webmailChromiumSuite,
} from './webmail';

const h = chromiumHarness();
webmailChromiumSuite(outlook, h);

/** Makes the page throw an uncaught error (from a task); returns its message, for the error listener's test. */
async function throwProbe(page: Page): Promise<string> {
  const probe = `Preflight e2e listener probe ${Date.now()}`;
  await page.evaluate(
    (m) =>
      void setTimeout(() => {
        throw new Error(m);
      }),
    probe,
  );
  return probe;
}

async function open(name: string, host?: string): Promise<Page> {
  await h.open(outlookUrl(name, '', host));
  await panels(h.page).first().waitFor({ state: 'attached' });
  return h.page;
}

/** Opens the compose in its own window; returns the pop-out page once Preflight's panel is in it. */
async function popOut(page: Page): Promise<Page> {
  const [pop] = await Promise.all([
    page.context().waitForEvent('page'),
    outlookComposes(page).first().locator('[data-fixture="popout"]').click(),
  ]);
  await pop.locator('[data-compose]').waitFor();
  await pop.locator('preflight-panel').waitFor({ state: 'attached' });
  return pop;
}

describe('Outlook: every kind of compose', () => {
  test('a new message in the reading pane; "New mail" hides it and its panel, the new one gets its own', async () => {
    const page = await open('mail');
    await expect.poll(() => hostAttr(outlookComposes(page).first(), 'level')).toMatch(ANY_LEVEL);
    const first = page.locator('[data-compose]').first();
    await page.locator('[data-fixture="new-mail"]').click();
    await expect.poll(() => page.locator('[data-compose]').count()).toBe(2);
    await expect.poll(() => panelIn(outlookComposes(page).first()).count()).toBe(1);
    await expect.poll(() => panelIn(first).count()).toBe(0);
    expect(await panels(page).count()).toBe(1);
  });

  test('pop-out: an about:blank window filled late by the main page gets its panel and its gate', async () => {
    const page = await open('mail');
    const pop = await popOut(page);
    expect(pop.url()).toBe('about:blank');
    const compose = pop.locator('[data-compose]');
    await expect.poll(() => hostAttr(compose, 'level')).toMatch(ANY_LEVEL);
    await writeOutlookDraft(compose, RISKY);
    await expect.poll(() => hostAttr(compose, 'level'), { timeout: 2000 }).toMatch(/warning|danger/);
    await outlookSend(compose).locator('span').last().click();
    await pop.locator('preflight-panel [role="dialog"]').waitFor();
    expect(await outlookSent(page)).toEqual([]);
    const closed = pop.waitForEvent('close');
    await pop.locator('preflight-panel [data-action="send"]').click();
    await closed;
    await expect.poll(() => outlookSent(page).then((s) => s.length)).toBe(1);
    // The pop-out is closed; the main page (which records the sends) has had its turn to send again.
    await pageTurn(page);
    expect((await outlookSent(page)).map((s) => [s.where, s.subject])).toEqual([['popout', RISKY.subject]]);
  });

  test('pop-out: Ctrl+Enter is held there too; a clean pop-out sends at once', async () => {
    const page = await open('mail');
    let pop = await popOut(page);
    await writeOutlookDraft(pop.locator('[data-compose]'), RISKY);
    await pop.keyboard.press('Control+Enter');
    await pop.locator('preflight-panel [role="dialog"]').waitFor();
    expect(await outlookSent(page)).toEqual([]);
    await pop.locator('preflight-panel [data-action="review"]').click();
    await pop.close();
    await page.locator('[data-fixture="new-mail"]').click();
    pop = await popOut(page);
    await writeOutlookDraft(pop.locator('[data-compose]'), CLEAN);
    const closed = pop.waitForEvent('close');
    // The window closes on keydown (sent), before the key comes up.
    await pop.keyboard.press('Control+Enter').catch(() => {});
    await closed;
    expect((await outlookSent(page)).map((s) => s.subject)).toEqual([CLEAN.subject]);
  });

  test('a reopened draft: card sizes as shown; a display-name-only recipient is not "missing @"', async () => {
    const page = await open('draft');
    const compose = outlookComposes(page).first();
    const bytes = 245 * 1024 + Math.round(1.5 * 1024 * 1024);
    await expect.poll(() => hostAttr(compose, 'attachments-bytes')).toBe(String(bytes));
    // "Eva Nováková" (address not in the DOM) would be a danger-level "not an email address" if it were
    // checked as an address; unverified, the clean draft stays clean.
    expect(await hostAttr(compose, 'level')).toBe('ok');
    // Only the domain checks may report (an info "could not check" arrives when it arrives).
    expect(
      (await hostAttr(compose, 'rules'))?.split(' ').filter((r) => r && !r.startsWith('domain-')),
    ).toEqual([]);
    // Typing a broken address is still caught.
    const to = compose.locator('.hrow [contenteditable="true"]').first();
    await to.click();
    await page.keyboard.press('End');
    await page.keyboard.insertText(' jana@@example.org');
    await expect.poll(() => hostAttr(compose, 'level')).toBe('danger');
  });

  test('inline reply: collapsed header, no subject input, history left out; sends once after confirming', async () => {
    const page = await open('reply');
    const compose = outlookComposes(page).first();
    await expect.poll(() => hostAttr(compose, 'level')).toMatch(/ok|notice/);
    // In the user's own part, before the history (text typed there would be left out, rightly).
    await outlookBody(compose).locator('div').first().click();
    await page.keyboard.press('End');
    await page.keyboard.insertText(' ' + RISKY.body);
    await expect.poll(() => hostAttr(compose, 'level'), { timeout: 2000 }).toMatch(/warning|danger/);
    await outlookSend(compose).click();
    await confirmation(page).waitFor();
    await confirmation(page).locator('[data-action="send"]').click();
    await expect.poll(() => outlookSent(page).then((s) => s.length)).toBe(1);
    await pageTurn(page);
    expect(await outlookSent(page)).toHaveLength(1);
  });

  test('Czech Outlook.com (outlook.live.com, older picker build): Czech panel, same gate', async () => {
    const page = await open('cs', 'outlook.live.com');
    const compose = outlookComposes(page).first();
    const host = panelIn(compose);
    await expect.poll(() => host.getAttribute('data-level')).toMatch(ANY_LEVEL);
    expect(await host.locator('section').getAttribute('aria-label')).toBe('Kontrola konceptu před odesláním');
    await outlookSubject(compose).fill(RISKY.subject);
    await outlookBody(compose).click();
    await page.keyboard.insertText(RISKY.body);
    await page.keyboard.press('Control+Enter');
    await confirmation(page).waitFor();
    expect(await outlookSent(page)).toEqual([]);
  });
});

describe("Outlook's own dialogs and unknown layouts", () => {
  test('no subject: Outlook asks in its Fluent dialog; Preflight stays out and its Send sends once', async () => {
    const page = await open('mail');
    const compose = outlookComposes(page).first();
    await writeOutlookDraft(compose, { to: CLEAN.to, body: CLEAN.body });
    await outlookSend(compose).click();
    const dialog = page.locator('.fui-DialogSurface');
    await dialog.waitFor();
    expect(await confirmation(page).count()).toBe(0);
    await dialog.locator('[data-dialog="ok"]').click();
    await expect.poll(() => outlookSent(page).then((s) => s.length)).toBe(1);
  });

  test('with a Fluent dialog open, Ctrl+Enter on a risky draft is left to Outlook', async () => {
    const page = await open('mail');
    const compose = outlookComposes(page).first();
    await writeOutlookDraft(compose, RISKY);
    await page.evaluate(() =>
      document.body.insertAdjacentHTML(
        'beforeend',
        '<div class="fui-Portal"><div class="fui-DialogSurface" role="dialog" aria-modal="true">Outlook asks</div></div>',
      ),
    );
    await outlookBody(compose).press('Control+Enter');
    await expect.poll(() => outlookSent(page).then((s) => s.length)).toBe(1);
    expect(await confirmation(page).count()).toBe(0);
  });

  test('a compose without a recognizable Send: no panel, status "Outlook layout not recognized", sending untouched', async () => {
    const page = await open('mail');
    // "New mail" in a build whose Send button Preflight does not know.
    await page.evaluate(() => {
      const tpl = document.getElementById('fixture-compose') as HTMLTemplateElement;
      const b = tpl.content.querySelector('.send > button')!;
      b.removeAttribute('title');
      b.classList.remove('fui-SplitButton__primaryActionButton');
    });
    await page.locator('[data-fixture="new-mail"]').click();
    await expect
      .poll(() => h.session.extensionStorage('local', 'integrationStatus'))
      .toMatchObject({ outlook: { state: 'layout-not-recognized' } });
    const status = (
      (await h.session.extensionStorage('local', 'integrationStatus')) as Record<string, IntegrationStatus>
    ).outlook!;
    expect(t('en', status.messageId, status.data)).toMatch(/^Outlook layout not recognized\./);
    await expect.poll(() => panels(page).count()).toBe(0);
    const compose = outlookComposes(page).first();
    await writeOutlookDraft(compose, { subject: RISKY.subject, body: RISKY.body });
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => outlookSent(page).then((s) => s.length)).toBe(1);
    expect(await confirmation(page).count()).toBe(0);
  });
});

describe('hygiene', () => {
  test('no errors from the extension in the console while composing, holding and sending', async () => {
    // Self-contained: it does its own work and counts only the errors from it.
    const before = h.session.extensionErrors().length;
    const page = await open('mail');
    const compose = outlookComposes(page).first();
    await expect.poll(() => hostAttr(compose, 'level')).toMatch(ANY_LEVEL);
    await writeOutlookDraft(compose, RISKY);
    await expect.poll(() => hostAttr(compose, 'level'), { timeout: 2000 }).toMatch(/warning|danger/);
    await outlookSend(compose).click();
    await confirmation(page).waitFor();
    await confirmation(page).locator('[data-action="send"]').click();
    await expect.poll(() => outlookSent(page).then((s) => s.length)).toBe(1);
    await page.locator('[data-fixture="new-mail"]').click();
    const next = outlookComposes(page).first();
    await expect.poll(() => hostAttr(next, 'level')).toMatch(ANY_LEVEL);
    await writeOutlookDraft(next, CLEAN);
    await outlookSend(next).click();
    await expect.poll(() => outlookSent(page).then((s) => s.length)).toBe(2);
    // The listener works: an error the page throws on purpose (named so the extension filter keeps it)
    // is seen; nothing else is.
    const probe = await throwProbe(page);
    const mine = () => h.session.extensionErrors().slice(before);
    await expect.poll(() => mine().some((e) => e.includes(probe))).toBe(true);
    expect(mine().filter((e) => !e.includes(probe))).toEqual([]);
  });
});
