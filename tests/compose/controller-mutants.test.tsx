// @vitest-environment happy-dom
/**
 * The compose controller, for what the behaviour tests in controller.test.tsx leave open (issue 13,
 * mutation testing): the debounce timing (on fake timers), the host's data attributes, the panel's
 * actions, and the exact re-send "Send anyway" makes.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { Panel, type PanelState, initialPanelState } from '../../components/Panel';
import { createStore } from '../../components/store';
import type { ComposeAdapter } from '../../utils/adapters';
import { gmailAdapter } from '../../utils/adapters/gmail';
import { ComposeController, DEBOUNCE_MS, draftFingerprint } from '../../utils/compose/controller';
import { scopeFrom } from '../../utils/compose/scope';
import type { Draft, Finding, Report } from '../../utils/types';
import { loadFixture } from '../adapters/load-fixture';

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
  vi.unstubAllGlobals();
});

function controllerFor(
  fixture: string,
  opts: {
    analyze?: (d: Draft) => Report;
    debounceMs?: number;
    adapter?: Partial<ComposeAdapter>;
    onCollapsedChange?: (c: boolean) => void;
    mountPanel?: () => void;
  } = {},
) {
  const doc = loadFixture(fixture);
  const root = gmailAdapter.findComposeRoots(doc).roots[0]!;
  ac = new AbortController();
  const store = createStore<PanelState>(initialPanelState('en'));
  const readDraft = vi.fn(gmailAdapter.readDraft.bind(gmailAdapter));
  const adapter: ComposeAdapter = { ...gmailAdapter, readDraft, ...opts.adapter };
  const analyze = vi.fn(opts.analyze ?? ((): Report => ({ score: 0, level: 'ok', findings: [] })));
  const c = new ComposeController({
    adapter,
    root,
    scope: scopeFrom(ac.signal),
    store,
    analyze,
    debounceMs: opts.debounceMs,
    onCollapsedChange: opts.onCollapsedChange,
    mountPanel: opts.mountPanel,
  });
  const host = doc.createElement('preflight-panel');
  gmailAdapter.findPanelAnchor(root)!.element.before(host);
  c.attachHost(host);
  const editor = gmailAdapter.findBodyEditor(root)!;
  const type = () => editor.dispatchEvent(new Event('input', { bubbles: true }));
  return { doc, root, store, analyze, readDraft, c, host, editor, type };
}

/** Stubs the CSS Custom Highlight API on the test window; returns the page's highlight registry. */
function stubHighlights(doc: Document) {
  const highlights = new Map<string, unknown>();
  vi.stubGlobal(
    'Highlight',
    class {
      ranges: Range[];
      constructor(...ranges: Range[]) {
        this.ranges = ranges;
      }
    },
  );
  Object.defineProperty(doc.defaultView!, 'CSS', { value: { highlights }, configurable: true });
  return highlights;
}

describe('when the draft is read', () => {
  test(`by default ${DEBOUNCE_MS} ms after the last input, once per burst`, () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance', 'Date'] });
    const w = controllerFor('draft');
    for (let i = 0; i < 5; i++) w.type();
    vi.advanceTimersByTime(DEBOUNCE_MS - 1);
    expect(w.readDraft).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(w.readDraft).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(DEBOUNCE_MS * 3);
    expect(w.readDraft).toHaveBeenCalledTimes(1);
  });

  test('input later in the wait moves the deadline; within a millisecond of it counts as due', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance', 'Date'] });
    const w = controllerFor('draft', { debounceMs: 50 });
    w.type();
    vi.advanceTimersByTime(20);
    w.type(); // due at 70
    vi.advanceTimersByTime(30); // the first timer fires at 50 and waits again
    expect(w.readDraft).not.toHaveBeenCalled();
    vi.advanceTimersByTime(19);
    expect(w.readDraft).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(w.readDraft).toHaveBeenCalledTimes(1);
    // Due 1 ms after the timer fires: read then, not rescheduled.
    w.type(); // due at 120, timer at 120
    vi.advanceTimersByTime(1);
    w.type(); // due at 121
    vi.advanceTimersByTime(49);
    expect(w.readDraft).toHaveBeenCalledTimes(2);
  });

  test('input is seen in the capture phase, even when the editor stops it', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance', 'Date'] });
    const w = controllerFor('draft', { debounceMs: 10 });
    w.editor.addEventListener('input', (e) => e.stopPropagation());
    w.type();
    vi.advanceTimersByTime(10);
    expect(w.readDraft).toHaveBeenCalledTimes(1);
  });

  test('no files noted is no change', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance', 'Date'] });
    const w = controllerFor('draft', { debounceMs: 10 });
    w.c.noteFiles([]);
    vi.advanceTimersByTime(50);
    expect(w.readDraft).not.toHaveBeenCalled();
    w.c.noteFiles([{ name: 'a.pdf', size: 1, type: '' }]);
    vi.advanceTimersByTime(10);
    expect(w.readDraft).toHaveBeenCalledTimes(1);
  });

  test('the fingerprint treats a missing isReply as false', () => {
    const d: Draft = {
      from: 'a@x.cz',
      to: [],
      cc: [],
      bcc: [],
      subject: '',
      text: '',
      html: '',
      attachments: [],
    };
    expect(draftFingerprint(d)).toBe(draftFingerprint({ ...d, isReply: false }));
  });
});

