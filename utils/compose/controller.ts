/**
 * One controller per compose: reads the draft after the user pauses typing, keeps the panel's state,
 * answers the send gate (reusing the last report when the draft did not change), and re-sends once when
 * the user says "Send anyway". Keystrokes only move a deadline; reading the DOM and analysing happen in
 * a timer task after it.
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

/**
 * A cheap identity of what the analysis reads: every field of the draft. Two drafts with the same
 * fingerprint get the same report.
 */
export function draftFingerprint(d: Draft): string {
  // Stryker disable next-line BooleanLiteral: only compared with itself; a missing vs false isReply could at most cost one re-analysis.
  return JSON.stringify([d.from, d.to, d.cc, d.bcc, d.subject, d.text, d.html, d.attachments, !!d.isReply]);
}

export class ComposeController implements PanelActions, ComposeHandle {
  readonly root: HTMLElement;
  readonly store: Store<PanelState>;
  /** The panel's shadow host once mounted; carries data-level and friends for tests and tools. */
  host: HTMLElement | null = null;
  /** One-shot: the next send gesture passes the gate (set only while "Send anyway" re-sends). */
  bypass = false;
  /** What the held send went through: a control, a menu item outside the compose, or the shortcut. */
  private held: { control: HTMLElement | null; menu: boolean } | null = null;
  /** hold() asked for the dialog and the next task has not yet checked that it rendered. */
  // Stryker disable next-line BooleanLiteral: read only while the store says confirming, which hold() sets together with it.
  private renderPending = false;
  /** The draft the last report was computed from (see draftFingerprint). */
  // Stryker disable next-line StringLiteral: lastReport is null then, so no start value can be reused.
  private lastKey = '';
  private lastReport: Report | null = null;
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
    // Stryker disable next-line BooleanLiteral: passive only tells the browser the listener never cancels; it does not.
    scope.listen(this.root, 'input', this.onInput, { capture: true, passive: true });
    scope.onDispose(() => this.highlighted && clearHighlight(this.root.ownerDocument));
    // The compose closed: nothing is held any more.
    scope.onDispose(() => this.release());
  }

  /**
   * The confirmation is visible: asked for, in a host that is on the page, and rendered (or asked for in
   * this very task). When the store says "confirming" but the dialog is gone (the page removed our host),
   * the question is dropped here, so the gate never swallows a send the user cannot see being held.
   */
  get confirming(): boolean {
    // Stryker disable next-line ConditionalExpression: without the store's confirming the dialog is not rendered, and release() leaves it false.
    if (!this.store.get().confirming) return false;
    if (this.dialogVisible() || (this.renderPending && this.host?.isConnected)) return true;
    this.release();
    return false;
  }

  private dialogVisible(): boolean {
    return !!this.host?.isConnected && !!this.host.shadowRoot?.querySelector(CONFIRM_DIALOG_SELECTOR);
  }

  /** Drops the question: no dialog, nothing held. */
  private release(): void {
    this.held = null;
    // Stryker disable next-line BooleanLiteral: read only while the store says confirming, which is false after this.
    this.renderPending = false;
    // Stryker disable next-line ConditionalExpression: Store.set ignores a patch that changes nothing.
    if (this.store.get().confirming) this.store.set({ confirming: false });
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

  /**
   * Reads the draft now and returns its report, or null when the draft could not be read. The analysis
   * is reused when the draft is unchanged since the last one (same fingerprint), so a send right after
   * the live check costs one DOM read, not a second analysis.
   */
  refresh(): Report | null {
    try {
      const t0 = performance.now();
      const draft = this.o.adapter.readDraft(this.root, this.exact);
      const key = draftFingerprint(draft);
      let report = key === this.lastKey ? this.lastReport : null;
      if (!report) {
        report = this.o.analyze(draft);
        this.lastKey = key;
        this.lastReport = report;
      }
      const bytes = totalAttachmentBytes(draft.attachments);
      this.store.set({ report, attachments: { count: draft.attachments.length, bytes } });
      this.writeHost(report, bytes, performance.now() - t0);
      return report;
    } catch (err) {
      this.o.onError?.(err);
      return null;
    }
  }

  /** Forget the last report (settings that change the analysis changed). */
  invalidate(): void {
    // Stryker disable next-line StringLiteral: lastReport is null too, so nothing can be reused.
    this.lastKey = '';
    this.lastReport = null;
  }

  private writeHost(report: Report, bytes: number, ms: number): void {
    const h = this.host;
    if (!h) return;
    h.dataset.level = report.level;
    h.dataset.findings = String(report.findings.length);
    // The rules that reported, for tests and support: the count alone mixes the draft's findings with
    // the sender and recipient domain checks that arrive later.
    h.dataset.rules = [...new Set(report.findings.map((f) => f.ruleId))].join(' ');
    h.dataset.attachmentsBytes = String(bytes);
    h.dataset.analysisMs = ms.toFixed(1);
    h.dataset.updated = String(Date.now());
  }

  /** Puts the panel back if the page removed it while the compose stayed; a question it showed is dropped. */
  ensureMounted(): void {
    if (this.host?.isConnected) return;
    this.release();
    this.o.mountPanel?.();
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

  sendControls(): HTMLElement[] {
    return this.o.adapter.findSendControls(this.root);
  }

  /**
   * The report for the draft as it is at send time (never the debounced one: the last keystroke may be
   * 10 ms old), reused when nothing changed since the last analysis.
   */
  check(): Report | null {
    return this.refresh();
  }

  /** The engine stopped at its work budget: the send goes through, and the panel says so. */
  notePartial(): void {
    this.store.set({ partialSend: true });
  }

  /**
   * Opens the confirmation for a send through `control` (null: the keyboard shortcut). If the dialog did
   * not render by the next task, the send is released (fail open): nothing stays held unseen.
   */
  hold(control: HTMLElement | null): boolean {
    // No panel on the page (not mounted yet, or removed by the page): nowhere to ask, so let it go.
    if (!this.host?.isConnected) return false;
    const menu = !!control && !this.sendControls().includes(control);
    this.held = { control, menu };
    this.renderPending = true;
    this.store.set({ confirming: true, partialSend: false });
    this.o.scope.setTimeout(() => {
      if (!this.renderPending) return;
      this.renderPending = false;
      if (this.store.get().confirming && !this.dialogVisible()) this.sendAnyway();
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
    this.held = null;
    // Stryker disable next-line BooleanLiteral: with confirming false the pending check and the getter ignore it.
    this.renderPending = false;
    this.store.set({ confirming: false, collapsed: false });
    const first = sortFindings(this.store.get().report?.findings ?? []).find(canJump);
    if (first) this.jump(first);
  };

  /**
   * Sends exactly once: synthetic mousedown/mouseup/click, with the one-shot bypass set, on the control
   * the held send went through (Send for the keyboard shortcut). A Send control the page re-rendered in
   * the meantime is found again; a menu item whose menu closed is not re-opened (no guessing what it did).
   */
  sendAnyway = (): void => {
    const held = this.held;
    this.held = null;
    // Stryker disable next-line BooleanLiteral: with confirming false the pending check and the getter ignore it.
    this.renderPending = false;
    this.store.set({ confirming: false });
    let send = held?.control?.isConnected ? held.control : null;
    if (!send && !held?.menu) send = this.sendControls()[0] ?? null;
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
