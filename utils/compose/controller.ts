/**
 * One controller per compose: reads the draft after the user pauses typing, keeps the panel's state,
 * answers the send gate with a fresh analysis, and re-sends once when the user says "Send anyway".
 * Keystrokes only move a deadline; reading the DOM and analysing happen in a timer task after it.
 */
import type { ComposeAdapter, ExactAttachment } from '../adapters';
import { totalAttachmentBytes } from '../adapters/attachments';
import type { Draft, Finding, Report } from '../types';
import type { Store } from '../../components/store';
import type { PanelActions, PanelState } from '../../components/Panel';
import { CONFIRM_DIALOG_SELECTOR } from '../../components/ConfirmDialog';
import { canJump, sortFindings } from '../findings';
import { clearHighlight, showHighlight } from './highlight';
import type { Scope } from './scope';
import type { ComposeHandle } from './watcher';

/** Analysis runs this long after the last input: short enough to feel live, long enough to skip bursts. */
export const DEBOUNCE_MS = 200;

export interface ControllerOptions {
  adapter: ComposeAdapter;
  root: HTMLElement;
  scope: Scope;
  store: Store<PanelState>;
  /** analyzeDraft, wrapped (the test hook can make it throw). */
  analyze: (draft: Draft) => Report;
  /** Called when the user collapses or expands the panel (persisted per account). */
  onCollapsedChange?: (collapsed: boolean) => void;
  /** Reading or analysing failed: the caller logs it quietly; the panel keeps its last state. */
  onError?: (err: unknown) => void;
  /** (Re)inserts the panel into the page; the UI glue calls attachHost when it is there. */
  mountPanel?: () => void;
  debounceMs?: number;
}

export class ComposeController implements PanelActions, ComposeHandle {
  readonly root: HTMLElement;
  readonly store: Store<PanelState>;
  /** The panel's shadow host once mounted; carries data-level and friends for tests and tools. */
  host: HTMLElement | null = null;
  /** One-shot: the next send gesture passes the gate (set only while "Send anyway" re-sends). */
  bypass = false;
  private exact: ExactAttachment[] = [];
  private dueAt = 0;
  private timerPending = false;
  private highlighted = false;
  private readonly o: ControllerOptions;
  private readonly debounceMs: number;

  constructor(options: ControllerOptions) {
    this.o = options;
    this.root = options.root;
    this.store = options.store;
    this.debounceMs = options.debounceMs ?? DEBOUNCE_MS;
    const { scope } = options;
    // Typing, pasting, editing chips: any input in the compose. Capture: Gmail stops some of them.
    scope.listen(this.root, 'input', this.onInput, { capture: true, passive: true });
    scope.onDispose(() => this.highlighted && clearHighlight(this.root.ownerDocument));
  }

  get confirming(): boolean {
    return this.store.get().confirming;
  }

  /** The compose changed (input event, or the page observer saw chips or attachments move). */
  markDirty(): void {
    this.dueAt = performance.now() + this.debounceMs;
    if (this.timerPending) return;
    this.timerPending = true;
    this.o.scope.setTimeout(this.tick, this.debounceMs);
  }

  private readonly onInput = (): void => {
    if (this.highlighted) {
      clearHighlight(this.root.ownerDocument);
      this.highlighted = false;
    }
    this.markDirty();
  };

  private readonly tick = (): void => {
    const wait = this.dueAt - performance.now();
    if (wait > 1) {
      this.o.scope.setTimeout(this.tick, wait);
      return;
    }
    this.timerPending = false;
    this.refresh();
  };

  /** Reads and analyses now; returns the report, or null when the draft could not be read. */
  refresh(): Report | null {
    try {
      const t0 = performance.now();
      const draft = this.o.adapter.readDraft(this.root, this.exact);
      const report = this.o.analyze(draft);
      const bytes = totalAttachmentBytes(draft.attachments);
      this.store.set({ report, attachments: { count: draft.attachments.length, bytes } });
      this.writeHost(report, bytes, performance.now() - t0);
      return report;
    } catch (err) {
      this.o.onError?.(err);
      return null;
    }
  }