describe('what the host and the store show', () => {
  test('the host carries level, finding count, attachment bytes, analysis time and update time', () => {
    const w = controllerFor('draft', {
      analyze: () => ({ score: 20, level: 'warning', findings: [finding(0, 1), finding(2, 3)] }),
    });
    const before = Date.now();
    w.c.refresh();
    expect(w.host.dataset.level).toBe('warning');
    expect(w.host.dataset.findings).toBe('2');
    expect(w.host.dataset.analysisMs).toMatch(/^\d+\.\d$/);
    expect(Number(w.host.dataset.updated)).toBeGreaterThanOrEqual(before);
    expect(w.store.get().attachments).toEqual({
      count: 2,
      bytes: 245 * 1024 + Math.round(1.5 * 1024 * 1024),
    });
  });

  test('a host mounted later gets the last figures at once; before any report it gets none', () => {
    const w = controllerFor('draft', {
      analyze: () => ({ score: 20, level: 'danger', findings: [finding(0, 1)] }),
    });
    const early = w.doc.createElement('preflight-panel');
    w.c.attachHost(early);
    expect(early.dataset.level).toBeUndefined();
    w.c.refresh();
    const later = w.doc.createElement('preflight-panel');
    w.c.attachHost(later);
    expect(later.dataset).toMatchObject({ level: 'danger', findings: '1', analysisMs: '0.0' });
    expect(later.dataset.attachmentsBytes).toBe(String(245 * 1024 + Math.round(1.5 * 1024 * 1024)));
  });

  test('a panel still on the page is left alone by ensureMounted, and so is its question', () => {
    const mountPanel = vi.fn();
    const w = controllerFor('inbox', { mountPanel });
    w.c.hold(null);
    w.c.ensureMounted();
    expect(mountPanel).not.toHaveBeenCalled();
    expect(w.store.get().confirming).toBe(true);
  });

  test('a question asked in this task is not visible once the host left the page', () => {
    const w = controllerFor('inbox');
    expect(w.c.hold(null)).toBe(true);
    expect(w.c.confirming).toBe(true);
    w.host.remove();
    expect(w.c.confirming).toBe(false);
    expect(w.store.get().confirming).toBe(false);
  });
});

