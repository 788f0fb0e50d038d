// @vitest-environment happy-dom
/**
 * The compose watcher against a scripted adapter (issue 13, mutation testing): which composes it keeps,
 * what it reports about the layout, and which page changes make it rescan or mark a compose dirty.
 */
import { type Mock, afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { type ComposeAdapter, noopAdapter } from '../../utils/adapters';
import { scopeFrom } from '../../utils/compose/scope';
import { type ComposeHandle, PANEL_TAG, SCAN_THROTTLE_MS, watchComposes } from '../../utils/compose/watcher';

// Fake timers: the page observer's callback comes in a microtask, the throttled scan in a timer.
const wait = (ms: number) => vi.advanceTimersByTimeAsync(ms);
/** Long enough for a throttled scan to have run. */
const afterScan = () => wait(SCAN_THROTTLE_MS + 40);
const COMPOSE =
  '<div class="compose"><div class="tb"><b class="send"></b></div><div class="body"></div></div>';

let ac: AbortController | undefined;
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});
afterEach(() => {
  ac?.abort();
  vi.useRealTimers();
});

/**
 * A page of `.compose` elements; the adapter finds them (or `rootsOverride` when set), a Send control
 * `.send` and a toolbar `.tb`, and counts its scans.
 */
function world(html: string, doc: Document = document) {
  if (doc === document) document.body.innerHTML = html;
  const state = { rootsOverride: null as HTMLElement[] | null, unrecognized: 0, scans: 0 };
  const adapter: ComposeAdapter = {
    ...noopAdapter,
    findComposeRoots: (d) => {
      state.scans++;
      const roots = state.rootsOverride ?? [...d.querySelectorAll<HTMLElement>('.compose')];
      return { roots, unrecognized: state.unrecognized };
    },
    findSendControls: (root) => [...root.querySelectorAll<HTMLElement>('.send')],
    findPanelAnchor: (root) => {
      const element = root.querySelector('.tb');
      return element ? { element, where: 'before' } : null;
    },
  };
  ac = new AbortController();
  /** Per compose: the handle given to the watcher and its spies. */
  const handles = new Map<HTMLElement, { handle: ComposeHandle; markDirty: Mock; ensureMounted: Mock }>();
  const disposed: HTMLElement[] = [];
  const layout = vi.fn();
  const watcher = watchComposes({
    adapter,
    doc,
    scope: scopeFrom(ac.signal),
    createCompose(root, scope) {
      scope.onDispose(() => disposed.push(root));
      const markDirty = vi.fn();
      const ensureMounted = vi.fn();
      const handle = { root, markDirty, ensureMounted, noteFiles: vi.fn() } as unknown as ComposeHandle;
      handles.set(root, { handle, markDirty, ensureMounted });
      return handle;
    },
    onLayout: layout,
  });
  return { doc, state, watcher, handles, disposed, layout };
}

describe('layout status', () => {
  test('an empty page reports nothing; a recognized compose reports "ok" once, however often it is scanned', () => {
    const w = world('<div class="elsewhere"></div>');
    expect(w.layout).not.toHaveBeenCalled();
    document.body.insertAdjacentHTML('beforeend', COMPOSE);
    w.watcher.scan();
    w.watcher.scan();
    w.watcher.scan();
    expect(w.layout.mock.calls).toEqual([['ok', '']]);
  });

  test('a compose without Send or without the toolbar is "layout not recognized" and gets no handle', () => {
    const w = world('<div class="compose"><div class="tb"></div></div>');
    expect(w.layout.mock.calls).toEqual([['layout-not-recognized', 'Send button or toolbar']]);
    expect(w.handles.size).toBe(0);
    document.body.innerHTML = '<div class="compose"><b class="send"></b></div>';
    w.watcher.scan();
    // The same status again: not reported twice.
    expect(w.layout).toHaveBeenCalledTimes(1);
    expect(w.handles.size).toBe(0);
    document.body.innerHTML = COMPOSE;
    w.watcher.scan();
    expect(w.layout).toHaveBeenLastCalledWith('ok', '');
    expect(w.handles.size).toBe(1);
  });

  test('roots the adapter saw but could not use are reported as such', () => {
    const w = world(COMPOSE);
    w.state.unrecognized = 1;
    w.watcher.scan();
    expect(w.layout).toHaveBeenLastCalledWith('layout-not-recognized', 'compose root or Send button');
    // The compose it did recognize is kept.
    expect(w.watcher.composes.size).toBe(1);
  });
});

describe('which composes are kept', () => {
  test('a known compose is kept (and its panel checked) on every scan, not created again', () => {
    const w = world(COMPOSE);
    const [root] = [...w.handles.keys()];
    const { handle, ensureMounted } = w.handles.get(root!)!;
    w.watcher.scan();
    w.watcher.scan();
    expect(w.handles.size).toBe(1);
    expect(ensureMounted).toHaveBeenCalledTimes(2);
    expect(w.watcher.composeFor(root!.querySelector('.body')!)).toBe(handle);
    expect(w.watcher.composeFor(document.body)).toBeUndefined();
  });

  test('a compose is torn down when it left the page, even if the adapter still lists it', () => {
    const w = world(COMPOSE + COMPOSE);
    const [a, b] = [...w.handles.keys()] as [HTMLElement, HTMLElement];
    w.state.rootsOverride = [a, b];
    const first = w.handles.get(a)!.handle;
    a.remove();
    w.watcher.scan();
    expect(w.disposed).toEqual([a]);
    expect(w.watcher.composes.get(a)).not.toBe(first);
  });

  test('a compose is torn down when the adapter no longer lists it, though it is still on the page', () => {
    const w = world(COMPOSE + COMPOSE);
    const [a, b] = [...w.handles.keys()] as [HTMLElement, HTMLElement];
    w.state.rootsOverride = [b];
    w.watcher.scan();
    expect(w.disposed).toEqual([a]);
    expect([...w.watcher.composes.keys()]).toEqual([b]);
    expect(w.watcher.composeFor(a.querySelector('.body')!)).toBeUndefined();
    // Listed again: a new compose (a new handle and scope).
    w.state.rootsOverride = [a, b];
    w.watcher.scan();
    expect(w.watcher.composes.size).toBe(2);
  });

  test('ending the page scope disposes every compose and forgets them', () => {
    const w = world(COMPOSE + COMPOSE);
    ac!.abort();
    expect(w.disposed).toHaveLength(2);
    expect(w.watcher.composes.size).toBe(0);
  });
});

