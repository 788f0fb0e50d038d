// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { Panel, type PanelState, initialPanelState } from '../../components/Panel';
import { createStore } from '../../components/store';
import { gmailAdapter } from '../../utils/adapters/gmail';
import { ComposeController, draftFingerprint } from '../../utils/compose/controller';
import { scopeFrom } from '../../utils/compose/scope';
import { type ComposeHandle, watchComposes } from '../../utils/compose/watcher';
import type { Draft, Finding, Report } from '../../utils/types';
import { loadFixture } from '../adapters/load-fixture';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
const finding = (start: number, end: number, field: 'text' | 'subject' = 'text'): Finding => ({
  ruleId: 'test-rule',
  severity: 'danger',
  weight: 10,
  messageId: 'test.message',
  evidence: [{ field, start, end }],
});

let ac: AbortController;
afterEach(() => {
  ac?.abort();
  vi.useRealTimers();
});

function controllerFor(
  fixture: string,
  analyze: (d: Draft) => Report = () => ({ score: 0, level: 'ok', findings: [] }),
) {
  const doc = loadFixture(fixture);
  const root = gmailAdapter.findComposeRoots(doc).roots[0]!;
  ac = new AbortController();
  const store = createStore<PanelState>(initialPanelState('en'));
  const spy = vi.fn(analyze);
  const c = new ComposeController({
    adapter: gmailAdapter,
    root,
    scope: scopeFrom(ac.signal),
    store,
    analyze: spy,
    debounceMs: 30,
  });
  const host = doc.createElement('preflight-panel');
  gmailAdapter.findPanelAnchor(root)!.element.before(host);
  c.attachHost(host);
  return { doc, root, store, analyze: spy, c, host };
}

