// @vitest-environment happy-dom
import { beforeAll, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ComposeAdapter } from '../utils/adapters';

let mod: typeof import('../utils/popup-status');
beforeAll(async () => {
  (globalThis as { chrome?: unknown }).chrome = fakeBrowser;
  mod = await import('../utils/popup-status');
});

function adapter(over: Partial<ComposeAdapter>): ComposeAdapter {
  return {
    id: 'gmail',
    siteName: 'Gmail',
    findComposeRoots: () => ({ roots: [], unrecognized: 0 }),
    readDraft: () => {
      throw new Error('no draft');
    },
    account: () => 'jan@example.com',
    ...over,
  } as ComposeAdapter;
}

describe("the content script's answer to the popup", () => {
  test("the open compose's From wins over the account", () => {
    const root = document.createElement('div');
    const a = adapter({
      findComposeRoots: () => ({ roots: [root, root], unrecognized: 0 }),
      readDraft: () => ({ from: 'Jan <jan@acme.cz>' }) as never,
    });
    expect(mod.readTabStatus(a, document)).toEqual({
      adapter: 'gmail',
      site: 'Gmail',
      state: 'ok',
      composes: 2,
      sender: 'Jan <jan@acme.cz>',
    });
  });

  test('no compose, or one that cannot be read: the signed-in account', () => {
    const root = document.createElement('div');
    expect(mod.readTabStatus(adapter({}), document).sender).toBe('jan@example.com');
    expect(
      mod.readTabStatus(adapter({ findComposeRoots: () => ({ roots: [root], unrecognized: 0 }) }), document),
    ).toMatchObject({ composes: 1, sender: 'jan@example.com', state: 'ok' });
  });

  test('editors without a usable compose: layout not recognized; a throwing adapter never throws', () => {
    expect(
      mod.readTabStatus(adapter({ findComposeRoots: () => ({ roots: [], unrecognized: 1 }) }), document)
        .state,
    ).toBe('layout-not-recognized');
    const broken = adapter({
      findComposeRoots: () => {
        throw new Error('page changed');
      },
    });
    expect(mod.readTabStatus(broken, document)).toMatchObject({
      state: 'layout-not-recognized',
      composes: 0,
    });
  });

  test('only tab-status requests are answered', () => {
    expect(mod.isTabStatusRequest({ type: 'tab-status' })).toBe(true);
    expect(mod.isTabStatusRequest({ type: 'domain-report' })).toBe(false);
    expect(mod.isTabStatusRequest(null)).toBe(false);
  });
});
