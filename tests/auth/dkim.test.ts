import { describe, expect, it } from 'vitest';
import {
  checkDkim,
  keyInfo,
  parseDkimKey,
  rsaBitsFromDer,
  base64ToBytes,
  selectorsToTry,
} from '../../utils/auth/dkim';
import { createZoneResolver } from '../helpers/dns-zone';
import { FIXTURE_ZONE } from '../fixtures/dns/zone';
import {
  ED25519_RAW,
  RSA1024_SPKI,
  RSA2048_PKCS1,
  RSA2048_SPKI,
  RSA512_SPKI,
} from '../../scripts/bench/health-zone';

const resolver = createZoneResolver(FIXTURE_ZONE);
const ids = (r: { findings: { messageId: string }[] }) => r.findings.map((f) => f.messageId).sort();

describe('parseDkimKey (RFC 6376 §3.6.1)', () => {
  it.each([
    ['v=DKIM1; k=rsa; p=AAAA', { keyType: 'rsa', publicKey: 'AAAA', revoked: false }, []],
    ['p=AA AA', { publicKey: 'AAAA' }, []],
    ['v=DKIM1; p=', { revoked: true }, []],
    [
      'v=DKIM1; k=ed25519; t=y:s; h=sha1; s=email; p=AAAA',
      { keyType: 'ed25519', testing: true, hashes: ['sha1'], services: ['email'] },
      [],
    ],
    ['k=rsa; v=DKIM1; p=AAAA', {}, ['bad-version']],
    ['v=DKIM1; k=rsa', {}, ['missing-key']],
    ['v=DKIM1; p=not*base64', {}, ['bad-base64']],
  ])('%s', (record, expected, errors) => {
    const k = parseDkimKey(record);
    expect(k).toMatchObject(expected);
    expect(k.errors.map((e) => e.code)).toEqual(errors);
  });
});

describe('keyInfo', () => {
  it.each([
    [RSA2048_SPKI, 2048],
    [RSA1024_SPKI, 1024],
    [RSA2048_PKCS1, 2048],
  ])('reads the RSA modulus length (%#)', async (p, bits) => {
    expect(await keyInfo(p, 'rsa')).toMatchObject({ type: 'rsa', bits });
    // Without WebCrypto, from the DER.
    expect(await keyInfo(p, 'rsa', undefined)).toMatchObject({ type: 'rsa', bits });
  });

  it('reads short keys from the DER when WebCrypto refuses them', async () => {
    expect(rsaBitsFromDer(base64ToBytes(RSA512_SPKI)!)).toEqual({ bits: 512, format: 'spki' });
  });

  it('Ed25519 is 32 raw bytes; garbage is invalid', async () => {
    expect(await keyInfo(ED25519_RAW, 'ed25519')).toEqual({ type: 'ed25519', bytes: 32 });
    expect(await keyInfo('AAAA', 'rsa')).toMatchObject({ type: 'invalid' });
    expect(await keyInfo('AAAA', 'dsa')).toEqual({ type: 'unknown', keyType: 'dsa' });
  });
});

describe('checkDkim', () => {
  it("tries the user's selectors first, then the common ones, without duplicates", () => {
    const s = selectorsToTry(['Mine', 'google', 'bad selector!']);
    expect(s.slice(0, 3)).toEqual(['mine', 'google', 'selector1']);
    expect(s).not.toContain('bad selector!');
  });

  it.each([
    ['gw.example.test', 'pass', []],
    ['m365.example.test', 'pass', []],
    ['monitor.example.test', 'warn', ['dkim-key.rsa1024']],
    [
      'revoked.example.test',
      'fail',
      ['dkim-key.revoked', 'dkim-key.rsaTooShort', 'dkim-key.sha1Only', 'dkim-key.testing'],
    ],
  ])('%s: %s %j', async (domain, status, expected) => {
    const r = await checkDkim(domain, { resolver });
    expect(r.status).toBe(status);
    expect(ids(r)).toEqual(expected);
  });

  it("follows Microsoft 365 CNAMEs to the tenant's keys", async () => {
    const r = await checkDkim('m365.example.test', { resolver });
    expect(r.detail.keys.map((k) => [k.selector, k.key])).toEqual([
      ['selector1', { type: 'rsa', bits: 2048, format: 'spki' }],
      ['selector2', { type: 'rsa', bits: 2048, format: 'pkcs1' }],
    ]);
  });

  it('no key among the selectors tried is unknown, and says which were tried', async () => {
    const r = await checkDkim('nomail.example.test', { resolver, selectors: ['custom1'] });
    expect(r.status).toBe('unknown');
    expect(ids(r)).toEqual(['dkim-selectors.noneFound']);
    expect(r.findings[0]!.data).toMatchObject({
      count: r.detail.selectors.length,
      selectors: expect.stringMatching(/^custom1, google, selector1/),
    });
  });

  it('a _domainkey that exists hints at other selectors', async () => {
    const r2 = createZoneResolver({ 'secret._domainkey.hint.test': [{ TXT: `v=DKIM1; p=${RSA2048_SPKI}` }] });
    const r = await checkDkim('hint.test', { resolver: r2 });
    expect(r.detail.hint).toBe('exists');
    expect(ids(r)).toEqual(['dkim-selectors.noneFoundHint']);
  });
});
