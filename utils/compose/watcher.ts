/**
 * Finds composes as they come and go: new message pop-ups, full-screen, inline replies and forwards,
 * several at once, drafts reopened after a reload. ONE MutationObserver for the page; its callback only
 * flags work (which compose changed, whether to rescan) and a throttled scan does the querying.
 */
import type { ComposeAdapter, ExactAttachment } from '../adapters';
import type { GateTarget } from './gate';
import type { Scope } from './scope';

/** Tag of the panel's shadow host; mutations of our own UI are not the page changing. */
export const PANEL_TAG = 'preflight-panel';

/** Scan at most this often while the page mutates. */
export const SCAN_THROTTLE_MS = 100;

export interface ComposeHandle extends GateTarget {
  markDirty(): void;
  /** Files attached through a file input or a drop (name, size, type). */
  noteFiles(files: ExactAttachment[]): void;
  /** The panel's host left the DOM while the compose stayed (Gmail re-rendered): put it back. */
  ensureMounted(): void;
  /** Settings that change the analysis changed: the next check analyses afresh. */
  invalidate?(): void;
}

export type LayoutState = 'ok' | 'layout-not-recognized';

export interface WatcherOptions {
  adapter: ComposeAdapter;
  doc: Document;
  /** The page's scope (content script ctx). */
  scope: Scope;
  /** Builds the controller and panel for a new compose; everything it creates ends with `scope`. */
  createCompose(root: HTMLElement, scope: Scope): ComposeHandle;
  /** Whether the layout looks like one the adapter knows (for the popup's status). */
  onLayout?(state: LayoutState, detail: string): void;
}

export interface ComposeWatcher {
  /** The compose a node belongs to. */
  composeFor(node: Node): ComposeHandle | undefined;
  readonly composes: ReadonlyMap<HTMLElement, ComposeHandle>;
  /** Scan now (also runs on its own after mutations). */
  scan(): void;
}

const isOurs = (n: Node) => n.nodeType === 1 && (n as Element).tagName.toLowerCase() === PANEL_TAG;

export function watchComposes(o: WatcherOptions): ComposeWatcher {
  const composes = new Map<HTMLElement, { handle: ComposeHandle; dispose(): void }>();
  const view = new Map<HTMLElement, ComposeHandle>();
  // Stryker disable next-line BooleanLiteral: scan() below runs first and clears it before any schedule().
  let scanPending = false;
  // Stryker disable next-line StringLiteral: any start value no state:detail key can equal reports the first state.
  let lastLayout = '';

  const report = (state: LayoutState, detail: string) => {
    const key = `${state}:${detail}`;
    if (key === lastLayout) return;
    lastLayout = key;
    o.onLayout?.(state, detail);
  };

  function scan(): void {
    scanPending = false;
    const { roots, unrecognized } = o.adapter.findComposeRoots(o.doc);
    for (const [root, c] of composes) {
      if (!root.isConnected || !roots.includes(root)) {
        c.dispose();
        composes.delete(root);
        view.delete(root);
      }
    }
    let missing = unrecognized ? 'compose root or Send button' : '';
    for (const root of roots) {
      const known = composes.get(root);
      if (known) {
        known.handle.ensureMounted();
        continue;
      }
      if (!o.adapter.findSendControls(root).length || !o.adapter.findPanelAnchor(root)) {
        missing = 'Send button or toolbar';
        continue;
      }
      const scope = o.scope.child();
      const handle = o.createCompose(root, scope);
      composes.set(root, { handle, dispose: scope.dispose });
      view.set(root, handle);
    }
    if (missing) report('layout-not-recognized', missing);
    else if (composes.size) report('ok', '');
  }

  function schedule(): void {
    if (scanPending) return;
    scanPending = true;
    o.scope.setTimeout(scan, SCAN_THROTTLE_MS);
  }

  const observer = new (o.doc.defaultView?.MutationObserver ?? MutationObserver)((records) => {
    let structural = false;
    for (const r of records) {
      if (r.type === 'attributes') {
        // A class change on a compose or one of its ancestors may end it (Gmail drops the active class
        // of a sent inline reply and keeps its DOM): rescan. Other class changes are not ours to follow.
        for (const root of composes.keys()) if (r.target.contains(root)) structural = true;
        continue;
      }
      let ours = true;
      for (const n of r.addedNodes) if (!isOurs(n)) ours = false;
      for (const n of r.removedNodes) {
        if (!isOurs(n)) ours = false;
        // The page removed our panel (Gmail re-rendered part of the compose): the scan puts it back.
        else structural = true;
      }
      if (ours) continue;
      structural = true;
      // Chips, attachment chips, editor structure: the compose's content changed without an input event.
      for (const [root, c] of composes) if (root.contains(r.target)) c.handle.markDirty();
    }
    if (structural) schedule();
  });
  observer.observe(o.doc.body ?? o.doc.documentElement, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['class'],
  });
  o.scope.onDispose(() => {
    observer.disconnect();
    for (const c of composes.values()) c.dispose();
    composes.clear();
    view.clear();
  });
  scan();

  return {
    composeFor(node) {
      for (const [root, handle] of view) if (root.contains(node)) return handle;
      return undefined;
    },
    composes: view,
    scan,
  };
}
