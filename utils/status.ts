/**
 * Integration status per webmail, for the popup: whether the content script recognized the page. When a
 * webmail changes its layout the content script stays out of the way and says so here, never in the page.
 */
import { storage } from 'wxt/utils/storage';
import type { MessageData } from './types';

export type IntegrationState = 'ok' | 'layout-not-recognized';

export interface IntegrationStatus {
  state: IntegrationState;
  /** Message id in the ui catalog and its data, e.g. 'status.layoutNotRecognized' {site: 'Gmail'}. */
  messageId: string;
  data: MessageData;
  /** What was missing (English, for bug reports), '' when ok. */
  detail: string;
  /** Date.now() of the last change. */
  at: number;
}

/** Keyed by adapter id ('gmail', 'outlook'). */
export const integrationStatusItem = storage.defineItem<Record<string, IntegrationStatus>>(
  'local:integrationStatus',
  {
    fallback: {},
    version: 1,
  },
);

export function statusFor(site: string, state: IntegrationState, detail = ''): IntegrationStatus {
  return {
    state,
    messageId: state === 'ok' ? 'status.ok' : 'status.layoutNotRecognized',
    data: { site },
    detail,
    at: Date.now(),
  };
}

/** Records a state change (writes only when the state or detail differs from what is stored). */
export async function reportIntegrationStatus(
  adapterId: string,
  site: string,
  state: IntegrationState,
  detail = '',
): Promise<void> {
  const all = await integrationStatusItem.getValue();
  const prev = all[adapterId];
  if (prev && prev.state === state && prev.detail === detail) return;
  await integrationStatusItem.setValue({ ...all, [adapterId]: statusFor(site, state, detail) });
}
