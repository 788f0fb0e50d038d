/**
 * The content script's answer to the popup: which webmail this tab is, whether its layout was
 * recognized, how many composes are watched, and the sender address (the open compose's From, else the
 * signed-in account). Only the address leaves the page, never the draft.
 */
import { browser } from 'wxt/browser';
import type { ComposeAdapter } from './adapters';

export const TAB_STATUS_REQUEST = 'tab-status' as const;

export interface TabStatusRequest {
  type: typeof TAB_STATUS_REQUEST;
}

export interface TabStatus {
  /** Adapter id ('gmail', 'outlook'). */
  adapter: string;
  site: string;
  state: 'ok' | 'layout-not-recognized';
  composes: number;
  /** Sender address, '' when the page does not show one. */
  sender: string;
}

export function isTabStatusRequest(msg: unknown): msg is TabStatusRequest {
  return typeof msg === 'object' && msg !== null && (msg as { type?: unknown }).type === TAB_STATUS_REQUEST;
}

/** Reads the page's status now; never throws (a page it cannot read is "layout not recognized"). */
export function readTabStatus(adapter: ComposeAdapter, doc: Document): TabStatus {
  const base = { adapter: adapter.id, site: adapter.siteName };
  try {
    const { roots, unrecognized } = adapter.findComposeRoots(doc);
    let sender = '';
    for (const root of roots) {
      try {
        sender = adapter.readDraft(root).from.trim();
      } catch {
        // this compose cannot be read; the account below still names the sender
      }
      if (sender) break;
    }
    if (!sender) sender = adapter.account(doc);
    return {
      ...base,
      state: unrecognized > 0 && roots.length === 0 ? 'layout-not-recognized' : 'ok',
      composes: roots.length,
      sender,
    };
  } catch {
    return { ...base, state: 'layout-not-recognized', composes: 0, sender: '' };
  }
}

/** Answers the popup's tab-status requests until the returned function is called. */
export function answerPopup(adapter: ComposeAdapter, doc: Document): () => void {
  const listener = (msg: unknown) => {
    if (!isTabStatusRequest(msg)) return undefined;
    return Promise.resolve(readTabStatus(adapter, doc));
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
