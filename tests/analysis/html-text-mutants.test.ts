/**
 * The HTML scanner's derived text, its map back to the HTML, comments and the work budget (mutation
 * tests: exact outputs for small inputs).
 */
import { describe, expect, it } from 'vitest';
import { mapToHtml, scanHtml, TextMap } from '../../utils/analysis/html';
import { WorkBudget } from '../../utils/analysis/budget';

type Seg = [text: number, html: number, htmlLength: number, exact: number];
function derive(html: string): { text: string; segs: Seg[]; visible: number; work: number } {
  const s = scanHtml(html, { text: true });
  const segs: Seg[] = [];
  for (let k = 0; k < s.map!.length; k++)
    segs.push([s.map!.text[k]!, s.map!.html[k]!, s.map!.htmlLength[k]!, s.map!.exact[k]!]);
  return { text: s.text, segs, visible: s.visibleChars, work: s.work };
}

describe('derived text and its segments', () => {
  it.each<[string, string, Seg[], number, number]>([
    [
      'a &amp; b',
      'a & b',
      [
        [0, 0, 2, 1],
        [2, 2, 5, 0],
        [3, 7, 2, 1],
      ],
      9,
      9,
    ],
    [
      'x&nbsp;y',
      'x y',
      [
        [0, 0, 1, 1],
        [1, 1, 6, 0],
        [2, 7, 1, 1],
      ],
      8,
      8,
    ],
    ['a&amp', 'a&amp', [[0, 0, 5, 1]], 5, 5],
    [
      '&lt;&gt;',
      '<>',
      [
        [0, 0, 4, 0],
        [1, 4, 4, 0],
      ],
      8,
      8,
    ],
    [
      'a&#1',
      'a\u0001',
      [
        [0, 0, 1, 1],
        [1, 1, 3, 0],
      ],
      4,
      4,
    ],
    ['a &foo; b', 'a &foo; b', [[0, 0, 9, 1]], 9, 9],
    [
      '<b>&amp;</b>c',
      '&c',
      [
        [0, 3, 5, 0],
        [1, 12, 1, 1],
      ],
      6,
      29,
    ],
    ['  x  ', '  x  ', [[0, 0, 5, 1]], 1, 5],
    ['a< b', 'a< b', [[0, 0, 4, 1]], 4, 4],
    ['a<3b', 'a<3b', [[0, 0, 4, 1]], 4, 4],
    [
      'a</ b>c',
      'ac',
      [
        [0, 0, 1, 1],
        [1, 6, 1, 1],
      ],
      2,
      16,
    ],
    [
      'a</>b',
      'ab',
      [
        [0, 0, 1, 1],
        [1, 4, 1, 1],
      ],
      2,
      14,
    ],
    [
      'a<br>b',
      'a\nb',
      [
        [0, 0, 1, 1],
        [1, 1, 0, 0],
        [2, 5, 1, 1],
      ],
      2,
      14,
    ],
    [
      '<p>one</p><p>two</p>',
      '\none\n\ntwo\n',
      [
        [0, 0, 0, 0],
        [1, 3, 3, 1],
        [4, 6, 0, 0],
        [5, 10, 0, 0],
        [6, 13, 3, 1],
        [9, 16, 0, 0],
      ],
      6,
      52,
    ],
  ])('%j', (html, text, segs, visible, work) => {
    expect(derive(html)).toEqual({ text, segs, visible, work });
  });

  it('builds no text or map unless asked', () => {
    const s = scanHtml('a &amp; b');
    expect(s.text).toBe('');
    expect(s.map).toBeNull();
    expect(s.visibleChars).toBe(9);
  });
});

describe('comments and other markup declarations', () => {
  it.each<[string, string, number[][], number]>([
    [
      'a<!-- c -->b',
      'ab',
      [
        [0, 0, 1, 1],
        [1, 11, 1, 1],
      ],
      21,
    ],
    [
      'a<!-->b',
      'ab',
      [
        [0, 0, 1, 1],
        [1, 6, 1, 1],
      ],
      16,
    ],
    [
      'a<!--->b',
      'ab',
      [
        [0, 0, 1, 1],
        [1, 7, 1, 1],
      ],
      17,
    ],
    [
      'a<!-- x --!>b',
      'ab',
      [
        [0, 0, 1, 1],
        [1, 12, 1, 1],
      ],
      22,
    ],
    [
      'a<!-- x -- >b--> c',
      'a c',
      [
        [0, 0, 1, 1],
        [1, 16, 2, 1],
      ],
      27,
    ],
    ['a<!-- open', 'a', [[0, 0, 1, 1]], 19],
    [
      'a<?php x ?>b',
      'ab',
      [
        [0, 0, 1, 1],
        [1, 11, 1, 1],
      ],
      21,
    ],
    [
      'a<!DOCTYPE html>b',
      'ab',
      [
        [0, 0, 1, 1],
        [1, 16, 1, 1],
      ],
      26,
    ],
    ['a<!x', 'a', [[0, 0, 1, 1]], 13],
  ])('%j', (html, text, segs, work) => {
    const d = derive(html);
    expect([d.text, d.segs, d.work]).toEqual([text, segs, work]);
  });
});

