/**
 * Zones for realistic domains, served by the integration tests' unbound (through FIXTURE_ZONE) and
 * read by the unit tables through the zone resolver: a healthy Google Workspace domain, a Microsoft 365
 * domain, SPF over the lookup limit and doubled, DMARC p=none with an unauthorized external rua, a
 * 1024-bit and a revoked DKIM key, null MX, and recipients that cannot receive mail.
 * Keys were made with node:crypto for these tests only.
 */
import type { ZoneData } from '../lib/dns-zone';

export const RSA2048_SPKI =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAtyNvo0OlKeCV09huwlWs7gUTHjzGYVAKVDLxVZfyd5IN3Ov85L1zJ9KuwljXaehX2a8np1mlZ67K9DGbgEV51XsqHR1+ZtozuTruF//PrK50gaauHUW0qAVuEinCUsM0cn4QwUNTTgqsMRmP6XMAREruJAQvEQErPihmXf+i9fhOekgF6fvaBmGqXQLy7rn5m8pteDt3bOS1b/eY8pR1kx9ieq5CKC8BlfShhgBYze/mSqRGe+tKrEfqxRbEjdN7JtkrjG8uZbPRaNbzBcIPbFLXDK/wf1G2fQRicQExe1OZH1v7+/Azb6kqt1FKEE/ziuGdVR+uwxziCixb5DCYoQIDAQAB';
export const RSA2048_PKCS1 =
  'MIIBCgKCAQEAtyNvo0OlKeCV09huwlWs7gUTHjzGYVAKVDLxVZfyd5IN3Ov85L1zJ9KuwljXaehX2a8np1mlZ67K9DGbgEV51XsqHR1+ZtozuTruF//PrK50gaauHUW0qAVuEinCUsM0cn4QwUNTTgqsMRmP6XMAREruJAQvEQErPihmXf+i9fhOekgF6fvaBmGqXQLy7rn5m8pteDt3bOS1b/eY8pR1kx9ieq5CKC8BlfShhgBYze/mSqRGe+tKrEfqxRbEjdN7JtkrjG8uZbPRaNbzBcIPbFLXDK/wf1G2fQRicQExe1OZH1v7+/Azb6kqt1FKEE/ziuGdVR+uwxziCixb5DCYoQIDAQAB';
export const RSA1024_SPKI =
  'MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQDfC1VqkVEFS2Q7RG8netX0rsT1sqZPfvHmEGIEzATEHzHHPPWBxq6MGDYeaVxNga6qn0SW0g4DMShqQrNskR/U7r5WXwKgvUSdmi26dEjnY3iMgfQHGH9ePn/fByTKwtO0itPiTLyyFOBqBZYUayKZT1PsCPtkgATcs4RxQqr1OQIDAQAB';
export const RSA512_SPKI =
  'MFwwDQYJKoZIhvcNAQEBBQADSwAwSAJBAPybAf/nYfWuc2sYB6BvZxu9EywQDJRPOHNyaxghnI201xB1ZTUsZslrl7jPlY101deglvvP5UJPlU+/v/F44o8CAwEAAQ==';
export const ED25519_RAW = '/qlR4eN2mP3cH/Rvp49bUHpNxkxqfokx92p+XvTyQAM=';

const split = (s: string): string[] => s.match(/.{1,250}/g) ?? [];
const key = (p: string, extra = '') => ({ TXT: split(`v=DKIM1; k=rsa; ${extra}p=${p}`) });

