/**
 * Real browsers with the built extension loaded, pointed at the fixture server under the real webmail
 * host names. Shared by the e2e tests, the demo and the bench.
 *
 *  - Chromium (Debian package) through playwright-core, loading .output/chrome-mv3.
 *  - Firefox ESR through puppeteer-core over WebDriver BiDi, installing .output/firefox-mv2 as a
 *    temporary add-on.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, ConsoleMessage, Page } from 'playwright-core';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const CHROME_EXT = join(ROOT, '.output/chrome-mv3');
export const FIREFOX_EXT = join(ROOT, '.output/firefox-mv2');
/** The e2e builds (`wxt build --mode e2e`): production code plus the test hooks (utils/compose/test-hooks.ts). */
export const CHROME_E2E_EXT = join(ROOT, '.output/chrome-mv3-e2e');
export const FIREFOX_E2E_EXT = join(ROOT, '.output/firefox-mv2-e2e');
export const CHROMIUM_BIN = process.env.PREFLIGHT_CHROMIUM ?? '/usr/lib/chromium/chromium';
export const FIREFOX_BIN = process.env.PREFLIGHT_FIREFOX ?? '/usr/bin/firefox-esr';

/** Hosts the fixture server answers for (the certificate covers them all). */
export const WEBMAIL_HOSTS = [
  'mail.google.com',
  'outlook.live.com',
  'outlook.office.com',
  'outlook.office365.com',
  'outlook.cloud.microsoft',
];

/** How to get the browsers (and unbound): the project's set-up script, or the packages it installs. */
export const BROWSERS_HINT =
  'Install them with: bash scripts/setup-system.sh (apt-get install -y chromium firefox-esr unbound)';

/**
 * Throws, naming the install command, when a browser binary is missing: a missing browser makes the
 * e2e run fail, never pass with its tests skipped.
 */
export function requireBinary(path: string, name: string): void {
  if (!existsSync(path)) {
    throw new Error(`${name} not found at ${path}. ${BROWSERS_HINT}`);
  }
}

/** Every browser the e2e tests drive, checked at once (the e2e global setup calls it before building). */
export function requireBrowsers(
  browsers: ReadonlyArray<readonly [path: string, name: string]> = [
    [CHROMIUM_BIN, 'Chromium'],
    [FIREFOX_BIN, 'Firefox ESR'],
  ],
): void {
  const missing = browsers.filter(([path]) => !existsSync(path));
  if (missing.length)
    throw new Error(
      `The e2e tests need real browsers: ${missing.map(([path, name]) => `${name} not found at ${path}`).join('; ')}. ` +
        BROWSERS_HINT,
    );
}

export function requireBuild(dir: string): void {
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(
      `No extension build in ${dir}. Run: npx wxt build && npx wxt build -b firefox` +
        ' (e2e builds: add --mode e2e)',
    );
  }
}

export interface ChromiumSession {
  context: BrowserContext;
  /** Console errors and uncaught exceptions, with where they came from. */
  errors: string[];
  /** Console errors from the extension (chrome-extension:// URLs or messages naming Preflight). */
  extensionErrors(): string[];
  newPage(): Promise<Page>;
  /** A value from the extension's storage (read in its service worker), e.g. ('local', 'integrationStatus'). */
  extensionStorage(area: 'local' | 'sync', key: string): Promise<unknown>;
  close(): Promise<void>;
}