describe('compose controller', () => {
  test('typing only moves a deadline: one analysis after the burst, host attributes updated', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    const { root, analyze, host } = controllerFor('draft');
    const editor = gmailAdapter.findBodyEditor(root)!;
    for (let i = 0; i < 20; i++) editor.dispatchEvent(new Event('input', { bubbles: true }));
    expect(analyze).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(80);
    expect(analyze).toHaveBeenCalledTimes(1);
    expect(host.dataset.level).toBe('ok');
    expect(host.dataset.attachmentsBytes).toBe(String(245 * 1024 + Math.round(1.5 * 1024 * 1024)));
    expect(Number(host.dataset.updated)).toBeGreaterThan(0);
  });

  test('the scope ending stops pending work', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    const { root, analyze } = controllerFor('inbox');
    gmailAdapter.findBodyEditor(root)!.dispatchEvent(new Event('input', { bubbles: true }));
    ac.abort();
    await vi.advanceTimersByTimeAsync(80);
    expect(analyze).not.toHaveBeenCalled();
  });

  test('files noted from input/drop events give exact sizes', () => {
    const { c, host } = controllerFor('inbox');
    c.noteFiles([{ name: 'big.zip', size: 12_345_678, type: 'application/zip' }]);
    c.refresh();
    expect(host.dataset.attachmentsBytes).toBe('12345678');
  });

  test('the host names the rules that reported, each once', () => {
    const doc = loadFixture('inbox');
    const root = gmailAdapter.findComposeRoots(doc).roots[0]!;
    ac = new AbortController();
    const finding = (ruleId: string) => ({
      ruleId,
      severity: 'warning',
      weight: 2,
      messageId: `${ruleId}.x`,
    });
    let findings: ReturnType<typeof finding>[] = [];
    const c = new ComposeController({
      adapter: gmailAdapter,
      root,
      scope: scopeFrom(ac.signal),
      store: createStore(initialPanelState('en')),
      analyze: () => ({ score: 0, level: 'ok', findings: findings as Finding[] }),
    });
    const host = doc.createElement('preflight-panel');
    root.append(host);
    c.attachHost(host);
    c.refresh();
    expect([host.getAttribute('data-findings'), host.getAttribute('data-rules')]).toEqual(['0', '']);
    findings = [finding('body-spam-phrases'), finding('domain-sender'), finding('body-spam-phrases')];
    c.invalidate();
    c.refresh();
    expect([host.getAttribute('data-findings'), host.getAttribute('data-rules')]).toEqual([
      '3',
      'body-spam-phrases domain-sender',
    ]);
  });

  test('a failing analysis is reported, never thrown', () => {
    const onError = vi.fn();
    const doc = loadFixture('inbox');
    const root = gmailAdapter.findComposeRoots(doc).roots[0]!;
    ac = new AbortController();
    const c = new ComposeController({
      adapter: gmailAdapter,
      root,
      scope: scopeFrom(ac.signal),
      store: createStore(initialPanelState('en')),
      analyze: () => {
        throw new Error('boom');
      },
      onError,
    });
    expect(c.refresh()).toBeNull();
    expect(c.check()).toBeNull();
    expect(onError).toHaveBeenCalledTimes(2);
  });

  test('"Send anyway" re-sends exactly once with the bypass set only during the dispatch', () => {
    const { c, root } = controllerFor('inbox');
    const send = gmailAdapter.findSendControls(root)[0]!;
    const seen: string[] = [];
    for (const t of ['mousedown', 'mouseup', 'click'])
      send.addEventListener(t, (e: Event) => seen.push(`${e.type}:${c.bypass}`));
    c.hold(null);
    c.sendAnyway();
    expect(seen).toEqual(['mousedown:true', 'mouseup:true', 'click:true']);
    expect(c.bypass).toBe(false);
    expect(c.confirming).toBe(false);
  });

  test('hold fails open when the dialog did not render', async () => {
    const { c } = controllerFor('inbox');
    const sendAnyway = vi.spyOn(c, 'sendAnyway');
    expect(c.hold(null)).toBe(true);
    await wait(10);
    expect(sendAnyway).toHaveBeenCalledTimes(1);
  });

  test('hold refuses when the panel is not on the page', () => {
    const { c, host } = controllerFor('inbox');
    host.remove();
    expect(c.hold(null)).toBe(false);
  });

  test('Review closes the dialog and highlights the first finding in the body', () => {
    const { c, root, doc } = controllerFor('draft');
    const text = gmailAdapter.readDraft(root).text;
    const start = text.indexOf('attached');
    const highlights = new Map<string, unknown>();
    class FakeHighlight {
      ranges: Range[];
      constructor(...ranges: Range[]) {
        this.ranges = ranges;
      }
    }
    vi.stubGlobal('Highlight', FakeHighlight);
    Object.defineProperty(doc.defaultView!, 'CSS', { value: { highlights }, configurable: true });
    c.store.set({
      report: { score: 9, level: 'danger', findings: [finding(start, start + 8)] },
      confirming: true,
      collapsed: true,
    });
    c.review();
    expect(c.store.get()).toMatchObject({ confirming: false, collapsed: false });
    const h = highlights.get('preflight') as FakeHighlight;
    expect(h.ranges[0]!.toString()).toBe('attached');
    expect(doc.getElementById('preflight-highlight-style')?.textContent).toContain('::highlight(preflight)');
    // The draft's DOM is untouched.
    expect(gmailAdapter.findBodyEditor(root)!.innerHTML).toContain('<b>attached</b> report');
    // Typing again clears the stale highlight.
    gmailAdapter.findBodyEditor(root)!.dispatchEvent(new Event('input', { bubbles: true }));
    expect(highlights.has('preflight')).toBe(false);
    vi.unstubAllGlobals();
  });

  test('subject evidence selects the characters in the subject input', () => {
    const { c, root } = controllerFor('draft');
    c.jump(finding(0, 9, 'subject'));
    const input = gmailAdapter.findSubjectInput(root)!;
    expect([input.selectionStart, input.selectionEnd]).toEqual([0, 9]);
  });
});

/** Renders the real panel into the controller's host, as start.tsx does (shadow root, Preact). */
function withPanel(c: ComposeController, host: HTMLElement) {
  const shadow = host.attachShadow({ mode: 'open' });
  const container = document.createElement('div');
  shadow.append(container);
  // act(): effects (the store subscription) run now, as they have long before any real send.
  act(() => render(<Panel store={c.store} actions={c} />, container));
  return { shadow, unmount: () => render(null, container) };
}
const flush = () => new Promise((r) => setTimeout(r, 0));

