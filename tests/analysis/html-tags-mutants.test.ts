/** The HTML scanner's tag tokenizer: attribute names, values and ranges (mutation tests). */
import { afterEach, describe, expect, it } from 'vitest';
import { scanHtml, setTokenHook } from '../../utils/analysis/html';

afterEach(() => setTokenHook(null));

function tags(html: string): [string, [string, string][]][] {
  const out: [string, [string, string][]][] = [];
  setTokenHook((tag, attrs) => out.push([tag, attrs.map(([n, v]) => [n, v])]));
  scanHtml(html);
  setTokenHook(null);
  return out;
}

describe('attributes as the tokenizer reads them', () => {
  it.each<[string, [string, [string, string][]][]]>([
    ['<a href="x">', [['a', [['href', 'x']]]]],
    ["<a href='x y'>", [['a', [['href', 'x y']]]]],
    ['<a href=x>', [['a', [['href', 'x']]]]],
    ['<a href = "x" >', [['a', [['href', 'x']]]]],
    ['<a\thref\n=\fx\r>', [['a', [['href', 'x']]]]],
    ['<a href=x"y\'z<`=>', [['a', [['href', 'x"y\'z<`=']]]]],
    ['<a href>', [['a', [['href', '']]]]],
    ['<a href=>', [['a', [['href', '']]]]],
    [
      '<a HREF="X" Id=y>',
      [
        [
          'a',
          [
            ['href', 'X'],
            ['id', 'y'],
          ],
        ],
      ],
    ],
    [
      '<a b="1"c=2>',
      [
        [
          'a',
          [
            ['b', '1'],
            ['c', '2'],
          ],
        ],
      ],
    ],
    ['<a x"y=1>', [['a', [['x"y', '1']]]]],
    ['<a =b>', [['a', [['=b', '']]]]],
    ['<a / b />', [['a', [['b', '']]]]],
    ['<a/b>', [['a', [['b', '']]]]],
    ['<img src="&#106;s&amp;">', [['img', [['src', 'js&']]]]],
    ['<DIV Class=a>', [['div', [['class', 'a']]]]],
    ['<a href="x', []],
    ['<a href=x', []],
    ['<a href', []],
    ['<a', []],
  ])('%j', (html, want) => {
    expect(tags(html)).toEqual(want);
  });
});

describe('attributes the scan keeps', () => {
  it('keeps the first of a repeated attribute, with the range of its raw value', () => {
    const s = scanHtml('<a href="&amp;one" HREF="two">t</a>');
    expect(s.links).toMatchObject([{ href: '&one', hrefStart: 9, hrefEnd: 17, text: 't' }]);
    const u = scanHtml('<a href=x/y>t</a>');
    expect(u.links).toMatchObject([{ href: 'x/y', hrefStart: 8, hrefEnd: 11 }]);
    const e = scanHtml('<a href>t</a>');
    expect(e.links).toMatchObject([{ href: '', hrefStart: 7, hrefEnd: 7 }]);
  });

  it('reads the first 8192 characters of a value', () => {
    const long = 'h'.repeat(9000);
    const s = scanHtml(`<a href="${long}">t</a>`);
    expect(s.links[0]!.href).toBe('h'.repeat(8192));
    expect([s.links[0]!.hrefStart, s.links[0]!.hrefEnd]).toEqual([9, 9009]);
  });

  it('reads only the wanted names, whatever their length around seven letters', () => {
    const s = scanHtml('<img data-src="a" srcset="b" src="c" width="7" height="8" bgcolor="red">');
    expect(s.images).toMatchObject([{ src: 'c', width: 7, height: 8 }]);
    // "bgcolor" (7 letters) is read: a white text on its red background is not hidden.
    const t = scanHtml('<div bgcolor="#000000"><span style="color:#010101">hidden words</span></div>');
    expect(t.hidden.map((h) => h.reason)).toEqual(['sameColor']);
    const u = scanHtml('<div bgcolor2="#000000"><span style="color:#010101">seen words</span></div>');
    expect(u.hidden).toEqual([]);
  });

  it('drops a tag the input ends in, and reads tag names up to a space, "/" or ">"', () => {
    expect(scanHtml('x <a href="y').links).toEqual([]);
    expect(scanHtml('<a/href="y">t</a>').links).toMatchObject([{ href: 'y' }]);
    expect(scanHtml('<a\nhref="y">t</a>').links).toMatchObject([{ href: 'y' }]);
    expect(scanHtml('<abbr href="y">t</abbr>').links).toEqual([]);
    expect(scanHtml('<A HREF="y">t</A>').links).toMatchObject([{ href: 'y', text: 't' }]);
  });
});
