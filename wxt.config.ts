import { defineConfig } from 'wxt';

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
          },
        }
      : {}),
  }),
  hooks: {
    // Firefox MV2: an event page (persistent: false), stopped when idle like Chrome's service worker.
    // Its state already lives in storage (settings in sync, the DNS cache in storage.session).
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.browser === 'firefox' && manifest.manifest_version === 2 && manifest.background)
        (manifest.background as { persistent?: boolean }).persistent = false;
    },
  },
  zip: {
    artifactTemplate: '{{name}}-{{version}}-{{browser}}.zip',
    sourcesTemplate: '{{name}}-{{version}}-sources.zip',
    excludeSources: ['tests/e2e/.cache/**', '.ci-cache/**'],
  },
});