describe('holding a send', () => {
  test('hold() keeps the send held while the dialog is shown (no automatic re-send)', async () => {
    const { c, host } = controllerFor('inbox');
    const { shadow, unmount } = withPanel(c, host);
    const sendAnyway = vi.spyOn(c, 'sendAnyway');
    expect(c.hold(null)).toBe(true);
    expect(c.confirming).toBe(true);
    await wait(20);
    expect(shadow.querySelector('[role="dialog"]')).not.toBeNull();
    expect(sendAnyway).not.toHaveBeenCalled();
    expect(c.confirming).toBe(true);
    unmount();
  });

  test('"Send anyway" re-sends through the control that was held (Send & Archive), else through Send', () => {
    const { c, root } = controllerFor('reply');
    const [send, archive] = gmailAdapter.findSendControls(root);
    expect(archive).toBeDefined();
    const hits: string[] = [];
    send!.addEventListener('click', () => hits.push('send'));
    archive!.addEventListener('click', () => hits.push('archive'));
    c.hold(archive!);
    c.sendAnyway();
    c.hold(null);
    c.sendAnyway();
    expect(hits).toEqual(['archive', 'send']);
  });

  test('a held menu item whose menu closed is not replaced by a plain Send', () => {
    const { c, root, doc } = controllerFor('inbox');
    const item = doc.createElement('div');
    doc.body.append(item);
    const hits: string[] = [];
    gmailAdapter.findSendControls(root)[0]!.addEventListener('click', () => hits.push('send'));
    item.addEventListener('click', () => hits.push('item'));
    c.hold(item);
    item.remove();
    c.sendAnyway();
    expect(hits).toEqual([]);
    expect(c.confirming).toBe(false);
  });

  test('the page removes our host while the dialog is open: nothing stays held, the panel comes back without it', async () => {
    const { c, host } = controllerFor('inbox');
    const mountPanel = vi.fn();
    (c as unknown as { o: { mountPanel: () => void } }).o.mountPanel = mountPanel;
    const { unmount } = withPanel(c, host);
    c.hold(null);
    await flush();
    expect(c.confirming).toBe(true);
    host.remove();
    expect(c.confirming).toBe(false);
    expect(c.store.get().confirming).toBe(false);
    c.ensureMounted();
    expect(mountPanel).toHaveBeenCalledTimes(1);
    unmount();
  });

  test('the compose closing releases the question', () => {
    const { c } = controllerFor('inbox');
    c.hold(null);
    ac.abort();
    expect(c.store.get().confirming).toBe(false);
  });

  test('a partial report is noted for the panel', () => {
    const { c } = controllerFor('inbox');
    c.notePartial();
    expect(c.store.get().partialSend).toBe(true);
    c.hold(null);
    expect(c.store.get().partialSend).toBe(false);
  });
});

describe('reusing the last report', () => {
  test('an unchanged draft is not analysed again at send time; any change is', () => {
    const { c, root, analyze } = controllerFor('draft');
    const first = c.refresh();
    expect(c.check()).toBe(first);
    expect(analyze).toHaveBeenCalledTimes(1);
    gmailAdapter.findSubjectInput(root)!.value = 'Quarterly report v2';
    expect(c.check()).not.toBe(first);
    expect(analyze).toHaveBeenCalledTimes(2);
    c.noteFiles([{ name: 'a.pdf', size: 10, type: '' }]);
    c.check();
    expect(analyze).toHaveBeenCalledTimes(3);
    c.invalidate();
    c.check();
    expect(analyze).toHaveBeenCalledTimes(4);
  });

  test('the fingerprint covers every field the analysis reads', () => {
    const base: Draft = {
      from: 'a@x.cz',
      to: ['b@y.cz'],
      cc: [],
      bcc: [],
      subject: 's',
      text: 't',
      html: '<p>t</p>',
      attachments: [{ name: 'f', size: 1, type: '' }],
      isReply: false,
    };
    const variants: Partial<Draft>[] = [
      { from: 'z@x.cz' },
      { to: ['c@y.cz'] },
      { cc: ['b@y.cz'] },
      { bcc: ['b@y.cz'] },
      { subject: 'S' },
      { text: 'u' },
      { html: '<p>u</p>' },
      { attachments: [{ name: 'f', size: 2, type: '' }] },
      { isReply: true },
    ];
    for (const v of variants) expect(draftFingerprint({ ...base, ...v })).not.toBe(draftFingerprint(base));
    expect(draftFingerprint({ ...base })).toBe(draftFingerprint(base));
  });
});

