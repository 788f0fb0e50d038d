// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { type PanelState, initialPanelState } from '../../components/Panel';
import { createStore } from '../../components/store';
import { gmailAdapter } from '../../utils/adapters/gmail';
import { ComposeController } from '../../utils/compose/controller';
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
afterEach(() => ac?.abort());

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
    const { root, analyze, host } = controllerFor('draft');
    const editor = gmailAdapter.findBodyEditor(root)!;
    for (let i = 0; i < 20; i++) editor.dispatchEvent(new Event('input', { bubbles: true }));
    expect(analyze).not.toHaveBeenCalled();
    await wait(80);
    expect(analyze).toHaveBeenCalledTimes(1);
    expect(host.dataset.level).toBe('ok');
    expect(host.dataset.attachmentsBytes).toBe(String(245 * 1024 + Math.round(1.5 * 1024 * 1024)));
    expect(Number(host.dataset.updated)).toBeGreaterThan(0);
  });

  test('the scope ending stops pending work', async () => {
    const { root, analyze } = controllerFor('inbox');
    gmailAdapter.findBodyEditor(root)!.dispatchEvent(new Event('input', { bubbles: true }));
    ac.abort();
    await wait(80);
    expect(analyze).not.toHaveBeenCalled();
  });

  test('files noted from input/drop events give exact sizes', () => {
    const { c, host } = controllerFor('inbox');
    c.noteFiles([{ name: 'big.zip', size: 12_345_678, type: 'application/zip' }]);
    c.refresh();
    expect(host.dataset.attachmentsBytes).toBe('12345678');
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
    const send = gmailAdapter.findSendControl(root)!;
    const seen: string[] = [];
    for (const t of ['mousedown', 'mouseup', 'click'])
      send.addEventListener(t, (e) => seen.push(`${e.type}:${c.bypass}`));
    c.store.set({ confirming: true });
    c.sendAnyway();
    expect(seen).toEqual(['mousedown:true', 'mouseup:true', 'click:true']);
    expect(c.bypass).toBe(false);
    expect(c.confirming).toBe(false);
  });

  test('hold fails open when the dialog did not render', async () => {
    const { c } = controllerFor('inbox');
    const sendAnyway = vi.spyOn(c, 'sendAnyway');
    expect(c.hold()).toBe(true);
    await wait(10);
    expect(sendAnyway).toHaveBeenCalledTimes(1);
  });

  test('hold refuses when the panel is not on the page', () => {
    const { c, host } = controllerFor('inbox');
    host.remove();
    expect(c.hold()).toBe(false);
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

describe('compose watcher', () => {
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
    await wait(150);
    expect(created).toHaveLength(2);
    created[0]!.closest('.ip')!.remove();
    await wait(150);
    expect(disposed).toEqual([created[0]]);
  });

  test('a compose whose Send button is gone is reported as an unrecognized layout and left alone', async () => {
    const { doc, created, layout } = watch('inbox');
    const tpl = doc.getElementById('fixture-compose') as HTMLTemplateElement;
    const mole = tpl.content.cloneNode(true) as DocumentFragment;
    mole.querySelector('table.IZ')!.remove();
    doc.querySelector('.dw .no')!.append(mole);
    await wait(150);
    expect(created).toHaveLength(1);
    expect(layout).toHaveBeenLastCalledWith('layout-not-recognized', expect.any(String));
  });

  test('ending the page scope disposes every compose and stops observing', async () => {
    const { doc, created, disposed } = watch('two');
    ac.abort();
    expect(disposed).toHaveLength(2);
    doc.querySelector('.dw .no')!.append(doc.querySelector('.dw .no > .nH.nn')!.cloneNode(true));
    await wait(150);
    expect(created).toHaveLength(2);
  });
});
