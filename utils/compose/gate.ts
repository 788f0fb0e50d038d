/**
 * The send gate: holds a send when the draft's level reaches the user's threshold and asks first.
 *
 * Listens in the capture phase on the window (before Gmail's own handlers) for every way Gmail sends:
 * a click on Send (Gmail's buttons act on mouseup after a mousedown, or on a bare click), Ctrl/⌘+Enter
 * anywhere in the compose, Enter/Space on the focused Send button.
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
  /** The confirmation is already open. */
  readonly confirming: boolean;
  sendControl(): HTMLElement | null;
  /** Fresh analysis; null when the draft could not be read. */
  check(): Report | null;
  /** Opens the confirmation; false when it cannot be shown. */
  hold(): boolean;
}

export interface SendGateOptions {
  /** The compose an event belongs to, if any. */
  targetFor(node: Node): GateTarget | undefined;
  /** Current threshold (settings). */
  threshold(): GateLevel;
  /** The webmail shows its own confirmation: stay out. */
  ownDialogOpen(): boolean;
  /** Test hook: make the gate throw (proves fail-open end to end). */
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

/** A send gesture in progress: a held mousedown swallows its mouseup and click. */
interface Gesture {
  send: HTMLElement;
  held: boolean;
  /** 'mouse' gestures end with a click; key gestures with the keyup of `key`. */
  key?: string;
}

export const GATED_EVENTS = ['mousedown', 'mouseup', 'click', 'keydown', 'keyup'] as const;

export function createSendGate(o: SendGateOptions) {
  let gesture: Gesture | null = null;

  /** Decides about a gesture's first event: hold (true) or let through. */
  function start(target: GateTarget): boolean {
    if (target.confirming) return true; // already asking: swallow repeats
    if (o.ownDialogOpen()) return false;
    const report = target.check();
    if (!report || !needsConfirmation(report, o.threshold())) return false;
    return target.hold();
  }

  function decide(ev: Event): boolean {
    if (o.shouldThrow?.()) throw new Error('preflight test hook: gate throws');
    const node = ev.target as Node | null;
    if (!node) return false;
    const target = o.targetFor(node);
    if (!target) {
      if (ev.type === 'mousedown' || ev.type === 'click') gesture = null;
      return false;
    }
    if (target.host && (node === target.host || target.host.contains(node))) return false;
    if (target.bypass) return false;
    const send = target.sendControl();
    const onSend = !!send && (node === send || send.contains(node));
    const k = ev as KeyboardEvent;

    switch (ev.type) {
      case 'mousedown': {
        gesture = null;
        if (!onSend || (ev as MouseEvent).button !== 0) return false;
        gesture = { send: send, held: start(target) };
        return gesture.held;
      }
      case 'mouseup':
        return onSend && gesture?.send === send && !gesture.key ? gesture.held : false;
      case 'click': {
        if (!onSend) return false;
        const g = gesture;
        gesture = null;
        // A click that ends a gesture we already decided; a bare click (element.click()) starts one.
        if (g && g.send === send && !g.key) return g.held;
        return start(target);
      }
      case 'keydown': {
        if (k.key === 'Enter' && (k.ctrlKey || k.metaKey)) return start(target);
        if (onSend && (k.key === 'Enter' || k.key === ' ') && !k.ctrlKey && !k.metaKey && !k.altKey) {
          if (k.repeat && gesture?.key === k.key) return gesture.held;
          gesture = { send: send, held: start(target), key: k.key };
          return gesture.held;
        }
        return false;
      }
      case 'keyup': {
        if (!gesture?.key || gesture.key !== k.key) return false;
        const held = onSend && gesture.held;
        gesture = null;
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