export async function launchChromium(
  port: number,
  options: {
    headless?: boolean;
    /** More host-resolver rules, e.g. 'MAP cloudflare-dns.com 127.0.0.1:8443' (a local DoH server). */
    hostRules?: string[];
    /** The unpacked extension to load (default: the production build). */
    extension?: string;
  } = {},
): Promise<ChromiumSession> {
  const ext = options.extension ?? CHROME_EXT;
  requireBinary(CHROMIUM_BIN, 'Chromium');
  requireBuild(ext);
  const { chromium } = await import('playwright-core');
  const rules = [
    ...WEBMAIL_HOSTS.map((h) => `MAP ${h} 127.0.0.1:${port}`),
    ...(options.hostRules ?? []),
  ].join(', ');
  const headless = options.headless ?? true;
  const context = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM_BIN,
    headless,
    // Playwright disables extensions by default; this build is the point of the test.
    ignoreDefaultArgs: ['--disable-extensions'],
    viewport: { width: 1280, height: 800 },
    locale: 'en-US',
    args: [
      ...(headless ? ['--headless=new'] : []),
      `--disable-extensions-except=${ext}`,
      `--load-extension=${ext}`,
      `--host-resolver-rules=${rules}`,
      // The fixture certificate is issued by the committed test CA, which this profile does not trust.
      '--ignore-certificate-errors',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const errors: string[] = [];
  const watch = (page: Page) => {
    page.on('console', (msg: ConsoleMessage) => {
      if (msg.type() === 'error') errors.push(`console: ${msg.text()} @ ${msg.location().url}`);
    });
    page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}\n${err.stack ?? ''}`));
  };
  context.pages().forEach(watch);
  context.on('page', watch);
  return {
    context,
    errors,
    extensionErrors: () => errors.filter((e) => /chrome-extension:\/\/|preflight|content-scripts/i.test(e)),
    async newPage() {
      const page = await context.newPage();
      return page;
    },
    async extensionStorage(area, key) {
      const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
      return worker.evaluate(
        async ([a, k]) => {
          const api = (
            globalThis as unknown as {
              chrome: { storage: Record<string, { get(k: string): Promise<Record<string, unknown>> }> };
            }
          ).chrome;
          return (await api.storage[a]!.get(k))[k];
        },
        [area, key] as const,
      );
    },
    close: () => context.close(),
  };
}

export interface FirefoxSession {
  browser: import('puppeteer-core').Browser;
  close(): Promise<void>;
}

/** The moz-extension:// UUID the e2e builds get (pref extensions.webextensions.uuids), so pages can be opened. */
export const FIREFOX_EXT_UUID = '6a0b5f5e-7c1d-4b8e-9f2a-3e4d5c6b7a80';
export const FIREFOX_EXT_ID = 'preflight@preflight.example';

export async function launchFirefox(
  port: number,
  options: {
    /** Let WebDriver BiDi open moz-extension:// pages (the popup and options tests). */
    allowExtensionPages?: boolean;
    /** More Firefox prefs. */
    prefs?: Record<string, string | number | boolean>;
    /** The unpacked extension to install (default: the production build). */
    extension?: string;
  } = {},
): Promise<FirefoxSession> {
  const ext = options.extension ?? FIREFOX_EXT;
  requireBinary(FIREFOX_BIN, 'Firefox ESR');
  requireBuild(ext);
  const puppeteer = (await import('puppeteer-core')).default;
  const profile = await mkdtemp(join(tmpdir(), 'preflight-ff-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_BIN,
    headless: true,
    protocol: 'webDriverBiDi',
    userDataDir: profile,
    ...(options.allowExtensionPages ? { args: ['--remote-allow-system-access'] } : {}),
    // The fixture certificate is issued by the committed test CA; this throw-away profile skips the check.
    acceptInsecureCerts: true,
    extraPrefsFirefox: {
      // Every host name resolves to loopback and port 443 goes to the fixture server.
      'network.dns.forceResolve': '127.0.0.1',
      'network.socket.forcePort': `443=${port}`,
      'network.dns.disableIPv6': true,
      'network.proxy.type': 0,
      'network.trr.mode': 5,
      'browser.shell.checkDefaultBrowser': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'extensions.autoDisableScopes': 0,
      'xpinstall.signatures.required': false,
      'intl.accept_languages': 'en-US',
      'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_EXT_ID]: FIREFOX_EXT_UUID }),
      ...options.prefs,
    },
  });
  await browser.installExtension(ext);
  return {
    browser,
    async close() {
      await browser.close().catch(() => {});
      await rm(profile, { recursive: true, force: true });
    },
  };
}
