/**
 * Typed, versioned storage items (WXT storage). Settings sync across the user's browsers; UI state stays
 * local. Mail content is never stored.
 *
 * The settings item is a contract: the options page writes it, the content scripts and the background
 * read it, a managed policy (storage.managed) may lock fields of it, and the README documents it.
 * Area `sync`, key `settings`, shape `UserSettings` below.
 */
import { storage } from 'wxt/utils/storage';
import type { GateLevel } from './types';

/** Built-in DoH resolvers; 'custom' uses `customResolverUrl`. */
export type ResolverChoice = 'cloudflare' | 'google' | 'quad9' | 'custom';

export interface UserSettings {
  /** Hold sends at this level and above and ask first ('off': never). */
  gateLevel: GateLevel;
  /** DNS-over-HTTPS resolver for the domain checks. */
  resolver: ResolverChoice;
  /** RFC 8484 endpoint (https URL) when `resolver` is 'custom'; '' otherwise. */
  customResolverUrl: string;
  /**
   * When the chosen resolver fails, ask another built-in resolver instead. Off by default: a chosen
   * resolver is never silently replaced; a report made through a fallback names it.
   */
  resolverFallback: boolean;
  /** Per-query timeout of the DoH client, in milliseconds. */
  dnsTimeoutMs: number;
  /** DKIM selectors to probe besides the common provider selectors. */
  dkimSelectors: string[];
  /** Blocklist checks (Spamhaus DBL, SURBL, URIBL): opt-in, they reveal the queried domains to the lists. */
  blocklists: boolean;
  /** Rule id → enabled/weight overrides for the draft engine. */
  rules: Record<string, { enabled?: boolean; weight?: number }>;
  /** User phrases that count as spam signals, with a weight on the built-in lists' scale. */
  customPhrases: { phrase: string; weight: number }[];
  /** Languages whose phrase lists are used (ISO 639-1 codes); empty means all. */
  phraseLanguages: string[];
  /** Recipient domains never gated (mail to only these domains is sent without asking). */
  allowlistDomains: string[];
}

export const DEFAULT_USER_SETTINGS: UserSettings = {
  gateLevel: 'warning',
  resolver: 'cloudflare',
  customResolverUrl: '',
  resolverFallback: false,
  dnsTimeoutMs: 3000,
  dkimSelectors: [],
  blocklists: false,
  rules: {},
  customPhrases: [],
  phraseLanguages: [],
  allowlistDomains: [],
};

const GATE_LEVELS: readonly GateLevel[] = ['notice', 'warning', 'danger', 'off'];
const RESOLVERS: readonly ResolverChoice[] = ['cloudflare', 'google', 'quad9', 'custom'];

const stringList = (v: unknown, fallback: string[]): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : fallback;

/** Fills missing or invalid fields with defaults (older versions, hand-edited storage). */
export function normalizeUserSettings(value: Partial<UserSettings> | null | undefined): UserSettings {
  const v = (value && typeof value === 'object' ? value : {}) as Partial<Record<keyof UserSettings, unknown>>;
  const d = DEFAULT_USER_SETTINGS;
  return {
    gateLevel: GATE_LEVELS.includes(v.gateLevel as GateLevel) ? (v.gateLevel as GateLevel) : d.gateLevel,
    resolver: RESOLVERS.includes(v.resolver as ResolverChoice) ? (v.resolver as ResolverChoice) : d.resolver,
    customResolverUrl: typeof v.customResolverUrl === 'string' ? v.customResolverUrl : d.customResolverUrl,
    resolverFallback: typeof v.resolverFallback === 'boolean' ? v.resolverFallback : d.resolverFallback,
    dnsTimeoutMs:
      typeof v.dnsTimeoutMs === 'number' && Number.isFinite(v.dnsTimeoutMs)
        ? Math.min(30_000, Math.max(500, v.dnsTimeoutMs))
        : d.dnsTimeoutMs,
    dkimSelectors: stringList(v.dkimSelectors, d.dkimSelectors),
    blocklists: typeof v.blocklists === 'boolean' ? v.blocklists : d.blocklists,
    rules:
      v.rules && typeof v.rules === 'object' && !Array.isArray(v.rules)
        ? (v.rules as UserSettings['rules'])
        : d.rules,
    customPhrases: Array.isArray(v.customPhrases)
      ? (v.customPhrases as unknown[]).filter(
          (p): p is { phrase: string; weight: number } =>
            !!p &&
            typeof (p as { phrase?: unknown }).phrase === 'string' &&
            typeof (p as { weight?: unknown }).weight === 'number',
        )
      : d.customPhrases,
    phraseLanguages: stringList(v.phraseLanguages, d.phraseLanguages),
    allowlistDomains: stringList(v.allowlistDomains, d.allowlistDomains),
  };
}

export const userSettingsItem = storage.defineItem<UserSettings>('sync:settings', {
  fallback: DEFAULT_USER_SETTINGS,
  version: 1,
});

export async function loadUserSettings(): Promise<UserSettings> {
  return normalizeUserSettings(await userSettingsItem.getValue());
}

/** Panel collapsed or not, per webmail account (the address the page is signed in as; '' if unknown). */
export const panelCollapsedItem = storage.defineItem<Record<string, boolean>>('local:panelCollapsed', {
  fallback: {},
  version: 1,
});

export async function setPanelCollapsed(account: string, collapsed: boolean): Promise<void> {
  const all = await panelCollapsedItem.getValue();
  await panelCollapsedItem.setValue({ ...all, [account]: collapsed });
}
