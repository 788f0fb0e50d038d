// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import {
  GATED_EVENTS,
  type GateLevel,
  type GateTarget,
  createSendGate,
  needsConfirmation,
  reachesThreshold,
} from '../../utils/compose/gate';
import type { Finding, Level, Report } from '../../utils/types';

const report = (level: Level): Report => ({ score: 0, level, findings: [] });

/** A compose with a Send button; the "page" (Gmail) counts the events that reach it. */
function setup(
  opts: {
    level?: Level | 'unreadable' | 'throws' | 'partial';
    threshold?: GateLevel;
    dialog?: boolean;
    throwHook?: boolean;
  } = {},
) {
  document.body.innerHTML = `
    <div class="compose"><div contenteditable="true" class="body"></div>
      <div role="button" class="archive" tabindex="0">Send &amp; Archive</div>
      <div role="button" class="send" tabindex="0"><span class="label">Send</span></div>
      <div role="button" class="more" aria-haspopup="true" tabindex="0"></div>
      <preflight-panel></preflight-panel></div>
    <div class="elsewhere"></div>
    <div role="menu" class="menu"><div role="menuitem" class="schedule">Schedule send</div>
      <div role="menuitem" class="other">Other</div></div>`;
  const root = document.querySelector<HTMLElement>('.compose')!;
  const send = root.querySelector<HTMLElement>('.send')!;
  const archive = root.querySelector<HTMLElement>('.archive')!;
  const more = root.querySelector<HTMLElement>('.more')!;
  const schedule = document.querySelector<HTMLElement>('.schedule')!;
  const host = root.querySelector<HTMLElement>('preflight-panel')!;
  const target = {
    root,
    host,
    bypass: false as boolean,
    confirming: false as boolean,
    sendControls: () => [send, archive],
    check: vi.fn((): Report | null => {
      if (opts.level === 'throws') throw new Error('analysis broke');
      if (opts.level === 'partial') return { ...report('danger'), partial: true };
      return opts.level === 'unreadable' ? null : report(opts.level ?? 'danger');
    }),
    hold: vi.fn((_control: HTMLElement | null) => {
      target.confirming = true;
      return true;
    }),
    notePartial: vi.fn(),
  } satisfies GateTarget;
  const onError = vi.fn();
  const gate = createSendGate({
    targetFor: (n) => (root.contains(n) ? target : undefined),
    // The menu opened by `more` lives outside the compose; only its "Schedule send" item sends.
    sendMenuItem: (el) => {
      const item = el.closest<HTMLElement>('.schedule');
      return item ? { item, opener: more } : null;
    },
    threshold: () => opts.threshold ?? 'warning',
    ownDialogOpen: () => !!opts.dialog,
    shouldThrow: () => !!opts.throwHook,
    onError,
  });
  const ac = new AbortController();
  for (const t of GATED_EVENTS) window.addEventListener(t, gate, { capture: true, signal: ac.signal });
  const seen: string[] = [];
  for (const t of GATED_EVENTS)
    document.addEventListener(t, (e) => seen.push(`${e.type}`), { signal: ac.signal });
  const click = (el: Element = send) => {
    for (const type of ['mousedown', 'mouseup', 'click']) {
      el.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, button: 0 }));
    }
  };
  const key = (el: Element, k: string, mods: KeyboardEventInit = {}) => {
    const down = new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true, ...mods });
    el.dispatchEvent(down);
    el.dispatchEvent(new KeyboardEvent('keyup', { key: k, bubbles: true, cancelable: true, ...mods }));
    return down;
  };
  /** Dispatches one event; returns whether the gate swallowed it (cancelled, never reached the page). */
  const fire = (el: Element, type: string, init: MouseEventInit & KeyboardEventInit = {}) => {
    const Ctor = type.startsWith('key') ? KeyboardEvent : MouseEvent;
    const ev = new Ctor(type, { bubbles: true, cancelable: true, button: 0, ...init });
    const before = seen.length;
    el.dispatchEvent(ev);
    return ev.defaultPrevented && seen.length === before;
  };
  return {
    root,
    send,
    archive,
    schedule,
    host,
    target,
    seen,
    click,
    key,
    fire,
    onError,
    stop: () => ac.abort(),
  };
}