describe('what the page observer reacts to', () => {
  test('content added inside a compose marks that compose dirty (not the other) and rescans once', async () => {
    const w = world(COMPOSE + COMPOSE);
    const [a, b] = [...w.handles.keys()] as [HTMLElement, HTMLElement];
    const scans = w.state.scans;
    a.querySelector('.body')!.append(document.createElement('span'));
    await Promise.resolve();
    await wait(0);
    expect(w.handles.get(a)!.markDirty).toHaveBeenCalledTimes(1);
    expect(w.handles.get(b)!.markDirty).not.toHaveBeenCalled();
    // More changes within the throttle window: still one scan.
    a.querySelector('.body')!.append(document.createElement('i'));
    document.body.append(document.createElement('p'));
    await afterScan();
    expect(w.state.scans - scans).toBe(1);
  });

  test('our own panel being added is no page change; the page removing it is', async () => {
    const w = world(COMPOSE);
    const [a] = [...w.handles.keys()] as [HTMLElement];
    const scans = w.state.scans;
    const host = document.createElement(PANEL_TAG);
    a.prepend(host);
    await afterScan();
    expect(w.state.scans).toBe(scans);
    expect(w.handles.get(a)!.markDirty).not.toHaveBeenCalled();
    host.remove();
    await afterScan();
    expect(w.state.scans).toBe(scans + 1);
  });

  test('a class change rescans only when it is on a compose or one of its ancestors', async () => {
    const w = world(`<div class="wrap">${COMPOSE}</div><div class="other"></div>`);
    const scans = w.state.scans;
    document.querySelector('.other')!.classList.add('x');
    document.querySelector('.compose .body')!.setAttribute('title', 'not a class');
    await afterScan();
    expect(w.state.scans).toBe(scans);
    document.querySelector('.wrap')!.classList.add('closing');
    await afterScan();
    expect(w.state.scans).toBe(scans + 1);
    // A class change is no content change.
    expect([...w.handles.values()][0]!.markDirty).not.toHaveBeenCalled();
  });

  test('a change after the page scope ended is ignored', async () => {
    const w = world(COMPOSE);
    const scans = w.state.scans;
    ac!.abort();
    document.body.append(document.createElement('p'));
    await afterScan();
    expect(w.state.scans).toBe(scans);
  });

  test('a document without a body (an XML page) is observed from its root element', async () => {
    const doc = new DOMParser().parseFromString('<page/>', 'application/xml');
    const w = world('', doc);
    const scans = w.state.scans;
    doc.documentElement.append(doc.createElement('x'));
    await afterScan();
    expect(w.state.scans).toBe(scans + 1);
  });
});

describe('removals and optional parts', () => {
  test('the page removing our panel rescans but is no content change; removing a chip is one', async () => {
    const w = world(COMPOSE);
    const [a] = [...w.handles.keys()] as [HTMLElement];
    const host = a.appendChild(document.createElement(PANEL_TAG));
    const chip = a.querySelector('.body')!.appendChild(document.createElement('span'));
    await afterScan();
    const { markDirty } = w.handles.get(a)!;
    markDirty.mockClear();
    const scans = w.state.scans;
    host.remove();
    await afterScan();
    expect(w.state.scans).toBe(scans + 1);
    expect(markDirty).not.toHaveBeenCalled();
    chip.remove();
    await afterScan();
    expect(markDirty).toHaveBeenCalledTimes(1);
    expect(w.state.scans).toBe(scans + 2);
  });

  test('a document with no window (and a watcher with no layout listener) is watched all the same', async () => {
    const doc = document.implementation.createHTMLDocument('');
    expect(doc.defaultView).toBeNull();
    doc.body.innerHTML = COMPOSE;
    ac = new AbortController();
    const created: HTMLElement[] = [];
    watchComposes({
      adapter: {
        ...noopAdapter,
        findComposeRoots: (d) => ({
          roots: [...d.querySelectorAll<HTMLElement>('.compose')],
          unrecognized: 0,
        }),
        findSendControls: (root) => [...root.querySelectorAll<HTMLElement>('.send')],
        findPanelAnchor: (root) => ({ element: root.querySelector('.tb')!, where: 'before' }),
      },
      doc,
      scope: scopeFrom(ac.signal),
      createCompose(root) {
        created.push(root);
        return { root, markDirty() {}, ensureMounted() {}, noteFiles() {} } as unknown as ComposeHandle;
      },
    });
    expect(created).toHaveLength(1);
    doc.body.insertAdjacentHTML('beforeend', COMPOSE);
    await afterScan();
    expect(created).toHaveLength(2);
  });
});
