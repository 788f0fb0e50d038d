import { describe, expect, it } from 'vitest';
import { createDnsService } from '../../entrypoints/background/dns';
import { createZoneResolver } from '../helpers/dns-zone';
import type { ResolverSpec } from '../../entrypoints/background/dns';
import { MAX_RESOLVERS, isTrustedSender } from '../../entrypoints/background/dns';
import type { Resolver } from '../../utils/dns/types';
import { askBackground, isBackgroundRequest } from '../../utils/messages';
import type { UserSettings } from '../../utils/storage';
import { DEFAULT_USER_SETTINGS } from '../../utils/settings/shape';

// The settings shape (utils/settings/shape.ts) needs no extension API, unlike utils/storage's items.
const normalizeUserSettings = (s: Partial<UserSettings>): UserSettings => ({
  ...DEFAULT_USER_SETTINGS,
  ...s,
});
import type { BackgroundRequest } from '../../utils/messages';
import { SPF_ZONE } from '../fixtures/dns/zone';

function service(
  granted = true,
  settings: Partial<UserSettings> = {},
  makeResolver?: (spec: ResolverSpec) => Resolver,
) {
  const made: string[] = [];
  const svc = createDnsService({
    makeResolver: (spec) => (
      made.push(spec.url),
      makeResolver ? makeResolver(spec) : createZoneResolver(SPF_ZONE)
    ),
    hasPermission: async (url) => granted || url.startsWith('https://cloudflare-dns.com/'),
    loadSettings: async () => normalizeUserSettings(settings),
    now: () => Date.UTC(2026, 0, 1),
  });
  return { svc, made };
}

describe('background DNS service', () => {
  it('answers domain-report with the report, findings for the service the user sends with', async () => {
    const { svc, made } = service();
    const res = await svc.handle({
      type: 'domain-report',
      domain: 'Someone@Partial.Example.Test',
      service: 'gmail',
    });
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.value).toMatchObject({
      domain: 'partial.example.test',
      checkedAt: '2026-01-01T00:00:00.000Z',
      resolver: 'https://cloudflare-dns.com/dns-query',
      spf: { status: 'warn' },
    });
    expect(res.value.spf.findings.map((f) => f.messageId)).toEqual(['spf-provider.partial']);
    // One resolver per endpoint, reused.
    await svc.handle({ type: 'domain-report', domain: 'good.example.test' });
    expect(made).toEqual(['https://cloudflare-dns.com/dns-query']);
  });

  it('answers spf-report with check_host() for a message', async () => {
    const { svc } = service();
    const res = await svc.handle({
      type: 'spf-report',
      domain: 'ms.example.test',
      ip: '40.107.1.1',
      sender: 'a@ms.example.test',
      resolver: 'quad9',
    });
    expect(res).toMatchObject({
      ok: true,
      value: { checkHost: { result: 'pass', sender: 'a@ms.example.test' } },
    });
  });

  it('refuses bad input and resolvers without permission, with a reason', async () => {
    const { svc } = service(false, { customResolverUrl: 'https://doh.example.test/dns-query' });
    expect(await svc.handle({ type: 'domain-report', domain: 'not a domain' })).toMatchObject({
      ok: false,
      error: { code: 'bad-request' },
    });
    expect(await svc.handle({ type: 'spf-report', domain: 'a.example.test', ip: 'nope' })).toMatchObject({
      ok: false,
      error: { code: 'bad-request' },
    });
    expect(
      await svc.handle({ type: 'domain-report', domain: 'a.example.test', resolver: 'http://x.test/' }),
    ).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(
      await svc.handle({
        type: 'domain-report',
        domain: 'a.example.test',
        resolver: 'https://doh.example.test/dns-query',
      }),
    ).toMatchObject({ ok: false, error: { code: 'no-permission' } });
  });
});

describe('messages', () => {
  it('accepts only well-formed requests', () => {
    expect(isBackgroundRequest({ type: 'domain-report', domain: 'a.test' })).toBe(true);
    expect(isBackgroundRequest({ type: 'spf-report', domain: 'a.test', ip: '192.0.2.1' })).toBe(true);
    for (const bad of [
      null,
      'x',
      { type: 'other', domain: 'a' },
      { type: 'domain-report' },
      { type: 'domain-report', domain: 'a', service: 'yahoo' },
      { type: 'spf-report', domain: 'a', ip: 5 },
    ]) {
      expect(isBackgroundRequest(bad), JSON.stringify(bad)).toBe(false);
    }
  });
  it('types the answer of a round trip', async () => {
    const { svc } = service();
    const send = (m: BackgroundRequest) => svc.handle(m);
    const res = await askBackground(send, { type: 'domain-report', domain: 'good.example.test' });
    expect(res.ok && res.value.spf.lookups).toBe(3);
  });
});

