/**
 * Mutation tests for the HTML scanner (issue 13): each test pins one behaviour of utils/analysis/html.ts
 * that the rule tables and the tokenizer fuzz tests leave open (boundaries of the CSS readers, the
 * caps on links, images and hidden runs, the text map, the work budget).
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  mapToHtml,
  parseColor,
  scanHtml,
  setTokenHook,
  TextMap,
  withoutImportant,
} from '../../utils/analysis/html';
import { TOKEN_COST, WorkBudget } from '../../utils/analysis/budget';

afterEach(() => setTokenHook(null));

const text = (html: string): string => scanHtml(html, { text: true }).text;
const reasons = (html: string): string[] => scanHtml(html).hidden.map((h) => h.reason);

describe('withoutImportant', () => {
  it('drops "!important" with the spaces around the "!"', () => {
    expect(withoutImportant('red !important')).toBe('red');
    expect(withoutImportant('red! important')).toBe('red');
    expect(withoutImportant('red\t!\nimportant')).toBe('red');
    expect(withoutImportant('red!important')).toBe('red');
    expect(withoutImportant('!important')).toBe('');
  });

  it('keeps a value that only ends in "important" without the "!"', () => {
    expect(withoutImportant('red important')).toBe('red important');
    expect(withoutImportant('important')).toBe('important');
    expect(withoutImportant('  important')).toBe('  important');
    expect(withoutImportant('red')).toBe('red');
  });
});

describe('parseColor', () => {
  it('reads three-, four-, six- and eight-digit hex colours', () => {
    expect(parseColor('#fff')).toBe(0xffffff);
    expect(parseColor('#123')).toBe(0x112233);
    expect(parseColor('#abcd')).toBe(0xaabbcc);
    expect(parseColor('#123456')).toBe(0x123456);
    expect(parseColor('#12345678')).toBe(0x123456);
    expect(parseColor('  #ABCDEF  ')).toBe(0xabcdef);
    expect(parseColor('#abcdef !important')).toBe(0xabcdef);
  });

  it('reads a zero alpha as transparent (-2), and only a zero alpha', () => {
    expect(parseColor('#fff0')).toBe(-2);
    expect(parseColor('#fff1')).toBe(0xffffff);
    expect(parseColor('#12345600')).toBe(-2);
    expect(parseColor('#12345601')).toBe(0x123456);
    expect(parseColor('#12345000')).toBe(-2);
    expect(parseColor('#00000010')).toBe(0);
  });

  it('rejects malformed hex colours (-1)', () => {
    expect(parseColor('#ff')).toBe(-1);
    expect(parseColor('#fffff')).toBe(-1);
    expect(parseColor('#1234567')).toBe(-1);
    expect(parseColor('#123456789')).toBe(-1);
    expect(parseColor('#ggg')).toBe(-1);
    expect(parseColor('x#fff')).toBe(-1);
    expect(parseColor('#fffx')).toBe(-1);
    expect(parseColor('#')).toBe(-1);
    expect(parseColor('')).toBe(-1);
    expect(parseColor('   ')).toBe(-1);
    expect(parseColor('!important')).toBe(-1);
  });

  it('reads rgb() and rgba(), commas or spaces, percentages, clamped at 255', () => {
    expect(parseColor('rgb(1, 2, 3)')).toBe(0x010203);
    expect(parseColor('rgb(1 2 3)')).toBe(0x010203);
    expect(parseColor('RGB( 255 , 128 , 0 )')).toBe(0xff8000);
    expect(parseColor('rgb(300, 999, 256)')).toBe(0xffffff);
    expect(parseColor('rgb(1.4, 1.5, 0.4)')).toBe(0x010200);
    expect(parseColor('rgb(10%, 20%, 30%)')).toBe(0x0a141e);
    expect(parseColor('rgba(1, 2, 3, 0.5)')).toBe(0x010203);
    expect(parseColor('rgb(1 2 3 / 50%)')).toBe(0x010203);
    expect(parseColor('rgba(1, 2, 3)')).toBe(0x010203);
  });

  it('reads a zero alpha in rgba() as transparent', () => {
    expect(parseColor('rgba(1, 2, 3, 0)')).toBe(-2);
    expect(parseColor('rgba(1, 2, 3, 0.0)')).toBe(-2);
    expect(parseColor('rgb(1 2 3 / 0%)')).toBe(-2);
    expect(parseColor('rgba(255,255,255,0.01)')).toBe(0xffffff);
  });

  it('rejects malformed functions', () => {
    expect(parseColor('rgb(1, 2)')).toBe(-1);
    expect(parseColor('rgb(1, 2, 3')).toBe(-1);
    expect(parseColor('xrgb(1, 2, 3)')).toBe(-1);
    expect(parseColor('rgb(1, 2, 3) x')).toBe(-1);
    expect(parseColor('rgb(1000, 2, 3)')).toBe(-1);
  });

  it('reads named colours, and nothing else', () => {
    expect(parseColor('White')).toBe(0xffffff);
    expect(parseColor('black')).toBe(0);
    expect(parseColor('red')).toBe(0xff0000);
    expect(parseColor('green')).toBe(0x008000);
    expect(parseColor('blue')).toBe(0x0000ff);
    expect(parseColor('yellow')).toBe(0xffff00);
    expect(parseColor('gray')).toBe(0x808080);
    expect(parseColor('grey')).toBe(0x808080);
    expect(parseColor('silver')).toBe(0xc0c0c0);
    expect(parseColor('whitesmoke')).toBe(0xf5f5f5);
    expect(parseColor('snow')).toBe(0xfffafa);
    expect(parseColor('ivory')).toBe(0xfffff0);
    expect(parseColor('ghostwhite')).toBe(0xf8f8ff);
    expect(parseColor('navy')).toBe(0x000080);
    expect(parseColor('orange')).toBe(0xffa500);
    expect(parseColor('lightgray')).toBe(0xd3d3d3);
    expect(parseColor('lightgrey')).toBe(0xd3d3d3);
    expect(parseColor('gainsboro')).toBe(0xdcdcdc);
    expect(parseColor('floralwhite')).toBe(0xfffaf0);
    expect(parseColor('linen')).toBe(0xfaf0e6);
    expect(parseColor('transparent')).toBe(-2);
    expect(parseColor('purple-ish')).toBe(-1);
  });

  it('reads no colour from Object.prototype (regression: "constructor" was a function, read as black)', () => {
    expect(parseColor('constructor')).toBe(-1);
    expect(parseColor('__proto__')).toBe(-1);
    expect(parseColor('tostring')).toBe(-1);
    // Black text on a "constructor" background was hidden as the same colour.
    expect(reasons('<p style="background-color:constructor;color:#000">x</p>')).toEqual([]);
    expect(reasons('<p style="background:constructor;color:#000">x</p>')).toEqual([]);
  });
});

describe('hidden text: colours', () => {
  it('hides text whose colour is within a distance² of 150 of the background, and no farther', () => {
    // White background: (10, 7, 0) away is 149, (10, 7, 1) is 150.
    expect(reasons('<p style="color:#f5f8ff">x</p>')).toEqual(['sameColor']);
    expect(reasons('<p style="color:#f5f8fe">x</p>')).toEqual([]);
    expect(reasons('<p style="color:#fefefe">x</p>')).toEqual(['sameColor']);
    // Each channel counts: red, green and blue far apart on their own.
    expect(reasons('<p style="color:#00ffff">x</p>')).toEqual([]);
    expect(reasons('<p style="color:#ff00ff">x</p>')).toEqual([]);
    expect(reasons('<p style="color:#ffff00">x</p>')).toEqual([]);
    // Near-black on black.
    expect(reasons('<p style="color:#0a0700;background-color:#000">x</p>')).toEqual(['sameColor']);
    expect(reasons('<p style="color:#0a0701;background-color:#000">x</p>')).toEqual([]);
  });

  it('takes the background from background-color, the background shorthand or bgcolor', () => {
    expect(reasons('<td style="background-color:red;color:red">x</td>')).toEqual(['sameColor']);
    expect(reasons('<td style="background:red url(x.png);color:#ff0001">x</td>')).toEqual(['sameColor']);
    expect(reasons('<td style="background:#123 url(x.png);color:#123">x</td>')).toEqual(['sameColor']);
    expect(reasons('<td style="background:rgb(1,2,3) no-repeat;color:rgb(1,2,3)">x</td>')).toEqual([
      'sameColor',
    ]);
    expect(reasons('<td bgcolor="#000" style="color:#000">x</td>')).toEqual(['sameColor']);
    expect(reasons('<td bgcolor="#000"><font color="black">x</font></td>')).toEqual(['sameColor']);
    // A background word that is no colour leaves the background as it was (white here).
    expect(reasons('<td style="background:none;color:#fff">x</td>')).toEqual(['sameColor']);
    expect(reasons('<td style="background:none;color:#000">x</td>')).toEqual([]);
    // An unreadable bgcolor leaves it too.
    expect(reasons('<td bgcolor="nope" style="color:#fff">x</td>')).toEqual(['sameColor']);
    // A transparent background shows the parent's.
    expect(
      reasons('<td bgcolor="#000"><p style="background-color:transparent;color:#000">x</p></td>'),
    ).toEqual(['sameColor']);
    expect(reasons('<td bgcolor="#000"><p style="background:transparent;color:#fff">x</p></td>')).toEqual([]);
  });

  it('passes colour and background on to child elements', () => {
    expect(reasons('<div style="color:#fff"><span id="s">x</span></div>')).toEqual(['sameColor']);
    expect(
      reasons('<div style="background-color:#000"><span id="s" style="color:#000">x</span></div>'),
    ).toEqual(['sameColor']);
    expect(reasons('<div style="color:#000"><span style="color:#fff">x</span></div>')).toEqual(['sameColor']);
    expect(reasons('<div style="color:#fff"><span style="color:#000">x</span></div>')).toEqual(['sameColor']);
  });

  it('reads <font color> only on <font>', () => {
    expect(reasons('<font color="#ffffff">x</font>')).toEqual(['sameColor']);
    expect(reasons('<span color="#ffffff">x</span>')).toEqual([]);
  });

  it('hides text in a transparent colour', () => {
    expect(reasons('<span style="color:transparent">x</span>')).toEqual(['transparent']);
    expect(reasons('<span style="color:rgba(0,0,0,0)">x</span>')).toEqual(['transparent']);
    expect(reasons('<font color="#0000">x</font>')).toEqual(['transparent']);
  });

  it('does not compare an unknown colour', () => {
    expect(reasons('<span style="color:inherit">x</span>')).toEqual([]);
    expect(reasons('<span style="color:#fff;color:nonsense">x</span>')).toEqual([]);
  });
});

describe('hidden text: styles', () => {
  it('reads display, visibility, opacity', () => {
    expect(reasons('<p style="display:none">x</p>')).toEqual(['displayNone']);
    expect(reasons('<p style="display:block">x</p>')).toEqual([]);
    expect(reasons('<p style="visibility:hidden">x</p>')).toEqual(['visibilityHidden']);
    expect(reasons('<p style="visibility:collapse">x</p>')).toEqual(['visibilityHidden']);
    expect(reasons('<p style="visibility:visible">x</p>')).toEqual([]);
    expect(reasons('<p style="opacity:0">x</p>')).toEqual(['transparent']);
    expect(reasons('<p style="opacity:0.0">x</p>')).toEqual(['transparent']);
    expect(reasons('<p style="opacity:0.01">x</p>')).toEqual([]);
    expect(reasons('<p style="opacity:1">x</p>')).toEqual([]);
  });

  it('keeps the first reason found, except that display:none wins', () => {
    expect(reasons('<p style="visibility:hidden;display:none">x</p>')).toEqual(['displayNone']);
    expect(reasons('<p style="visibility:hidden;opacity:0">x</p>')).toEqual(['visibilityHidden']);
    expect(reasons('<p style="opacity:0;visibility:hidden">x</p>')).toEqual(['transparent']);
    expect(reasons('<p style="font-size:0;opacity:0">x</p>')).toEqual(['tinyFont']);
    expect(reasons('<p style="opacity:0;font-size:0">x</p>')).toEqual(['transparent']);
    expect(reasons('<p style="font-size:0;height:0;overflow:hidden">x</p>')).toEqual(['tinyFont']);
    // A style reason comes before a colour.
    expect(reasons('<p style="opacity:0;color:#fff">x</p>')).toEqual(['transparent']);
    expect(reasons('<p style="color:#fff;opacity:0">x</p>')).toEqual(['transparent']);
  });

  it('reads the hidden attribute as display:none, after the style', () => {
    expect(reasons('<p hidden>x</p>')).toEqual(['displayNone']);
    expect(reasons('<p hidden style="opacity:0">x</p>')).toEqual(['transparent']);
  });

  it('reads properties case-insensitively, with spaces and !important', () => {
    expect(reasons('<p style=" DISPLAY : NONE ">x</p>')).toEqual(['displayNone']);
    expect(reasons('<p style="display:none !important">x</p>')).toEqual(['displayNone']);
    expect(reasons('<p style="color:red;display:none">x</p>')).toEqual(['displayNone']);
    expect(reasons('<p style="color:red;;display:none;">x</p>')).toEqual(['displayNone']);
  });

  it('skips declarations without a colon or with an empty property', () => {
    expect(reasons('<p style="display;none">x</p>')).toEqual([]);
    expect(reasons('<p style=":none;display:none">x</p>')).toEqual(['displayNone']);
    expect(reasons('<p style="junk;display:none">x</p>')).toEqual(['displayNone']);
    // The colon of the next declaration does not belong to this one.
    expect(reasons('<p style="display;x:none">x</p>')).toEqual([]);
  });

  it('reads only the first 4096 characters of a style', () => {
    const pad = 'x'.repeat(4080) + ';';
    expect(reasons(`<p style="${pad}display:none">x</p>`)).toEqual(['displayNone']);
    expect(reasons(`<p style="${pad}color:red;display:none">x</p>`)).toEqual([]);
  });

  it('collapses a box only with zero height and hidden overflow', () => {
    for (const h of ['0', '0px', '0pt', '0em', '0%'])
      expect(reasons(`<div style="height:${h};overflow:hidden">x</div>`), h).toEqual(['collapsed']);
    expect(reasons('<div style="max-height:0;overflow-y:hidden">x</div>')).toEqual(['collapsed']);
    expect(reasons('<div style="overflow:hidden;height:0">x</div>')).toEqual(['collapsed']);
    expect(reasons('<div style="height:0">x</div>')).toEqual([]);
    expect(reasons('<div style="overflow:hidden">x</div>')).toEqual([]);
    expect(reasons('<div style="height:0;overflow:auto">x</div>')).toEqual([]);
    expect(reasons('<div style="height:1px;overflow:hidden">x</div>')).toEqual([]);
    expect(reasons('<div style="height:0vh;overflow:hidden">x</div>')).toEqual([]);
    expect(reasons('<div style="height:00;overflow:hidden">x</div>')).toEqual([]);
    expect(reasons('<div style="width:0;overflow:hidden">x</div>')).toEqual([]);
  });

  it('calls a font of at most 1px, 0.1em or 10 % tiny', () => {
    const tiny = (v: string): boolean => reasons(`<p style="font-size:${v}">x</p>`)[0] === 'tinyFont';
    expect(
      ['0', '1', '1px', '1pt', '1.0px', '0.1em', '0.1rem', '10%', '0.1vw', '0.1vh', '-2px'].filter(
        (v) => !tiny(v),
      ),
    ).toEqual([]);
    expect(
      ['1.1px', '2pt', '1.01', '0.11em', '0.2rem', '10.5%', '0.2vw', '0.2vh', 'small', '.', 'px'].filter(
        tiny,
      ),
    ).toEqual([]);
    expect(tiny(' 0.5 px')).toBe(true);
    expect(tiny('1PX')).toBe(true);
  });
});

describe('images', () => {
  const image = (html: string) => scanHtml(html).images[0];

  it('reads size from the style first, then from the attributes', () => {
    expect(image('<img src="a.png" width="10" height="20">')).toMatchObject({
      src: 'a.png',
      width: 10,
      height: 20,
    });
    expect(image('<img style="width:30px;height:40px" width="10" height="20">')).toMatchObject({
      width: 30,
      height: 40,
    });
    expect(image('<img style="width:30px" width="10" height="20">')).toMatchObject({ width: 30, height: 20 });
    expect(image('<img style="height:40px" width="10" height="20">')).toMatchObject({
      width: 10,
      height: 40,
    });
    expect(image('<img style="color:red" width="10" height="20">')).toMatchObject({ width: 10, height: 20 });
    expect(image('<img width="auto">')).toMatchObject({ src: '', width: NaN, height: NaN });
    expect(image('<img width="12px">')).toMatchObject({ width: 12 });
  });

  it('gives range, hidden state and src', () => {
    const html = 'ab<img src="x.png">cd<div style="display:none"><img src="y.png"></div>';
    const scan = scanHtml(html);
    expect(scan.images).toEqual([
      { src: 'x.png', start: 2, end: 19, width: NaN, height: NaN, hidden: false },
      { src: 'y.png', start: 47, end: 64, width: NaN, height: NaN, hidden: true },
    ]);
  });

  it('keeps at most 500 images and 500 links, none in quoted history or templates', () => {
    const scan = scanHtml('<img src="i">'.repeat(510) + '<a href="h">l</a>'.repeat(510));
    expect(scan.images).toHaveLength(500);
    expect(scan.links).toHaveLength(500);
    const quoted = scanHtml(
      '<blockquote><img src="q"><a href="q">q</a></blockquote><template><img src="t"></template>',
    );
    expect([quoted.images.length, quoted.links.length]).toEqual([0, 0]);
  });
});

describe('links', () => {
  it('gives the href, its raw range, the text and the link range', () => {
    const html = 'x <a class="c" href="https://a.example/?a=1&amp;b=2">Click  <b>here</b>\n now</a> y';
    const [link] = scanHtml(html).links;
    expect(link).toEqual({
      href: 'https://a.example/?a=1&b=2',
      hrefStart: html.indexOf('https'),
      hrefEnd: html.indexOf('">Click'),
      text: 'Click here now',
      start: 2,
      end: html.indexOf(' y'),
      hidden: false,
    });
  });

  it('ends a link at the next <a>, and a link without an end at the end of the input', () => {
    const html = '<a href="1">one<a href="2">two';
    const links = scanHtml(html).links;
    expect(links.map((l) => [l.href, l.text, l.start, l.end])).toEqual([
      ['1', 'one', 0, 15],
      ['2', 'two', 15, html.length],
    ]);
  });

  it('decodes references in the link text and keeps its first 300 characters of runs', () => {
    const [link] = scanHtml('<a href="h">Tom &amp; Jerry</a>').links;
    expect(link!.text).toBe('Tom & Jerry');
    const long = scanHtml(`<a href="h">${'y'.repeat(400)}<b>more</b></a>`).links[0]!;
    expect(long.text).toBe('y'.repeat(300));
    const two = scanHtml(`<a href="h">${'y'.repeat(299)}<b>${'z'.repeat(400)}</b></a>`).links[0]!;
    expect(two.text).toBe('y'.repeat(299) + 'z'.repeat(300));
  });

  it('marks hidden links, and ignores an <a> without href', () => {
    const scan = scanHtml('<a name="top">x</a><span style="display:none"><a href="h">y</a></span>');
    expect(scan.links.map((l) => [l.href, l.hidden])).toEqual([['h', true]]);
  });

  it('is not ended by a close tag of another element', () => {
    const [link] = scanHtml('<a href="h">a</b>b</a>c').links;
    expect(link!.text).toBe('ab');
  });
});

describe('hidden runs', () => {
  it('counts hidden characters without the blanks around them', () => {
    const scan = scanHtml('<p style="display:none">  ab c \n</p><p>  de </p>');
    expect(scan.hiddenChars).toBe(4);
    expect(scan.visibleChars).toBe(2);
    expect(scan.hidden).toEqual([{ start: 24, end: 32, chars: 4, reason: 'displayNone' }]);
  });

  it('starts no run for blank hidden text', () => {
    expect(scanHtml('<p style="display:none">  \n </p>').hidden).toEqual([]);
  });

  it('keeps at most 50 runs but counts every hidden character', () => {
    const scan = scanHtml('<p style="display:none">ab</p>'.repeat(60));
    expect(scan.hidden).toHaveLength(50);
    expect(scan.hiddenChars).toBe(120);
  });

  it('joins the text of one hidden element into one run', () => {
    const scan = scanHtml('<p style="display:none">ab<!-- c -->cd<img src="x">ef</p>');
    expect(scan.hidden).toEqual([{ start: 24, end: 53, chars: 6, reason: 'displayNone' }]);
  });
});

describe('quoted history', () => {
  it('knows Gmail, Yahoo and Thunderbird quote containers and blockquote', () => {
    for (const cls of ['gmail_quote', 'x yahoo_quoted', 'moz-cite-prefix'])
      expect(scanHtml(`<div class="${cls}">q</div>`), cls).toMatchObject({ hasQuote: true, visibleChars: 0 });
    expect(scanHtml('<blockquote>q</blockquote>')).toMatchObject({ hasQuote: true, visibleChars: 0 });
    expect(scanHtml('<div class="quote">q</div>')).toMatchObject({ hasQuote: false, visibleChars: 1 });
    expect(scanHtml('<div id="gmail_quote">q</div>')).toMatchObject({ hasQuote: false, visibleChars: 1 });
  });

  it('drops everything after an Outlook reply header', () => {
    for (const id of ['divRplyFwdMsg', 'appendonsend', 'x_divRplyFwdMsg']) {
      const scan = scanHtml(`<p>own</p><div id="${id}"></div><p>old <a href="h">l</a></p>`, { text: true });
      expect([scan.hasQuote, scan.visibleChars, scan.links.length, scan.text], id).toEqual([
        true,
        3,
        0,
        '\nown\n\n\n\n\n',
      ]);
    }
    expect(scanHtml('<div id="other">x</div>')).toMatchObject({ hasQuote: false, visibleChars: 1 });
  });

  it('reads the text after a quote closes', () => {
    expect(scanHtml('<blockquote>q<p>r</p></blockquote>own')).toMatchObject({ visibleChars: 3 });
  });
});

describe('elements', () => {
  it('ignores the text of raw-text elements up to their own end tag', () => {
    for (const t of [
      'script',
      'style',
      'title',
      'textarea',
      'xmp',
      'iframe',
      'noembed',
      'noframes',
      'noscript',
    ])
      expect(text(`a<${t}>b<p>c</p></${t}>d`), t).toBe('ad');
    expect(text('a<SCRIPT>b</script >c')).toBe('ac');
    expect(text('a<script>b</scripts>c</script>d')).toBe('ad');
    expect(text('a<script>never closed')).toBe('a');
  });

  it('reads the rest after <plaintext> as text', () => {
    expect(text('a<plaintext>b<p>c</plaintext>')).toBe('ab<p>c</plaintext>');
    expect(text('a<plaintext>')).toBe('a');
  });

  it('parses <template> but neither shows nor collects its content', () => {
    const scan = scanHtml('<template><p>x</p><a href="h">y</a></template>z', { text: true });
    expect([scan.visibleChars, scan.links.length, scan.text]).toEqual([1, 0, '\n\nz']);
  });

  it('breaks lines at block elements, open and close, and not at inline ones', () => {
    expect(text('a<span>b</span>c<b>d</b>')).toBe('abcd');
    for (const t of [
      'p',
      'div',
      'li',
      'tr',
      'td',
      'th',
      'h1',
      'h6',
      'table',
      'ul',
      'ol',
      'section',
      'article',
      'header',
      'footer',
      'pre',
    ])
      expect(text(`a<${t}>b</${t}>c`), t).toBe('a\nb\nc');
    expect(text('a<br>b<hr>c')).toBe('a\nb\nc');
    expect(text('a<BR/>b')).toBe('a\nb');
  });

  it('closes an element only within 24 levels', () => {
    const deep = (k: number): string => `<div style="display:none">${'<span>'.repeat(k)}x</div>y`;
    expect(scanHtml(deep(23))).toMatchObject({ visibleChars: 1, hiddenChars: 1 });
    expect(scanHtml(deep(24))).toMatchObject({ visibleChars: 0, hiddenChars: 2 });
  });

  it('ignores a stray close tag', () => {
    expect(scanHtml('<div style="display:none">x</span>y</div>z')).toMatchObject({
      visibleChars: 1,
      hiddenChars: 2,
    });
  });

  it('stops opening elements at a depth of 512', () => {
    const html = (k: number): string => `${'<div>'.repeat(k)}<p style="display:none">x</p>y`;
    // Below the limit the <p> closes and y is visible; at the limit the <p> is not pushed, and x is not hidden.
    expect(scanHtml(html(510))).toMatchObject({ visibleChars: 1, hiddenChars: 1 });
    expect(scanHtml(html(511))).toMatchObject({ visibleChars: 2, hiddenChars: 0 });
  });

  it('does not push void elements', () => {
    expect(scanHtml('<div style="display:none"><br>x</div>y')).toMatchObject({
      visibleChars: 1,
      hiddenChars: 1,
    });
    expect(scanHtml('<div style="display:none"><img style="x">x</div>y')).toMatchObject({
      visibleChars: 1,
      hiddenChars: 1,
    });
  });

  it('tells tags of the same length apart, in any case', () => {
    // b and i, div and nav, span and font share lengths (and may share a cache slot).
    expect(text('<B>x</B><I>y</I><nav>z</nav><DIV>w</DIV>')).toBe('xyz\nw\n');
    expect(text('<Div>a</dIV><dIv>b</Div>')).toBe('\na\n\nb\n');
    expect(text('<table><tbody><tr><td>a</td></tr></tbody></table>')).toBe('\n\n\na\n\n\n');
  });

  it('tells long tag names apart', () => {
    expect(text('<blockquotes>a</blockquotes><blockquote>b</blockquote>c')).toBe('a\n\nc');
    const long = 'x'.repeat(20);
    expect(text(`<${long}>a</${long}><${long}y>b`)).toBe('ab');
  });
});

describe('tokenizer details', () => {
  it('takes the first of repeated attributes', () => {
    expect(scanHtml('<a href="1" href="2">x</a>').links[0]!.href).toBe('1');
    expect(reasons('<p style="display:none" style="color:red">x</p>')).toEqual(['displayNone']);
  });

  it('reads attribute names case-insensitively and skips long names', () => {
    expect(scanHtml('<A HREF="u">x</A>').links[0]!.href).toBe('u');
    expect(scanHtml('<a data-href="u">x</a>').links).toEqual([]);
    expect(scanHtml('<a xhref="u">x</a>').links).toEqual([]);
    expect(scanHtml('<a hrefx="u">x</a>').links).toEqual([]);
  });

  it('reads values quoted, unquoted, empty and missing', () => {
    const href = (html: string): string | undefined => scanHtml(html).links[0]?.href;
    expect(href("<a href='s q'>x</a>")).toBe('s q');
    expect(href('<a href=u>x</a>')).toBe('u');
    expect(href('<a href = "u" >x</a>')).toBe('u');
    expect(href('<a href="">x</a>')).toBe('');
    expect(href('<a href>x</a>')).toBe('');
    expect(href('<a href=>x</a>')).toBe('');
    expect(href('<a/href="u"/>x</a>')).toBe('u');
  });

  it('gives the raw range of a value', () => {
    const html = '<a href = u&amp;v >x</a>';
    const [link] = scanHtml(html).links;
    expect([link!.href, html.slice(link!.hrefStart, link!.hrefEnd)]).toEqual(['u&v', 'u&amp;v']);
  });

  it('decodes only the first 8192 characters of a value', () => {
    const [link] = scanHtml(`<a href="${'h'.repeat(9000)}">x</a>`).links;
    expect(link!.href).toHaveLength(8192);
    expect(link!.hrefEnd - link!.hrefStart).toBe(9000);
  });

  it('drops a tag the input ends in, and the text after it', () => {
    expect(text('a<p title="x>y')).toBe('a');
    expect(text('a<p title')).toBe('a');
    expect(text('a<p')).toBe('a');
    expect(text('a <b>b</b')).toBe('a b');
  });

  it('reads "<" that opens nothing as text', () => {
    expect(text('a < b <3 <')).toBe('a < b <3 <');
    expect(text('a</')).toBe('a</');
    expect(text('a</ x>b</>c</1>d')).toBe('abcd');
    expect(text('a</=')).toBe('a');
  });

  it('passes every start tag to the test hook, not end tags', () => {
    const seen: [string, [string, string][]][] = [];
    setTokenHook((tag, attrs) => seen.push([tag, attrs]));
    scanHtml('<P Class="a&amp;b" data-x=1>x</P><br/>');
    expect(seen).toEqual([
      [
        'p',
        [
          ['class', 'a&b'],
          ['data-x', '1'],
        ],
      ],
      ['br', []],
    ]);
  });
});

describe('text and its map', () => {
  it('maps derived text back to the HTML through references', () => {
    const html = '<p>A&amp;B&nbsp;C &lt;x&gt;</p>';
    const scan = scanHtml(html, { text: true });
    expect(scan.text).toBe('\nA&B C <x>\n');
    const at = (s: string): [number, number] => {
      const k = scan.text.indexOf(s);
      return mapToHtml(scan.map!, k, k + s.length);
    };
    const slice = (s: string): string => html.slice(...at(s));
    expect(slice('A')).toBe('A');
    expect(slice('&')).toBe('&amp;');
    expect(slice('A&B')).toBe('A&amp;B');
    expect(slice('B C')).toBe('B&nbsp;C');
    expect(slice('<x>')).toBe('&lt;x&gt;');
    expect(slice('C')).toBe('C');
  });

  it('leaves an ampersand that is no reference as it is', () => {
    const html = '<p>a & b &zz; c&amp</p>';
    const scan = scanHtml(html, { text: true });
    expect(scan.text).toBe('\na & b &zz; c&amp\n');
  });

  it('keeps a reference cut by a tag as text', () => {
    expect(text('a&am<b>p;</b>')).toBe('a&amp;');
  });

  it('maps ranges over many segments (the map grows)', () => {
    const html = '<p>x&amp;y</p>'.repeat(200);
    const scan = scanHtml(html, { text: true });
    const map = scan.map!;
    expect(map.length).toBeGreaterThan(64);
    const k = scan.text.lastIndexOf('x&y');
    expect(html.slice(...mapToHtml(map, k, k + 3))).toBe('x&amp;y');
    expect(mapToHtml(map, k, k + 3)[0]).toBe(html.lastIndexOf('x&amp;y'));
    const first = scan.text.indexOf('x');
    expect(mapToHtml(map, first, first + 1)).toEqual([3, 4]);
  });

  it('maps an empty range and an empty map', () => {
    expect(mapToHtml(new TextMap(), 0, 5)).toEqual([0, 0]);
    const scan = scanHtml('ab<br>cd', { text: true });
    expect(mapToHtml(scan.map!, 1, 1)).toEqual([1, 1]);
    // The end of a line break maps to the end of its (empty) tag range, never before the start.
    const nl = scan.text.indexOf('\n');
    expect(mapToHtml(scan.map!, nl, nl + 1)).toEqual([2, 2]);
    expect(mapToHtml(scan.map!, 0, scan.text.length)).toEqual([0, 8]);
  });

  it('builds text longer than its first buffer and longer than one chunk', () => {
    const body = 'abcdefghij'.repeat(10_000);
    expect(text(`<p>${body}</p>`)).toBe(`\n${body}\n`);
    const refs = '&amp;'.repeat(70_000);
    expect(text(refs)).toBe('&'.repeat(70_000));
  });

  it('gives no text or map unless asked', () => {
    const scan = scanHtml('<p>x</p>');
    expect([scan.text, scan.map, scan.visibleChars]).toEqual(['', null, 1]);
  });

  it('TextMap grows and keeps its segments', () => {
    const map = new TextMap();
    for (let k = 0; k < 200; k++) map.push(k * 2, k * 3, 3, k % 2 === 0);
    expect(map.length).toBe(200);
    expect(map.text.length).toBeGreaterThanOrEqual(200);
    expect([map.text[150], map.html[150], map.htmlLength[150], map.exact[150], map.exact[151]]).toEqual([
      300, 450, 3, 1, 0,
    ]);
    expect([map.text[3], map.html[3]]).toEqual([6, 9]);
  });
});

describe('work and the budget', () => {
  it('counts a unit per character and TOKEN_COST per token', () => {
    expect(scanHtml('').work).toBe(0);
    expect(scanHtml('abc').work).toBe(3);
    // "<p>": 1 for the '<', the tag cost, 2 for "p>"; then "x".
    expect(scanHtml('<p>x').work).toBe(1 + TOKEN_COST + 2 + 1);
    expect(scanHtml('a<!-- c -->b').work).toBe(1 + 1 + 10 + TOKEN_COST + 1);
  });

  it('spends its work on a budget, and stops when the budget is spent', () => {
    const budget = new WorkBudget(1_000_000);
    const scan = scanHtml('<p>hello</p>', { budget });
    expect(budget.used).toBe(scan.work);
    expect([scan.partial, budget.exhausted]).toEqual([false, false]);

    const small = new WorkBudget(100);
    const cut = scanHtml('<p>ab</p>'.repeat(100), { budget: small, text: true });
    expect(cut.partial).toBe(true);
    expect(small.exhausted).toBe(true);
    expect(cut.work).toBeGreaterThan(100);
    expect(cut.work).toBeLessThan(200);
    expect(cut.visibleChars).toBeLessThan(20);
  });

  it('reads the whole input with a budget that covers it exactly', () => {
    const html = '<p>ab</p>';
    const need = scanHtml(html).work;
    const exact = scanHtml(html, { budget: new WorkBudget(need) });
    expect([exact.partial, exact.visibleChars]).toEqual([false, 2]);
  });
});

describe('CSS readers: edge cases (mutants)', () => {
  it('drops only a real "!important" suffix', () => {
    // A "!" nine characters from the end is not "!important".
    expect(withoutImportant('red !xxxxxxxxx')).toBe('red !xxxxxxxxx');
    expect(withoutImportant('red\f!\rimportant')).toBe('red');
    expect(withoutImportant('red\r!\fimportant')).toBe('red');
  });

  it('reads colour functions with several decimals', () => {
    expect(parseColor('rgb(1.55, 2.25, 3.75)')).toBe(0x020204);
  });

  it('reads a font size only from the start of the value', () => {
    expect(reasons('<p style="font-size:x1px">x</p>')).toEqual([]);
  });

  it('reads a style that starts with ";"', () => {
    expect(reasons('<p style=";display:none">x</p>')).toEqual(['displayNone']);
  });

  it('reads no property from a declaration without a colon', () => {
    expect(reasons('<p style="0;opacityx">x</p>')).toEqual([]);
  });

  it('takes max-height for collapsing only, not as the height of an image', () => {
    expect(scanHtml('<img style="max-height:40px" height="20">').images[0]).toMatchObject({ height: 20 });
  });

  it('reads background-color as one colour, the background shorthand by its first colour', () => {
    expect(reasons('<p style="background-color:red blue;color:red">x</p>')).toEqual([]);
    expect(reasons('<p style="background:red blue;color:red">x</p>')).toEqual(['sameColor']);
    expect(reasons('<p style="background: 12;color:#fff">x</p>')).toEqual(['sameColor']);
    expect(reasons('<p style="background:;color:#fff">x</p>')).toEqual(['sameColor']);
  });
});