describe('compose watcher', () => {
  // Fake timers: the page observer's callback comes in a microtask, the throttled scan in a timer.
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  function watch(fixture: string) {
    const doc = loadFixture(fixture);
    ac = new AbortController();
    const created: HTMLElement[] = [];
    const disposed: HTMLElement[] = [];
    const layout = vi.fn();
    const watcher = watchComposes({
      adapter: gmailAdapter,
      doc,
      scope: scopeFrom(ac.signal),
      createCompose(root, scope) {
        created.push(root);
        scope.onDispose(() => disposed.push(root));
        return {
          root,
          markDirty: vi.fn(),
          ensureMounted: vi.fn(),
          noteFiles: vi.fn(),
        } as unknown as ComposeHandle;
      },
      onLayout: layout,
    });
    return { doc, watcher, created, disposed, layout };
  }

  test('finds every compose on load, one handle each; events map to their compose', () => {
    const { doc, watcher, created, layout } = watch('two');
    expect(created).toHaveLength(2);
    const editors = doc.querySelectorAll('[g_editable="true"]');
    expect(watcher.composeFor(editors[1]!)?.root).toBe(created[1]);
    expect(watcher.composeFor(doc.querySelector('.AO')!)).toBeUndefined();
    expect(layout).toHaveBeenLastCalledWith('ok', '');
  });

  test('composes that appear later are picked up; closed or sent ones are torn down', async () => {
    const { doc, created, disposed } = watch('reply');
    expect(created).toHaveLength(1);
    const tpl = doc.getElementById('fixture-forward') as HTMLTemplateElement;
    doc.querySelector('.if')!.append(tpl.content.cloneNode(true));
    await vi.advanceTimersByTimeAsync(150);
    expect(created).toHaveLength(2);
    created[0]!.closest('.ip')!.remove();
    await vi.advanceTimersByTimeAsync(150);
    expect(disposed).toEqual([created[0]]);
  });

  test('our panel host removed on its own is put back (the scan runs for it)', async () => {
    const { doc, watcher } = watch('inbox');
    const handle = [...watcher.composes.values()][0]!;
    const host = doc.createElement('preflight-panel');
    handle.root.querySelector('table.IZ')!.before(host);
    await vi.advanceTimersByTimeAsync(150);
    // The handle is the fake from watch(): its ensureMounted is a vi.fn() property.
    const { ensureMounted } = handle as unknown as { ensureMounted: ReturnType<typeof vi.fn> };
    ensureMounted.mockClear();
    host.remove();
    await vi.advanceTimersByTimeAsync(150);
    expect(ensureMounted).toHaveBeenCalled();
  });

  test('a sent inline reply whose container loses its active class is torn down, though its DOM stays', async () => {
    const { doc, created, disposed } = watch('reply');
    expect(created).toHaveLength(1);
    created[0]!.closest('.ip')!.classList.remove('adB');
    await vi.advanceTimersByTimeAsync(150);
    expect(disposed).toEqual([created[0]]);
    expect(doc.contains(created[0]!)).toBe(true);
  });

  test('a compose whose Send button is gone is reported as an unrecognized layout and left alone', async () => {
    const { doc, created, layout } = watch('inbox');
    const tpl = doc.getElementById('fixture-compose') as HTMLTemplateElement;
    const mole = tpl.content.cloneNode(true) as DocumentFragment;
    mole.querySelector('table.IZ')!.remove();
    doc.querySelector('.dw .no')!.append(mole);
    await vi.advanceTimersByTimeAsync(150);
    expect(created).toHaveLength(1);
    expect(layout).toHaveBeenLastCalledWith('layout-not-recognized', expect.any(String));
  });

  test('ending the page scope disposes every compose and stops observing', async () => {
    const { doc, created, disposed } = watch('two');
    ac.abort();
    expect(disposed).toHaveLength(2);
    doc.querySelector('.dw .no')!.append(doc.querySelector('.dw .no > .nH.nn')!.cloneNode(true));
    await vi.advanceTimersByTimeAsync(150);
    expect(created).toHaveLength(2);
  });
});
