// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { rangeForText, readBodyText } from '../../utils/adapters/body-text';

const editor = (html: string) => {
  const el = document.createElement('div');
  el.innerHTML = html;
  document.body.replaceChildren(el);
  return el;
};

describe('body text as a reader sees it', () => {
  test.each([
    ['a<br>b', 'a\nb'],
    ['<div>a</div><div><br></div><div>b</div>', 'a\n\nb'],
    ['<div>a<br></div><div>b</div>', 'a\nb'],
    ['<p>a</p>b', 'a\nb'],
    ['a&nbsp;&nbsp;b', 'a  b'],
    ['<ul><li>one</li><li>two</li></ul>', 'one\ntwo'],
    ['x<style>.a{}</style><script>1</script>', 'x'],
    ['keep<div class="q">drop</div><div>after</div>', 'keep\nafter'],
    ['text<br><br>', 'text'],
  ])('%s → %j', (html, text) => {
    expect(readBodyText(editor(html), '.q').text).toBe(text);
  });

  test('deep nesting does not overflow the stack', () => {
    // Built detached: happy-dom itself recurses when a deep tree is connected.
    const root = document.createElement('div');
    let el: HTMLElement = root;
    for (let i = 0; i < 20000; i++) el = el.appendChild(document.createElement(i % 2 ? 'span' : 'div'));
    el.append('deep');
    expect(readBodyText(root, '').text).toBe('deep');
  });

  test('every range maps back to the characters it names', () => {
    const el = editor('<div>Hello <b>big</b> world</div><div><br></div><div>second&nbsp;line</div>');
    const body = readBodyText(el, '');
    expect(body.text).toBe('Hello big world\n\nsecond line');
    for (let start = 0; start < body.text.length; start++) {
      for (let end = start + 1; end <= body.text.length; end++) {
        const range = rangeForText(body, start, end, document);
        const want = body.text.slice(start, end).replace(/\n/g, '');
        if (!want) continue;
        expect(range?.toString().replace(/\u00a0/g, ' ')).toBe(want);
      }
    }
  });

  test('out-of-range evidence yields no range', () => {
    const body = readBodyText(editor('abc'), '');
    expect(rangeForText(body, 5, 9, document)).toBeNull();
    expect(rangeForText(body, 2, 2, document)).toBeNull();
  });
});