let env: ReturnType<typeof setup>;
afterEach(() => env?.stop());

describe('threshold', () => {
  test.each([
    ['ok', 'warning', false],
    ['notice', 'warning', false],
    ['warning', 'warning', true],
    ['danger', 'warning', true],
    ['notice', 'notice', true],
    ['warning', 'danger', false],
    ['danger', 'off', false],
  ] as const)('%s under %s → %s', (level, threshold, held) => {
    expect(reachesThreshold(level, threshold)).toBe(held);
  });

  const mistake: Finding = {
    ruleId: 'attachment-forgotten',
    severity: 'notice',
    weight: 0,
    messageId: 'attachment-forgotten.mentioned',
    evidence: [],
    askBeforeSend: true,
  };
  test.each([
    ['ok', [], 'warning', false],
    ['notice', [mistake], 'warning', true],
    ['ok', [mistake], 'danger', true],
    ['notice', [mistake], 'off', false],
    ['warning', [], 'warning', true],
  ] as [Level, Finding[], GateLevel, boolean][])(
    'level %s with findings %j under %s asks → %s',
    (level, findings, threshold, asks) => {
      expect(needsConfirmation({ score: 0, level, findings: [...findings] }, threshold)).toBe(asks);
    },
  );
});

describe('the gate holds risky sends', () => {
  test('a click on Send (mousedown, mouseup, click) is held as one gesture: one analysis, one dialog', () => {
    env = setup();
    env.click(env.send.querySelector('.label')!);
    expect(env.seen).toEqual([]);
    expect(env.target.check).toHaveBeenCalledTimes(1);
    expect(env.target.hold).toHaveBeenCalledTimes(1);
  });

  test('Ctrl+Enter and ⌘+Enter anywhere in the compose', () => {
    env = setup();
    const body = env.root.querySelector('.body')!;
    expect(env.key(body, 'Enter', { ctrlKey: true }).defaultPrevented).toBe(true);
    expect(env.seen).not.toContain('keydown');
    env.target.confirming = false;
    expect(env.key(body, 'Enter', { metaKey: true }).defaultPrevented).toBe(true);
  });

  test('Enter and Space on the focused Send button, including the keyup that activates it', () => {
    env = setup();
    env.key(env.send, ' ');
    expect(env.seen).toEqual([]);
    env.target.confirming = false;
    env.key(env.send, 'Enter');
    expect(env.seen).toEqual([]);
  });

  test('while the dialog is open, further send attempts are swallowed without new analysis', () => {
    env = setup();
    env.click();
    env.click();
    env.key(env.root.querySelector('.body')!, 'Enter', { ctrlKey: true });
    expect(env.seen.filter((t) => t !== 'keyup')).toEqual([]);
    expect(env.target.check).toHaveBeenCalledTimes(1);
  });

  test('the one-shot bypass lets the re-send through', () => {
    env = setup();
    env.target.bypass = true;
    env.click();
    expect(env.seen).toEqual(['mousedown', 'mouseup', 'click']);
    expect(env.target.check).not.toHaveBeenCalled();
  });
});

describe('the gate stays out of the way', () => {
  test('a clean draft sends at once', () => {
    env = setup({ level: 'notice' });
    env.click();
    expect(env.seen).toEqual(['mousedown', 'mouseup', 'click']);
    expect(env.target.hold).not.toHaveBeenCalled();
  });

  test("Gmail's own dialog is open: no analysis, no hold", () => {
    env = setup({ dialog: true });
    env.click();
    expect(env.seen).toEqual(['mousedown', 'mouseup', 'click']);
    expect(env.target.check).not.toHaveBeenCalled();
  });

  test('clicks elsewhere, other keys and our own panel are never sends', () => {
    env = setup();
    env.click(document.querySelector('.elsewhere')!);
    env.click(env.root.querySelector('.body')!);
    env.key(env.root.querySelector('.body')!, 'Enter');
    env.key(env.host, 'Enter', { ctrlKey: true });
    expect(env.target.check).not.toHaveBeenCalled();
  });

  test('gate level off never holds', () => {
    env = setup({ threshold: 'off' });
    env.click();
    expect(env.seen).toEqual(['mousedown', 'mouseup', 'click']);
  });
});

