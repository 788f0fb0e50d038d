/**
 * Message catalogs in the user's language. Kept in TypeScript (not only _locales/messages.json) because
 * the engine also runs in Node (CLI, tests) and its messages carry named placeholders.
 *
 * Each area owns one catalog file per language (utils/i18n/<lang>/<area>.ts). This index holds what the
 * content script needs (analysis + ui); the domain-health catalogs are registered by importing
 * `utils/i18n/dns-catalogs` from the pages and tools that show DNS findings (popup, background, CLI),
 * so the content script does not carry them.
 * Templates use {name} placeholders; data values are inserted as plain text (the UI renders text,
 * never HTML).
 */
import type { MessageData } from '../types';
import { catalogs as enCatalogs } from './en';
import { catalogs as csCatalogs } from './cs';

export type Locale = 'en' | 'cs';
export type Catalog = Readonly<Record<string, string>>;

const merge = (parts: Catalog[]): Catalog => Object.fromEntries(parts.flatMap((p) => Object.entries(p)));

export const messages: Record<Locale, Catalog> = {
  en: merge(enCatalogs),
  cs: merge(csCatalogs),
};

/** Adds an area's catalogs (later entries win on duplicate ids, which the meta-tests forbid). */
export function registerCatalogs(add: Record<Locale, Catalog>): void {
  for (const locale of LOCALES) messages[locale] = { ...messages[locale], ...add[locale] };
}

export const LOCALES: readonly Locale[] = ['en', 'cs'];

/** Picks 'cs' for Czech (and Slovak, which reads Czech well), else English. */
export function pickLocale(lang: string | undefined | null): Locale {
  const l = (lang ?? '').toLowerCase();
  return l.startsWith('cs') || l.startsWith('sk') ? 'cs' : 'en';
}

export function hasMessage(locale: Locale, id: string): boolean {
  return Object.prototype.hasOwnProperty.call(messages[locale], id);
}

/** Formats a message; unknown ids fall back to English, then to the id itself (never throws). */
export function t(locale: Locale, id: string, data?: MessageData): string {
  const template = messages[locale][id] ?? messages.en[id] ?? id;
  if (!data) return template;
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    Object.prototype.hasOwnProperty.call(data, key) ? String(data[key]) : whole,
  );
}
