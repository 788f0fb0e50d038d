/**
 * Wires one webmail adapter into the page: compose watcher, one controller and panel per compose, the
 * send gate and exact attachment sizes. Everything hangs off the content script's `ctx`, so an extension
 * update or reload leaves no listener, timer, observer or element behind.
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { Panel, initialPanelState } from '../../components/Panel';
import { PANEL_CSS } from '../../components/panel-styles';
import { createStore } from '../../components/store';
import type { ComposeAdapter } from '../adapters';
import { exactFromFiles } from '../adapters/attachments';
import { analyzeDraft } from '../analysis';
import { pickLocale } from '../i18n';
import { answerPopup } from '../popup-status';
import { loadPhrasePacksFor } from '../phrase-packs';
import { analysisSettingsFrom, gateExempt } from '../settings/analysis';
import { reportIntegrationStatus } from '../status';
import {
  DEFAULT_USER_SETTINGS,
  loadUserSettings,
  normalizeUserSettings,
  panelCollapsedItem,
  setPanelCollapsed,
  userSettingsItem,
} from '../storage';
import type { Draft, Report } from '../types';
import { ComposeController } from './controller';
import { DomainFindings } from './domain-findings';
import { GATED_EVENTS, createSendGate } from './gate';
import { removeHighlightStyle } from './highlight';
import { type Scope, scopeFrom } from './scope';
import { TEST_BUILD, testPartialRequested, testThrowRequested } from './test-hooks';
import { type ComposeHandle, PANEL_TAG, watchComposes } from './watcher';

/** Failures are expected when a webmail changes; they are reported quietly, never thrown into the page. */
function quiet(err: unknown): void {
  console.debug('[Preflight]', err);
}

