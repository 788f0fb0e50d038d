/**
 * The send gate: holds a send when the draft's level reaches the user's threshold and asks first.
 *
 * Listens in the capture phase on the window (before the webmail's own handlers) for every way to send:
 * a click on any send control (Send, Send & Archive; Gmail's buttons act on mouseup after a mousedown,
 * or on a bare click), a send menu item outside the compose (Schedule send, acting on mouseup),
 * Ctrl/⌘+Enter anywhere in the compose, Enter/Space on a focused send control.
 *
 * INVARIANT: an event is swallowed only while the confirmation is visible (or is opened by that very
 * event); when no dialog is visible, nothing is held. tests/compose/invariant.test.ts checks it over
 * random event sequences.
 *
 * FAIL OPEN: the decision runs inside try/catch and an event is only cancelled when every step
 * succeeded (draft read, fresh analysis, dialog opened). Any exception, an unreadable draft, a page that
 * changed shape, or Gmail's own dialog being open lets the event through untouched.
 */
import { type GateLevel, type Level, levelRank } from '../types';
import type { Report } from '../types';

/** The threshold users choose: hold sends at this level and above, or never. */
export type { GateLevel };

/** What the gate needs from a compose (ComposeController implements it). */
export interface GateTarget {
  readonly root: HTMLElement;
  /** The panel's host: events from our own UI are never sends. */
  readonly host: HTMLElement | null;
  /** One-shot pass for the re-send after "Send anyway". */
  readonly bypass: boolean;
  /**
   * The confirmation is visible right now (rendered in a host that is on the page). The gate only swallows
   * a send while this is true, so "held" always means "the user sees the question".
   */
  readonly confirming: boolean;
  /** Every control in the compose that sends, plain Send first (adapter.findSendControls). */
  sendControls(): HTMLElement[];
  /** Analysis for the send (reused when the draft did not change); null when the draft could not be read. */
  check(): Report | null;
  /**
   * Opens the confirmation for a send through `control` (null: a keyboard shortcut, re-sent through
   * Send); false when it cannot be shown (then the send goes through).
   */
  hold(control: HTMLElement | null): boolean;
  /** The analysis was cut short by its work budget: the send goes through; the panel says so. */
  notePartial?(): void;
}

export interface SendGateOptions {
  /** The compose an event belongs to, if any. */
  targetFor(node: Node): GateTarget | undefined;
  /**
   * A send action outside every compose (adapter.findSendMenuItem: Gmail's Schedule send menu item) and
   * an element inside the compose it acts on.
   */
  sendMenuItem?(target: Element): { item: HTMLElement; opener: HTMLElement } | null;
  /** Current threshold (settings). */
  threshold(): GateLevel;
  /** The webmail shows its own confirmation: stay out. */
  ownDialogOpen(): boolean;
  /** Test hook (e2e builds only): make the gate throw, to prove fail-open end to end. */
  shouldThrow?(): boolean;
  onError?(err: unknown): void;
}

/** True when a draft at `level` must be confirmed under `threshold`. */
export function reachesThreshold(level: Level, threshold: GateLevel): boolean {
  return threshold !== 'off' && levelRank(level) >= levelRank(threshold);
}

/** True when the gate asks before this send: the level reaches the threshold, or a finding is a likely mistake. */
export function needsConfirmation(report: Report, threshold: GateLevel): boolean {
  if (threshold === 'off') return false;
  return reachesThreshold(report.level, threshold) || report.findings.some((f) => f.askBeforeSend === true);
}

/**
 * A send gesture in progress, decided at its first event. Pointer gestures: mousedown on a control, then
 * mouseup on the same control (phase 'up'), then the click; anything else in between ends the gesture,
 * so a later bare click is decided afresh. Key gestures: the keydown, its auto-repeats, and (for Enter
 * and Space on a control, which act on keyup too) the keyup of the same key.
 */
type Gesture =
  | { kind: 'mouse'; target: GateTarget; control: HTMLElement; held: boolean; phase: 'down' | 'up' }
  | { kind: 'key'; target: GateTarget; key: string; held: boolean; swallowKeyup: boolean };

export const GATED_EVENTS = ['mousedown', 'mouseup', 'click', 'keydown', 'keyup'] as const;

/** Ctrl+Enter (⌘+Enter on a Mac): Gmail's and Outlook's send shortcut. Not with Alt or Shift. */
export function isSendShortcut(k: KeyboardEvent): boolean {
  return k.key === 'Enter' && (k.ctrlKey || k.metaKey) && !k.altKey && !k.shiftKey;
}

/** Enter or Space on a focused button, without modifiers: activates it. */
const isActivationKey = (k: KeyboardEvent) =>
  (k.key === 'Enter' || k.key === ' ') && !k.ctrlKey && !k.metaKey && !k.altKey && !k.shiftKey;

