/**
 * `npm run demo`: see Preflight at work with no account and no network.
 *
 * Builds the extension, serves the Gmail-like fixtures on loopback as https://mail.google.com, and opens
 * Chromium with Preflight loaded. With a display it stays open for you to try (Ctrl+C to stop). Without
 * one ($DISPLAY unset), or with `--screenshots`, it runs headless: writes a risky draft and a clean one,
 * and saves screenshots of the panel and the send confirmation to docs/screenshots/, then of the popup
 * (domain health of the demo's broken domain) and the options page.
 *
 * DNS: a local unbound DoH server (scripts/lib/unbound.ts) answers from scripts/lib/demo-zones.ts
 * (healthy example.com, broken broken.example.net); Chromium resolves cloudflare-dns.com, the default
 * resolver, to it, so the extension uses it without a permission prompt and nothing leaves the machine.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { ROOT, launchChromium } from './lib/browsers';
import { CLEAN, RISKY, composes, confirmation, gmailUrl, panelIn, writeDraft } from './lib/gmail-page';
import { startFixtureServer } from './lib/fixture-server';
import type { Unbound } from './lib/unbound';
import { startUnbound } from './lib/unbound';
import { BROKEN_DOMAIN, DEMO_ZONE, HEALTHY_DOMAIN } from './lib/demo-zones';
import { shootOutlook } from './demo-outlook';

const OUT = join(ROOT, 'docs/screenshots');
const headless = process.argv.includes('--screenshots') || !process.env.DISPLAY;

console.log('demo: building the extension (npx wxt build)…');
execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
const server = await startFixtureServer();
let dns: Unbound | null = null;
try {
  dns = await startUnbound({ zone: DEMO_ZONE });
} catch (e) {
  console.warn(
    `demo: no local DNS (${e instanceof Error ? e.message : String(e)}); domain checks will fail.`,
  );
}
const session = await launchChromium(server.port, {
  headless,
  hostRules: dns ? [`MAP cloudflare-dns.com 127.0.0.1:${dns.port}`] : [],
});
const worker = session.context.serviceWorkers()[0] ?? (await session.context.waitForEvent('serviceworker'));
const extensionUrl = (path: string) => `chrome-extension://${new URL(worker.url()).host}/${path}`;

/** Screenshot of a compose with some page around it, so the panel is seen in place. */
async function shootCompose(page: Page, compose: Locator, file: string) {
  const box = (await compose.boundingBox())!;
  const pad = 24;
  const x = Math.max(0, box.x - pad);
  const y = Math.max(0, box.y - pad);
  await page.screenshot({
    path: join(OUT, file),
    clip: {
      x,
      y,
      width: Math.min(1280 - x, box.width + 2 * pad),
      height: Math.min(800 - y, box.height + pad),
    },
  });
  return join(OUT, file);
}

async function waitForLevel(compose: Locator, re: RegExp) {
  const host = panelIn(compose);
  for (let i = 0; i < 50; i++) {
    if (re.test((await host.getAttribute('data-level')) ?? '')) return;
    await compose.page().waitForTimeout(100);
  }
  throw new Error(`panel never reached ${re}`);
}

try {
  if (!headless) {
    const page = await session.newPage();
    await page.goto(gmailUrl('inbox'));
    console.log(
      `demo: Chromium is open on ${gmailUrl('inbox')} (served from tests/fixtures/gmail on 127.0.0.1:${server.port}).`,
    );
    console.log(
      'demo: write a draft, press Send or Ctrl+Enter. Other pages: reply, two, fullscreen, draft, cs.',
    );
    console.log(
      `demo: domain health: ${extensionUrl(`popup.html?domain=${HEALTHY_DOMAIN}`)} (healthy) or ?domain=${BROKEN_DOMAIN} (broken); settings: ${extensionUrl('options.html')}`,
    );
    console.log('demo: close the browser or press Ctrl+C to stop.');
    await new Promise<void>((done) => {
      session.context.on('close', () => done());
      process.once('SIGINT', () => done());
    });
  } else {
    mkdirSync(OUT, { recursive: true });
    const files: string[] = [];
    const page = await session.newPage();

    // A risky draft: spam phrases, shouting, money, an executable attachment.
    await page.goto(gmailUrl('inbox'));
    const compose = composes(page).first();
    await panelIn(compose).waitFor({ state: 'attached' });
    await writeDraft(compose, RISKY);
    await compose
      .locator('input[name="Filedata"]')
      .setInputFiles([
        { name: 'invoice.pdf.exe', mimeType: 'application/octet-stream', buffer: Buffer.alloc(48_213) },
      ]);
    await waitForLevel(compose, /warning|danger/);
    await page.waitForTimeout(300);
    files.push(await shootCompose(page, compose, 'panel-risky.png'));

    // Send: the gate holds it and asks.
    await compose.locator('div[role="button"].aoO').click();
    await confirmation(page).waitFor();
    await page.waitForTimeout(200);
    await page.screenshot({ path: join(OUT, 'send-confirmation.png') });
    files.push(join(OUT, 'send-confirmation.png'));
    await confirmation(page).locator('[data-action="review"]').click();
    await page.waitForTimeout(300);
    files.push(await shootCompose(page, compose, 'review-highlight.png'));

    // A clean draft: the panel stays calm and Send goes straight through.
    await page.goto(gmailUrl('inbox'));
    const clean = composes(page).first();
    await panelIn(clean).waitFor({ state: 'attached' });
    await writeDraft(clean, CLEAN);
    await waitForLevel(clean, /ok|notice/);
    await page.waitForTimeout(300);
    files.push(await shootCompose(page, clean, 'panel-clean.png'));

    // Czech Gmail: same build, Czech panel.
    await page.goto(gmailUrl('cs'));
    const cs = composes(page).first();
    await panelIn(cs).waitFor({ state: 'attached' });
    await cs.locator('input[name="subjectbox"]').fill('VYHRÁLI JSTE!!! Klikněte zde');
    await waitForLevel(cs, /.+/);
    await page.waitForTimeout(400);
    files.push(await shootCompose(page, cs, 'panel-cs.png'));

    // The popup: domain health of the broken demo domain, at the toolbar popup's size.
    const popup = await session.newPage();
    await popup.setViewportSize({ width: 448, height: 900 });
    await popup.goto(extensionUrl(`popup.html?domain=${BROKEN_DOMAIN}`));
    await popup.locator('[data-grade]').waitFor({ timeout: 30_000 });
    await popup.waitForTimeout(200);
    await popup.locator('main').screenshot({ path: join(OUT, 'popup.png') });
    files.push(join(OUT, 'popup.png'));

    // The options page.
    const options = await session.newPage();
    await options.setViewportSize({ width: 900, height: 900 });
    await options.goto(extensionUrl('options.html'));
    await options.locator('#gate-level').waitFor();
    await options.waitForTimeout(200);
    await options.screenshot({ path: join(OUT, 'options.png') });
    files.push(join(OUT, 'options.png'));
    // Outlook on the web: the same panel and gate (scripts/demo-outlook.ts).
    files.push(...(await shootOutlook(page, OUT)));

    console.log('demo: screenshots saved:');
    for (const f of files) console.log(`  ${relative(process.cwd(), f)}`);
  }
} finally {
  await session.close().catch(() => {});
  await server.close();
  await dns?.stop();
}
