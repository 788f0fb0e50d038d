// @vitest-environment happy-dom
/**
 * The send gate's rule, as a property over random event sequences: whenever the gate holds a send, its
 * question is on screen; when no question is on screen, nothing is held (the next press of Send is
 * decided afresh: it reaches the page or opens the question). And "Send anyway" sends exactly once.
 *
 * The real gate, controller and panel run against the reply fixture (Send, Send & Archive, the Schedule
 * send menu) and a model of Gmail's buttons that counts the sends reaching it.
 */
import fc from 'fast-check';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, test } from 'vitest';
import { Panel, initialPanelState } from '../../components/Panel';
import { createStore } from '../../components/store';
import { gmailAdapter } from '../../utils/adapters/gmail';
import { ComposeController } from '../../utils/compose/controller';
import { GATED_EVENTS, createSendGate } from '../../utils/compose/gate';
import { scopeFrom } from '../../utils/compose/scope';
import type { Report } from '../../utils/types';
import { loadFixture } from '../adapters/load-fixture';

const RISKY: Report = { score: 50, level: 'danger', findings: [] };
const CLEAN: Report = { score: 0, level: 'ok', findings: [] };
const ISOLATED = ['keydown', 'keyup', 'keypress', 'mousedown', 'mouseup', 'click'];

type Where = 'send' | 'archive' | 'schedule' | 'backdrop' | 'body' | 'outside';
type Step =
  | { t: 'press' | 'release' | 'click'; where: Where; button: 0 | 2 }
  | { t: 'shortcut'; repeat: boolean }
  | { t: 'keydown' | 'keyup'; key: 'Enter' | ' ' | 'Escape'; where: Where | 'dialog'; repeat: boolean }
  | { t: 'hostRemoved' }
  | { t: 'scan' }
  | { t: 'composeClosed' }
  | { t: 'answer'; how: 'review' | 'send' | 'escape' }
  | { t: 'menu'; open: boolean }
  | { t: 'edit'; risky: boolean };

// Weighted towards Send: most interesting sequences press, release and click the same control.
const where = fc.constantFrom<Where>(
  'send',
  'send',
  'send',
  'archive',
  'schedule',
  'backdrop',
  'body',
  'outside',
);
const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      t: fc.constantFrom('press', 'release', 'click' as const),
      where,
      button: fc.constantFrom(0, 0, 0, 2 as const),
    }),
  },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('shortcut' as const), repeat: fc.boolean() }) },
  {
    weight: 3,
    arbitrary: fc.record({
      t: fc.constantFrom('keydown', 'keyup' as const),
      key: fc.constantFrom('Enter', ' ', 'Escape' as const),
      where: fc.constantFrom<Where | 'dialog'>('send', 'archive', 'dialog', 'body'),
      repeat: fc.boolean(),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ t: 'hostRemoved' as const }) },
  { weight: 1, arbitrary: fc.constant({ t: 'scan' as const }) },
  { weight: 1, arbitrary: fc.constant({ t: 'composeClosed' as const }) },
  {
    weight: 3,
    arbitrary: fc.record({
      t: fc.constant('answer' as const),
      how: fc.constantFrom('review', 'send', 'escape' as const),
    }),
  },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('menu' as const), open: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('edit' as const), risky: fc.boolean() }) },
);

let ac: AbortController | undefined;
afterEach(() => ac?.abort());