describe('panel actions', () => {
  test('toggle flips the collapsed state and reports it', () => {
    const onCollapsedChange = vi.fn();
    const w = controllerFor('inbox', { onCollapsedChange });
    const start = w.store.get().collapsed;
    w.c.toggle();
    expect(w.store.get().collapsed).toBe(!start);
    w.c.toggle();
    expect(w.store.get().collapsed).toBe(start);
    expect(onCollapsedChange.mock.calls).toEqual([[!start], [start]]);
  });

  test('a highlight stays until the next input, whatever later jumps paint', () => {
    const w = controllerFor('draft');
    const highlights = stubHighlights(w.doc);
    w.c.jump(finding(0, 4));
    expect(highlights.has('preflight')).toBe(true);
    // A jump to the subject paints nothing in the body, but the earlier highlight is still on screen.
    w.c.jump(finding(0, 2, 'subject'));
    w.type();
    expect(highlights.has('preflight')).toBe(false);
  });

  test('subject evidence without a subject input is skipped', () => {
    const w = controllerFor('draft', { adapter: { findSubjectInput: () => null } });
    expect(() => w.c.jump(finding(0, 2, 'subject'))).not.toThrow();
  });

  test('a compose closing clears its own highlight, and only when it painted one', () => {
    const w = controllerFor('draft');
    const highlights = stubHighlights(w.doc);
    // Another compose's highlight: this compose painted nothing, so closing it leaves that alone.
    highlights.set('preflight', 'other');
    ac.abort();
    expect(highlights.get('preflight')).toBe('other');
    const v = controllerFor('draft');
    v.c.jump(finding(0, 4));
    ac.abort();
    expect(highlights.has('preflight')).toBe(false);
  });

  test('Review expands the panel, drops the question and jumps to the first finding it can show', () => {
    const w = controllerFor('draft');
    const highlights = stubHighlights(w.doc);
    const subject = gmailAdapter.findSubjectInput(w.root)!;
    w.c.hold(null);
    w.store.set({
      collapsed: true,
      report: {
        score: 9,
        level: 'danger',
        findings: [{ ...finding(0, 0), evidence: [] }, finding(0, 5, 'subject')],
      },
    });
    w.c.review();
    expect(w.store.get()).toMatchObject({ confirming: false, collapsed: false });
    expect([subject.selectionStart, subject.selectionEnd]).toEqual([0, 5]);
    expect(highlights.has('preflight')).toBe(false);
  });

  test('Review after the question rendered: the pending check does not re-send', async () => {
    const w = controllerFor('inbox');
    const clicks = vi.fn();
    gmailAdapter.findSendControls(w.root)[0]!.addEventListener('click', clicks);
    w.c.hold(null);
    w.c.review();
    await new Promise((r) => setTimeout(r, 5));
    expect(clicks).not.toHaveBeenCalled();
  });
});

describe('"Send anyway"', () => {
  test('the check after hold() runs once: a dialog that rendered and then left with our host sends nothing', async () => {
    const w = controllerFor('inbox');
    const container = w.doc.createElement('div');
    w.host.attachShadow({ mode: 'open' }).append(container);
    act(() => render(<Panel store={w.c.store} actions={w.c} />, container));
    const clicks = vi.fn();
    gmailAdapter.findSendControls(w.root)[0]!.addEventListener('click', clicks);
    // Two asks in one task (two timers); between them the page removes our host.
    w.c.hold(null);
    setTimeout(() => w.host.remove(), 0);
    w.c.hold(null);
    await new Promise((r) => setTimeout(r, 10));
    expect(clicks).not.toHaveBeenCalled();
    act(() => render(null, container));
  });

  test('dispatches a real primary click at the centre of the control, seen by the whole page', () => {
    const w = controllerFor('inbox');
    const send = gmailAdapter.findSendControls(w.root)[0]!;
    send.getBoundingClientRect = () => ({ left: 10, top: 20, width: 30, height: 40 }) as DOMRect;
    const seen: MouseEvent[] = [];
    for (const t of ['mousedown', 'mouseup', 'click'])
      w.doc.addEventListener(t, (e) => seen.push(e as MouseEvent), { signal: ac.signal });
    w.c.hold(null);
    w.c.sendAnyway();
    expect(seen.map((e) => e.type)).toEqual(['mousedown', 'mouseup', 'click']);
    for (const e of seen) {
      expect(e.target).toBe(send);
      expect(e).toMatchObject({ bubbles: true, cancelable: true, composed: true, button: 0 });
      expect([e.clientX, e.clientY]).toEqual([25, 40]);
      expect(e.view).toBe(w.doc.defaultView);
    }
    expect(seen.map((e) => e.buttons)).toEqual([1, 0, 0]);
  });

  test('a held Send & Archive the page re-rendered is replaced by the current Send', () => {
    const w = controllerFor('reply');
    const [send, archive] = gmailAdapter.findSendControls(w.root) as [HTMLElement, HTMLElement];
    const hits: string[] = [];
    send.addEventListener('click', () => hits.push('send'));
    w.c.hold(archive);
    archive.remove();
    w.c.sendAnyway();
    expect(hits).toEqual(['send']);
  });

  test('with no Send control left, nothing is sent and nothing throws', () => {
    const w = controllerFor('inbox', { adapter: { findSendControls: () => [] } });
    w.c.hold(null);
    expect(() => w.c.sendAnyway()).not.toThrow();
    expect(w.c.bypass).toBe(false);
    expect(w.store.get().confirming).toBe(false);
  });
});