describe('fail open', () => {
  test('the analysis throws: the send goes through and the error is reported', () => {
    env = setup({ level: 'throws' });
    env.click();
    expect(env.seen).toEqual(['mousedown', 'mouseup', 'click']);
    expect(env.onError).toHaveBeenCalled();
  });

  test('the draft cannot be read: the send goes through', () => {
    env = setup({ level: 'unreadable' });
    const down = env.key(env.root.querySelector('.body')!, 'Enter', { ctrlKey: true });
    expect(down.defaultPrevented).toBe(false);
    expect(env.seen).toContain('keydown');
  });

  test('the dialog cannot be shown: the send goes through', () => {
    env = setup();
    env.target.hold.mockImplementation(() => false);
    env.click();
    expect(env.seen).toEqual(['mousedown', 'mouseup', 'click']);
  });

  test('the test hook makes the gate throw: every event reaches the page untouched', () => {
    env = setup({ throwHook: true });
    env.click();
    const down = env.key(env.root.querySelector('.body')!, 'Enter', { ctrlKey: true });
    expect(down.defaultPrevented).toBe(false);
    expect(env.seen).toEqual(['mousedown', 'mouseup', 'click', 'keydown', 'keyup']);
  });

  test('even a throwing error reporter cannot block a send', () => {
    env = setup({ level: 'throws' });
    env.onError.mockImplementation(() => {
      throw new Error('reporter broke');
    });
    env.click();
    expect(env.seen).toEqual(['mousedown', 'mouseup', 'click']);
  });
});

describe('every way to send', () => {
  test('Send & Archive is a send control of its own: held, and the dialog is asked for that control', () => {
    env = setup();
    env.click(env.archive);
    expect(env.seen).toEqual([]);
    expect(env.target.hold).toHaveBeenCalledWith(env.archive);
  });

  test('Schedule send (a menu item outside the compose, acting on mouseup) is held for its compose', () => {
    env = setup();
    env.click(env.schedule);
    expect(env.seen).toEqual([]);
    expect(env.target.hold).toHaveBeenCalledWith(env.schedule);
    expect(env.target.check).toHaveBeenCalledTimes(1);
  });

  test('other menu items and the menu opener are not sends', () => {
    env = setup();
    env.click(document.querySelector('.other')!);
    env.click(env.root.querySelector('.more')!);
    expect(env.target.check).not.toHaveBeenCalled();
    expect(env.seen).toHaveLength(6);
  });

  test('Enter and Space on Send & Archive are held; the shortcut is asked for with no control', () => {
    env = setup();
    env.key(env.archive, 'Enter');
    expect(env.target.hold).toHaveBeenLastCalledWith(env.archive);
    env.target.confirming = false;
    env.key(env.root.querySelector('.body')!, 'Enter', { ctrlKey: true });
    expect(env.target.hold).toHaveBeenLastCalledWith(null);
  });
});

