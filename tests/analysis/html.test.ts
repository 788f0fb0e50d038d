/**
 * scanHtml lets an element without attributes share its parent's frame when nothing it passes on
 * can differ (visible, not a quote): each hidden element still keeps its own run of hidden text.
 */
import { describe, expect, it } from 'vitest';
import { scanHtml } from '../../utils/analysis/html';

describe('scanHtml with bare elements', () => {
  it('keeps a hidden run per hidden element, bare children included', () => {
    const scan = scanHtml('<div style="display:none">aaa<div>bbb</div>ccc</div>ddd');
    expect(scan.hidden).toEqual([
      { start: 26, end: 46, chars: 6, reason: 'displayNone' },
      { start: 34, end: 37, chars: 3, reason: 'displayNone' },
    ]);
    expect(scan.visibleChars).toBe(3);
  });

  it('passes colours and quotes on through bare elements', () => {
    const hidden = scanHtml(
      '<div style="color:#fff;background:#fff">hidden<div>also</div></div><p>shown</p>',
    );
    expect(hidden.hidden.map((h) => [h.chars, h.reason])).toEqual([
      [6, 'sameColor'],
      [4, 'sameColor'],
    ]);
    expect(hidden.visibleChars).toBe(5);
    const quoted = scanHtml('<blockquote>q<div>q2</div></blockquote><div>own</div>');
    expect([quoted.hasQuote, quoted.visibleChars]).toEqual([true, 3]);
  });

  it('reads text, links and line breaks of editor markup', () => {
    const scan = scanHtml(
      '<div>a<a href="https://x.example/">x.example</a><div>b</div></div><div><br></div>',
      { text: true },
    );
    expect(scan.text).toBe('\nax.example\nb\n\n\n\n\n');
    expect(scan.links.map((l) => [l.href, l.text])).toEqual([['https://x.example/', 'x.example']]);
    expect(scan.visibleChars).toBe(11);
  });
});
