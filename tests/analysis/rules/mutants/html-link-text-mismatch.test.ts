import { describe, expect, it } from 'vitest';
import rule from '../../../../utils/analysis/rules/html-link-text-mismatch';
import { factors, unitRun } from './weights';

const a = (href: string, text: string) => `<a href="${href}">${text}</a>`;
const run = (...links: string[]) => unitRun(rule, { html: `<p>${links.join(' ')}</p>` });

describe('html-link-text-mismatch (mutants)', () => {
  it('names the shown and the real site, dropping only a leading www.', () => {
    expect(run(a('https://evil.example/', 'www.bank.com'))[0]?.data).toEqual({
      shown: 'bank.com',
      actual: 'evil.example',
    });
    expect(run(a('https://evil.example/', 'https://mywww.bank.com'))[0]?.data).toEqual({
      shown: 'bank.com',
      actual: 'evil.example',
    });
    expect(run(a('//evil.example/', 'www.bank.com'))[0]?.data).toEqual({
      shown: 'bank.com',
      actual: 'evil.example',
    });
  });

  it('reads link texts of 4 to 300 characters', () => {
    expect(run(a('https://evil.example/', 'x.cz'))).toHaveLength(1);
    // The scanner caps one text run at 300 characters; two runs can make a longer text.
    const long = (n: number) => `bank.com/${'x'.repeat(200)}<b>${'y'.repeat(n)}</b>`;
    expect(run(a('https://evil.example/', long(91)))).toHaveLength(1);
    expect(run(a('https://evil.example/', long(92)))).toEqual([]);
  });

  it('skips empty, hostless and non-web targets', () => {
    expect(
      run(
        a('', 'www.bank.com'),
        a('mailto:x@evil.example', 'www.bank.com'),
        a('ftp://evil.example/', 'www.bank.com'),
      ),
    ).toEqual([]);
  });

  it('weighs a fifth more per further link (1.6 at most) and points at 20 links', () => {
    const link = a('https://evil.example/', 'www.bank.com');
    expect(factors(rule, { html: `<p>${link}</p>` })).toEqual([['mismatch', 1]]);
    expect(factors(rule, { html: `<p>${link} ${link}</p>` })).toEqual([['mismatch', 1.2]]);
    expect(factors(rule, { html: `<p>${link.repeat(4)}</p>` })).toEqual([['mismatch', 1.6]]);
    expect(factors(rule, { html: `<p>${link.repeat(5)}</p>` })).toEqual([['mismatch', 1.6]]);
    expect(run(...Array<string>(21).fill(link))[0]?.evidence).toHaveLength(20);
    expect(unitRun(rule, { text: 'www.bank.com' })).toEqual([]);
  });

  it('reads link texts of 300 characters at most', () => {
    // The scanner keeps the first 300 characters of each piece of text, so two pieces can pass 300.
    const text = (n: number) => `https://bank.com/${'a'.repeat(282)}<span>${'a'.repeat(n - 299)}</span>`;
    expect(factors(rule, { html: a('https://evil.example/', text(300)) })).toEqual([['mismatch', 1]]);
    expect(factors(rule, { html: a('https://evil.example/', text(301)) })).toEqual([]);
  });
});
