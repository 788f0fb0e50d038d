/**
 * Wires one webmail adapter into the page: compose watcher, one controller and panel per compose, the
 * send gate and exact attachment sizes. Everything hangs off the content script's `ctx`, so an extension
 * update or reload leaves no listener, timer, observer or element behind.
 */
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { Panel, initialPanelState } from '../../components/Panel';
import { PANEL_CSS } from '../../components/panel-styles';
import { createStore } from '../../components/store';
import type { ComposeAdapter } from '../adapters';
import { exactFromFiles } from '../adapters/attachments';
import { analyzeDraft } from '../analysis';
import { pickLocale } from '../i18n';
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
import { GATED_EVENTS, createSendGate } from './gate';
import { removeHighlightStyle } from './highlight';
import { type Scope, scopeFrom } from './scope';
import { type ComposeHandle, PANEL_TAG, watchComposes } from './watcher';

/**
 * Test hook: `<html data-preflight-test-throw>` or `?preflight-test-throw` makes the gate and the
 * analysis throw, so end-to-end tests can prove a failing Preflight never blocks a send. It only reads
 * the page; in production nothing sets it.
 */
export function testThrowRequested(doc: Document): boolean {
  return (
    doc.documentElement.hasAttribute('data-preflight-test-throw') ||
    /[?&]preflight-test-throw\b/.test(doc.location?.search ?? '')
  );
}

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
  ctx.onInvalidated(userSettingsItem.watch((v) => (settings = normalizeUserSettings(v))));
  ctx.onInvalidated(() => removeHighlightStyle(doc));

  const analyze = (draft: Draft): Report => {
    if (testThrowRequested(doc)) throw new Error('preflight test hook: analysis throws');
    return analyzeDraft(draft);
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

    const controller = new ComposeController({
      adapter,
      root,
      scope: cscope,
      store,
      analyze,
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

  const gate = createSendGate({
    targetFor: (node) => watcher.composeFor(node),
    threshold: () => settings.gateLevel,
    ownDialogOpen: () => adapter.hasOwnDialogOpen(doc),
    shouldThrow: () => testThrowRequested(doc),
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
  ctx.addEventListener(
    window,
    'drop',
    (e) => {
      try {
        watcher.composeFor(e.target as Node)?.noteFiles(exactFromFiles(e.dataTransfer?.files));
      } catch (err) {
        quiet(err);
      }
    },
    { capture: true },
  );
}