describe('mapToHtml', () => {
  const html = '<p>hello <b>world</b> &amp; more</p>';
  const s = scanHtml(html, { text: true });

  it('maps ranges of text back to the HTML, references as a whole', () => {
    expect(s.text).toBe('\nhello world & more\n');
    const ranges: [number, number, [number, number]][] = [
      [0, 1, [0, 0]],
      [1, 6, [3, 8]],
      [7, 12, [12, 17]],
      [12, 13, [21, 22]],
      [13, 14, [22, 27]],
      [13, 16, [22, 29]],
      [6, 7, [8, 9]],
      [3, 3, [5, 5]],
      [0, 0, [0, 0]],
      [15, 16, [28, 29]],
      [19, 20, [32, 32]],
      [0, 30, [0, 32]],
    ];
    for (const [a, b, want] of ranges) expect(mapToHtml(s.map!, a, b), `${a}-${b}`).toEqual(want);
    expect(html.slice(22, 29)).toBe('&amp; m');
  });

  it('maps nothing to 0 in an empty map, and never ends before it starts', () => {
    expect(mapToHtml(new TextMap(), 3, 5)).toEqual([0, 0]);
    expect(mapToHtml(s.map!, 7, 3)).toEqual([12, 12]);
  });

  it('keeps every segment past the first 64, and long text past 65,536 units', () => {
    const many = 'x<br>'.repeat(100);
    const d = scanHtml(many, { text: true });
    expect(d.map!.length).toBe(200);
    expect(d.text).toBe('x\n'.repeat(100));
    expect(mapToHtml(d.map!, 198, 199)).toEqual([495, 496]);
    expect(mapToHtml(d.map!, 2, 3)).toEqual([5, 6]);
    const long = 'a'.repeat(70_000) + '<br>' + 'b'.repeat(10_000) + '&amp;c';
    const t = scanHtml(long, { text: true });
    expect(t.text).toBe('a'.repeat(70_000) + '\n' + 'b'.repeat(10_000) + '&c');
    expect(mapToHtml(t.map!, 80_001, 80_002)).toEqual([80_004, 80_009]);
    expect(mapToHtml(t.map!, 80_002, 80_003)).toEqual([80_009, 80_010]);
  });
});

describe('work budget', () => {
  it('stops when the work passes the budget, and spends what it did', () => {
    const b = new WorkBudget(20);
    const t = scanHtml('<p>hello</p><p>world and more</p>', { budget: b });
    expect([t.partial, t.work, b.used, b.exhausted, t.visibleChars]).toEqual([true, 28, 28, true, 5]);
  });

  it('reads to the end within the budget', () => {
    const b = new WorkBudget(1000);
    const t = scanHtml('<p>hello</p>', { budget: b });
    expect([t.partial, t.work, b.used, b.exhausted, t.visibleChars]).toEqual([false, 28, 28, false, 5]);
    const u = scanHtml('<p>hello</p>');
    expect([u.partial, u.work]).toEqual([false, 28]);
  });
});

describe('raw text, cut-off tags and element facts', () => {
  it.each<[string, string, number, number]>([
    ['<script>x<y</script>z', 'z', 37, 1],
    ['<title>a</title >b', 'b', 34, 1],
    ['<style>p{}</styleX>q</style>r', 'r', 45, 1],
    ['<plaintext>a<b>c', 'a<b>c', 24, 5],
    ['<textarea>a', '', 19, 0],
    ['<b>x</b>y</', 'xy</', 26, 4],
    ['</', '</', 1, 2],
    ['a</b', 'a', 13, 1],
  ])('%j', (html, text, work, visible) => {
    const s = scanHtml(html, { text: true });
    expect([s.text, s.work, s.visibleChars]).toEqual([text, work, visible]);
  });

  it('reads image sizes from the style, else from the attributes (NaN when not a number)', () => {
    const a = scanHtml('<img width="abc" height="10px">').images;
    expect(a).toEqual([{ src: '', start: 0, end: 31, width: NaN, height: 10, hidden: false }]);
    const b = scanHtml('<img style="width:5px" width="9" height="4">').images;
    expect(b).toEqual([{ src: '', start: 0, end: 44, width: 5, height: 4, hidden: false }]);
  });

  it('knows each Outlook reply header id', () => {
    for (const id of ['appendonsend', 'x_divRplyFwdMsg', 'divRplyFwdMsg']) {
      const s = scanHtml(`<div id="${id}"></div>after`, { text: true });
      expect([s.text, s.visibleChars, s.hasQuote], id).toEqual(['\n\n', 0, true]);
    }
    const t = scanHtml('<div id="divRplyFwdMsg2"></div>after', { text: true });
    expect([t.text, t.hasQuote]).toEqual(['\n\nafter', false]);
  });

  it('keeps the background of the style when bgcolor is no colour', () => {
    const s = scanHtml(
      '<div bgcolor="nonsense" style="background:#000"><span style="color:#010101">abc</span></div>',
    );
    expect(s.hidden).toEqual([{ start: 76, end: 79, chars: 3, reason: 'sameColor' }]);
  });
});
