/**
 * Popup and options in Debian's Chromium with the built extension. DNS comes from a real unbound on
 * loopback (tests/integration/harness.ts) serving scripts/lib/demo-zones.ts; Chromium reaches it under
 * the built-in resolver's name (host-resolver rule cloudflare-dns.com → unbound), so no permission
 * prompt is needed. Axe-core checks the popup and the options page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { CHECK_KEYS } from '../../utils/auth/contract';
import { BROKEN_DOMAIN, DEMO_ZONE, HEALTHY_DOMAIN } from '../../scripts/lib/demo-zones';
import { ROOT } from '../../scripts/lib/browsers';
import {
  RISKY,
  composes,
  confirmation,
  gmailUrl,
  panelIn,
  panels,
  sent,
  writeDraft,
} from '../../scripts/lib/gmail-page';
import { chromiumWithDns } from './webmail';

const h = chromiumWithDns(DEMO_ZONE);
const newPage = (url: string) => h.open(url);
const popupUrl = (q: string) => `chrome-extension://${h.extId}/popup.html${q}`;
const optionsUrl = () => `chrome-extension://${h.extId}/options.html`;

async function worker() {
  return h.session.context.serviceWorkers()[0] ?? (await h.session.context.waitForEvent('serviceworker'));
}
async function setSettings(value: unknown) {
  await (
    await worker()
  ).evaluate(async (v) => {
    const c = (globalThis as unknown as { chrome: { storage: { sync: { set(x: object): Promise<void> } } } })
      .chrome;
    await c.storage.sync.set({ settings: v });
  }, value);
}
async function clearStorage() {
  await (
    await worker()
  ).evaluate(async () => {
    const c = (globalThis as unknown as { chrome: { storage: Record<string, { clear(): Promise<void> }> } })
      .chrome;
    await c.storage.sync!.clear();
    await c.storage.local!.clear();
  });
}

/** Serious and critical axe-core violations on the page (axe injected through the debugger, past the CSP). */
async function axeViolations(page: Page) {
  await page.evaluate(readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8'));
  const result = await page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: {
          run(): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    return (await axe.run()).violations;
  });
  return result
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('popup', () => {
  test('popup.html?domain=<d> shows every check, then the grade (contract: data-grade, data-check, data-status)', async () => {
    await clearStorage();
    const page = await newPage(popupUrl(`?domain=${HEALTHY_DOMAIN}`));
    // Progressive: rows exist at once, 'checking' until their answer arrives.
    await expect.poll(() => page.locator('[data-check]').count(), { timeout: 5000 }).toBe(CHECK_KEYS.length);
    const grade = page.locator('[data-grade]');
    await grade.waitFor({ timeout: 20_000 });
    expect(await grade.getAttribute('data-grade')).toMatch(/^[A-F]$/);
    const statuses = await page
      .locator('[data-check]')
      .evaluateAll((els) => els.map((e) => [e.getAttribute('data-check'), e.getAttribute('data-status')]));
    expect(statuses.map(([k]) => k)).toEqual([...CHECK_KEYS]);
    for (const [, s] of statuses) expect(s).toMatch(/^(pass|warn|fail|unknown)$/);
    expect(await page.locator('[data-check="spf"]').getAttribute('data-status')).toBe('pass');
    expect(await page.locator('h2#pf-report-title').textContent()).toBe(HEALTHY_DOMAIN);
    expect(await page.locator('.pf-resolver').textContent()).toContain('cloudflare-dns.com');
    expect(await page.locator('.pf-tab').textContent()).toBe(
      'Not a webmail page. Type a domain to check it.',
    );
  });

  test('a broken domain fails SPF with its reason; a second opening paints from the cache', async () => {
    await clearStorage();
    const page = await newPage(popupUrl(`?domain=${BROKEN_DOMAIN}`));
    await page.locator('[data-grade]').waitFor({ timeout: 20_000 });
    expect(await page.locator('[data-check="spf"]').getAttribute('data-status')).toBe('fail');
    expect(await page.locator('[data-check="spf"] .pf-finding').count()).toBeGreaterThan(0);
    const cached = await h.session.extensionStorage('local', 'domainReports');
    expect(Object.keys(cached as object)).toContain(BROKEN_DOMAIN);
    // Reopened: the cached report is there without waiting for the background.
    const again = await newPage(popupUrl(`?domain=${BROKEN_DOMAIN}`));
    await again.locator('[data-grade]').waitFor({ timeout: 2000 });
    expect(await again.locator('[data-check="spf"]').getAttribute('data-status')).toBe('fail');
    expect(await again.locator('.pf-when').textContent()).toBe('Checked just now');
  });

  test("the fixture tab's sender domain, its integration status, and a typed domain", async () => {
    await clearStorage();
    const gmail = await newPage(gmailUrl('inbox'));
    await panels(gmail).first().waitFor({ state: 'attached' });
    // The tab that answers the popup's status request (tab URLs are not visible without more permissions).
    const tabId = await (
      await worker()
    ).evaluate(async () => {
      const c = (
        globalThis as unknown as {
          chrome: {
            tabs: {
              query(q: object): Promise<{ id: number }[]>;
              sendMessage(id: number, m: object): Promise<unknown>;
            };
          };
        }
      ).chrome;
      for (const tab of await c.tabs.query({})) {
        const answer = await c.tabs.sendMessage(tab.id, { type: 'tab-status' }).catch(() => null);
        if (answer) return tab.id;
      }
      return -1;
    });
    const page = await newPage(popupUrl(`?tab=${tabId}`));
    await expect
      .poll(() => page.locator('.pf-tab').textContent())
      .toBe('Active in Gmail — 1 compose watched');
    await expect.poll(() => page.locator('h2#pf-report-title').textContent()).toBe(HEALTHY_DOMAIN);
    await page.locator('[data-grade]').waitFor({ timeout: 20_000 });

    await page.locator('#pf-domain').fill('not a domain');
    await page.keyboard.press('Enter');
    expect(await page.locator('#pf-domain-error').textContent()).toContain('not a domain name');
    await page.locator('#pf-domain').fill(`postmaster@${BROKEN_DOMAIN}`);
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    await expect.poll(() => page.locator('h2#pf-report-title').textContent()).toBe(BROKEN_DOMAIN);
    await page.locator('[data-grade]').waitFor({ timeout: 20_000 });
    expect(await page.locator('[data-check="spf"]').getAttribute('data-status')).toBe('fail');
  });

  test('axe-core: no serious or critical violation in the popup', async () => {
    const page = await newPage(popupUrl(`?domain=${BROKEN_DOMAIN}`));
    await page.locator('[data-grade]').waitFor({ timeout: 20_000 });
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('options', () => {
  test('axe-core: no serious or critical violation in the options page', async () => {
    await clearStorage();
    const page = await newPage(optionsUrl());
    await page.locator('#gate-level').waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  test('gate off: a risky draft is sent without asking', async () => {
    await clearStorage();
    const options = await newPage(optionsUrl());
    await options.locator('#gate-level').selectOption('off');
    await expect
      .poll(() =>
        h.session.extensionStorage('sync', 'settings').then((s) => (s as { gateLevel?: string })?.gateLevel),
      )
      .toBe('off');
    const gmail = await newPage(gmailUrl('inbox'));
    const compose = composes(gmail).first();
    await panelIn(compose).waitFor({ state: 'attached' });
    await writeDraft(compose, RISKY);
    await expect.poll(() => panelIn(compose).getAttribute('data-level')).toMatch(/warning|danger/);
    await compose.locator('div[role="button"].aoO').click();
    await expect.poll(() => sent(gmail).then((s) => s.length)).toBe(1);
    expect(await confirmation(gmail).count()).toBe(0);
  });

  test('a rule turned off and a custom phrase change the panel', async () => {
    await clearStorage();
    const options = await newPage(optionsUrl());
    await options.locator('tr[data-rule="subject-all-caps"] input[type="checkbox"]').uncheck();
    await options.locator('#phrase').fill('quarterly synergy');
    await options.locator('#phrase-weight').fill('3');
    await options.locator('#phrase').press('Enter');
    await expect
      .poll(() => h.session.extensionStorage('sync', 'settings'))
      .toMatchObject({
        rules: { 'subject-all-caps': { enabled: false } },
        customPhrases: [{ phrase: 'quarterly synergy', weight: 3 }],
      });
    const gmail = await newPage(gmailUrl('inbox'));
    const compose = composes(gmail).first();
    await panelIn(compose).waitFor({ state: 'attached' });
    await writeDraft(compose, {
      to: 'eva@example.org',
      subject: 'QUARTERLY UPDATE FOR EVERYONE',
      body: 'Our quarterly synergy plan is attached below.',
    });
    const rules = () =>
      panelIn(compose)
        .locator('[data-rule]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-rule')));
    await expect.poll(rules).toContain('body-spam-phrases');
    expect(await rules()).not.toContain('subject-all-caps');
  });

  test('export then import round-trips; a bad file is refused with the field named', async () => {
    await clearStorage();
    await setSettings({ gateLevel: 'danger', allowlistDomains: ['example.cz'], blocklists: true });
    const page = await newPage(optionsUrl());
    await page.locator('#gate-level').waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-action="export"]').click(),
    ]);
    const text = readFileSync(await download.path(), 'utf8');
    const exported = JSON.parse(text) as { format: string; settings: Record<string, unknown> };
    expect(exported.format).toBe('preflight-settings');
    expect(exported.settings).toMatchObject({
      gateLevel: 'danger',
      allowlistDomains: ['example.cz'],
      blocklists: true,
    });

    await page.locator('[data-action="reset"]').click();
    await expect
      .poll(() => h.session.extensionStorage('sync', 'settings'))
      .toMatchObject({ gateLevel: 'warning', blocklists: false });
    await page.locator('#import-text').fill(text);
    await page.locator('[data-action="import"]').click();
    await expect.poll(() => h.session.extensionStorage('sync', 'settings')).toEqual(exported.settings);
    expect(await page.locator('#gate-level').inputValue()).toBe('danger');

    await page
      .locator('#import-text')
      .fill('{"format":"preflight-settings","version":1,"settings":{"gateLevel":"sometimes"}}');
    await page.locator('[data-action="import"]').click();
    await expect.poll(() => page.locator('[data-status-kind="error"]').textContent()).toContain('gateLevel');
    expect(await h.session.extensionStorage('sync', 'settings')).toEqual(exported.settings);
  });

  test('a managed policy locks a setting: shown disabled with a note, and kept on save', async () => {
    await clearStorage();
    // storage.managed cannot be written by an extension; stub the page's read of it (the policy route
    // itself is Chrome's, tested by Chrome).
    const page = await h.open(optionsUrl(), (p) =>
      p.addInitScript(() => {
        const c = (globalThis as unknown as { chrome?: { storage?: { managed?: { get: unknown } } } }).chrome;
        if (c?.storage?.managed)
          c.storage.managed.get = () =>
            Promise.resolve({ gateLevel: 'danger', blocklists: true, lockedSettings: ['gateLevel'] });
      }),
    );
    const gate = page.locator('#gate-level');
    await gate.waitFor();
    expect(await gate.isDisabled()).toBe(true);
    expect(await gate.inputValue()).toBe('danger');
    expect(await page.locator('.pf-locked').first().textContent()).toContain('organisation');
    // blocklists is set by the policy but not locked: a default the user may change.
    expect(await page.locator('[data-setting="blocklists"]').isDisabled()).toBe(false);
    expect(await page.locator('[data-setting="blocklists"]').isChecked()).toBe(true);
    await page.locator('[data-setting="blocklists"]').uncheck();
    await expect.poll(() => page.locator('.pf-msg').textContent()).toBe('Saved.');
    await expect
      .poll(() => h.session.extensionStorage('sync', 'settings'))
      .toMatchObject({ gateLevel: 'danger', blocklists: false });
  });
});
