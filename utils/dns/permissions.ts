/**
 * Host permission for a custom DoH resolver. The built-in resolvers are in the manifest's
 * host_permissions; any other https origin is covered by the optional host permission for all https
 * origins and must be granted by the user, from a user gesture (permissions.request needs one).
 */
import { browser } from 'wxt/browser';
import { isBuiltinResolver, originPattern } from './resolvers';

/** The part of browser.permissions used here; tests pass a fake. */
export interface PermissionsLike {
  contains(p: { origins: string[] }): Promise<boolean>;
  request(p: { origins: string[] }): Promise<boolean>;
}

function permissionsApi(): PermissionsLike {
  return browser.permissions;
}

/** True when Preflight may fetch from the resolver at `url` (built-in, or granted before). */
export async function hasResolverPermission(
  url: string,
  api: PermissionsLike = permissionsApi(),
): Promise<boolean> {
  if (isBuiltinResolver(url)) return true;
  return api.contains({ origins: [originPattern(url)] });
}

/** Asks the user for the resolver's origin; resolves true when granted (or already held). */
export async function requestResolverPermission(
  url: string,
  api: PermissionsLike = permissionsApi(),
): Promise<boolean> {
  if (await hasResolverPermission(url, api)) return true;
  return api.request({ origins: [originPattern(url)] });
}