  private writeHost(report: Report, bytes: number, ms: number): void {
    const h = this.host;
    if (!h) return;
    h.dataset.level = report.level;
    h.dataset.findings = String(report.findings.length);
    h.dataset.attachmentsBytes = String(bytes);
    h.dataset.analysisMs = ms.toFixed(1);
    h.dataset.updated = String(Date.now());
  }

  /** Puts the panel back if the page removed it while the compose stayed. */
  ensureMounted(): void {
    if (!this.host?.isConnected) this.o.mountPanel?.();
  }

  /** The panel's host was (re)mounted: give it the current figures. */
  attachHost(host: HTMLElement): void {
    this.host = host;
    const { report, attachments } = this.store.get();
    if (report) this.writeHost(report, attachments.bytes, 0);
  }

  /** Files the user attached through the file input or by dropping them (name, size, type only). */
  noteFiles(files: ExactAttachment[]): void {
    if (!files.length) return;
    this.exact.push(...files);
    this.markDirty();
  }

  // ---- GateTarget -------------------------------------------------------------------------------

  sendControl(): HTMLElement | null {
    return this.o.adapter.findSendControl(this.root);
  }

  /** Fresh analysis at send time (never the debounced one: the last keystroke may be 10 ms old). */
  check(): Report | null {
    return this.refresh();
  }

  /** Opens the confirmation. If it did not render by the next task, release the send (fail open). */
  hold(): boolean {
    // No panel on the page (not mounted yet, or removed by the page): nowhere to ask, so let it go.
    if (!this.host?.isConnected) return false;
    this.store.set({ confirming: true });
    this.o.scope.setTimeout(() => {
      if (this.confirming && !this.host?.shadowRoot?.querySelector(CONFIRM_DIALOG_SELECTOR))
        this.sendAnyway();
    }, 0);
    return true;
  }

  // ---- PanelActions -----------------------------------------------------------------------------

  toggle = (): void => {
    const collapsed = !this.store.get().collapsed;
    this.store.set({ collapsed });
    this.o.onCollapsedChange?.(collapsed);
  };

  jump = (finding: Finding): void => {
    const doc = this.root.ownerDocument;
    const ranges: Range[] = [];
    for (const ev of finding.evidence) {
      if (ev.field === 'text') ranges.push(...this.o.adapter.textRanges(this.root, ev.start, ev.end));
      else if (ev.field === 'subject') {
        // An input's value cannot carry a highlight: select the range instead (user-initiated).
        const input = this.o.adapter.findSubjectInput(this.root);
        if (input) {
          input.focus();
          input.setSelectionRange(ev.start, ev.end);
        }
      }
    }
    this.highlighted = showHighlight(doc, ranges) || this.highlighted;
  };

  review = (): void => {
    this.store.set({ confirming: false, collapsed: false });
    const first = sortFindings(this.store.get().report?.findings ?? []).find(canJump);
    if (first) this.jump(first);
  };

  /** Sends exactly once: synthetic mousedown/mouseup/click on Send with the one-shot bypass set. */
  sendAnyway = (): void => {
    this.store.set({ confirming: false });
    const send = this.sendControl();
    if (!send) return;
    const r = send.getBoundingClientRect();
    const init: MouseEventInit = {
      bubbles: true,
      cancelable: true,
      composed: true,
      view: this.root.ownerDocument.defaultView,
      button: 0,
      clientX: r.left + r.width / 2,
      clientY: r.top + r.height / 2,
    };
    this.bypass = true;
    try {
      send.dispatchEvent(new MouseEvent('mousedown', { ...init, buttons: 1 }));
      send.dispatchEvent(new MouseEvent('mouseup', init));
      send.dispatchEvent(new MouseEvent('click', init));
    } finally {
      this.bypass = false;
    }
  };
}
