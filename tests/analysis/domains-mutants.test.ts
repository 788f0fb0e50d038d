/** Edge cases of utils/analysis/domains.ts (mutation tests). */
import { describe, expect, it } from 'vitest';
import {
  hasKnownSuffix,
  registrableDomain,
  sameSite,
  sharedHostOf,
  tldStatus,
} from '../../utils/analysis/domains';

describe('tldStatus: one edit from a main ending', () => {
  it('reads only endings of letters alone as slips: a digit at either end leaves it unknown', () => {
    expect(tldStatus('1com')).toBe('unknown');
    expect(tldStatus('com1')).toBe('unknown');
  });

  it('calls an insertion, a deletion, a change or a swap of neighbours a slip', () => {
    for (const tld of [
      'coms',
      'xcom',
      'cxom',
      'infoo',
      'nfo',
      'ifo',
      'inff',
      'ifno',
      'nifo',
      'nte',
      'ogv',
      'edux',
      'xedu',
    ])
      expect(tldStatus(tld), tld).toBe('nonexistent');
  });

  it('does not call two edits, or a swap of letters apart, a slip', () => {
    // "ntx", "nxe": only one side of a swap matches; "nifx": a swap, then a different rest.
    for (const tld of [
      'ntx',
      'nxe',
      'nifx',
      'comxx',
      'cxx',
      'orgxx',
      'vgo',
      'mco',
      'infxx',
      'iofn',
      'xcomx',
      'tne',
    ])
      expect(tldStatus(tld), tld).toBe('unknown');
  });

  it('only checks lower-case endings of letters', () => {
    expect(tldStatus('co1')).toBe('unknown');
    expect(tldStatus('COM')).toBe('unknown');
    expect(tldStatus('Co')).toBe('unknown');
    expect(tldStatus('c')).toBe('unknown');
    expect(tldStatus('')).toBe('unknown');
  });
});

describe('addresses and suffixes', () => {
  it('leaves IP addresses, ports and numeric endings as they are', () => {
    expect(registrableDomain('[::1]')).toBe('[::1]');
    expect(registrableDomain('a.b.example.com:8080')).toBe('a.b.example.com:8080');
    expect(registrableDomain('a.b.123')).toBe('a.b.123');
    expect(registrableDomain('a.1b.com')).toBe('1b.com');
    expect(registrableDomain('')).toBe('');
    // Only all-digit hosts and numeric last labels are addresses.
    expect(registrableDomain('1.2.')).toBe('1.2.');
    expect(registrableDomain('a.b.c1')).toBe('b.c1');
    expect(registrableDomain('1a.b.com')).toBe('b.com');
    expect(hasKnownSuffix('example.com:80')).toBe(false);
    expect(hasKnownSuffix('a.b.1')).toBe(false);
    expect(hasKnownSuffix('example.1com')).toBe(false);
    expect(hasKnownSuffix('.com')).toBe(false);
    expect(hasKnownSuffix('example.com.')).toBe(false);
    expect(hasKnownSuffix('com')).toBe(false);
    // A host with a colon is an address (or host:port), whatever its ending.
    expect(hasKnownSuffix('1:2.com')).toBe(false);
    expect(hasKnownSuffix('evil.example:80.com')).toBe(false);
  });

  it('reads a second-level label only under a two-letter ending', () => {
    expect(registrableDomain('a.example.co.com')).toBe('co.com');
    expect(registrableDomain('a.example.co.uk')).toBe('example.co.uk');
    expect(registrableDomain('co.uk')).toBe('co.uk');
    expect(registrableDomain('uk')).toBe('uk');
    expect(hasKnownSuffix('x.co.uk')).toBe(true);
  });

  it('names only listed shared hosts, the longest first', () => {
    expect(sharedHostOf('a.b.blob.core.windows.net')).toBe('blob.core.windows.net');
    expect(registrableDomain('a.b.blob.core.windows.net')).toBe('b.blob.core.windows.net');
    expect(sharedHostOf('example.co.uk')).toBeNull();
    expect(sharedHostOf('co.uk')).toBeNull();
    expect(sharedHostOf('core.windows.net')).toBeNull();
    expect(sharedHostOf('x.windows.net')).toBeNull();
    expect(sharedHostOf('io')).toBeNull();
    // The shared host itself is no tenant of it.
    expect(sharedHostOf('github.io')).toBeNull();
    expect(sharedHostOf('blob.core.windows.net')).toBeNull();
    expect(sharedHostOf('bank.github.io')).toBe('github.io');
  });

  it('needs a dot before a parent domain', () => {
    expect(sameSite('xgithub.io', 'github.io')).toBe(false);
    expect(sameSite('evilexample.com', 'example.com')).toBe(false);
    expect(sameSite('example.com', 'a.b.example.com')).toBe(true);
    expect(sameSite('a.example.com', 'example.com')).toBe(true);
    expect(sameSite('paypal.github.io', 'github.io')).toBe(true);
  });
});
