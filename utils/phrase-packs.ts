/**
 * Loads the phrase packs a draft needs (Slovak, German, French, Spanish) into the engine. The packs
 * are JSON files in the extension (phrases/<lang>.json, generated from utils/analysis/phrases/<lang>.ts
 * at build time by wxt.config.ts), web-accessible to the Gmail page's content script only, and read
 * with fetch(runtime.getURL(…)): this works in Chrome MV3 and Firefox content scripts alike, while a
 * dynamic import() chunk does not (WXT builds content scripts as one classic script). Data, not code:
 * the engine validates every entry (registerPhrasePack).
 *
 * Fire and forget: the analysis that asked goes on with what is loaded; once a pack arrives the
 * caller's next analysis (the next keystroke, or the send gate) uses it.
 */
import { browser } from 'wxt/browser';
import type { Draft } from './types';
import { packsForDraft, registerPhrasePack } from './analysis';

export const packPath = (lang: string): string => `/phrases/${lang}.json`;

export interface PackLoaderDeps {
  url: (path: string) => string;
  fetch: (url: string) => Promise<{ ok: boolean; json(): Promise<unknown> }>;
}

const defaultDeps = (): PackLoaderDeps => ({
  url: (path) => browser.runtime.getURL(path as Parameters<typeof browser.runtime.getURL>[0]),
  fetch: (url) => fetch(url),
});

/** Packs being fetched or fetched, by language; a failed fetch is forgotten so a later draft retries. */
const requested = new Map<string, Promise<boolean>>();

/**
 * Starts loading the packs the draft needs that are not loaded yet. Resolves to true when at least
 * one new pack was registered (analyse again to use it); never rejects.
 */
export function loadPhrasePacksFor(draft: Draft, deps?: PackLoaderDeps): Promise<boolean> {
  let langs: string[];
  try {
    langs = packsForDraft(draft);
  } catch {
    return Promise.resolve(false);
  }
  if (langs.length === 0) return Promise.resolve(false);
  const d = deps ?? defaultDeps();
  const loads = langs.map((lang) => {
    let p = requested.get(lang);
    if (!p) {
      p = d
        .fetch(d.url(packPath(lang)))
        .then((res) => (res.ok ? res.json() : null))
        .then((json) => registerPhrasePack(json))
        .catch(() => false)
        .then((added) => {
          if (!added) requested.delete(lang);
          return added;
        });
      requested.set(lang, p);
    }
    return p;
  });
  return Promise.all(loads).then((added) => added.some(Boolean));
}
