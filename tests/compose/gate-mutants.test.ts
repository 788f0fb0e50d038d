// @vitest-environment happy-dom
/**
 * The send gate's edge cases, one per decision in utils/compose/gate.ts that tests/compose/gate.test.ts
 * leaves open (issue 13, mutation testing): which keys and nodes count, what ends or continues a gesture,
 * and that odd event orders never make the gate throw (an error would be reported as a gate failure).
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { type GateTarget, createSendGate, needsConfirmation } from '../../utils/compose/gate';
import type { Finding, Report } from '../../utils/types';

const RISKY: Report = { score: 50, level: 'danger', findings: [] };
const CLEAN: Report = { score: 0, level: 'ok', findings: [] };

/** Two composes (A with Send, Send & Archive and our panel; B with Send) and a menu outside both. */
function setup(opts: { menuFor?: (el: Element) => { item: HTMLElement; opener: HTMLElement } | null } = {}) {
  document.body.innerHTML = `
    <div class="a"><div contenteditable="true" class="body">text</div>
      <div role="button" class="send" tabindex="0"><span class="label">Send</span></div>
      <div role="button" class="archive" tabindex="0">Send &amp; Archive</div>
      <preflight-panel><div class="dialog"><button class="review">Review</button></div></preflight-panel></div>
    <div class="b"><div role="button" class="send" tabindex="0">Send</div></div>
    <div class="elsewhere"></div>`;
  const q = (s: string) => document.querySelector<HTMLElement>(s)!;
  const make = (root: HTMLElement, controls: HTMLElement[], host: HTMLElement | null) => {
    const t = {
      root,
      host,
      bypass: false as boolean,
      confirming: false as boolean,
      report: RISKY as Report | null,
      sendControls: () => controls,
      check: vi.fn((): Report | null => t.report),
      hold: vi.fn((_c: HTMLElement | null) => {
        t.confirming = true;
        return true;
      }),
    } satisfies GateTarget & { report: Report | null };
    return t;
  };
  const a = make(q('.a'), [q('.a .send'), q('.a .archive')], q('.a preflight-panel'));
  const b = make(q('.b'), [q('.b .send')], null);
  const onError = vi.fn();
  const menuLookups: Node[] = [];
  const gate = createSendGate({
    targetFor: (n) => (a.root.contains(n) ? a : b.root.contains(n) ? b : undefined),
    sendMenuItem: (el) => {
      menuLookups.push(el);
      return opts.menuFor ? opts.menuFor(el) : null;
    },
    threshold: () => 'warning',
    ownDialogOpen: () => false,
    onError,
  });
  /** Hands one event to the gate with `node` as its target; true when the gate swallowed it. */
  const fire = (node: Node | null, type: string, init: KeyboardEventInit & MouseEventInit = {}) => {
    const Ctor = type.startsWith('key') ? KeyboardEvent : MouseEvent;
    const ev = new Ctor(type, { bubbles: true, cancelable: true, button: 0, ...init });
    Object.defineProperty(ev, 'target', { value: node });
    gate(ev);
    return ev.defaultPrevented;
  };
  return { a, b, q, fire, onError, menuLookups, gate };
}

let env: ReturnType<typeof setup> | undefined;
afterEach(() => {
  // No decision in these tests may end in an exception (it would be reported as a gate failure).
  if (env) expect(env.onError).not.toHaveBeenCalled();
  env = undefined;
});

describe('needsConfirmation', () => {
  test('a finding asks before the send only when it says so (askBeforeSend: true)', () => {
    const f = (askBeforeSend?: boolean): Finding =>
      ({ ruleId: 'x', severity: 'info', weight: 0, message: 'm', askBeforeSend }) as unknown as Finding;
    expect(needsConfirmation({ ...CLEAN, findings: [f(), f(false)] }, 'warning')).toBe(false);
    expect(needsConfirmation({ ...CLEAN, findings: [f(), f(true)] }, 'warning')).toBe(true);
  });
});