function world() {
  const doc = loadFixture('reply');
  const root = gmailAdapter.findComposeRoots(doc).roots[0]!;
  ac = new AbortController();
  const pageScope = scopeFrom(ac.signal);
  const composeAc = new AbortController();
  ac.signal.addEventListener('abort', () => composeAc.abort());
  let risky = true;
  let closed = false;
  const host = doc.createElement('preflight-panel');
  const shadow = host.attachShadow({ mode: 'open' });
  const container = doc.createElement('div');
  shadow.append(container);
  // Our UI's events stay ours (WXT isolateEvents): the page's bubbling listeners never see them.
  for (const t of ISOLATED) host.addEventListener(t, (e) => e.stopPropagation());
  const anchor = () => gmailAdapter.findPanelAnchor(root)!.element;
  const c: ComposeController = new ComposeController({
    adapter: gmailAdapter,
    root,
    scope: scopeFrom(composeAc.signal),
    store: createStore(initialPanelState('en')),
    analyze: () => (risky ? RISKY : CLEAN),
    mountPanel: () => {
      anchor().before(host);
      c.attachHost(host);
    },
  });
  act(() => render(<Panel store={c.store} actions={c} />, container));
  c.ensureMounted();

  const gate = createSendGate({
    targetFor: (n) => (!closed && root.contains(n) ? c : undefined),
    sendMenuItem: (el) => gmailAdapter.findSendMenuItem(el),
    threshold: () => 'warning',
    ownDialogOpen: () => false,
  });
  // The gate runs first (capture, window): an event cancelled right after it was swallowed by it.
  let swallowed = false;
  const gated = (e: Event) => {
    gate(e);
    if (e.defaultPrevented) swallowed = true;
  };
  for (const t of GATED_EVENTS) pageScope.listen(window, t, gated, { capture: true });

  // Gmail's side: Closure buttons (arm on mousedown, act on mouseup or a bare click; Enter acts on
  // keydown, Space on keyup), Ctrl+Enter in the compose, the Schedule send item acting on mouseup.
  const sends: string[] = [];
  const [send, archive] = gmailAdapter.findSendControls(root) as [HTMLElement, HTMLElement];
  const opener = root.querySelector<HTMLElement>('div[role="button"].hG')!;
  const menu = doc.createElement('div');
  menu.setAttribute('role', 'menu');
  menu.innerHTML = '<div role="menuitem" id="inv-schedule">Schedule send</div>';
  doc.body.append(menu);
  const schedule = menu.firstElementChild as HTMLElement;
  const controlOf = (t: EventTarget | null) =>
    [send, archive].find((b) => t instanceof Node && (b === t || b.contains(t)));
  let armed: HTMLElement | undefined;
  let acted: HTMLElement | undefined;
  const onPage = (type: string, fn: (e: Event) => void) => pageScope.listen(doc, type, fn);
  onPage('mousedown', (e) => (armed = (e as MouseEvent).button === 0 ? controlOf(e.target) : undefined));
  onPage('mouseup', (e) => {
    const b = controlOf(e.target);
    if (!closed && b && b === armed && (e as MouseEvent).button === 0) {
      acted = b;
      sends.push(b === send ? 'send' : 'archive');
    }
    if (e.target === schedule && !closed && opener.getAttribute('aria-expanded') === 'true')
      sends.push('schedule');
    armed = undefined;
  });
  onPage('click', (e) => {
    const b = controlOf(e.target);
    if (!closed && b && acted !== b) sends.push(b === send ? 'send' : 'archive');
    acted = undefined;
  });
  onPage('keydown', (e) => {
    const k = e as KeyboardEvent;
    if (closed || !root.contains(k.target as Node)) return;
    if (k.key === 'Enter' && k.ctrlKey) sends.push('shortcut');
    else if (k.key === 'Enter' && controlOf(k.target) === k.target) sends.push('key');
  });
  onPage('keyup', (e) => {
    const k = e as KeyboardEvent;
    if (!closed && k.key === ' ' && controlOf(k.target) === k.target) sends.push('key');
  });

  const dialog = () => (host.isConnected ? shadow.querySelector<HTMLElement>('[role="dialog"]') : null);
  const node = (w: Where | 'dialog'): Element => {
    switch (w) {
      case 'send':
        return send;
      case 'archive':
        return archive;
      case 'schedule':
        return schedule;
      case 'backdrop':
        return shadow.querySelector('.pf-backdrop') ?? host;
      case 'dialog':
        return dialog() ?? host;
      case 'body':
        return gmailAdapter.findBodyEditor(root)!;
      case 'outside':
        return doc.querySelector('.hP')!;
    }
  };
  /** Dispatches; true when the gate swallowed it (cancelled and not seen by the page). */
  const fire = (el: Element, ev: Event) => {
    swallowed = false;
    el.dispatchEvent(ev);
    return swallowed;
  };
  const mouse = (type: string, button: number) =>
    new MouseEvent(type, { bubbles: true, cancelable: true, composed: true, button });
  const key = (type: string, k: string, init: KeyboardEventInit = {}) =>
    new KeyboardEvent(type, { key: k, bubbles: true, cancelable: true, composed: true, ...init });

  function run(s: Step): boolean {
    switch (s.t) {
      case 'press':
        return fire(node(s.where), mouse('mousedown', s.button));
      case 'release':
        return fire(node(s.where), mouse('mouseup', s.button));
      case 'click':
        return fire(node(s.where), mouse('click', s.button));
      case 'shortcut':
        return fire(node('body'), key('keydown', 'Enter', { ctrlKey: true, repeat: s.repeat }));
      case 'keydown':
        return fire(node(s.where), key('keydown', s.key, { repeat: s.repeat }));
      case 'keyup':
        return fire(node(s.where), key('keyup', s.key));
      case 'hostRemoved':
        host.remove();
        return false;
      case 'scan':
        if (!closed) c.ensureMounted();
        return false;
      case 'composeClosed':
        closed = true;
        root.remove();
        composeAc.abort();
        return false;
      case 'answer': {
        const d = dialog();
        if (!d) return false;
        if (s.how === 'escape') return fire(d, key('keydown', 'Escape'));
        const button = d.querySelector<HTMLElement>(`[data-action="${s.how}"]`)!;
        const before = sends.length;
        act(() => {
          button.dispatchEvent(mouse('click', 0));
        });
        if (s.how === 'send') expect(sends.length - before).toBe(1);
        return false;
      }
      case 'menu':
        opener.setAttribute('aria-expanded', String(s.open));
        return false;
      case 'edit':
        risky = s.risky;
        c.invalidate();
        return false;
    }
  }
  return { c, run, dialog, sends, send, fire, mouse, closed: () => closed };
}

