/** The link-target parser of utils/analysis/url.ts (mutation tests). */
import { describe, expect, it } from 'vitest';
import {
  isClickTracker,
  isDefaultPort,
  isIpHost,
  parseLinkTarget,
  shortenerOf,
} from '../../utils/analysis/url';

const t = (scheme: string, host: string, port = NaN, userinfo = '') => ({ scheme, host, port, userinfo });

describe('parseLinkTarget', () => {
  it('reads scheme, host, port and userinfo', () => {
    expect(parseLinkTarget('HTTPS://User:pw@Example.COM.:8443/path?q#f')).toEqual(
      t('https', 'example.com', 8443, 'User:pw'),
    );
    expect(parseLinkTarget('http://a.example?x=1')).toEqual(t('http', 'a.example'));
    expect(parseLinkTarget('http://a.example#top')).toEqual(t('http', 'a.example'));
    expect(parseLinkTarget('https://paypal.com@evil.example/')).toEqual(
      t('https', 'evil.example', NaN, 'paypal.com'),
    );
    expect(parseLinkTarget('https://a@b@c.example/')).toEqual(t('https', 'c.example', NaN, 'a@b'));
    expect(parseLinkTarget('https://@evil.example/')).toEqual(t('https', 'evil.example'));
    expect(parseLinkTarget('http://:80/')).toEqual(t('http', '', 80));
    expect(parseLinkTarget('http://?a.example')).toEqual(t('http', ''));
    expect(parseLinkTarget('http://#a.example')).toEqual(t('http', ''));
    expect(parseLinkTarget('http://a.example../')).toEqual(t('http', 'a.example'));
    expect(parseLinkTarget('a+b.c-d:x')).toEqual(t('a+b.c-d', ''));
  });

  it('handles links without a scheme', () => {
    expect(parseLinkTarget('WWW.Example.com/x')).toEqual(t('', 'www.example.com'));
    expect(parseLinkTarget('//cdn.example/x')).toEqual(t('', 'cdn.example'));
    expect(parseLinkTarget('page.html')).toEqual(t('', ''));
    expect(parseLinkTarget('wwwx.example')).toEqual(t('', ''));
    expect(parseLinkTarget('/www.example')).toEqual(t('', ''));
    expect(parseLinkTarget('docs/www.example')).toEqual(t('', ''));
    expect(parseLinkTarget('\\www.example')).toEqual(t('', ''));
    expect(parseLinkTarget('')).toBeNull();
    expect(parseLinkTarget(' \t\n ')).toBeNull();
  });

  it('drops tabs and newlines anywhere and controls at the ends, as browsers do', () => {
    expect(parseLinkTarget('java\tscr\nipt:alert(1)')).toEqual(t('javascript', ''));
    expect(parseLinkTarget(' \u0001https://a.example/ \u0000')).toEqual(t('https', 'a.example'));
    expect(parseLinkTarget('https://a .example/')).toEqual(t('https', 'a .example'));
  });

  it('treats backslashes as slashes and a scheme without // as hostless', () => {
    expect(parseLinkTarget('https:\\\\evil.example\\x')).toEqual(t('https', 'evil.example'));
    expect(parseLinkTarget('mailto:bob@example.com')).toEqual(t('mailto', ''));
    expect(parseLinkTarget('https:/a.example')).toEqual(t('https', ''));
  });

  // Regression: these went to evil.example in browsers but were read as hostless (round 2, 2026-12-01).
  it('reads backslashed and extra slashes as browsers do', () => {
    for (const href of ['\\\\evil.example/x', '/\\evil.example', '\\/evil.example', '///evil.example'])
      expect(parseLinkTarget(href), href).toEqual(t('', 'evil.example'));
    for (const scheme of ['http', 'https', 'ws', 'wss', 'ftp'])
      expect(parseLinkTarget(`${scheme}:///evil.example`), scheme).toEqual(t(scheme, 'evil.example'));
    expect(parseLinkTarget('HTTPS:\\\\\\u@evil.example:81')).toEqual(t('https', 'evil.example', 81, 'u'));
    // Other schemes keep an empty host there.
    expect(parseLinkTarget('foo:///evil.example')).toEqual(t('foo', ''));
    // … and read the authority after exactly two slashes.
    expect(parseLinkTarget('svn://host.example/x')).toEqual(t('svn', 'host.example'));
  });

  it('reads ports of 1–5 digits only', () => {
    expect(parseLinkTarget('http://a.example:80')).toEqual(t('http', 'a.example', 80));
    expect(parseLinkTarget('http://a.example:123456')).toEqual(t('http', 'a.example'));
    expect(parseLinkTarget('http://a.example:x1')).toEqual(t('http', 'a.example'));
    expect(parseLinkTarget('http://a.example:')).toEqual(t('http', 'a.example'));
  });

  it('reads bracketed IPv6 hosts and their ports', () => {
    expect(parseLinkTarget('http://[::1]:8080/')).toEqual(t('http', '::1', 8080));
    expect(parseLinkTarget('http://[::1]/')).toEqual(t('http', '::1'));
    expect(parseLinkTarget('http://[::1]x8080/')).toEqual(t('http', '::1'));
    expect(parseLinkTarget('http://[::1]:abc/')).toEqual(t('http', '::1'));
    expect(parseLinkTarget('http://[::1]:123456/')).toEqual(t('http', '::1'));
    expect(parseLinkTarget('http://[::1')).toEqual(t('http', '::1'));
    expect(parseLinkTarget('http://[FE80::1]')).toEqual(t('http', 'fe80::1'));
  });

  it('reads the first 4,096 characters only', () => {
    const long = 'https://' + 'a'.repeat(4088) + 'x.example';
    expect(parseLinkTarget(long)?.host).toBe('a'.repeat(4088));
    expect(parseLinkTarget('https://' + 'a'.repeat(4086) + ':12')?.port).toBe(1);
  });
});

