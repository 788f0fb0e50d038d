import { describe, expect, it } from 'vitest';
import rule from '../../../../utils/analysis/rules/link-suspicious-target';
import { factors, unitRun } from './weights';

const html = (...hrefs: string[]) => ({
  html: `<p>${hrefs.map((h) => `<a href="${h}">x</a>`).join(' ')}</p>`,
});
const ids = (...hrefs: string[]) => factors(rule, html(...hrefs)).map(([id]) => id);

describe('link-suspicious-target (mutants)', () => {
  it('calls a host dressed up as a brand or a login page deceptive', () => {
    for (const host of [
      'paypal-help.example',
      'paypalsecure.example',
      'securepaypal.example',
      'secure-login.example',
    ])
      expect(ids(`https://${host}/`), host).toEqual(['deceptiveHost']);
    for (const host of [
      'paypalfun.example',
      'funpaypal.example',
      'secure-shop.example',
      'paypal',
      'paypal.com',
    ])
      expect(ids(`https://${host}/`), host).toEqual([]);
  });

  it('grows the weight by a tenth per further link, to 1.5 × at most, pointing at 20 links', () => {
    expect(factors(rule, html('http://10.0.0.1/'))).toEqual([['ipAddress', 1.2]]);
    expect(factors(rule, html('http://10.0.0.1/', 'http://10.0.0.2/'))).toEqual([['ipAddress', 1.32]]);
    const many = Array.from({ length: 21 }, (_, i) => `http://10.0.0.${i}/`);
    const [f] = unitRun(rule, html(...many));
    expect(f?.weight).toBe(1.8);
    expect(f?.evidence).toHaveLength(20);
  });

  it('names script and data links, skips empty and non-web links', () => {
    expect(unitRun(rule, html('data:text/html,hi')).map((f) => f.data)).toEqual([{ scheme: 'data' }]);
    expect(unitRun(rule, html('vbscript:x')).map((f) => f.data)).toEqual([{ scheme: 'vbscript' }]);
    expect(ids('', 'ftp://10.0.0.1/', 'http:/10.0.0.1')).toEqual([]);
  });

  it('flags a user part only when it looks like a host', () => {
    expect(ids('https://user@evil.example/')).toEqual([]);
    expect(unitRun(rule, html('https://paypal.com@evil.example/')).map((f) => [f.messageId, f.data])).toEqual(
      [['link-suspicious-target.hiddenUserinfo', { host: 'evil.example' }]],
    );
  });

  it('reads a text URL as a host unless it starts with a scheme', () => {
    const text = (t: string) => factors(rule, { text: t }).map(([id]) => id);
    // Regression: "www.example.com:" was read as a scheme, so the port went unseen.
    expect(text('See www.example.com:8080/x now')).toEqual(['oddPort']);
    expect(text('See http://example.com:8080/x now')).toEqual(['oddPort']);
    expect(text('See bit.ly/x?a=b:c now')).toEqual(['shortener']);
  });

  it('reads no words from the empty first label of a malformed host', () => {
    // "..securelogin" has the registrable name ".securelogin": its first label is empty.
    expect(ids('https://..securelogin/')).toEqual([]);
    expect(ids('https://securelogin.example/')).toEqual(['deceptiveHost']);
  });

  it('skips links without a host', () => {
    expect(ids('/page', '?q=1', 'http://', 'https:', 'http:///x', '//', 'https://:8080/')).toEqual([]);
  });
});