describe('what a question leaves behind', () => {
  test('Review with no report yet drops the question and jumps nowhere', () => {
    const w = controllerFor('draft');
    const highlights = stubHighlights(w.doc);
    w.c.hold(null);
    expect(() => w.c.review()).not.toThrow();
    expect(w.store.get()).toMatchObject({ confirming: false, collapsed: false });
    expect(highlights.has('preflight')).toBe(false);
  });

  test('after Review, a later "Send anyway" no longer goes through the control held before', () => {
    const w = controllerFor('reply');
    const [send, archive] = gmailAdapter.findSendControls(w.root) as [HTMLElement, HTMLElement];
    const hits: string[] = [];
    send.addEventListener('click', () => hits.push('send'));
    archive.addEventListener('click', () => hits.push('archive'));
    w.c.hold(archive);
    w.c.review();
    w.c.sendAnyway();
    expect(hits).toEqual(['send']);
  });

  test('"Send anyway" uses the held control once; a second one goes through Send', () => {
    const w = controllerFor('reply');
    const [send, archive] = gmailAdapter.findSendControls(w.root) as [HTMLElement, HTMLElement];
    const hits: string[] = [];
    send.addEventListener('click', () => hits.push('send'));
    archive.addEventListener('click', () => hits.push('archive'));
    w.c.hold(archive);
    w.c.sendAnyway();
    w.c.sendAnyway();
    expect(hits).toEqual(['archive', 'send']);
  });

  test('a failing read with no error reporter still returns null, never throws', () => {
    const w = controllerFor('draft', {
      adapter: {
        readDraft: () => {
          throw new Error('layout changed');
        },
      },
    });
    expect(w.c.check()).toBeNull();
  });
});

describe('optional parts', () => {
  test('before any panel host is attached, hold() refuses without error', () => {
    const doc = loadFixture('inbox');
    ac = new AbortController();
    const c = new ComposeController({
      adapter: gmailAdapter,
      root: gmailAdapter.findComposeRoots(doc).roots[0]!,
      scope: scopeFrom(ac.signal),
      store: createStore<PanelState>(initialPanelState('en')),
      analyze: () => ({ score: 0, level: 'ok', findings: [] }),
    });
    expect(c.hold(null)).toBe(false);
    expect(c.store.get().confirming).toBe(false);
    // The figures go to the store all the same.
    expect(c.refresh()).toEqual({ score: 0, level: 'ok', findings: [] });
    expect(c.store.get().report).toEqual({ score: 0, level: 'ok', findings: [] });
    // No host and no mountPanel: ensureMounted has nothing to do and does not throw.
    expect(() => c.ensureMounted()).not.toThrow();
    // No collapse listener either: toggling still works.
    c.toggle();
    expect(c.store.get().collapsed).toBe(!initialPanelState('en').collapsed);
  });

  test('evidence in a field other than the text or the subject selects nothing', () => {
    const w = controllerFor('draft');
    const subject = gmailAdapter.findSubjectInput(w.root)!;
    const focus = vi.spyOn(subject, 'focus');
    const select = vi.spyOn(subject, 'setSelectionRange');
    w.c.jump({ ...finding(0, 3), evidence: [{ field: 'to', start: 0, end: 3 }] } as unknown as Finding);
    expect(focus).not.toHaveBeenCalled();
    expect(select).not.toHaveBeenCalled();
  });
});

describe('highlights and timing', () => {
  test("typing clears this compose's highlight once, never one painted later by another compose", () => {
    const w = controllerFor('draft');
    const highlights = stubHighlights(w.doc);
    w.type();
    highlights.set('preflight', 'other');
    w.type();
    expect(highlights.get('preflight')).toBe('other');
    w.c.jump(finding(0, 4));
    w.type();
    expect(highlights.has('preflight')).toBe(false);
    highlights.set('preflight', 'other');
    w.type();
    expect(highlights.get('preflight')).toBe('other');
  });

  test('the analysis time is the time the read and analysis took, not the clock', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance', 'Date'] });
    vi.advanceTimersByTime(5000);
    const w = controllerFor('draft');
    w.c.refresh();
    expect(w.host.dataset.analysisMs).toBe('0.0');
  });

  test('ensureMounted with a host that left the page asks for the panel again', () => {
    const mountPanel = vi.fn();
    const w = controllerFor('inbox', { mountPanel });
    w.host.remove();
    w.c.ensureMounted();
    expect(mountPanel).toHaveBeenCalledTimes(1);
  });
});