describe('isIpHost', () => {
  it('knows the literal forms browsers accept', () => {
    for (const h of ['1.2.3.4', '3232235777', '0x7f.1', '0x7f000001', '::1', 'fe80::1', '::ffff:1.2.3.4'])
      expect(isIpHost(h), h).toBe(true);
    for (const h of [
      '',
      'example.com',
      '1.2.3.4.5',
      '1.2.3.x',
      '12345678901',
      'g::1',
      '::1g',
      '0x123456789',
      '1..2',
    ])
      expect(isIpHost(h), h).toBe(false);
  });
});

describe('isDefaultPort', () => {
  it('is true without a port and for the scheme’s own port', () => {
    expect(isDefaultPort('https', NaN)).toBe(true);
    expect(isDefaultPort('http', 80)).toBe(true);
    expect(isDefaultPort('https', 443)).toBe(true);
    expect(isDefaultPort('', 80)).toBe(true);
    expect(isDefaultPort('', 443)).toBe(true);
    expect(isDefaultPort('http', 443)).toBe(false);
    expect(isDefaultPort('https', 80)).toBe(false);
    expect(isDefaultPort('', 8080)).toBe(false);
    expect(isDefaultPort('ftp', 80)).toBe(false);
    expect(isDefaultPort('ftp', 443)).toBe(false);
  });
});

describe('shortenerOf and isClickTracker', () => {
  it('match a listed domain and its subdomains only', () => {
    expect(shortenerOf('bit.ly')).toBe('bit.ly');
    expect(shortenerOf('go.bit.ly')).toBe('bit.ly');
    expect(shortenerOf('notbit.ly')).toBeNull();
    expect(shortenerOf('ly')).toBeNull();
    expect(shortenerOf('')).toBeNull();
    expect(shortenerOf('.bit.ly')).toBe('bit.ly');
    expect(shortenerOf('go..bit.ly')).toBe('bit.ly');
    expect(isClickTracker('us1.list-manage.com')).toBe(true);
    expect(isClickTracker('list-manage.com.evil.example')).toBe(false);
  });
});
