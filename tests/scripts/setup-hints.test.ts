/**
 * A missing browser or unbound makes the e2e and integration runs FAIL with the install command, never
 * pass with their tests reported as skipped (vitest reports the tests of a file whose beforeAll threw
 * as "skipped"; a global setup that throws fails the run before any test).
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { requireBinary, requireBrowsers } from '../../scripts/lib/browsers';
import { findUnbound } from '../../scripts/lib/unbound';

const INSTALL = /bash scripts\/setup-system\.sh.*apt-get install -y chromium firefox-esr unbound/;

afterEach(() => {
  vi.unstubAllEnvs();
  vi.doUnmock('node:child_process');
  vi.resetModules();
});

describe('missing system packages fail with the install command', () => {
  test('a missing browser binary: an Error naming it, its path and the install command', () => {
    expect(() => requireBinary('/nonexistent/chromium', 'Chromium')).toThrow(Error);
    expect(() => requireBinary('/nonexistent/chromium', 'Chromium')).toThrow(INSTALL);
    expect(() => requireBinary('/nonexistent/chromium', 'Chromium')).toThrow(
      /^Chromium not found at \/nonexistent\/chromium\./,
    );
    expect(() => requireBinary(process.execPath, 'Node')).not.toThrow();
  });

  test('every missing browser is named at once', () => {
    const run = () =>
      requireBrowsers([
        ['/nonexistent/chromium', 'Chromium'],
        [process.execPath, 'Node'],
        ['/nonexistent/firefox-esr', 'Firefox ESR'],
      ]);
    expect(run).toThrow(INSTALL);
    expect(run).toThrow(/Chromium not found at \/nonexistent\/chromium; Firefox ESR not found at/);
    expect(run).not.toThrow(/Node/);
    expect(() => requireBrowsers([[process.execPath, 'Node']])).not.toThrow();
  });

  test('missing unbound: an Error with the install command', () => {
    expect(() => findUnbound(['/nonexistent/unbound'], false)).toThrow(INSTALL);
  });

  test('the e2e global setup checks the browsers first: it fails before building anything', async () => {
    vi.stubEnv('PREFLIGHT_CHROMIUM', '/nonexistent/chromium');
    const execFileSync = vi.fn(() => {
      throw new Error('build attempted');
    });
    vi.doMock('node:child_process', async (orig) => ({
      ...(await orig<typeof import('node:child_process')>()),
      execFileSync,
    }));
    vi.resetModules();
    const { default: setup } = await import('../e2e/global-setup');
    const provide = vi.fn();
    await expect(setup({ provide } as never)).rejects.toThrow(INSTALL);
    await expect(setup({ provide } as never)).rejects.toThrow(
      /Chromium not found at \/nonexistent\/chromium/,
    );
    expect(execFileSync).not.toHaveBeenCalled();
    expect(provide).not.toHaveBeenCalled();
  });
});
