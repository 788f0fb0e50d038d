import { defineConfig } from 'wxt';
import type { Plugin } from 'vite';

/**
 * Preflight never renders HTML from strings (STYLE: no dangerouslySetInnerHTML). Preact still ships the
 * code path that assigns `innerHTML` for that prop, which `web-ext lint` rightly flags. This removes it
 * at build time: the prop throws instead. The build fails if Preact's code changes shape, so the
 * guarantee cannot silently lapse on an upgrade.
 */
function noPreactInnerHtml(): Plugin {
  const assign = /\((\w+)\.innerHTML=(\w+)\.__html\)/g;
  return {
    name: 'preflight:no-preact-inner-html',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]preact[\\/]dist[\\/]preact\.(module\.js|mjs)$/.test(id)) return null;
      assign.lastIndex = 0;
      if (!assign.test(code))
        throw new Error(`${id}: Preact's innerHTML assignment not found; update noPreactInnerHtml`);
      return code.replace(
        assign,
        '(()=>{throw new Error("Preflight: dangerouslySetInnerHTML is not allowed")})()',
      );
    },
  };
}

import sk from './utils/analysis/phrases/sk';
import de from './utils/analysis/phrases/de';
import fr from './utils/analysis/phrases/fr';
import es from './utils/analysis/phrases/es';

// Phrase packs loaded only when a draft needs them (utils/phrase-packs.ts): written as JSON at build
// time from their TypeScript sources, so the data has one home and the content script stays small.
const PHRASE_PACKS = [sk, de, fr, es];

// Webmail hosts Preflight works on. Kept in one place so the manifest, the content scripts and the
// tests agree.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: settings and the DNS cache; nothing else. Content scripts declare their own hosts.
    permissions: ['storage'],
    // Phrase packs, readable by the Gmail content script (and so by that page, which learns nothing
    // from them but that Preflight is installed).
    web_accessible_resources: [{ resources: ['phrases/*.json'], matches: ['https://mail.google.com/*'] }],
    // DoH resolvers built into Preflight. A custom resolver is asked for at run time.
    host_permissions: ['https://cloudflare-dns.com/*', 'https://dns.google/*', 'https://dns.quad9.net/*'],
    // A custom DoH resolver's origin is requested at run time, never granted up front.
    ...(manifestVersion === 2
      ? { optional_permissions: ['https://*/*'] }
      : { optional_host_permissions: ['https://*/*'] }),
    // An organisation's policy (storage.managed): Chrome reads its shape from this schema. Firefox takes
    // the same keys from policies.json "3rdparty" and has no manifest key for it.
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed_schema.json' } }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'preflight@preflight.example',
              strict_min_version: '140.0',
              // Preflight collects and transmits no personal data (only DNS queries for domain names).
              // data_collection_permissions needs Firefox 140+ (ESR 140 is the oldest supported ESR).
              data_collection_permissions: { required: ['none'] },
            },
            // data_collection_permissions arrived in Firefox for Android 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  vite: () => ({ plugins: [noPreactInnerHtml()] }),
  hooks: {
    // Firefox MV2: an event page (persistent: false), stopped when idle like Chrome's service worker.
    // Its state already lives in storage (settings in sync, the DNS cache in storage.session).
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.browser === 'firefox' && manifest.manifest_version === 2 && manifest.background)
        (manifest.background as { persistent?: boolean }).persistent = false;
    },
    'build:publicAssets': (_wxt, files) => {
      for (const pack of PHRASE_PACKS)
        files.push({ relativeDest: `phrases/${pack.lang}.json`, contents: JSON.stringify(pack) });
    },
  },
  zip: {
    artifactTemplate: '{{name}}-{{version}}-{{browser}}.zip',
    sourcesTemplate: '{{name}}-{{version}}-sources.zip',
    excludeSources: ['tests/e2e/.cache/**', '.ci-cache/**'],
  },
});
