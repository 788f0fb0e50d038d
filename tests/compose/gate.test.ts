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
    level?: Level | 'unreadable' | 'throws';
    threshold?: GateLevel;
    dialog?: boolean;
    throwHook?: boolean;
  } = {},
) {
  document.body.innerHTML = `
    <div class="compose"><div contenteditable="true" class="body"></div>
      <div role="button" class="send" tabindex="0"><span class="label">Send</span></div>
      <preflight-panel></preflight-panel></div>
    <div class="elsewhere"></div>`;
  const root = document.querySelector<HTMLElement>('.compose')!;
  const send = root.querySelector<HTMLElement>('.send')!;
  const host = root.querySelector<HTMLElement>('preflight-panel')!;
  const target = {
    root,
    host,
    bypass: false as boolean,
    confirming: false as boolean,
    sendControl: () => send,
    check: vi.fn((): Report | null => {
      if (opts.level === 'throws') throw new Error('analysis broke');
      return opts.level === 'unreadable' ? null : report(opts.level ?? 'danger');
    }),
    hold: vi.fn(() => {
      target.confirming = true;
      return true;
    }),
  } satisfies GateTarget;
  const onError = vi.fn();
  const gate = createSendGate({
    targetFor: (n) => (root.contains(n) ? target : undefined),
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
  return { root, send, host, target, seen, click, key, onError, stop: () => ac.abort() };
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
