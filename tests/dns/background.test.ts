import { describe, expect, it } from 'vitest';
import { createDnsService } from '../../entrypoints/background/dns';
import { createZoneResolver } from '../../utils/dns/zone';
import { askBackground, isBackgroundRequest } from '../../utils/messages';
import type { BackgroundRequest } from '../../utils/messages';
import { SPF_ZONE } from '../fixtures/dns/zone';

function service(granted = true) {
  const made: string[] = [];
  const svc = createDnsService({
    makeResolver: (url) => (made.push(url), createZoneResolver(SPF_ZONE)),
    hasPermission: async (url) => granted || url.startsWith('https://cloudflare-dns.com/'),
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
    const { svc } = service(false);
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