export const HEALTH_ZONE: ZoneData = {
  // Google Workspace, everything in order.
  'gw.example.test': [
    { MX: [1, 'aspmx.l.google.test'] },
    { MX: [5, 'alt1.aspmx.l.google.test'] },
    { TXT: 'v=spf1 include:_spf.google.com ~all' },
    { TXT: 'google-site-verification=abc' },
  ],
  '_dmarc.gw.example.test': [{ TXT: 'v=DMARC1; p=reject; rua=mailto:dmarc@gw.example.test; adkim=s' }],
  'google._domainkey.gw.example.test': [key(RSA2048_SPKI)],
  '_mta-sts.gw.example.test': [{ TXT: 'v=STSv1; id=20260101' }],
  '_smtp._tls.gw.example.test': [{ TXT: 'v=TLSRPTv1; rua=mailto:tls@gw.example.test' }],
  'default._bimi.gw.example.test': [{ TXT: 'v=BIMI1; l=https://gw.example.test/logo.svg' }],
  'aspmx.l.google.test': [{ A: '192.0.2.25' }],
  'alt1.aspmx.l.google.test': [{ A: '192.0.2.26' }],

  // Microsoft 365: selector1/selector2 are CNAMEs into the tenant's onmicrosoft domain.
  'm365.example.test': [
    { MX: [0, 'm365-example-test.mail.protection.outlook.test'] },
    { TXT: 'v=spf1 include:spf.protection.outlook.com -all' },
  ],
  '_dmarc.m365.example.test': [{ TXT: 'v=DMARC1; p=quarantine; rua=mailto:dmarc@m365.example.test' }],
  'selector1._domainkey.m365.example.test': [{ CNAME: 'selector1-m365._domainkey.tenant.onmicrosoft.test' }],
  'selector2._domainkey.m365.example.test': [{ CNAME: 'selector2-m365._domainkey.tenant.onmicrosoft.test' }],
  'selector1-m365._domainkey.tenant.onmicrosoft.test': [key(RSA2048_SPKI)],
  'selector2-m365._domainkey.tenant.onmicrosoft.test': [key(RSA2048_PKCS1)],
  'm365-example-test.mail.protection.outlook.test': [{ A: '192.0.2.40' }],

  // p=none, reports to an outside service that has not authorized them, 1024-bit key, pct (removed).
  'monitor.example.test': [
    { MX: [10, 'mx.monitor.example.test'] },
    { TXT: 'v=spf1 include:_spf.google.com ~all' },
  ],
  'mx.monitor.example.test': [{ A: '192.0.2.50' }],
  '_dmarc.monitor.example.test': [
    { TXT: 'v=DMARC1; p=none; pct=50; rua=mailto:reports@dmarc-vendor.test,mailto:me@monitor.example.test' },
  ],
  'google._domainkey.monitor.example.test': [key(RSA1024_SPKI)],
  'reports.dmarc-vendor.test': [{ A: '192.0.2.60' }],
  // The vendor authorizes another customer, not monitor.example.test.
  'other.example.test._report._dmarc.dmarc-vendor.test': [{ TXT: 'v=DMARC1' }],

  // A revoked key, testing mode, and a 512-bit key.
  'revoked.example.test': [{ MX: [10, 'mx.monitor.example.test'] }, { TXT: 'v=spf1 -all' }],
  '_dmarc.revoked.example.test': [{ TXT: 'v=DMARC1; p=reject; t=y; sp=none' }],
  's1._domainkey.revoked.example.test': [{ TXT: 'v=DKIM1; k=rsa; p=' }],
  's2._domainkey.revoked.example.test': [key(RSA512_SPKI, 't=y; h=sha1; ')],

  // Two SPF records: a permanent error for every message.
  'twospf.example.test': [
    { MX: [10, 'mx.monitor.example.test'] },
    { TXT: 'v=spf1 include:_spf.google.com ~all' },
    { TXT: 'v=spf1 include:spf.protection.outlook.com ~all' },
  ],

  // A domain that receives no mail (null MX), and recipient domains that bounce.
  'nullmx.example.test': [{ MX: [0, '.'] }, { TXT: 'v=spf1 -all' }],
  '_dmarc.nullmx.example.test': [{ TXT: 'v=DMARC1; p=reject' }],
  'nomail.example.test': [{ TXT: 'v=spf1 -all' }],
  'deadmx.example.test': [{ MX: [10, 'gone.deadmx.example.test'] }],
  'implicit.example.test': [{ A: '192.0.2.70' }],

  // A subdomain without its own DMARC record, covered by its organisation's (tree walk).
  'team.gw.example.test': [{ MX: [1, 'aspmx.l.google.test'] }],
};
