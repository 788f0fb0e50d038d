/** Recipient splitting and checking, edit distance and provider suggestions (utils/analysis/address.ts). */
import { describe, expect, it, vi } from 'vitest';
import {
  checkAddress,
  editDistance,
  isProviderDomain,
  splitAddresses,
  suggestProvider,
  suggestTld,
} from '../../utils/analysis/address';

const spans = (s: string) => splitAddresses(s).map((x) => [x.address, x.start, x.end]);

describe('splitAddresses', () => {
  it('splits on commas and semicolons outside quotes and angle brackets', () => {
    expect(spans('"Doe, Jane" <jane@x.cz>; bob@y.com')).toEqual([
      ['jane@x.cz', 13, 22],
      ['bob@y.com', 25, 34],
    ]);
    expect(spans('Doe, Jane <jane@x.cz>')).toEqual([
      ['Doe', 0, 3],
      ['jane@x.cz', 11, 20],
    ]);
    expect(spans('<a,b@x.cz>')).toEqual([['a,b@x.cz', 1, 9]]);
    expect(spans(' a@x.cz ,, ; ')).toEqual([['a@x.cz', 1, 7]]);
    expect(spans('"abc, def')).toEqual([['"abc, def', 0, 9]]);
    expect(spans('Jane <jane@x.cz')).toEqual([['jane@x.cz', 6, 15]]);
  });

  it('does not take a < of the next part for the current one', () => {
    expect(spans('a@x.cz,<b@y.cz>')).toEqual([
      ['a@x.cz', 0, 6],
      ['b@y.cz', 8, 14],
    ]);
  });

  it('starts each part afresh and keeps a > of a later part out', () => {
    expect(spans('"<" b, c>d')).toEqual([
      ['" b', 2, 5],
      ['c>d', 7, 10],
    ]);
    expect(spans('a>b, "c, d"')).toEqual([
      ['a>b', 0, 3],
      ['"c, d"', 5, 11],
    ]);
  });
});

describe('checkAddress', () => {
  const ok = (domain: string, tld: string) => ({ problem: null, domain, tld });
  it('matches each part of an address whole, not a prefix or suffix of it', () => {
    // Quoted local part: the quotes must open and close it.
    expect(checkAddress('x"ab"@example.com').problem).toBe('malformed');
    expect(checkAddress('"ab"x@example.com').problem).toBe('malformed');
    // Every label and the TLD: no character outside them at either end.
    expect(checkAddress('a@ex_ample.com').problem).toBe('malformed');
    expect(checkAddress('a@example.0om').problem).toBe('malformed');
    expect(checkAddress('a@example.co0').problem).toBe('malformed');
    // A name-only recipient is a quoted name and nothing else.
    expect(checkAddress('x"Eva"')).toEqual({ problem: 'missingAt', domain: '', tld: '' });
  });
  it('accepts ordinary, quoted and IP-literal addresses', () => {
    expect(checkAddress('Bob@Example.COM')).toEqual(ok('example.com', 'com'));
    expect(checkAddress('"a b"@x.cz')).toEqual(ok('x.cz', 'cz'));
    expect(checkAddress('a@[1.2.3.4]')).toEqual(ok('[1.2.3.4]', ''));
    expect(checkAddress('a@[IPv6:::1]')).toEqual(ok('[ipv6:::1]', ''));
    expect(checkAddress('a@xn--p1ai.xn--p1ai')).toEqual(ok('xn--p1ai.xn--p1ai', 'xn--p1ai'));
    expect(checkAddress('"Eva Nováková"')).toEqual({ problem: null, domain: '', tld: '', unverified: true });
  });

  it('names what is wrong', () => {
    const bad = (problem: string, domain: string, tld = '') => ({ problem, domain, tld });
    expect(checkAddress('bob')).toEqual(bad('missingAt', ''));
    expect(checkAddress('"Eva"x')).toEqual(bad('missingAt', ''));
    expect(checkAddress('@x.cz')).toEqual(bad('malformed', 'x.cz'));
    expect(checkAddress('a..b@x.cz')).toEqual(bad('malformed', 'x.cz'));
    expect(checkAddress('a@[1.2.3]')).toEqual(bad('malformed', '[1.2.3]'));
    expect(checkAddress('a@[1.2.3.4')).toEqual(bad('malformed', '[1.2.3.4'));
    expect(checkAddress('a@')).toEqual(bad('malformed', ''));
    expect(checkAddress('a@localhost')).toEqual(bad('malformed', 'localhost'));
    expect(checkAddress('a@-x.cz')).toEqual(bad('malformed', '-x.cz'));
    expect(checkAddress('a@x.123')).toEqual(bad('malformed', 'x.123', '123'));
    expect(checkAddress('a@x.con')).toEqual(bad('unknownTld', 'x.con', 'con'));
  });

  it('accepts an IP literal only as the whole domain, with octets of 1–3 digits', () => {
    expect(checkAddress('a@[1.2.3.45]').problem).toBeNull();
    expect(checkAddress('a@[1.2.3.255]').problem).toBeNull();
    for (const domain of ['[x[1.2.3.4]', '[1.2.3.4]x]', '[x[ipv6:::1]', '[ipv6:::1]x]', '[1.2.3.4567]'])
      expect(checkAddress(`a@${domain}`), domain).toEqual({ problem: 'malformed', domain, tld: '' });
  });

  it('keeps to the RFC 5321 length limits', () => {
    expect(checkAddress('a'.repeat(64) + '@x.cz').problem).toBeNull();
    expect(checkAddress('a'.repeat(65) + '@x.cz').problem).toBe('malformed');
    const label = 'b'.repeat(60);
    const domain = `${label}.${label}.${label}.${'c'.repeat(60)}.cz`; // 246 characters
    expect(domain).toHaveLength(246);
    expect(checkAddress(`aaaaaaa@${domain}`).problem).toBeNull(); // 254 in all
    expect(checkAddress(`aaaaaaaa@${domain}`).problem).toBe('malformed');
    const long = `${'d'.repeat(63)}.`.repeat(4) + 'cz'; // 258 characters
    expect(checkAddress(`a@${long}`)).toEqual({ problem: 'malformed', domain: long, tld: '' });
  });
});

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and swaps of neighbours', () => {
    expect(editDistance('abc', 'abc')).toBe(0);
    expect(editDistance('ab', 'ba')).toBe(1);
    expect(editDistance('abcd', 'acbd')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('abc', 'abxc')).toBe(1);
    expect(editDistance('abxc', 'abc')).toBe(1);
    expect(editDistance('', 'ab')).toBe(2);
    expect(editDistance('ab', '')).toBe(2);
    expect(editDistance('ca', 'abc')).toBe(3);
  });

  it('stops past the maximum', () => {
    expect(editDistance('', 'abcde')).toBe(4);
    expect(editDistance('a', 'abcdefg')).toBe(4);
    expect(editDistance('abcdefg', 'a', 2)).toBe(3);
    expect(editDistance('a', 'abcde')).toBe(4);
    expect(editDistance('a', 'abcde', 4)).toBe(4);
    expect(editDistance('a', 'abcdef', 4)).toBe(5);
    expect(editDistance('aaaa', 'bbbb', 1)).toBe(2);
    expect(editDistance('aaaa', 'bbbb', 4)).toBe(4);
  });

  it('handles strings longer than its reused rows', () => {
    const a = 'a'.repeat(100);
    expect(editDistance(a, 'a'.repeat(99) + 'b')).toBe(1);
    expect(editDistance('gmial', 'gmail')).toBe(1);
  });

  // The rows are module state: a fresh module starts with 64 cells, so these calls grow them.
  it('grows its rows for a 64-character string and for a longer one', async () => {
    vi.resetModules();
    const fresh = await import('../../utils/analysis/address');
    expect(fresh.editDistance('a'.repeat(64), 'a'.repeat(63) + 'b')).toBe(1);
    vi.resetModules();
    const other = await import('../../utils/analysis/address');
    expect(other.editDistance('b'.repeat(70), 'b'.repeat(68) + 'cb')).toBe(1);
    expect(other.editDistance('b'.repeat(66) + 'cd', 'b'.repeat(66) + 'dc')).toBe(1);
  });
});