describe('keys', () => {
  test('other keys on the focused Send are no activation: not analysed, not held', () => {
    env = setup();
    const send = env.q('.a .send');
    for (const key of ['a', 'Tab', 'Escape', 'Spacebar'])
      expect(env.fire(send, 'keydown', { key }), key).toBe(false);
    expect(env.a.check).not.toHaveBeenCalled();
  });

  test('a keyup with no key gesture, or after a press, is let through without error', () => {
    env = setup();
    const send = env.q('.a .send');
    expect(env.fire(send, 'keyup', { key: 'Enter' })).toBe(false);
    env.a.report = CLEAN;
    expect(env.fire(send, 'mousedown')).toBe(false);
    expect(env.fire(send, 'keyup', { key: 'Enter' })).toBe(false);
  });

  test('Enter held on Send, question answered before the keyup: a keyup in the body is no send', () => {
    env = setup();
    const send = env.q('.a .send');
    expect(env.fire(send, 'keydown', { key: 'Enter' })).toBe(true);
    env.a.confirming = false; // answered ("Review")
    expect(env.fire(env.q('.a .body'), 'keyup', { key: 'Enter' })).toBe(false);
    expect(env.a.check).toHaveBeenCalledTimes(1);
    expect(env.a.hold).toHaveBeenCalledTimes(1);
  });

  test('Space held on Send, question answered before the keyup: the keyup on Send is decided afresh', () => {
    env = setup();
    const send = env.q('.a .send');
    expect(env.fire(send, 'keydown', { key: ' ' })).toBe(true);
    env.a.confirming = false;
    expect(env.fire(send, 'keyup', { key: ' ' })).toBe(true);
    expect(env.a.hold).toHaveBeenCalledTimes(2);
    expect(env.a.hold).toHaveBeenLastCalledWith(send);
  });

  test('an auto-repeat with no gesture before it (focus came to Send with the key down) is decided afresh', () => {
    env = setup();
    expect(env.fire(env.q('.a .send'), 'keydown', { key: 'Enter', repeat: true })).toBe(true);
    expect(env.a.check).toHaveBeenCalledTimes(1);
  });

  test('a second Enter without a keyup between is a new gesture, decided afresh', () => {
    env = setup();
    const send = env.q('.a .send');
    env.a.report = CLEAN;
    expect(env.fire(send, 'keydown', { key: 'Enter' })).toBe(false);
    env.a.report = RISKY;
    expect(env.fire(send, 'keydown', { key: 'Enter' })).toBe(true);
  });

  test('an auto-repeat of another key than the clean gesture is decided afresh', () => {
    env = setup();
    const send = env.q('.a .send');
    env.a.report = CLEAN;
    expect(env.fire(send, 'keydown', { key: 'Enter' })).toBe(false);
    env.a.report = RISKY;
    expect(env.fire(send, 'keydown', { key: ' ', repeat: true })).toBe(true);
  });

  test('Ctrl pressed while Enter repeats on Send: still the held Enter, whose keyup is swallowed', () => {
    env = setup();
    const send = env.q('.a .send');
    expect(env.fire(send, 'keydown', { key: 'Enter' })).toBe(true);
    expect(env.fire(send, 'keydown', { key: 'Enter', repeat: true, ctrlKey: true })).toBe(true);
    expect(env.fire(send, 'keyup', { key: 'Enter' })).toBe(true);
    expect(env.a.hold).toHaveBeenCalledTimes(1);
  });
});

describe('keys inside our panel', () => {
  test('only auto-repeats of the held key are swallowed there, while the question is up', () => {
    env = setup();
    const review = env.q('.a .review');
    expect(env.fire(env.q('.a .send'), 'keydown', { key: 'Enter' })).toBe(true);
    expect(env.fire(review, 'keydown', { key: 'Enter', repeat: true })).toBe(true);
    // Not a repeat (a new press in the dialog), or another key: the dialog's own.
    expect(env.fire(review, 'keydown', { key: 'Enter' })).toBe(false);
    expect(env.fire(review, 'keydown', { key: ' ', repeat: true })).toBe(false);
    // The question was answered: repeats reach the page again.
    env.a.confirming = false;
    expect(env.fire(review, 'keydown', { key: 'Enter', repeat: true })).toBe(false);
  });

  test('repeats in the panel after a clean key gesture, a mouse gesture or none are not swallowed', () => {
    env = setup();
    const review = env.q('.a .review');
    const send = env.q('.a .send');
    // No gesture at all (the question is up from elsewhere).
    env.a.confirming = true;
    expect(env.fire(review, 'keydown', { key: 'Enter', repeat: true })).toBe(false);
    // A press on Send held the send: a repeat in the dialog is not that gesture.
    expect(env.fire(send, 'mousedown')).toBe(true);
    expect(env.fire(review, 'keydown', { key: 'Enter', repeat: true })).toBe(false);
    // A clean Enter (not held) on Send.
    env.a.confirming = false;
    env.a.report = CLEAN;
    expect(env.fire(send, 'keydown', { key: 'Enter' })).toBe(false);
    env.a.confirming = true;
    expect(env.fire(review, 'keydown', { key: 'Enter', repeat: true })).toBe(false);
  });

  test('Ctrl+Enter typed in our dialog is no send of the compose: not analysed', () => {
    env = setup();
    expect(env.fire(env.q('.a .review'), 'keydown', { key: 'Enter', ctrlKey: true })).toBe(false);
    expect(env.a.check).not.toHaveBeenCalled();
  });
});

