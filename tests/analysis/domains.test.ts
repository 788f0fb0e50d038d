/**
 * The hand-written domain logic that replaced the Public Suffix List in the content script. Each
 * approximation must err toward silence: a missed alarm, never a false one.
 */
import { describe, expect, it } from 'vitest';
import {
  hasKnownSuffix,
  registrableDomain,
  sameSite,
  sharedHostOf,
  tldStatus,
} from '../../utils/analysis/domains';
import {
  COUNTRY_SLDS,
  COUNTRY_TLDS,
  GENERIC_TLDS,
  IDN_TLDS,
  MAIN_TLDS,
  NEAR_MISS_TLDS,
  RESERVED_TLDS,
  SHARED_HOSTS,
} from '../../utils/analysis/data/domains';
import { TLD_TYPOS } from '../../utils/analysis/data/providers';
import { memo } from '../../utils/analysis/memo';

const list = (s: string): string[] => s.split(' ');

describe('registrableDomain', () => {
  it.each([
    ['mail.example.co.uk', 'example.co.uk'],
    ['www.bbc.co.uk', 'bbc.co.uk'],
    ['shop.example.com.br', 'example.com.br'],
    ['news.yahoo.co.jp', 'yahoo.co.jp'],
    ['a.b.example.com', 'example.com'],
    ['www.amazon.de', 'amazon.de'],
    ['bank.github.io', 'bank.github.io'],
    ['x.y.blogspot.com', 'y.blogspot.com'],
    ['test.blob.core.windows.net', 'test.blob.core.windows.net'],
    ['contoso.sharepoint.com', 'contoso.sharepoint.com'],
    // Hosts that are a suffix themselves, IP addresses and single labels stay as they are.
    ['co.uk', 'co.uk'],
    ['github.io', 'github.io'],
    ['185.234.72.19', '185.234.72.19'],
    ['localhost', 'localhost'],
    // Suffixes we do not list merge sites (no alarm) rather than split them.
    ['x.tokyo.jp', 'tokyo.jp'],
    ['foo.k12.ca.us', 'ca.us'],
  ])('%s → %s', (host, domain) => {
    expect(registrableDomain(host)).toBe(domain);
  });
});

describe('sharedHostOf', () => {
  it('names the multi-tenant host a site lives on', () => {
    expect(sharedHostOf('paypal.github.io')).toBe('github.io');
    expect(sharedHostOf('evil.web.app')).toBe('web.app');
    expect(sharedHostOf('github.io')).toBeNull();
    expect(sharedHostOf('www.paypal.com')).toBeNull();
  });
});

describe('sameSite', () => {
  it('tells different sites apart', () => {
    expect(sameSite('paypal.com', 'paypal.com.evil.net')).toBe(false);
    expect(sameSite('bank.co.uk', 'evil.co.uk')).toBe(false);
    expect(sameSite('bank.github.io', 'evil.github.io')).toBe(false);
  });

  it('errs toward "same site" where the rules may split too finely', () => {
    expect(sameSite('www.gov.uk', 'gov.uk')).toBe(true);
    expect(sameSite('github.io', 'evil.github.io')).toBe(true);
    expect(sameSite('www.example.com', 'mail.example.com')).toBe(true);
    expect(sameSite('x.tokyo.jp', 'y.tokyo.jp')).toBe(true);
  });
});

describe('hasKnownSuffix', () => {
  it.each([
    ['example.com', true],
    ['bank.co.uk', true],
    ['bank.github.io', true],
    ['shop.online', true],
    ['pošta.cz', true],
    ['report.pdf', false],
    ['invoice.docx', false],
    ['co.uk', false],
    ['github.io', false],
    ['1.2.3.4', false],
    ['a..com', false],
    ['localhost', false],
  ])('%s: %s', (host, known) => {
    expect(hasKnownSuffix(host)).toBe(known);
  });
});

describe('tldStatus', () => {
  it('accepts every delegated country code and nothing else of two letters', () => {
    for (const tld of list(COUNTRY_TLDS)) expect(tldStatus(tld), tld).toBe('known');
    for (const tld of ['cs', 'zc', 'kk', 'js', 'yu']) expect(tldStatus(tld), tld).toBe('nonexistent');
  });

  it('calls slips of the main endings and reserved names nonexistent', () => {
    for (const tld of [
      'con',
      'cpm',
      'ocm',
      'comm',
      'nett',
      'ogr',
      'orgg',
      'czz',
      'eud',
      'gvo',
      'inof',
      'test',
      'invalid',
      'localhost',
      'example',
    ]) {
      expect(tldStatus(tld), tld).toBe('nonexistent');
    }
  });

  it('never calls a real ending nonexistent', () => {
    for (const tld of [...list(GENERIC_TLDS), ...list(IDN_TLDS), ...list(NEAR_MISS_TLDS)])
      expect(tldStatus(tld), tld).not.toBe('nonexistent');
    // Real but unlisted (a new gTLD, a brand): unknown, so no warning on an address.
    for (const tld of ['versicherung', 'abogado', 'lamborghini', 'local', 'pdf'])
      expect(tldStatus(tld), tld).toBe('unknown');
  });
});

describe('domain data', () => {
  it.each([
    ['COUNTRY_TLDS', COUNTRY_TLDS],
    ['GENERIC_TLDS', GENERIC_TLDS],
    ['IDN_TLDS', IDN_TLDS],
    ['RESERVED_TLDS', RESERVED_TLDS],
    ['MAIN_TLDS', MAIN_TLDS],
    ['NEAR_MISS_TLDS', NEAR_MISS_TLDS],
    ['COUNTRY_SLDS', COUNTRY_SLDS],
    ['SHARED_HOSTS', SHARED_HOSTS],
  ])('%s is lower case, without duplicates or empty entries', (_name, data) => {
    const items = list(data);
    expect(items.every((x) => x !== '' && x === x.toLowerCase())).toBe(true);
    expect(new Set(items).size).toBe(items.length);
  });

  it('keeps its lists consistent', () => {
    expect(list(COUNTRY_TLDS).every((t) => /^[a-z]{2}$/.test(t))).toBe(true);
    expect(list(COUNTRY_TLDS).length).toBeGreaterThan(240);
    expect(list(GENERIC_TLDS).every((t) => t.length > 2)).toBe(true);
    expect(list(SHARED_HOSTS).every((h) => h.split('.').length >= 2)).toBe(true);
    // A typo correction never points at something we call a typo, and typos are not real endings.
    for (const [typo, fixed] of Object.entries(TLD_TYPOS)) {
      expect(tldStatus(fixed), fixed).toBe('known');
      expect(tldStatus(typo), typo).toBe('nonexistent');
    }
  });
});

describe('memo', () => {
  it('caches results and stays bounded', () => {
    let calls = 0;
    const double = memo((s: string) => {
      calls++;
      return s + s;
    }, 3);
    expect(double('a')).toBe('aa');
    expect(double('a')).toBe('aa');
    expect(calls).toBe(1);
    for (const k of ['b', 'c', 'd', 'e']) double(k);
    expect(double('a')).toBe('aa');
    expect(calls).toBe(6);
  });
});
