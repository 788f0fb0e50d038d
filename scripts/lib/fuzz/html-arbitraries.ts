/**
 * Structure-aware fuzzing input for the HTML scanner: tag soup built from the pieces the tokenizer
 * distinguishes (tag names, attribute names and values with stray '"', "'", '=' and '>', unquoted and
 * unclosed values, comments and bogus comments, raw-text elements, character references, deep
 * nesting), and a mutator over real HTML (the Gmail fixtures and the corpus drafts). Shared by the
 * unit suite (short campaign) and scripts/fuzz.ts (`npm run fuzz`, long campaign).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { corpus } from '../corpus';

const STRAY = ['"', "'", '=', '>', '<', '/', ' ', '\n', '\t', '`', '&', '-', '!', '?'];

/** Short strings over an alphabet heavy in the characters that change tokenizer states. */
const soupChars = (maxLength: number): fc.Arbitrary<string> =>
  fc
    .array(
      fc.oneof(
        { weight: 3, arbitrary: fc.constantFrom(...STRAY) },
        { weight: 3, arbitrary: fc.constantFrom('a', 'x', 'y', 'Z', '1', 'é', '\u00a0', '\u200b') },
        { weight: 1, arbitrary: fc.string({ maxLength: 3 }) },
      ),
      { maxLength },
    )
    .map((parts) => parts.join(''));

const ALL_TAGS = [
  'div',
  'span',
  'p',
  'b',
  'a',
  'font',
  'img',
  'br',
  'td',
  'table',
  'blockquote',
  'style',
  'script',
  'title',
  'textarea',
  'template',
  'noscript',
  'iframe',
  'xmp',
  'plaintext',
  'DIV',
  'A',
  'x"y',
  "x'y",
  'x=y',
  'x<y',
];

/**
 * Tag names parse5's tree builder keeps in document order without cloning, moving or renaming
 * (no formatting elements, tables, forms, foreign content or script, whose escape states the scanner
 * does not model): for comparing attributes with parse5.
 */
export const COMPARABLE_TAGS = [
  'div',
  'span',
  'p',
  'section',
  'q',
  'x-y',
  'DIV',
  'style',
  'title',
  'textarea',
  'xmp',
  'template',
  'plaintext',
  'iframe',
  'noscript',
  'x"y',
  "x'y",
  'x=y',
  'x<y',
];

const nameOf = (names: readonly string[]): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...names) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom('q', 'Z', 'x'), soupChars(4)).map(([a, b]) => a + b) },
  );

const attrName = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.constantFrom(
      'style',
      'href',
      'src',
      'class',
      'id',
      'color',
      'bgcolor',
      'width',
      'height',
      'hidden',
      'x"y',
      '"',
      "'",
      '=',
      '="',
      'x',
      'data-x',
      'STYLE',
      '<',
      '`',
    ),
  },
  { weight: 1, arbitrary: soupChars(6) },
);

const attrValue = fc.oneof(
  fc.constantFrom(
    'display:none',
    'color:#fff;background:#fff',
    'font-size:0',
    'color: red ! important',
    'color:' + ' '.repeat(40) + '!important',
    'https://example.com/?a=1&b=2',
    'javascript:alert(1)',
    'gmail_quote',
    '#ffffff',
    '&#106;avascript:x',
    '&amp;&lt;&gt;&quot;',
    '',
  ),
  soupChars(12),
);

const spaces = fc.constantFrom('', ' ', '  ', '\n', '\t', '/', ' / ', '\f', '\r\n');

/** One attribute: name, maybe '=', then a double-, single- or un-quoted value, maybe left open. */
const attribute = fc
  .tuple(
    spaces,
    attrName,
    fc.constantFrom('', '=', ' = ', '=\n'),
    fc.constantFrom('"', "'", '', '"', "'"),
    attrValue,
    fc.boolean(),
  )
  .map(([sp, name, eq, q, value, closeQuote]) => {
    if (!eq) return `${sp || ' '}${name}`;
    return `${sp || ' '}${name}${eq}${q}${value}${closeQuote || !q ? q : ''}`;
  });

const tagClose = fc.constantFrom('>', '>', '>', '/>', ' >', '', '"', "'>", '>>');

const markup = fc.oneof(
  fc.constantFrom(
    '<!-->',
    '<!--->',
    '<!---->',
    '<!-- x -->',
    '<!-- x --!>',
    '<!--',
    '<!-- -- ->',
    '<!DOCTYPE html>',
    '<!doctype',
    '<![CDATA[x]]>',
    '<?xml version="1.0"?>',
    '</>',
    '</ >',
    '</',
    '<',
    '< p>',
    '<3',
    '<<p>>',
    '</style >',
    '</script/>',
    '</textarea\n>',
  ),
  fc
    .tuple(fc.constantFrom('<!--', '<!', '<?', '</ '), soupChars(10), fc.constantFrom('-->', '--!>', '>', ''))
    .map(([a, b, c]) => a + b + c),
);

const entity = fc.constantFrom(
  '&amp;',
  '&nbsp;',
  '&nbsp',
  '&lt;p&gt;',
  '&#118;',
  '&#x76;',
  '&#99999999;',
  '&#xD800;',
  '&#0;',
  '&',
  '&#',
  '&#x',
  '&aacute;',
  '&notanentity;',
);

const text = fc.oneof(
  { weight: 3, arbitrary: soupChars(20) },
  {
    weight: 1,
    arbitrary: fc.constantFrom('FREE!!!', 'verify your account', 'v příloze', 'Click here', 'bit.ly/x'),
  },
);

