/**
 * Outlook views for `npm run demo -- --screenshots`: a risky draft in Outlook's reading pane with the
 * panel, and the send confirmation, saved as docs/screenshots/outlook-*.png. Kept apart from demo.ts
 * so the demo's own flow stays one small call.
 */
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { outlookComposes, outlookSend, outlookUrl, writeOutlookDraft } from './lib/outlook-page';
import { RISKY, confirmation, panelIn } from './lib/webmail-page';

async function waitForLevel(compose: Locator, re: RegExp): Promise<void> {
  for (let i = 0; i < 50; i++) {
    if (re.test((await panelIn(compose).getAttribute('data-level')) ?? '')) return;
    await compose.page().waitForTimeout(100);
  }
  throw new Error(`Outlook panel never reached ${re}`);
}

/** Writes a risky draft in the Outlook fixture and saves two screenshots; returns their paths. */
export async function shootOutlook(page: Page, outDir: string): Promise<string[]> {
  const files: string[] = [];
  await page.goto(outlookUrl('mail'));
  const compose = outlookComposes(page).first();
  await panelIn(compose).waitFor({ state: 'attached' });
  await writeOutlookDraft(compose, RISKY);
  await waitForLevel(compose, /warning|danger/);
  await page.waitForTimeout(300);
  const pane = page.locator('#ReadingPaneContainerId');
  const panelFile = join(outDir, 'outlook-panel-risky.png');
  await pane.screenshot({ path: panelFile });
  files.push(panelFile);

  await outlookSend(compose).click();
  await confirmation(page).waitFor();
  await page.waitForTimeout(200);
  const confirmFile = join(outDir, 'outlook-send-confirmation.png');
  await page.screenshot({ path: confirmFile });
  files.push(confirmFile);
  await confirmation(page).locator('[data-action="review"]').click();
  return files;
}
