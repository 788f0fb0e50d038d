/**
 * The permissions Preflight asks for are the ones README.md lists and explains, no more, no less,
 * in both built manifests (the e2e global setup builds them). Also: Firefox's background is an event page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT } from '../../scripts/lib/browsers';

type Manifest = {
  manifest_version: number;
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches: string[] }[];
  background?: { persistent?: boolean; scripts?: string[]; service_worker?: string };
  storage?: { managed_schema?: string };
};

const manifest = (dir: string) =>
  JSON.parse(readFileSync(join(ROOT, '.output', dir, 'manifest.json'), 'utf8')) as Manifest;

/** Rows of the Permissions table: `value` | kind. */
function documented(): Map<string, string> {
  const doc = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = doc.split(/^## Permissions$/m)[1]!.split(/^## /m)[0]!;
  const rows = new Map<string, string>();
  for (const m of section.matchAll(/^\| `([^`]+)` \| ([a-z ]+) \| .+ \|$/gm)) rows.set(m[1]!, m[2]!.trim());
  return rows;
}

function granted(m: Manifest): Map<string, string> {
  const out = new Map<string, string>();
  const isHost = (p: string) => p.includes('://');
  for (const p of m.permissions ?? []) out.set(p, isHost(p) ? 'host' : 'permission');
  for (const p of m.host_permissions ?? []) out.set(p, 'host');
  for (const p of [...(m.optional_permissions ?? []), ...(m.optional_host_permissions ?? [])])
    out.set(p, 'optional');
  for (const cs of m.content_scripts ?? [])
    for (const p of cs.matches) if (!out.has(p)) out.set(p, 'content script');
  return out;
}

describe('permissions are the documented least', () => {
  test.each(['chrome-mv3', 'firefox-mv2'])('%s', (dir) => {
    const docs = documented();
    expect(docs.size).toBeGreaterThan(3);
    expect(Object.fromEntries(granted(manifest(dir)))).toEqual(Object.fromEntries(docs));
  });

  test('Firefox: an event page, not a persistent background; Chrome: a service worker and the policy schema', () => {
    const ff = manifest('firefox-mv2');
    expect(ff.background).toMatchObject({ persistent: false });
    const cr = manifest('chrome-mv3');
    expect(cr.background?.service_worker).toBeTruthy();
    expect(cr.storage?.managed_schema).toBe('managed_schema.json');
    const schema = JSON.parse(readFileSync(join(ROOT, '.output/chrome-mv3/managed_schema.json'), 'utf8')) as {
      properties: Record<string, unknown>;
    };
    expect(Object.keys(schema.properties)).toContain('lockedSettings');
  });
});
