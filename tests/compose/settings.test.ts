import { beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { t } from '../../utils/i18n';

// WXT storage reads the extension API when an item is defined: give it WXT's in-memory fake first.
let storage: typeof import('../../utils/storage');
let status: typeof import('../../utils/status');
beforeAll(async () => {
  (globalThis as { chrome?: unknown }).chrome = fakeBrowser;
  storage = await import('../../utils/storage');
  status = await import('../../utils/status');
});
beforeEach(() => fakeBrowser.reset());

describe('user settings', () => {
  test('the send gate holds warning and above by default', async () => {
    expect(storage.DEFAULT_USER_SETTINGS.gateLevel).toBe('warning');
    expect(storage.normalizeUserSettings(null)).toEqual(storage.DEFAULT_USER_SETTINGS);
    expect(await storage.loadUserSettings()).toEqual(storage.DEFAULT_USER_SETTINGS);
  });

  test('missing or invalid fields fall back to defaults; valid ones are kept', async () => {
    expect(storage.normalizeUserSettings({ gateLevel: 'danger' }).gateLevel).toBe('danger');
    expect(storage.normalizeUserSettings({ gateLevel: 'off' }).gateLevel).toBe('off');
    expect(storage.normalizeUserSettings({ gateLevel: 'ok' as never }).gateLevel).toBe('warning');
    await fakeBrowser.storage.sync.set({ settings: { gateLevel: 'bogus' } });
    expect((await storage.loadUserSettings()).gateLevel).toBe('warning');
  });

  test('the panel is collapsed per account', async () => {
    await storage.setPanelCollapsed('jan@example.com', true);
    await storage.setPanelCollapsed('eva@example.org', false);
    expect(await storage.panelCollapsedItem.getValue()).toEqual({
      'jan@example.com': true,
      'eva@example.org': false,
    });
  });
});

describe('integration status', () => {
  test('"Gmail layout not recognized" in both languages', () => {
    const s = status.statusFor('Gmail', 'layout-not-recognized', 'Send button or toolbar');
    expect(t('en', s.messageId, s.data)).toBe(
      'Gmail layout not recognized. Preflight stays out of the way; sending works as usual.',
    );
    expect(t('cs', s.messageId, s.data)).toMatch(/^Rozložení stránky Gmail nebylo rozpoznáno\./);
    expect(status.statusFor('Gmail', 'ok').messageId).toBe('status.ok');
  });

  test('recorded per webmail, rewritten only when it changes', async () => {
    let writes = 0;
    fakeBrowser.storage.local.onChanged.addListener(() => writes++);
    await status.reportIntegrationStatus('gmail', 'Gmail', 'layout-not-recognized', 'Send button');
    expect((await status.integrationStatusItem.getValue()).gmail).toMatchObject({
      state: 'layout-not-recognized',
      data: { site: 'Gmail' },
      detail: 'Send button',
    });
    await status.reportIntegrationStatus('gmail', 'Gmail', 'layout-not-recognized', 'Send button');
    expect(writes).toBe(1);
    await status.reportIntegrationStatus('gmail', 'Gmail', 'ok');
    expect(writes).toBe(2);
    expect((await status.integrationStatusItem.getValue()).gmail!.state).toBe('ok');
  });
});
