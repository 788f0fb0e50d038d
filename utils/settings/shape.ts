/**
 * The settings contract, without any browser API (so the CLI, the tests and the fuzzers can use it):
 * area `sync`, key `settings`, shape `UserSettings`. utils/storage.ts defines the storage item and
 * re-exports all of this.
 */
import type { GateLevel } from '../types';
import {
  GATE_LEVELS,
  LIMITS,
  RESOLVER_CHOICES,
  cleanDomain,
  isDkimSelector,
  isLanguageCode,
  isResolverUrl,
} from './validate';

/** Built-in DoH resolvers; 'custom' uses `customResolverUrl`. */
export type ResolverChoice = (typeof RESOLVER_CHOICES)[number];

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

export type SettingKey = keyof UserSettings;

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

export const SETTING_KEYS = Object.keys(DEFAULT_USER_SETTINGS) as SettingKey[];

const uniq = (xs: string[]): string[] => [...new Set(xs)];

/** Keeps the valid items of a list (bounded), mapped; anything else falls back. */
function cleanList(v: unknown, fallback: string[], clean: (s: string) => string | null): string[] {
  if (!Array.isArray(v)) return fallback;
  const out: string[] = [];
  for (const x of v.slice(0, LIMITS.listItems)) {
    const c = typeof x === 'string' ? clean(x) : null;
    if (c) out.push(c);
  }
  return uniq(out);
}

const finiteClamp = (v: unknown, min: number, max: number): number | undefined =>
  typeof v === 'number' && Number.isFinite(v) ? Math.min(max, Math.max(min, v)) : undefined;

/** Fills missing or invalid fields with defaults (older versions, hand-edited storage); never throws. */
export function normalizeUserSettings(value: Partial<UserSettings> | null | undefined): UserSettings {
  const v = (value && typeof value === 'object' ? value : {}) as Partial<Record<keyof UserSettings, unknown>>;
  const d = DEFAULT_USER_SETTINGS;
  const rules: UserSettings['rules'] = {};
  if (v.rules && typeof v.rules === 'object' && !Array.isArray(v.rules)) {
    for (const [id, r] of Object.entries(v.rules as Record<string, unknown>).slice(0, LIMITS.listItems)) {
      if (!r || typeof r !== 'object') continue;
      const { enabled, weight } = r as { enabled?: unknown; weight?: unknown };
      const w = finiteClamp(weight, 0, LIMITS.ruleWeightMax);
      const entry: { enabled?: boolean; weight?: number } = {};
      if (typeof enabled === 'boolean') entry.enabled = enabled;
      if (w !== undefined) entry.weight = w;
      if (Object.keys(entry).length) rules[id] = entry;
    }
  }
  const customPhrases: UserSettings['customPhrases'] = [];
  if (Array.isArray(v.customPhrases)) {
    for (const p of (v.customPhrases as unknown[]).slice(0, LIMITS.listItems)) {
      if (!p || typeof p !== 'object') continue;
      const { phrase, weight } = p as { phrase?: unknown; weight?: unknown };
      const w = finiteClamp(weight, 0, LIMITS.phraseWeightMax);
      if (typeof phrase !== 'string' || !phrase.trim() || w === undefined) continue;
      customPhrases.push({ phrase: phrase.trim().slice(0, LIMITS.phraseLength), weight: w });
    }
  }
  const resolver = RESOLVER_CHOICES.includes(v.resolver as ResolverChoice)
    ? (v.resolver as ResolverChoice)
    : d.resolver;
  const url = typeof v.customResolverUrl === 'string' ? v.customResolverUrl.trim() : '';
  return {
    gateLevel: GATE_LEVELS.includes(v.gateLevel as GateLevel) ? (v.gateLevel as GateLevel) : d.gateLevel,
    resolver,
    customResolverUrl: isResolverUrl(url) ? url : d.customResolverUrl,
    resolverFallback: typeof v.resolverFallback === 'boolean' ? v.resolverFallback : d.resolverFallback,
    dnsTimeoutMs: finiteClamp(v.dnsTimeoutMs, LIMITS.timeoutMin, LIMITS.timeoutMax) ?? d.dnsTimeoutMs,
    dkimSelectors: cleanList(v.dkimSelectors, d.dkimSelectors, (s) =>
      isDkimSelector(s.trim()) ? s.trim() : null,
    ),
    blocklists: typeof v.blocklists === 'boolean' ? v.blocklists : d.blocklists,
    rules,
    customPhrases,
    phraseLanguages: cleanList(v.phraseLanguages, d.phraseLanguages, (s) =>
      isLanguageCode(s.trim().toLowerCase()) ? s.trim().toLowerCase() : null,
    ),
    allowlistDomains: cleanList(v.allowlistDomains, d.allowlistDomains, cleanDomain),
  };
}

/** The resolver a request should name: a built-in id or the custom URL. */
export function resolverOf(s: UserSettings): string {
  return s.resolver === 'custom' && s.customResolverUrl
    ? s.customResolverUrl
    : s.resolver === 'custom'
      ? 'cloudflare'
      : s.resolver;
}
