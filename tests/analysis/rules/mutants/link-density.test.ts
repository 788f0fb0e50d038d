import { describe, expect, it } from 'vitest';
import rule from '../../../../utils/analysis/rules/link-density';
import { factors, unitRun } from './weights';

const QUOTE = '\n\nOn Mon, 1 Apr 2024 at 10:00, X <x@y.com> wrote:\n> ';
const urls = (n: number) => Array.from({ length: n }, (_, i) => `https://a.example/${i}`).join(' ');
const prose = (chars: number) => 'xxxxxxxxxx '.repeat(Math.floor(chars / 10)) + 'x'.repeat(chars % 10);
const links = (hrefs: string[]) => hrefs.map((h) => `<a href="${h}">x</a>`).join(' ');

describe('link-density (mutants)', () => {
  it('weighs 0.5 + 0.08 per link (20 at most), × 1.5 under 20 characters of text per link, 2.5 at most', () => {
    expect(factors(rule, { text: `${prose(99)} ${urls(5)}` })).toEqual([['manyLinks', 1.35]]);
    expect(factors(rule, { text: `${prose(100)} ${urls(5)}` })).toEqual([['manyLinks', 0.9]]);
    expect(factors(rule, { text: `${prose(299)} ${urls(5)}` })).toEqual([['manyLinks', 0.9]]);
    expect(factors(rule, { text: `${prose(300)} ${urls(5)}` })).toEqual([]);
    expect(factors(rule, { text: `${prose(420)} ${urls(21)}` })).toEqual([['manyLinks', 2.1]]);
    expect(factors(rule, { text: urls(25) })).toEqual([['manyLinks', 2.5]]);
    expect(factors(rule, { text: urls(4) })).toEqual([]);
  });

  it('reads the own text only and points at 20 links at most', () => {
    expect(factors(rule, { text: `${prose(100)} ${urls(5)}${QUOTE}${prose(500)}` })).toEqual([
      ['manyLinks', 0.9],
    ]);
    expect(unitRun(rule, { text: urls(21) })[0]?.evidence).toHaveLength(20);
  });

  it('does not count mail, phone and in-page links in HTML', () => {
    const web = Array.from({ length: 4 }, (_, i) => `https://a.example/#p${i}`);
    expect(factors(rule, { html: `<p>${links([...web, 'mailto:a@b.cz', ' tel:123', '#top'])}</p>` })).toEqual(
      [],
    );
    expect(factors(rule, { html: `<p>${links([...web, 'https://b.example/'])}</p>` })).toEqual([
      ['manyLinks', 1.35],
    ]);
    const many = Array.from({ length: 21 }, (_, i) => `https://a.example/${i}`);
    expect(unitRun(rule, { html: `<p>${links(many)}</p>` })[0]?.evidence).toHaveLength(20);
  });
});