/** One soup piece over the given tag names: a start or end tag, markup, a reference or text. */
function pieceOver(names: readonly string[]): fc.Arbitrary<string> {
  const tagName = nameOf(names);
  const startTag = fc
    .tuple(tagName, fc.array(attribute, { maxLength: 5 }), tagClose)
    .map(([name, attrs, close]) => `<${name}${attrs.join('')}${close}`);
  const endTag = fc
    .tuple(tagName, fc.array(attribute, { maxLength: 2 }), tagClose)
    .map(([name, attrs, close]) => `</${name}${attrs.join('')}${close}`);
  return fc.oneof(
    { weight: 4, arbitrary: startTag },
    { weight: 2, arbitrary: endTag },
    { weight: 2, arbitrary: markup },
    { weight: 2, arbitrary: entity },
    { weight: 4, arbitrary: text },
  );
}

/** Tag soup over the given tag names: pieces, nested fragments and deep chains. */
function soupOver(names: readonly string[]): fc.Arbitrary<string> {
  const tagName = nameOf(names);
  const piece = pieceOver(names);
  // Nested elements (to a depth the generator picks), each with attributes, text and soup inside.
  const nested: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      piece,
      fc
        .tuple(
          tagName,
          fc.array(attribute, { maxLength: 3 }),
          fc.array(tie('node'), { maxLength: 4 }),
          fc.boolean(),
        )
        .map(
          ([name, attrs, children, close]) =>
            `<${name}${attrs.join('')}>${children.join('')}${close ? `</${name}>` : ''}`,
        ),
    ),
  })).node;
  // Deep nesting on purpose: a chain of open elements, half of them never closed.
  const deep = fc
    .tuple(fc.integer({ min: 1, max: 700 }), tagName, attribute, piece)
    .map(
      ([depth, name, attr, inner]) =>
        `<${name}${attr}>`.repeat(depth) + inner + `</${name}>`.repeat(depth >> 1),
    );
  return fc
    .array(
      fc.oneof(
        { weight: 5, arbitrary: piece },
        { weight: 2, arbitrary: nested },
        { weight: 1, arbitrary: deep },
      ),
      {
        maxLength: 40,
      },
    )
    .map((parts) => parts.join(''));
}

/** Tag soup: a sequence of pieces, nested fragments and deep chains, over every tag name. */
export const tagSoup: fc.Arbitrary<string> = soupOver(ALL_TAGS);

/** Tag soup over COMPARABLE_TAGS. */
export const comparableSoup: fc.Arbitrary<string> = soupOver(COMPARABLE_TAGS);

const piece = pieceOver(ALL_TAGS);

const root = fileURLToPath(new URL('../../../tests/', import.meta.url));

/** Real HTML: the Gmail page fixtures and the HTML of the corpus drafts. */
export const realSamples: readonly string[] = [
  ...readdirSync(`${root}fixtures/gmail`)
    .filter((f) => f.endsWith('.html'))
    .map((f) => readFileSync(`${root}fixtures/gmail/${f}`, 'utf8')),
  ...corpus.map((s) => s.draft.html).filter((h): h is string => typeof h === 'string' && h.length > 0),
];

/** One edit to a real sample, at a position given as a fraction of its length. */
const mutation = fc.oneof(
  fc.tuple(
    fc.constant('insert' as const),
    fc.double({ min: 0, max: 1, noNaN: true }),
    fc.oneof(piece, fc.constantFrom(...STRAY)),
  ),
  fc.tuple(
    fc.constant('delete' as const),
    fc.double({ min: 0, max: 1, noNaN: true }),
    fc.integer({ min: 1, max: 20 }),
  ),
  fc.tuple(
    fc.constant('duplicate' as const),
    fc.double({ min: 0, max: 1, noNaN: true }),
    fc.integer({ min: 1, max: 400 }),
  ),
  fc.tuple(fc.constant('truncate' as const), fc.double({ min: 0, max: 1, noNaN: true }), fc.constant(0)),
);

function mutate(sample: string, edits: readonly (readonly [string, number, unknown])[]): string {
  let s = sample;
  for (const [kind, where, arg] of edits) {
    const at = Math.floor(where * s.length);
    if (kind === 'insert') s = s.slice(0, at) + String(arg) + s.slice(at);
    else if (kind === 'delete') s = s.slice(0, at) + s.slice(at + Number(arg));
    else if (kind === 'duplicate') s = s.slice(0, at + Number(arg)) + s.slice(at);
    else s = s.slice(0, at);
  }
  return s;
}

/** A real sample with a few structure-breaking edits. */
export const mutatedReal: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...realSamples), fc.array(mutation, { minLength: 1, maxLength: 8 }))
  .map(([sample, edits]) => mutate(sample, edits));

export const anyHtml: fc.Arbitrary<string> = fc.oneof(tagSoup, mutatedReal);

/** Repeats `s` (or pads it) to about `size` characters. */
export function scaleTo(s: string, size: number): string {
  if (!s) return ' '.repeat(size);
  return s.repeat(Math.ceil(size / s.length)).slice(0, size);
}

/** The regression inputs from issue 7: each hung analyzeDraft forever. */
export const HANGS = [
  '<p x">">',
  '<font color=a">\n<b size="5">x"y>z',
  '<span x"y="1">Pasted</span> a <b title="t">"quote"</b>',
];
