import { defineConfig } from 'wxt';
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
          },
        }
      : {}),
  }),
  hooks: {
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