describe('controls and menu items', () => {
  test('a press on the label inside Send is a press on Send', () => {
    env = setup();
    expect(env.fire(env.q('.a .send .label'), 'mousedown')).toBe(true);
    expect(env.a.hold).toHaveBeenCalledWith(env.q('.a .send'));
  });

  test('a send control is never looked up as a menu item; text nodes are not looked up at all', () => {
    // A lookup that would (wrongly) call every element an item of compose B's menu.
    const bSend = () => document.querySelector<HTMLElement>('.b .send')!;
    env = setup({ menuFor: () => ({ item: bSend(), opener: bSend() }) });
    expect(env.fire(env.q('.a .send'), 'mousedown')).toBe(true);
    expect(env.a.hold).toHaveBeenCalledWith(env.q('.a .send'));
    expect(env.b.check).not.toHaveBeenCalled();
    expect(env.menuLookups).toEqual([]);
    const text = env.q('.elsewhere').appendChild(document.createTextNode('x'));
    expect(env.fire(text, 'click')).toBe(false);
    expect(env.menuLookups).toEqual([]);
  });

  test('a menu item that belongs to no compose leaves the event to the compose it is in', () => {
    const elsewhere = () => document.querySelector<HTMLElement>('.elsewhere')!;
    env = setup({ menuFor: (el) => ({ item: el as HTMLElement, opener: elsewhere() }) });
    expect(env.fire(env.q('.a .body'), 'keydown', { key: 'Enter', ctrlKey: true })).toBe(true);
    expect(env.a.hold).toHaveBeenCalledWith(null);
  });
});

describe('pointer gestures', () => {
  test('a mouseup with no press before it, or after a key gesture, is let through', () => {
    env = setup();
    const send = env.q('.a .send');
    expect(env.fire(send, 'mouseup')).toBe(false);
    env.a.report = CLEAN;
    expect(env.fire(send, 'keydown', { key: 'Enter' })).toBe(false);
    expect(env.fire(send, 'mouseup')).toBe(false);
  });

  test('a second release on Send after the held press was released is not part of the gesture', () => {
    env = setup();
    const send = env.q('.a .send');
    expect(env.fire(send, 'mousedown')).toBe(true);
    expect(env.fire(send, 'mouseup')).toBe(true);
    expect(env.fire(send, 'mouseup')).toBe(false);
  });

  test('a click right after a clean press with no release between is decided afresh', () => {
    env = setup();
    const send = env.q('.a .send');
    env.a.report = CLEAN;
    expect(env.fire(send, 'mousedown')).toBe(false);
    env.a.report = RISKY;
    expect(env.fire(send, 'click')).toBe(true);
  });

  test('a click on another control than the clean press and release is decided afresh', () => {
    env = setup();
    const send = env.q('.a .send');
    env.a.report = CLEAN;
    expect(env.fire(send, 'mousedown')).toBe(false);
    expect(env.fire(send, 'mouseup')).toBe(false);
    env.a.report = RISKY;
    expect(env.fire(env.q('.a .archive'), 'click')).toBe(true);
    expect(env.a.hold).toHaveBeenCalledWith(env.q('.a .archive'));
  });

  test('events the gate does not decide (a double click on Send) pass', () => {
    env = setup();
    expect(env.fire(env.q('.a .send'), 'dblclick')).toBe(false);
    expect(env.a.check).not.toHaveBeenCalled();
  });
});

describe('failing open without errors', () => {
  test('an event with no target is let through', () => {
    env = setup();
    expect(env.fire(null, 'click')).toBe(false);
    expect(env.fire(null, 'keydown', { key: 'Enter', ctrlKey: true })).toBe(false);
  });

  test('an unreadable draft, or a partial report for a compose without notePartial, sends without error', () => {
    env = setup();
    env.a.report = null;
    expect(env.fire(env.q('.a .send'), 'click')).toBe(false);
    env.a.report = { ...RISKY, partial: true };
    expect(env.fire(env.q('.a .send'), 'click')).toBe(false);
    expect(env.a.hold).not.toHaveBeenCalled();
  });

  test('the test hook reports its own error', () => {
    const onError = vi.fn();
    const gate = createSendGate({
      targetFor: () => undefined,
      threshold: () => 'warning',
      ownDialogOpen: () => false,
      shouldThrow: () => true,
      onError,
    });
    gate(new MouseEvent('click'));
    expect(onError).toHaveBeenCalledWith(new Error('preflight test hook: gate throws'));
  });
});
