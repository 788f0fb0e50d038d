/** The character reference decoder of utils/analysis/entities.ts (mutation tests: exact outputs). */
import { describe, expect, it } from 'vitest';
import { decodeEntities, decodeReferenceAt } from '../../utils/analysis/entities';

describe('decodeReferenceAt', () => {
  it('reads decimal references, with or without the semicolon', () => {
    expect(decodeReferenceAt('&#118;', 0)).toEqual({ text: 'v', length: 6 });
    expect(decodeReferenceAt('&#118iagra', 0)).toEqual({ text: 'v', length: 5 });
    expect(decodeReferenceAt('x&#65;y', 1)).toEqual({ text: 'A', length: 5 });
    // At most 7 digits: the eighth is left over, and 1234567 is past U+10FFFF.
    expect(decodeReferenceAt('&#12345678;', 0)).toEqual({ text: '\ufffd', length: 9 });
  });

  it('reads hexadecimal references with x or X, at most 6 digits', () => {
    expect(decodeReferenceAt('&#x76;', 0)).toEqual({ text: 'v', length: 6 });
    expect(decodeReferenceAt('&#X6A;', 0)).toEqual({ text: 'j', length: 6 });
    expect(decodeReferenceAt('&#x6a', 0)).toEqual({ text: 'j', length: 5 });
    expect(decodeReferenceAt('&#x1F600;', 0)).toEqual({ text: '😀', length: 9 });
    // Six digits at most: the seventh is left over.
    expect(decodeReferenceAt('&#x0010FFFF;', 0)).toEqual({ text: '\u10ff', length: 9 });
    expect(decodeReferenceAt('&#x110000;', 0)).toEqual({ text: '\ufffd', length: 10 });
    expect(decodeReferenceAt('&#xg;', 0)).toBeNull();
    expect(decodeReferenceAt('&#;', 0)).toBeNull();
  });

  it('replaces code points that are no characters with U+FFFD', () => {
    const at = (cp: number): string => decodeReferenceAt(`&#x${cp.toString(16)};`, 0)!.text;
    expect(at(0)).toBe('\ufffd');
    expect(at(1)).toBe('\u0001');
    expect(at(0xd7ff)).toBe('\ud7ff');
    expect(at(0xd800)).toBe('\ufffd');
    expect(at(0xdbff)).toBe('\ufffd');
    expect(at(0xdfff)).toBe('\ufffd');
    expect(at(0xe000)).toBe('\ue000');
    expect(at(0x10ffff)).toBe(String.fromCodePoint(0x10ffff));
    expect(at(0x110000)).toBe('\ufffd');
    expect(decodeReferenceAt('&#0;', 0)!.text).toBe('\ufffd');
  });

  it('reads a named reference only with its semicolon, and only a known name', () => {
    expect(decodeReferenceAt('&amp;', 0)).toEqual({ text: '&', length: 5 });
    expect(decodeReferenceAt('&nbsp;x', 0)).toEqual({ text: '\u00a0', length: 6 });
    expect(decodeReferenceAt('&amp', 0)).toBeNull();
    expect(decodeReferenceAt('&ampx;', 0)).toBeNull();
    expect(decodeReferenceAt('&foo;', 0)).toBeNull();
    expect(decodeReferenceAt('&a;', 0)).toBeNull();
    // Regression: names of Object.prototype decoded to a function.
    expect(decodeReferenceAt('&constructor;', 0)).toBeNull();
    expect(decodeReferenceAt('&toString;', 0)).toBeNull();
    expect(decodeEntities('a&constructor;b')).toBe('a&constructor;b');
    expect(decodeReferenceAt('& amp;', 0)).toBeNull();
  });

  it('reads only at the index given', () => {
    expect(decodeReferenceAt('x&lt;', 0)).toBeNull();
    expect(decodeReferenceAt('x&lt;', 1)).toEqual({ text: '<', length: 4 });
    expect(decodeReferenceAt('&lt; &gt;', 5)).toEqual({ text: '>', length: 4 });
  });

  it('knows accented letters made from a base letter and a mark, and the listed ligatures', () => {
    const named = (name: string): string | undefined => decodeReferenceAt(`&${name};`, 0)?.text;
    expect(named('aacute')).toBe('á');
    expect(named('Ccaron')).toBe('Č');
    expect(named('uring')).toBe('ů');
    expect(named('egrave')).toBe('è');
    expect(named('ocirc')).toBe('ô');
    expect(named('ntilde')).toBe('ñ');
    expect(named('Yuml')).toBe('Ÿ');
    expect(named('ccedil')).toBe('ç');
    expect(named('aogon')).toBe('ą');
    expect(named('odblac')).toBe('ő');
    expect(named('Lacute')).toBe('Ĺ');
    expect(named('lcaron')).toBe('ľ');
    expect(named('jcaron')).toBe('ǰ');
    expect(named('Wcirc')).toBe('Ŵ');
    expect(named('kcedil')).toBe('ķ');
    expect(named('Hcirc')).toBe('Ĥ');
    expect(named('szlig')).toBe('ß');
    expect(named('aelig')).toBe('æ');
    expect(named('AElig')).toBe('Æ');
    expect(named('oslash')).toBe('ø');
    expect(named('Oslash')).toBe('Ø');
    // No precomposed letter, or a base letter not in the list: unknown.
    expect(named('Jcaron')).toBeUndefined();
    expect(named('qacute')).toBeUndefined();
    expect(named('bcaron')).toBeUndefined();
  });
});

describe('decodeEntities', () => {
  it('returns a string without "&" as it is', () => {
    expect(decodeEntities('plain text')).toBe('plain text');
    expect(decodeEntities('')).toBe('');
  });

  it('decodes every reference and keeps the text between them', () => {
    expect(decodeEntities('a &amp; b &lt;c&gt; d')).toBe('a & b <c> d');
    expect(decodeEntities('&#118;&#105;agra')).toBe('viagra');
    expect(decodeEntities('&#106;avascript:alert(1)')).toBe('javascript:alert(1)');
    expect(decodeEntities('x&eacute;')).toBe('xé');
  });

  it('keeps what is no reference, and decodes only once', () => {
    expect(decodeEntities('&&amp;')).toBe('&&');
    expect(decodeEntities('&amp;amp;')).toBe('&amp;');
    expect(decodeEntities('&amp;lt;')).toBe('&lt;');
    expect(decodeEntities('&foo; &amp &lt;')).toBe('&foo; &amp <');
    expect(decodeEntities('tom & jerry &')).toBe('tom & jerry &');
    expect(decodeEntities('&#x;&#38;')).toBe('&#x;&');
  });
});