// Each test below kills a deliberate bug that the older tests let through (issue 13).
describe('the gate holds exactly the sends', () => {
  test('a right-button press on Send is no send: not analysed, not held', () => {
    env = setup();
    for (const type of ['mousedown', 'mouseup']) expect(env.fire(env.send, type, { button: 2 })).toBe(false);
    expect(env.fire(env.send, 'contextmenu', { button: 2 })).toBe(false);
    expect(env.target.check).not.toHaveBeenCalled();
  });

  test('Alt+Enter, Shift+Ctrl+Enter and plain Enter in the body are no sends', () => {
    env = setup();
    const body = env.root.querySelector('.body')!;
    expect(env.key(body, 'Enter', { altKey: true }).defaultPrevented).toBe(false);
    expect(env.key(body, 'Enter', { ctrlKey: true, altKey: true }).defaultPrevented).toBe(false);
    expect(env.key(body, 'Enter', { ctrlKey: true, shiftKey: true }).defaultPrevented).toBe(false);
    expect(env.key(body, 'Enter').defaultPrevented).toBe(false);
    expect(env.target.check).not.toHaveBeenCalled();
  });

  test('keyups are only swallowed for the key of a held gesture on a control, never elsewhere', () => {
    env = setup();
    const body = env.root.querySelector('.body')!;
    expect(env.fire(body, 'keyup', { key: 'a' })).toBe(false);
    expect(env.fire(env.send, 'keyup', { key: ' ' })).toBe(false);
    expect(env.fire(document.querySelector('.elsewhere')!, 'keyup', { key: 'Enter' })).toBe(false);
    // A held Space on Send: its own keyup is swallowed wherever focus went, other keyups are not.
    expect(env.fire(env.send, 'keydown', { key: ' ' })).toBe(true);
    expect(env.fire(body, 'keyup', { key: 'a' })).toBe(false);
    expect(env.fire(env.host, 'keyup', { key: ' ' })).toBe(true);
    expect(env.fire(env.host, 'keyup', { key: ' ' })).toBe(false);
    // The shortcut sends on keydown; its keyup is left alone.
    env.target.confirming = false;
    expect(env.fire(body, 'keydown', { key: 'Enter', ctrlKey: true })).toBe(true);
    expect(env.fire(body, 'keyup', { key: 'Enter', ctrlKey: true })).toBe(false);
  });

  test('a clean send is analysed once per gesture, not once per event', () => {
    env = setup({ level: 'ok' });
    env.click();
    expect(env.seen).toEqual(['mousedown', 'mouseup', 'click']);
    expect(env.target.check).toHaveBeenCalledTimes(1);
    env.key(env.send, ' ');
    expect(env.target.check).toHaveBeenCalledTimes(2);
  });

  test('a press held and released over our backdrop leaves no stale gesture: the next bare click is decided afresh', () => {
    env = setup();
    expect(env.fire(env.send, 'mousedown')).toBe(true);
    expect(env.fire(env.host, 'mouseup')).toBe(false);
    // The user answers "Review": the dialog closes.
    env.target.confirming = false;
    env.target.check.mockImplementation(() => report('ok'));
    // A bare click on Send (element.click()): analysed now, and clean, so it reaches the page.
    expect(env.fire(env.send, 'click')).toBe(false);
    expect(env.target.check).toHaveBeenCalledTimes(2);
    expect(env.seen).toEqual(['mouseup', 'click']);
  });

  test('a click is only the end of a gesture right after its mouseup on the same control', () => {
    env = setup();
    expect(env.fire(env.send, 'mousedown')).toBe(true);
    expect(env.fire(env.root.querySelector('.body')!, 'mouseup')).toBe(false);
    env.target.confirming = false;
    env.target.check.mockImplementation(() => report('ok'));
    expect(env.fire(env.send, 'click')).toBe(false);
    // Pressed on Send & Archive, released on Send: no send, no stale hold either.
    env.target.check.mockImplementation(() => report('danger'));
    expect(env.fire(env.archive, 'mousedown')).toBe(true);
    env.target.confirming = false;
    expect(env.fire(env.send, 'mouseup')).toBe(false);
    env.target.check.mockImplementation(() => report('ok'));
    expect(env.fire(env.send, 'click')).toBe(false);
  });

  test('a held press whose question was answered meanwhile (Escape) is not swallowed at release; its click is decided afresh', () => {
    env = setup();
    expect(env.fire(env.send, 'mousedown')).toBe(true);
    env.target.confirming = false; // answered with the keyboard, mouse still down
    expect(env.fire(env.send, 'mouseup')).toBe(false);
    env.target.check.mockImplementation(() => report('ok'));
    expect(env.fire(env.send, 'click')).toBe(false);
    expect(env.target.check).toHaveBeenCalledTimes(2);
    // A held key whose question was answered: its repeats and keyup are decided afresh (asked again).
    env.target.check.mockImplementation(() => report('danger'));
    expect(env.fire(env.send, 'keydown', { key: ' ' })).toBe(true);
    env.target.confirming = false;
    expect(env.fire(env.send, 'keydown', { key: ' ', repeat: true })).toBe(true);
    expect(env.target.check).toHaveBeenCalledTimes(4);
    env.target.confirming = false;
    expect(env.fire(env.send, 'keyup', { key: ' ' })).toBe(true);
    expect(env.target.check).toHaveBeenCalledTimes(5);
    env.target.confirming = false;
    env.target.check.mockImplementation(() => report('ok'));
    expect(env.fire(env.send, 'keydown', { key: ' ' })).toBe(false);
    expect(env.fire(env.send, 'keyup', { key: ' ' })).toBe(false);
  });

  test('auto-repeated keydowns of a held key are swallowed too', () => {
    env = setup();
    const body = env.root.querySelector('.body')!;
    expect(env.fire(env.send, 'keydown', { key: 'Enter' })).toBe(true);
    expect(env.fire(env.send, 'keydown', { key: 'Enter', repeat: true })).toBe(true);
    // Focus moved to our dialog: repeats land on our host and must not reach the page either.
    expect(env.fire(env.host, 'keydown', { key: 'Enter', repeat: true })).toBe(true);
    expect(env.fire(env.send, 'keyup', { key: 'Enter' })).toBe(true);
    env.target.confirming = false;
    expect(env.fire(body, 'keydown', { key: 'Enter', ctrlKey: true })).toBe(true);
    expect(env.fire(body, 'keydown', { key: 'Enter', ctrlKey: true, repeat: true })).toBe(true);
    expect(env.target.check).toHaveBeenCalledTimes(2);
  });

  test('a clean key gesture lets its repeats through as well', () => {
    env = setup({ level: 'ok' });
    expect(env.fire(env.send, 'keydown', { key: 'Enter' })).toBe(false);
    expect(env.fire(env.send, 'keydown', { key: 'Enter', repeat: true })).toBe(false);
    expect(env.target.check).toHaveBeenCalledTimes(1);
  });
});

