/**
 * Which phrase packs a draft needs: a cheap guess from common function words ("und", "vous", "para",
 * "alebo") in the first few thousand characters of the subject and body. It only decides what to
 * load, so it errs towards loading: a pack that turns out unneeded costs a few kilobytes and a trie
 * rebuild, a missed one costs the phrases of that language.
 *
 * Hand-written rather than a language-identification library: those carry n-gram models of hundreds
 * of kilobytes, and four packs need only a yes/no each.
 */
import { PACKED_LANGUAGES, type PackedLanguage } from './types';

const SAMPLE = 4000;

/** Function words frequent in each language and rare in English and Czech (and in each other). */
const WORDS: Record<PackedLanguage, readonly string[]> = {
  sk: [
    'sa',
    'alebo',
    'pre',
    'aj',
    'som',
    'ste',
    'ako',
    'ktorý',
    'ktoré',
    'ktorá',
    'veľmi',
    'môžete',
    'ešte',
    'už',
    'bol',
    'bola',
    'ďakujem',
    'vám',
    'nie',
    'vás',
    'teda',
  ],
  de: [
    'der',
    'die',
    'das',
    'und',
    'ist',
    'nicht',
    'sie',
    'ich',
    'mit',
    'für',
    'auf',
    'ein',
    'eine',
    'den',
    'dem',
    'zu',
    'von',
    'wir',
    'ihre',
    'bitte',
    'sehr',
    'auch',
    'werden',
  ],
  fr: [
    'le',
    'la',
    'les',
    'et',
    'est',
    'vous',
    'nous',
    'pour',
    'une',
    'des',
    'du',
    'avec',
    'pas',
    'qui',
    'dans',
    'sur',
    'votre',
    'je',
    'bonjour',
    'merci',
    'être',
    'vos',
  ],
  es: [
    'el',
    'los',
    'las',
    'y',
    'es',
    'usted',
    'para',
    'una',
    'con',
    'por',
    'su',
    'del',
    'al',
    'como',
    'gracias',
    'hola',
    'está',
    'muy',
    'pero',
    'nuestro',
    'sus',
    'puede',
  ],
};

const LANGUAGE_OF = new Map<string, PackedLanguage[]>();
for (const lang of PACKED_LANGUAGES) {
  for (const w of WORDS[lang]) LANGUAGE_OF.set(w, [...(LANGUAGE_OF.get(w) ?? []), lang]);
}

/** Letters that mark a language on their own (ß, ñ, ¿, ľ, ô, ç, œ…). */
const MARKS: readonly [RegExp, PackedLanguage][] = [
  [/[ßäöü]/, 'de'],
  [/[ñ¿¡]/, 'es'],
  [/[çœèêëîï]/, 'fr'],
  [/[ľĺŕôä]/, 'sk'],
];

const WORD = /[\p{L}]+/gu;

/**
 * Packed languages the text seems to be written in (at least three of its function words, or two
 * plus a letter typical of it), leaving out the `loaded` ones.
 */
export function packsFor(text: string, loaded: readonly string[] = []): PackedLanguage[] {
  const sample = (text.length > SAMPLE ? text.slice(0, SAMPLE) : text).toLowerCase();
  const hits: Record<PackedLanguage, number> = { sk: 0, de: 0, fr: 0, es: 0 };
  WORD.lastIndex = 0;
  for (let m = WORD.exec(sample); m; m = WORD.exec(sample)) {
    const langs = LANGUAGE_OF.get(m[0]);
    if (langs) for (const l of langs) hits[l]++;
  }
  for (const [mark, lang] of MARKS) if (mark.test(sample)) hits[lang] += 1;
  return PACKED_LANGUAGES.filter((l) => hits[l] >= 3 && !loaded.includes(l));
}
