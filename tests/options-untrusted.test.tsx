// @vitest-environment happy-dom
/**
 * Untrusted text on the options page: settings values (from storage.sync, an imported file or a
 * managed policy), a custom resolver's error detail, a failed save's error, and an imported file's
 * field names, fed hostile strings. Each shows as text, verbatim, with no element created from it.
 * The table lists every place the page shows such text: a new one belongs in it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { OptionsProps } from '../components/options/Options';
import { DEFAULT_USER_SETTINGS } from '../utils/settings/shape';
import type { UserSettings } from '../utils/storage';
import { type LocaleMessages, useMessagesForTest } from '../utils/ui-i18n';
import { HOSTILE_CASES, expectInert } from './helpers/hostile';
import { flush, mountOptionsPage, optionsRoot, unmountOptionsPage } from './helpers/options-page';

const messages = JSON.parse(
  readFileSync(join(__dirname, '../public/_locales/en/messages.json'), 'utf8'),
) as LocaleMessages;
beforeAll(() => useMessagesForTest(messages, 'en'));

afterEach(unmountOptionsPage);

const mount = (settings: UserSettings, over: Partial<OptionsProps> = {}) =>
  mountOptionsPage(settings, { rules: [{ id: 'subject-all-caps', defaultWeight: 3 }], ...over });

const click = async (el: Element | null) => {
  expect(el).not.toBeNull();
  await act(async () => (el as HTMLElement).click());
  await flush();
};

type Site = {
  site: string;
  /** Renders the page with `v` in that place and returns the element that must show it. */
  show: (v: string) => Promise<{ el: Element | null; attr?: string }>;
};

const SITES: Site[] = [
  {
    site: 'an allowlisted domain (list item and its Remove button name)',
    show: async (v) => {
      const r = await mount({ ...DEFAULT_USER_SETTINGS, allowlistDomains: [v] });
      return { el: r.querySelector('.pf-list li') };
    },
  },
  {
    site: 'a DKIM selector',
    show: async (v) => {
      const r = await mount({ ...DEFAULT_USER_SETTINGS, dkimSelectors: [v] });
      return { el: [...r.querySelectorAll('.pf-list li')].find((li) => li.textContent.includes(v)) ?? null };
    },
  },
  {
    site: 'a custom phrase',
    show: async (v) => {
      const r = await mount({ ...DEFAULT_USER_SETTINGS, customPhrases: [{ phrase: v, weight: 2 }] });
      return { el: [...r.querySelectorAll('.pf-list li')].find((li) => li.textContent.includes(v)) ?? null };
    },
  },
  {
    site: 'a custom phrase (Remove button name)',
    show: async (v) => {
      const r = await mount({ ...DEFAULT_USER_SETTINGS, customPhrases: [{ phrase: v, weight: 2 }] });
      return { el: r.querySelector('.pf-list li button'), attr: 'aria-label' };
    },
  },
  {
    site: "the custom resolver test's error detail",
    show: async (v) => {
      const r = await mount(
        { ...DEFAULT_USER_SETTINGS, resolver: 'custom', customResolverUrl: 'https://doh.example/dns-query' },
        { testResolver: async () => ({ ok: false, key: 'options_testNoPermission', detail: v }) },
      );
      const test = [...r.querySelectorAll('button')].find(
        (b) => b.textContent === messages.options_test!.message,
      );
      await click(test ?? null);
      return { el: r.querySelector('[data-resolver-test]') };
    },
  },
  {
    site: "a failed save's error",
    show: async (v) => {
      const r = await mount(DEFAULT_USER_SETTINGS, {
        save: async () => {
          throw new Error(v);
        },
      });
      await click(r.querySelector('input[type="checkbox"]'));
      return { el: r.querySelector('[data-status-kind="error"]') };
    },
  },
  {
    site: "an imported file's field name in its error list",
    show: async (v) => {
      const r = await mount(DEFAULT_USER_SETTINGS);
      const text = JSON.stringify({
        format: 'preflight-settings',
        version: 1,
        settings: { [v]: 1, gateLevel: v },
      });
      const area = r.querySelector('#import-text') as HTMLTextAreaElement;
      await act(async () => {
        area.value = text;
        area.dispatchEvent(new Event('input', { bubbles: true }));
      });
      await click(r.querySelector('[data-action="import"]'));
      return { el: r.querySelector('[data-status-kind="error"]') };
    },
  },
];

describe('options page: every untrusted place, every hostile string', () => {
  const cases = SITES.flatMap((s) => HOSTILE_CASES.map(([kind, v]) => [s.site, kind, v, s] as const));

  test.each(cases)('%s = %s: as text, no element', async (_site, _kind, value, s) => {
    const { el, attr } = await s.show(value);
    expectInert(optionsRoot()!);
    expect(el, 'where it shows').not.toBeNull();
    expect(attr ? el!.getAttribute(attr) : el!.textContent).toContain(value);
  });
});