export async function startComposeIntegration(
  ctx: ContentScriptContext,
  adapter: ComposeAdapter,
): Promise<void> {
  const doc = document;
  const scope = scopeFrom(ctx.signal, () => ctx.isValid);
  const locale = pickLocale(doc.documentElement.lang || navigator.language);
  const account = adapter.account(doc);
  let settings = await loadUserSettings().catch(() => DEFAULT_USER_SETTINGS);
  const collapsedByAccount = await panelCollapsedItem.getValue().catch((): Record<string, boolean> => ({}));
  let collapsed = collapsedByAccount[account] ?? false;
  let watcherRef: { composes: ReadonlyMap<HTMLElement, ComposeHandle> } | null = null;
  ctx.onInvalidated(
    userSettingsItem.watch((v) => {
      settings = normalizeUserSettings(v);
      // A report reused at send time must come from the current settings.
      for (const c of watcherRef?.composes.values() ?? []) c.invalidate?.();
    }),
  );
  ctx.onInvalidated(() => removeHighlightStyle(doc));
  ctx.onInvalidated(answerPopup(adapter, doc));

  const analyze = (draft: Draft): Report => {
    // Phrase packs for other languages load once, when a draft needs them (never rejects).
    void loadPhrasePacksFor(draft);
    if (TEST_BUILD) {
      if (testThrowRequested(doc)) throw new Error('preflight test hook: analysis throws');
      if (testPartialRequested(doc))
        return { ...analyzeDraft(draft, analysisSettingsFrom(settings)), partial: true };
    }
    const report = analyzeDraft(draft, analysisSettingsFrom(settings));
    // The engine fails open past a broken rule; say which one, quietly, for bug reports.
    if (report.internalErrors) quiet(`analysis skipped: ${report.internalErrors.join(', ')}`);
    return report;
  };

  function createCompose(root: HTMLElement, cscope: Scope): ComposeHandle {
    const store = createStore({ ...initialPanelState(locale), collapsed });
    let ui: Awaited<ReturnType<typeof createShadowRootUi<HTMLElement>>> | null = null;
    let mounting = false;

    const mount = () => {
      if (cscope.signal.aborted) return;
      if (ui) {
        ui.mount();
        controller.attachHost(ui.shadowHost);
        return;
      }
      if (mounting) return;
      mounting = true;
      createShadowRootUi<HTMLElement>(ctx, {
        name: PANEL_TAG,
        position: 'inline',
        anchor: root,
        // In the flow just above the toolbar: never over Gmail's own buttons.
        append: (_root, host) => {
          const anchor = adapter.findPanelAnchor(root);
          if (!anchor) throw new Error('panel anchor not found');
          anchor.element[anchor.where](host);
        },
        css: PANEL_CSS,
        // Keys and clicks in the panel are ours: Gmail's shortcuts and handlers must not see them.
        isolateEvents: ['keydown', 'keyup', 'keypress', 'mousedown', 'mouseup', 'click'],
        onMount(container) {
          render(<Panel store={store} actions={controller} />, container);
          return container;
        },
        onRemove(container) {
          if (container) render(null, container);
        },
      })
        .then((created) => {
          mounting = false;
          if (cscope.signal.aborted) return;
          ui = created;
          cscope.onDispose(() => created.remove());
          mount();
        })
        .catch((err) => {
          mounting = false;
          quiet(err);
        });
    };

    // Sender and recipient domains checked by the background (never blocks: see domain-findings.ts).
    const domains = new DomainFindings({
      send: (m) => browser.runtime.sendMessage(m),
      service: adapter.id === 'outlook' ? 'outlook' : 'gmail',
      // New domain answers change the report of an unchanged draft: drop the reused one first.
      onChange: () => {
        controller.invalidate();
        controller.refresh();
      },
      setTimeout: (fn, ms) => cscope.setTimeout(fn, ms),
      resolver: () => (settings.resolver === 'custom' ? settings.customResolverUrl : settings.resolver),
    });
    const controller = new ComposeController({
      adapter,
      root,
      scope: cscope,
      store,
      analyze: (draft) => domains.apply(draft, analyze(draft)),
      onError: quiet,
      mountPanel: () => {
        try {
          mount();
        } catch (err) {
          quiet(err);
        }
      },
      onCollapsedChange(value) {
        collapsed = value;
        setPanelCollapsed(account, value).catch(quiet);
      },
    });
    controller.refresh();
    controller.ensureMounted();
    return controller;
  }

  const watcher = watchComposes({
    adapter,
    doc,
    scope,
    createCompose,
    onLayout(state, detail) {
      reportIntegrationStatus(adapter.id, adapter.siteName, state, detail).catch(quiet);
    },
  });

  watcherRef = watcher;
  const gate = createSendGate({
    // Mail only to allowlisted domains is never held (options page); reading the draft fails open.
    targetFor: (node) => {
      const t = watcher.composeFor(node);
      if (!t || !settings.allowlistDomains.length) return t;
      try {
        return gateExempt(adapter.readDraft(t.root), settings) ? undefined : t;
      } catch {
        return t;
      }
    },
    threshold: () => settings.gateLevel,
    sendMenuItem: (target) => adapter.findSendMenuItem(target),
    ownDialogOpen: () => adapter.hasOwnDialogOpen(doc),
    shouldThrow: TEST_BUILD ? () => testThrowRequested(doc) : undefined,
    onError: quiet,
  });
  for (const type of GATED_EVENTS) ctx.addEventListener(window, type, gate, { capture: true });

  // Exact attachment sizes: File.name/size/type from the file input and from drops. Never the contents.
  let lastActive: ComposeHandle | undefined;
  ctx.addEventListener(
    window,
    'focusin',
    (e) => {
      const c = watcher.composeFor(e.target as Node);
      if (c) lastActive = c;
    },
    { capture: true },
  );
  ctx.addEventListener(
    window,
    'change',
    (e) => {
      try {
        const input = e.target as HTMLInputElement;
        if (input?.tagName !== 'INPUT' || input.type !== 'file') return;
        // Gmail may keep the input outside the compose: then it belongs to the compose last used.
        const c = watcher.composeFor(input) ?? (lastActive && watcher.composes.get(lastActive.root));
        c?.noteFiles(exactFromFiles(input.files));
      } catch (err) {
        quiet(err);
      }
    },
    { capture: true },
  );
  // Gmail's drop zones sit on the page body, outside the compose (InboxSDK maps them the same way): a drop
  // outside every compose belongs to the compose under the pointer.
  const composeAt = (x: number, y: number): ComposeHandle | undefined => {
    let found: ComposeHandle | undefined;
    for (const [root, handle] of watcher.composes) {
      const r = root.getBoundingClientRect();
      if (r.width > 0 && x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) found = handle;
    }
    return found;
  };

  // Files pasted into a compose (Outlook and Gmail both attach pasted files): same measurement as a drop.
  ctx.addEventListener(
    window,
    'paste',
    (e) => {
      try {
        const files = e.clipboardData?.files;
        if (files?.length) watcher.composeFor(e.target as Node)?.noteFiles(exactFromFiles(files));
      } catch (err) {
        quiet(err);
      }
    },
    { capture: true },
  );
  ctx.addEventListener(
    window,
    'drop',
    (e) => {
      try {
        const drop = e;
        const c = watcher.composeFor(drop.target as Node) ?? composeAt(drop.clientX, drop.clientY);
        c?.noteFiles(exactFromFiles(drop.dataTransfer?.files));
      } catch (err) {
        quiet(err);
      }
    },
    { capture: true },
  );
}
