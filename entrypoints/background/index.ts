import { browser } from 'wxt/browser';
import { DnsCache, createStorageAreaStore } from '../../utils/dns/cache';
import type { StorageAreaLike } from '../../utils/dns/cache';
import { hasResolverPermission } from '../../utils/dns/permissions';
import { createDohResolver } from '../../utils/dns/resolvers';
import type { FetchLike } from '../../utils/dns/types';
import { isBackgroundRequest } from '../../utils/messages';
import { loadUserSettings } from '../../utils/storage';
import type { SenderLike } from './dns';
import { createDnsService, isTrustedSender } from './dns';

// Kept synchronous: the service worker may be stopped and restarted at any time, and listeners
// must be registered in the first turn. State that must survive lives in storage.session.
export default defineBackground(() => {
  // The service worker's own fetch; no host-permission check for CORS applies (the resolver's
  // origin is in host_permissions or granted at run time).
  const fetchDoh: FetchLike = (url, init) => fetch(url, init as RequestInit);
  const cache = new DnsCache({
    store: createStorageAreaStore(browser.storage.session as unknown as StorageAreaLike),
  });
  const service = createDnsService({
    makeResolver: ({ url, fallbackUrl, timeoutMs }) =>
      createDohResolver({ url, fallbackUrl: fallbackUrl ?? null, timeoutMs, fetch: fetchDoh, cache }),
    hasPermission: (url) => hasResolverPermission(url),
    loadSettings: loadUserSettings,
  });
  const self = { id: browser.runtime.id, origin: browser.runtime.getURL('/') };
  browser.runtime.onMessage.addListener((msg: unknown, sender: SenderLike) => {
    if (!isTrustedSender(sender, self)) return undefined;
    if (!isBackgroundRequest(msg)) return undefined;
    // webextension-polyfill sends a returned promise's value as the response.
    return service.handle(msg);
  });
});