/** Lets Preact render and the controller's next-task check run. */
const settle = async () => {
  await act(async () => {
    await new Promise((r) => setTimeout(r, 0));
  });
};

describe('send gate invariant', () => {
  test('held ⇒ the question is visible; no question ⇒ nothing held; "Send anyway" sends once', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 25 }), async (steps) => {
        const w = world();
        try {
          for (const s of steps) {
            let swallowed = false;
            act(() => {
              swallowed = w.run(s);
            });
            await settle();
            if (swallowed) expect(w.dialog(), `swallowed ${JSON.stringify(s)} with no dialog`).not.toBeNull();
            // What the gate is told: never "asking" while the user cannot see the question.
            if (w.c.confirming && !w.closed()) expect(w.dialog()).not.toBeNull();
            if (w.closed()) expect(w.c.store.get().confirming).toBe(false);
          }
          // Probe: with no question on screen, a full press on Send is decided afresh.
          if (!w.closed() && !w.dialog()) {
            const before = w.sends.length;
            let held = false;
            act(() => {
              for (const type of ['mousedown', 'mouseup', 'click'])
                held = w.fire(w.send, w.mouse(type, 0)) || held;
            });
            await settle();
            expect(w.sends.length > before || (held && w.dialog() !== null)).toBe(true);
          }
        } finally {
          ac?.abort();
        }
      }),
      // Under Stryker (tests/helpers/mutate-setup.ts) 30 runs per mutant; 120 in the normal suite.
      { numRuns: process.env.PREFLIGHT_MUTATE ? 30 : 120 },
    );
  }, 120_000);
});