export function createSendGate(o: SendGateOptions) {
  let gesture: Gesture | null = null;

  /** Decides about a gesture's first event: hold (true) or let through. */
  function start(target: GateTarget, control: HTMLElement | null): boolean {
    if (target.confirming) return true; // the question is on screen: swallow repeats, no new analysis
    if (o.ownDialogOpen()) return false;
    const report = target.check();
    if (!report) return false;
    if (report.partial) {
      // The analysis did not finish in its budget: never hold a send on a guess (fail open).
      target.notePartial?.();
      return false;
    }
    if (!needsConfirmation(report, o.threshold())) return false;
    return target.hold(control);
  }

  function decide(ev: Event): boolean {
    if (o.shouldThrow?.()) throw new Error('preflight test hook: gate throws');
    const node = ev.target as Node | null;
    const k = ev as KeyboardEvent;
    const m = ev as MouseEvent;

    // A key gesture's keyup may land anywhere (focus moved into our dialog): it ends the gesture, and a
    // held Enter/Space must not activate whatever has focus now.
    let keyupEnds = false;
    if (ev.type === 'keyup') {
      const g = gesture;
      if (g?.kind !== 'key' || g.key !== k.key) return false;
      gesture = null;
      if (!g.held || !g.swallowKeyup) return false;
      if (g.target.confirming) return true;
      // Held, but the question was answered before the key came up: this keyup is decided afresh below
      // (Space on a focused Send acts on keyup), never swallowed unseen.
      keyupEnds = true;
    }
    if (!node) return false;

    let target = o.targetFor(node);
    let control: HTMLElement | null = null;
    if (target) {
      // Our own panel (its dialog and backdrop): never a send; a press released over it ends the gesture.
      if (target.host && (node === target.host || target.host.contains(node))) {
        // Auto-repeats of a held key whose focus moved into our dialog: still that gesture.
        if (ev.type === 'keydown') {
          const g = gesture;
          return k.repeat && g?.kind === 'key' && g.key === k.key && g.held && target.confirming;
        }
        // (A keyup gets here only when it already ended its key gesture.)
        gesture = null;
        return false;
      }
      control = target.sendControls().find((c) => c === node || c.contains(node)) ?? null;
    }
    if (!control && node.nodeType === 1 && o.sendMenuItem) {
      const menu = o.sendMenuItem(node as Element);
      const owner = menu ? o.targetFor(menu.opener) : undefined;
      if (menu && owner) {
        target = owner;
        control = menu.item;
      }
    }
    if (!target) {
      // Keys outside every compose do not end a key gesture (a keyup here already ended its own).
      if (ev.type !== 'keydown') gesture = null;
      return false;
    }
    if (target.bypass) return false;
    if (keyupEnds) return !!control && isActivationKey(k) && start(target, control);

    switch (ev.type) {
      case 'mousedown': {
        gesture = null;
        if (!control || m.button !== 0) return false;
        const held = start(target, control);
        gesture = { kind: 'mouse', target, control, held, phase: 'down' };
        return held;
      }
      case 'mouseup': {
        const g = gesture;
        if (m.button !== 0 || g?.kind !== 'mouse') return false;
        if (g.phase === 'down' && g.control === control) {
          g.phase = 'up';
          // Held only while the question is still on screen (it may have been answered meanwhile).
          return g.held && target.confirming;
        }
        gesture = null;
        return false;
      }
      case 'click': {
        const g = gesture;
        gesture = null;
        if (!control || m.button !== 0) return false;
        // The click that ends a gesture decided at its mousedown (a clean one passes without a second
        // analysis; a held one stays held while its question is visible). Any other click (element.click(),
        // a click after a press released elsewhere, after the question was answered) is decided afresh.
        // (A held one needs no case of its own: start() swallows while the question is visible.)
        if (g?.kind === 'mouse' && g.phase === 'up' && g.control === control && !g.held) return false;
        return start(target, control);
      }
      case 'keydown': {
        const shortcut = isSendShortcut(k);
        if (!shortcut && !(control && isActivationKey(k))) return false;
        if (k.repeat && gesture?.kind === 'key' && gesture.key === k.key) {
          if (!gesture.held) return false;
          if (target.confirming) return true;
        }
        const held = start(target, shortcut ? null : control);
        // Enter and Space on a button also act on keyup in some browsers; the shortcut does not.
        gesture = { kind: 'key', target, key: k.key, held, swallowKeyup: !shortcut };
        return held;
      }
    }
    return false;
  }

  /** The listener for every GATED_EVENTS type (capture phase, on the window). */
  return function handleSendEvent(ev: Event): void {
    let hold: boolean;
    try {
      hold = decide(ev);
    } catch (err) {
      hold = false;
      try {
        // Stryker disable next-line OptionalChaining: without a reporter the call throws into the catch below.
        o.onError?.(err);
      } catch {
        // Reporting must not turn a failure into a blocked send either.
      }
    }
    if (hold) {
      ev.preventDefault();
      ev.stopImmediatePropagation();
    }
  };
}