describe('suggestProvider', () => {
  it('suggests the provider one slip away', () => {
    expect(suggestProvider('gmial.com')).toBe('gmail.com');
    expect(suggestProvider('mgail.com')).toBe('gmail.com');
    expect(suggestProvider('gmaill.com')).toBe('gmail.com');
    expect(suggestProvider('gmail.con')).toBe('gmail.com');
    expect(suggestProvider('gmail.de')).toBe('gmail.com');
    expect(suggestProvider('GMIAL.COM.')).toBe('gmail.com');
  });

  it('allows two edits for long names or shuffled letters, plus a fixed ending', () => {
    expect(suggestProvider('sezman.cz')).toBe('seznam.cz');
    expect(suggestProvider('sezman.zc')).toBe('seznam.cz');
    expect(suggestProvider('protnmial.com')).toBe('protonmail.com');
    expect(suggestProvider('protnmial.con')).toBe('protonmail.com');
    expect(suggestProvider('outlk.com')).toBeNull();
    expect(suggestProvider('yhaoo.com')).toBe('yahoo.com');
    expect(suggestProvider('fsatmal.com')).toBe('fastmail.com'); // eight letters: two edits allowed
    expect(suggestProvider('zohi.com')).toBe('zoho.com'); // four letters: one edit allowed
  });

  it('keeps two edits of a short name, a dropped first letter and an ending-less name unsuggested', () => {
    expect(suggestProvider('mgali.com')).toBeNull(); // gmail shuffled twice: five letters only
    expect(suggestProvider('utlook.com')).toBeNull();
    expect(suggestProvider('ahoo.com')).toBeNull();
    expect(suggestProvider('gmailx')).toBeNull();
    expect(suggestProvider('azet.com')).toBeNull(); // a distinct name, but too short to be sure
    expect(suggestProvider('zoznam.cz')).toBe('zoznam.sk');
  });

  it('leaves providers, known look-alikes, short names and other first letters alone', () => {
    for (const d of [
      'gmail.com',
      'ymail.com',
      'gmx.com',
      'aoll.com',
      'xmail.com',
      'email.de',
      '.com',
      'gmail',
      '',
    ])
      expect(suggestProvider(d), d).toBeNull();
    expect(suggestProvider('gmail.com')).toBeNull(); // cached answer
  });
});

describe('suggestTld and isProviderDomain', () => {
  it('fixes a slipped ending only after a name', () => {
    expect(suggestTld('acme.con')).toBe('acme.com');
    expect(suggestTld('a.b.zc')).toBe('a.b.cz');
    expect(suggestTld('acme.xyz')).toBeNull();
    expect(suggestTld('con')).toBeNull();
    expect(suggestTld('.con')).toBeNull();
  });

  it('knows the provider domains exactly', () => {
    expect(isProviderDomain('gmail.com')).toBe(true);
    expect(isProviderDomain('gmail.co')).toBe(false);
  });
});
