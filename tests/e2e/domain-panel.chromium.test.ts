/**
 * Domain findings in the Gmail compose panel, in Debian's Chromium with the built extension. DNS comes
 * from a real unbound on loopback serving the demo zone plus the domains below; Chromium reaches it under
 * the built-in resolver's name (host-resolver rule cloudflare-dns.com → unbound), as in
 * popup.chromium.test.ts. The sender identity is the compose's hidden `from` input (what Gmail fills in
 * when the user picks another identity), set on the fixture page.
 */
import type { Locator } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { DEMO_ZONE, HEALTHY_DOMAIN } from '../../scripts/lib/demo-zones';
import type { ZoneData } from '../../scripts/lib/dns-zone';
import { composes, gmailUrl, panelIn, panels, writeDraft } from '../../scripts/lib/gmail-page';
import { chromiumWithDns } from './webmail';

/** SPF does not authorize Google, DMARC p=reject, no MX: mail from Gmail may be rejected, replies lost. */
const REJECTING = 'strict.example.net';
/** A recipient domain with a null MX (RFC 7505): accepts no mail. */
const NULL_MX = 'nomail.example.net';
/** A recipient domain that does not exist (not in the zone). */
const NXDOMAIN = 'nosuchdomain.example.net';
/** Its SPF record is hostile: markup, control characters, and far longer than any real record. */
const HOSTILE = 'hostile.example.net';

const MARKUP = '<img src=x onerror=alert(1)>';
const LONG = 'x'.repeat(3000);
/** The hostile SPF record, in character-strings of at most 255 bytes (RFC 1035). */
const HOSTILE_SPF = `v=spf1 ${MARKUP} \u0001\u0007\u001b[31m\u007f ${LONG} -all`;
const chunks = (s: string) => s.match(/[\s\S]{1,200}/g)!;

const ZONE: ZoneData = {
  ...DEMO_ZONE,
  [REJECTING]: [{ TXT: 'v=spf1 ip4:192.0.2.1 -all' }],
  [`_dmarc.${REJECTING}`]: [{ TXT: 'v=DMARC1; p=reject' }],
  [NULL_MX]: [{ MX: [0, '.'] }, { A: '192.0.2.30' }],
  [HOSTILE]: [{ TXT: chunks(HOSTILE_SPF) }, { MX: [10, 'aspmx.l.google.com'] }],
  [`_dmarc.${HOSTILE}`]: [{ TXT: `v=DMARC1; p=none; rua=mailto:${MARKUP}` }],
};

const h = chromiumWithDns(ZONE);

/** A page that records any dialog (an alert() run from DNS data would be one) instead of blocking on it. */
async function newPage(url: string) {
  const dialogs: string[] = [];
  const page = await h.open(url, (p) =>
    p.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss().catch(() => {});
    }),
  );
  return { page, dialogs };
}

/** The inbox fixture's compose, sending as `from`. */
async function composeAs(from: string) {
  const opened = await newPage(gmailUrl('inbox'));
  await panels(opened.page).first().waitFor({ state: 'attached' });
  const compose = composes(opened.page).first();
  await compose.locator('input[name="from"]').evaluate((el, v) => ((el as HTMLInputElement).value = v), from);
  return { ...opened, compose };
}

const messages = (compose: Locator, rule: string) =>
  panelIn(compose)
    .locator(`.pf-finding[data-rule="${rule}"] .pf-msg`)
    .evaluateAll((els) => els.map((e) => e.textContent ?? ''));
const imgCount = (host: Locator) => host.evaluate((h) => h.shadowRoot?.querySelectorAll('img').length ?? -1);

