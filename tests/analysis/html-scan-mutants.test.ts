/**
 * The HTML scanner (utils/analysis/html.ts), mutation tests of round 2: tag names through the scanner's
 * name cache, tag starts, comment ends, colour inheritance, link text, long derived text and the end of
 * the work budget. Each test pins exact scan output for a small input.
 */
import { describe, expect, it } from 'vitest';
import { scanHtml } from '../../utils/analysis/html';
import { WorkBudget } from '../../utils/analysis/budget';

const text = (html: string): string => scanHtml(html, { text: true }).text;

describe('tag names through the name cache', () => {
  // The scanner keeps the last tag name seen per slot of a small cache (slot: a hash of the ASCII-
  // lower-cased name, and its length). In each row the three names share one slot. The first one fills
  // it; the second opens a hidden element; the third replaces the slot's name; then the second one's
  // close tag must pop the hidden element, so "shown" is visible. A cache that took the second name for
  // the first (folding '@' to '`', '[' to '{', 'B' to NUL, or comparing the wrong characters) would
  // open the element under the first name and leave it open.
  it.each([
    ['x`', 'x@', 'ya'],
    ['x{', 'x[', 'y|'],
    ['a\u0000\u0000', 'aBB', 'abb'],
    ['x<', 'x|', 'y}'],
  ])('tells %j from %j (then %j) by its characters', (first, second, third) => {
    const html = `<${first}><${second} style="display:none">secret<${third}></${third}></${second}>shown`;
    const scan = scanHtml(html, { text: true });
    expect(scan.text).toBe('shown');
    expect(scan.visibleChars).toBe(5);
    const start = html.indexOf('secret');
    expect(scan.hidden).toEqual([{ start, end: start + 6, chars: 6, reason: 'displayNone' }]);
  });

  it('folds only ASCII capitals when it compares a name with the cached one', () => {
    // "DIV" after "div" is the same element; the close tag in another case pops it.
    const scan = scanHtml('<div></div><DIV style="display:none">a</Div>b', { text: true });
    expect([scan.text, scan.hiddenChars]).toEqual(['\n\n\n\nb', 1]);
  });
});

describe('tag starts', () => {
  it('opens a tag at every ASCII letter, "z" and "Z" included', () => {
    expect(text('a<z>b<Z>c</z>d')).toBe('abcd');
    expect(scanHtml('<z style="display:none">hid</z>seen').hidden).toEqual([
      { start: 24, end: 27, chars: 3, reason: 'displayNone' },
    ]);
  });
});

describe('comment ends', () => {
  it('ends "<!---" at once only when ">" follows, and "<!--x>" not at all', () => {
    expect(text('a<!---x-->b')).toBe('ab');
    expect(text('a<!--x>b-->c')).toBe('ac');
  });

  it('looks for "-->" only after the "<!--" (no end inside the opening, none before it)', () => {
    // "<!--!>" opens a comment: its "--!>" overlaps the opening and does not end it.
    expect(text('a<!--!>b-->c')).toBe('ac');
    // A "-->" before the comment is text; the comment still ends at its own "-->". Were it taken as
    // the end, the scan would stay at the same '<' until the budget stopped it.
    const budget = new WorkBudget(1000);
    const scan = scanHtml('x--><!--c-->d', { text: true, budget });
    expect([scan.text, scan.partial, scan.work, budget.exhausted]).toEqual(['x-->d', false, 22, false]);
  });
});

describe('colour inheritance', () => {
  it('passes the parent colour through a child style that sets no colour', () => {
    // White text on black, then a white background on the child: the inherited white is hidden.
    const scan = scanHtml(
      '<div style="color:#ffffff;background-color:#000000">a<p style="background-color:#ffffff">hidden</p></div>',
    );
    expect(scan.hidden.map((h) => [h.reason, h.chars])).toEqual([['sameColor', 6]]);
    expect(scan.visibleChars).toBe(1);
  });
});

describe('link text', () => {
  it('drops the blanks around the link text', () => {
    const [link] = scanHtml('<a href="h">  \n Click <b> here </b>\t</a>').links;
    expect(link!.text).toBe('Click here');
  });
});

describe('long derived text', () => {
  it('keeps a single run longer than twice the first buffer', () => {
    // The first buffer holds 65,536 + 16 units; this one run needs more than twice that at once.
    const body = 'abcdefghij'.repeat(14_000);
    const scan = scanHtml(body, { text: true });
    expect(scan.text.length).toBe(140_000);
    expect(scan.text.endsWith('ghij')).toBe(true);
    expect(scan.text).toBe(body);
  });
});

describe('the end of the work budget', () => {
  it('is not partial when its last tag takes it past the budget: nothing was left unread', () => {
    // "<b>": 1 for the '<', 8 for the tag, 2 for "b>": 11 units against a budget of 10.
    const budget = new WorkBudget(10);
    const scan = scanHtml('<b>', { budget });
    expect([scan.partial, scan.work, budget.used, budget.exhausted]).toEqual([false, 11, 11, false]);
    // With text after it, the next iteration finds the budget spent and stops there.
    const cut = new WorkBudget(10);
    const more = scanHtml('<b>c', { budget: cut });
    expect([more.partial, more.work, more.visibleChars, cut.exhausted]).toEqual([true, 11, 0, true]);
  });
});

describe('tag names are lower-cased in ASCII only, as the HTML tokenizer does', () => {
  // Regression: the name was lower-cased with toLowerCase(), which turns the Kelvin sign (U+212A) into
  // an ASCII "k". "<bloc\u212Aquote>" was read as a blockquote (its text taken for quoted history and
  // left out of every check) and "<lin\u212A>" as a void <link> (its hidden content counted as visible);
  // a browser reads both as unknown elements that show their content like a <span>.
  it('does not read "bloc\\u212Aquote" as a blockquote', () => {
    const scan = scanHtml('<bloc\u212Aquote>Buy now</bloc\u212Aquote>', { text: true });
    expect([scan.text, scan.visibleChars, scan.hasQuote]).toEqual(['Buy now', 7, false]);
  });

  it('does not read "lin\\u212A" as a void <link>', () => {
    const scan = scanHtml('<lin\u212A style="display:none">secret</lin\u212A>shown', { text: true });
    expect([scan.text, scan.hiddenChars]).toEqual(['shown', 6]);
  });

  it('still reads ASCII capitals as the lower-case element', () => {
    const scan = scanHtml('<BlockQuote>quoted</BLOCKQUOTE>mine', { text: true });
    expect([scan.text, scan.visibleChars, scan.hasQuote]).toEqual(['\n\nmine', 4, true]);
  });
});
