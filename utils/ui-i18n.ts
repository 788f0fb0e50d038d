/**
 * Strings of the extension's own pages (popup, options) come from public/_locales/<lang>/messages.json
 * through browser.i18n, so they follow the browser's language like the store listing does; finding
 * messages stay in the TypeScript catalogs (utils/i18n), which the CLI and the content script share,
 * shown in the same language (pickLocale of the browser's UI language).
 * tests/options-i18n.test.ts checks that both messages.json files have the same keys and placeholders
 * and that every key used in the pages exists.
 */
import { browser } from 'wxt/browser';
import type { Locale } from './i18n';
import { pickLocale } from './i18n';

type Lookup = (key: string, subs?: string[]) => string;

// WXT types getMessage's keys from the English messages.json; the pages look keys up by name.
let lookup: Lookup = (key, subs) =>
  (browser.i18n.getMessage as (k: string, s?: string[]) => string)(key, subs) || key;
let uiLang: () => string = () => browser.i18n.getUILanguage();

/** A page string; `subs` fill $1…$9 (named placeholders in messages.json point at them). */
export function msg(key: string, ...subs: Array<string | number>): string {
  try {
    return lookup(key, subs.length ? subs.map(String) : undefined);
  } catch {
    return key;
  }
}

/** The catalog locale for finding messages, matching the language browser.i18n picked. */
export function uiLocale(): Locale {
  try {
    return pickLocale(uiLang());
  } catch {
    return 'en';
  }
}

export interface LocaleMessages {
  [key: string]: {
    message: string;
    description?: string;
    placeholders?: Record<string, { content: string }>;
  };
}

/** Formats like browser.i18n.getMessage: named $NAME$ placeholders, then $1…$9. */
export function formatMessage(messages: LocaleMessages, key: string, subs: string[] = []): string {
  const m = messages[key];
  if (!m) return '';
  const positional = (s: string) => s.replace(/\$(\d)/g, (_, d: string) => subs[Number(d) - 1] ?? '');
  const named = m.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
    const p = m.placeholders?.[name.toLowerCase()];
    return p ? positional(p.content) : whole;
  });
  return named.replace(/\$\$/g, '$');
}

/** Tests and the demo: read strings from a messages.json object instead of browser.i18n. */
export function useMessagesForTest(messages: LocaleMessages, lang: string): void {
  lookup = (key, subs) => formatMessage(messages, key, subs) || key;
  uiLang = () => lang;
}