describe('background boundary (issue 10)', () => {
  const self = { id: 'preflight-id', origin: 'chrome-extension://preflight-id/' };
  it('takes messages only from its own content scripts and pages', () => {
    expect(
      isTrustedSender({ id: 'preflight-id', tab: { id: 1 }, url: 'https://mail.google.com/' }, self),
    ).toBe(true);
    expect(
      isTrustedSender({ id: 'preflight-id', url: 'chrome-extension://preflight-id/popup.html' }, self),
    ).toBe(true);
    expect(isTrustedSender({ id: 'other-extension', tab: { id: 1 } }, self)).toBe(false);
    expect(
      isTrustedSender({ id: 'other-extension', url: 'chrome-extension://other-extension/x.html' }, self),
    ).toBe(false);
    expect(isTrustedSender({ id: 'preflight-id', url: 'chrome-extension://other/x.html' }, self)).toBe(false);
    expect(isTrustedSender({ url: 'https://evil.example/' }, self)).toBe(false);
    expect(isTrustedSender(undefined, self)).toBe(false);
  });

  it('uses only the resolvers the settings allow: built-ins at their exact paths and the custom URL', async () => {
    const { svc, made } = service(true, { customResolverUrl: 'https://doh.example.test/dns-query' });
    const ask = (resolver: string) =>
      svc.handle({ type: 'domain-report', domain: 'good.example.test', resolver });
    expect(await ask('https://cloudflare-dns.com/anything-else')).toMatchObject({
      ok: false,
      error: { code: 'bad-request' },
    });
    expect(await ask('https://dns.google/resolve')).toMatchObject({
      ok: false,
      error: { code: 'bad-request' },
    });
    expect(await ask('https://attacker.example/dns-query')).toMatchObject({
      ok: false,
      error: { code: 'bad-request' },
    });
    expect(await ask('https://dns.google/dns-query')).toMatchObject({ ok: true });
    expect(await ask('https://doh.example.test/dns-query')).toMatchObject({ ok: true });
    expect(made).toEqual(['https://dns.google/dns-query', 'https://doh.example.test/dns-query']);
  });

  it("without a resolver in the request, follows the settings' choice", async () => {
    const { svc, made } = service(true, {
      resolver: 'custom',
      customResolverUrl: 'https://doh.example.test/dns-query',
    });
    const res = await svc.handle({ type: 'domain-report', domain: 'good.example.test' });
    expect(res).toMatchObject({ ok: true, value: { resolver: 'https://doh.example.test/dns-query' } });
    expect(made).toEqual(['https://doh.example.test/dns-query']);
  });

  it('bounds string lengths', async () => {
    const { svc, made } = service();
    for (const req of [
      { type: 'domain-report' as const, domain: `${'a'.repeat(330)}.test` },
      {
        type: 'domain-report' as const,
        domain: 'a.test',
        resolver: `https://dns.google/${'x'.repeat(3000)}`,
      },
      { type: 'spf-report' as const, domain: 'a.test', ip: '1'.repeat(100) },
      { type: 'spf-report' as const, domain: 'a.test', ip: '192.0.2.1', helo: 'h'.repeat(300) },
    ])
      expect(await svc.handle(req)).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(made).toEqual([]);
  });

  it(`keeps at most ${MAX_RESOLVERS} resolvers, dropping the least recently used`, async () => {
    const made: string[] = [];
    const settings: Partial<UserSettings> = {};
    const svc = createDnsService({
      makeResolver: (spec) => (made.push(spec.url), createZoneResolver(SPF_ZONE)),
      hasPermission: async () => true,
      loadSettings: async () => normalizeUserSettings(settings),
    });
    const ask = (resolver: string) =>
      svc.handle({ type: 'domain-report', domain: 'good.example.test', resolver });
    for (const r of ['cloudflare', 'google', 'quad9']) await ask(r);
    for (let i = 0; i < 3; i++) {
      settings.customResolverUrl = `https://doh${i}.example.test/dns-query`;
      await ask(settings.customResolverUrl);
    }
    expect(made).toHaveLength(6);
    await ask('https://doh2.example.test/dns-query'); // kept: most recently used
    expect(made).toHaveLength(6);
    await ask('cloudflare'); // dropped long ago: made again
    expect(made).toHaveLength(7);
  });

  it('never falls back silently; an allowed fallback is named in the report', async () => {
    const down: Resolver = async (name, type) => ({ name, type, status: 'TIMEOUT', message: 'down' });
    const viaFallback =
      (inner: Resolver): Resolver =>
      async (name, type) => ({
        ...(await inner(name, type)),
        fallback: 'https://dns.google/dns-query',
      });
    // No fallback allowed: the resolver is made without one and the failure shows.
    const strict = service(true, {}, (spec) => (expect(spec.fallbackUrl).toBeUndefined(), down)).svc;
    const res = await strict.handle({ type: 'domain-report', domain: 'good.example.test' });
    expect(res).toMatchObject({
      ok: true,
      value: { resolver: 'https://cloudflare-dns.com/dns-query', spf: { root: { status: 'error' } } },
    });
    // Fallback allowed: made with one, and the report says it was used.
    const lenient = service(true, { resolverFallback: true }, (spec) => {
      expect(spec.fallbackUrl).toBe('https://dns.google/dns-query');
      return viaFallback(createZoneResolver(SPF_ZONE));
    }).svc;
    const res2 = await lenient.handle({ type: 'domain-report', domain: 'good.example.test' });
    expect(res2).toMatchObject({
      ok: true,
      value: {
        resolver: 'https://cloudflare-dns.com/dns-query (fallback used: https://dns.google/dns-query)',
      },
    });
  });
});
