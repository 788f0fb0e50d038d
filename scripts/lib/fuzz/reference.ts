/**
 * The reference for the scanner's tokenization: parse5's tokenizer (the WHATWG tokenizer, no tree
 * builder, so no adoption-agency clones or foster parenting), switched into RCDATA / RAWTEXT /
 * PLAINTEXT after the start tags that switch it in a browser's parser, and the scanner's token hook.
 * Both give the start tags that have attributes, in order, with the first of duplicate names kept.
 */
import { Tokenizer, TokenizerMode, type Token } from 'parse5';
import { scanHtml, setTokenHook } from '../../../utils/analysis/html';

export type TagAttributes = [tag: string, attributes: [name: string, value: string][]][];

const SWITCH: Record<string, (typeof TokenizerMode)[keyof typeof TokenizerMode]> = {
  title: TokenizerMode.RCDATA,
  textarea: TokenizerMode.RCDATA,
  style: TokenizerMode.RAWTEXT,
  xmp: TokenizerMode.RAWTEXT,
  iframe: TokenizerMode.RAWTEXT,
  noembed: TokenizerMode.RAWTEXT,
  noframes: TokenizerMode.RAWTEXT,
  noscript: TokenizerMode.RAWTEXT,
  script: TokenizerMode.SCRIPT_DATA,
  plaintext: TokenizerMode.PLAINTEXT,
};

export function parse5Attributes(html: string): TagAttributes {
  const out: TagAttributes = [];
  const ignore = (): void => {};
  const tokenizer: Tokenizer = new Tokenizer(
    {},
    {
      onStartTag(token: Token.TagToken) {
        if (token.attrs.length > 0) out.push([token.tagName, token.attrs.map((a) => [a.name, a.value])]);
        const mode = SWITCH[token.tagName];
        if (mode !== undefined) tokenizer.state = mode;
      },
      onEndTag: ignore,
      onComment: ignore,
      onDoctype: ignore,
      onEof: ignore,
      onCharacter: ignore,
      onNullCharacter: ignore,
      onWhitespaceCharacter: ignore,
    },
  );
  tokenizer.write(html, true);
  return out;
}

export function scannerAttributes(html: string): TagAttributes {
  const out: TagAttributes = [];
  setTokenHook((tag, attrs) => {
    const seen = new Set<string>();
    const kept = attrs.filter(([name]) => !seen.has(name) && seen.add(name));
    if (kept.length > 0) out.push([tag, kept]);
  });
  try {
    scanHtml(html);
  } finally {
    setTokenHook(null);
  }
  return out;
}

/**
 * The soup as both sides can compare it: parse5 decodes every named reference and turns CR and NUL
 * into LF and U+FFFD in preprocessing; the scanner's references are tested on their own.
 */
export const comparable = (soup: string): string =>
  soup.replace(/&/g, 'and').replace(/\r/g, '\n').replace(/\0/g, '');