// Found by the first Stryker run of the compose module (issue 13): each test kills mutants the tests above
// let through.
describe('the gate holds exactly the sends (mutation testing)', () => {
  test('only the primary button sends: a right click, a middle press, a right release during a held press', () => {
    env = setup();
    expect(env.fire(env.send, 'click', { button: 2 })).toBe(false);
    expect(env.fire(env.send, 'mousedown', { button: 1 })).toBe(false);
    expect(env.target.check).not.toHaveBeenCalled();
    // A held left press: a right-button release over Send is neither swallowed nor the end of the press.
    expect(env.fire(env.send, 'mousedown')).toBe(true);
    expect(env.fire(env.send, 'mouseup', { button: 2 })).toBe(false);
    expect(env.fire(env.send, 'mouseup')).toBe(true);
    expect(env.fire(env.send, 'click')).toBe(true);
    expect(env.target.check).toHaveBeenCalledTimes(1);
  });

  test('Enter or Space with a modifier on the focused Send is no activation (Ctrl/⌘+Enter is the shortcut)', () => {
    env = setup();
    for (const mods of [{ altKey: true }, { shiftKey: true }, { ctrlKey: true }, { metaKey: true }])
      expect(env.fire(env.send, 'keydown', { key: ' ', ...mods }), JSON.stringify(mods)).toBe(false);
    for (const mods of [{ altKey: true }, { shiftKey: true }])
      expect(env.fire(env.send, 'keydown', { key: 'Enter', ...mods }), JSON.stringify(mods)).toBe(false);
    expect(env.target.check).not.toHaveBeenCalled();
    expect(env.fire(env.send, 'keydown', { key: 'Enter', ctrlKey: true })).toBe(true);
    expect(env.target.hold).toHaveBeenLastCalledWith(null);
  });

  test('a click ends its gesture: a later bare click on Send (element.click()) is analysed afresh', () => {
    env = setup({ level: 'ok' });
    env.click();
    expect(env.target.check).toHaveBeenCalledTimes(1);
    env.target.check.mockImplementation(() => report('danger'));
    expect(env.fire(env.send, 'click')).toBe(true);
    expect(env.target.check).toHaveBeenCalledTimes(2);
  });

  test('a press anywhere else ends a gesture whose click never came: the next bare click is analysed', () => {
    env = setup({ level: 'ok' });
    expect(env.fire(env.send, 'mousedown')).toBe(false);
    expect(env.fire(env.send, 'mouseup')).toBe(false);
    // No click (the page acted on mouseup). The draft turns risky; the user presses in the body.
    env.target.check.mockImplementation(() => report('danger'));
    expect(env.fire(env.root.querySelector('.body')!, 'mousedown')).toBe(false);
    expect(env.fire(env.send, 'click')).toBe(true);
    expect(env.target.check).toHaveBeenCalledTimes(2);
  });

  test('a release anywhere else ends a clean gesture: a later release and click on Send are decided afresh', () => {
    env = setup({ level: 'ok' });
    expect(env.fire(env.send, 'mousedown')).toBe(false);
    expect(env.fire(env.root.querySelector('.body')!, 'mouseup')).toBe(false);
    env.target.check.mockImplementation(() => report('danger'));
    expect(env.fire(env.send, 'mouseup')).toBe(false);
    expect(env.fire(env.send, 'click')).toBe(true);
    expect(env.target.check).toHaveBeenCalledTimes(2);
  });

  test.each(['host', 'elsewhere'] as const)(
    'a release over %s (our panel, outside every compose) ends a clean gesture too',
    (where) => {
      env = setup({ level: 'ok' });
      const over = where === 'host' ? env.host : document.querySelector('.elsewhere')!;
      expect(env.fire(env.send, 'mousedown')).toBe(false);
      expect(env.fire(over, 'mouseup')).toBe(false);
      env.target.check.mockImplementation(() => report('danger'));
      expect(env.fire(env.send, 'mouseup')).toBe(false);
      expect(env.fire(env.send, 'click')).toBe(true);
      expect(env.target.check).toHaveBeenCalledTimes(2);
    },
  );

  test('keys outside every compose do not end a held key gesture: its keyup is still swallowed', () => {
    env = setup();
    const elsewhere = document.querySelector('.elsewhere')!;
    expect(env.fire(env.send, 'keydown', { key: ' ' })).toBe(true);
    expect(env.fire(elsewhere, 'keydown', { key: ' ', repeat: true })).toBe(false);
    expect(env.fire(env.host, 'keyup', { key: ' ' })).toBe(true);
  });

  test('a gate with only the required options, a compose without notePartial: no error along the way', () => {
    env = setup();
    const onError = vi.fn();
    const { notePartial: _n, ...bare } = env.target;
    let level: 'danger' | 'partial' = 'danger';
    const target: GateTarget = {
      ...bare,
      get confirming() {
        return env.target.confirming;
      },
      check: () => (level === 'partial' ? { ...report('danger'), partial: true } : report('danger')),
    };
    const gate = createSendGate({
      targetFor: (n) => (env.root.contains(n) ? target : undefined),
      threshold: () => 'warning',
      ownDialogOpen: () => false,
    });
    const ev = (type: string, el: Element) => {
      const e = new MouseEvent(type, { bubbles: true, cancelable: true, button: 0 });
      Object.defineProperty(e, 'target', { value: el });
      gate(e);
      return e.defaultPrevented;
    };
    expect(ev('mousedown', env.send)).toBe(true);
    env.target.confirming = false;
    level = 'partial';
    expect(ev('click', env.send)).toBe(false);
    // Not a compose and no menu lookup configured: nothing to decide.
    expect(ev('click', document.querySelector('.schedule')!)).toBe(false);
    expect(onError).not.toHaveBeenCalled();
    // With an error reporter: still nothing to report.
    const reported = createSendGate({
      targetFor: () => target,
      threshold: () => 'warning',
      ownDialogOpen: () => false,
      onError,
    });
    const empty = new MouseEvent('click', { button: 0 });
    reported(empty); // never dispatched: no target
    expect(empty.defaultPrevented).toBe(false);
    expect(onError).not.toHaveBeenCalled();
  });
});

describe('partial analysis', () => {
  test('a report cut short by the work budget never holds a send; the compose is told to say so', () => {
    env = setup({ level: 'partial' });
    env.click();
    expect(env.seen).toEqual(['mousedown', 'mouseup', 'click']);
    expect(env.target.hold).not.toHaveBeenCalled();
    expect(env.target.notePartial).toHaveBeenCalledTimes(1);
  });
});