describe('domain findings in the compose panel', () => {
  test('the sender domain: DMARC p=reject without SPF for Google, and no MX for replies', async () => {
    const { compose } = await composeAs(`jan@${REJECTING}`);
    await writeDraft(compose, { to: `eva@${HEALTHY_DOMAIN}`, subject: 'Lunch', body: 'Hi Eva, noon?' });
    await expect
      .poll(() => messages(compose, 'domain-sender'), { timeout: 20_000, interval: 1000 })
      .toEqual(
        expect.arrayContaining([
          `Your domain ${REJECTING} publishes DMARC p=reject but its SPF does not authorize Google, so this message may be rejected.`,
          `${REJECTING} cannot receive mail, so replies and bounces to this message will be lost.`,
        ]),
      );
    expect(await panelIn(compose).getAttribute('data-level')).toBe('danger');
    // A healthy recipient domain gives no recipient finding.
    expect(await messages(compose, 'domain-recipient')).toEqual([]);
  });

  test('recipients that cannot receive mail (NXDOMAIN, null MX) are danger findings naming the address', async () => {
    const { compose } = await composeAs(`jan@${HEALTHY_DOMAIN}`);
    await writeDraft(compose, { to: `eva@${NXDOMAIN}` });
    await writeDraft(compose, { to: `petr@${NULL_MX}` });
    await writeDraft(compose, { to: `ok@${HEALTHY_DOMAIN}`, subject: 'Lunch', body: 'Hi, noon?' });
    await expect
      .poll(() => messages(compose, 'domain-recipient'), { timeout: 20_000, interval: 1000 })
      .toEqual(
        expect.arrayContaining([
          `Mail to eva@${NXDOMAIN} will bounce: the domain ${NXDOMAIN} does not exist.`,
          `Mail to petr@${NULL_MX} will bounce: ${NULL_MX} says it accepts no mail (null MX).`,
        ]),
      );
    expect(await messages(compose, 'domain-recipient')).toHaveLength(2);
    const severities = await panelIn(compose)
      .locator('.pf-finding[data-rule="domain-recipient"]')
      .evaluateAll((els) => els.map((e) => e.classList.contains('pf-danger')));
    expect(severities).toEqual([true, true]);
    expect(await panelIn(compose).getAttribute('data-level')).toBe('danger');
    // The healthy sender domain has nothing to say.
    expect(await messages(compose, 'domain-sender')).toEqual([]);
  });

  test('a hostile TXT record is inert text in the panel', async () => {
    const { page, compose, dialogs } = await composeAs(`jan@${HOSTILE}`);
    await writeDraft(compose, { to: `eva@${HEALTHY_DOMAIN}`, subject: 'Lunch', body: 'Hi Eva, noon?' });
    // The panel says the SPF record is broken (it names the domain, never the record's text).
    await expect
      .poll(() => messages(compose, 'domain-sender'), { timeout: 20_000, interval: 1000 })
      .toContain(
        `The SPF record of ${HOSTILE} is broken, so this message fails SPF; open Preflight for details.`,
      );
    expect(await imgCount(panelIn(compose))).toBe(0);
    expect(await page.locator('img[src="x"]').count()).toBe(0);

    // Nothing ran: no alert() from the record.
    expect(dialogs).toEqual([]);
  });

  test('a hostile TXT record is inert text in the popup report', async () => {
    const popup = await newPage(`chrome-extension://${h.extId}/popup.html?domain=${HOSTILE}`);
    const spf = popup.page.locator('[data-check="spf"]');
    await expect.poll(() => spf.getAttribute('data-status'), { timeout: 20_000 }).toBe('fail');
    const dmarc = popup.page.locator('[data-check="dmarc"]');
    await expect.poll(() => dmarc.getAttribute('data-status'), { timeout: 20_000 }).not.toBe('checking');
    const published = await spf
      .locator('.pf-published .pf-value')
      .evaluateAll((els) => els.map((e) => e.textContent ?? ''));
    const record = published.find((r) => r.includes(MARKUP));
    expect(record, JSON.stringify(published).slice(0, 500)).toBeDefined();
    expect(record).toContain(LONG);
    expect(record!.startsWith('v=spf1 ')).toBe(true);
    expect(await dmarc.textContent()).toContain(MARKUP);
    expect(await popup.page.locator('img').count()).toBe(0);
    expect(popup.dialogs).toEqual([]);
  });
});
