/**
 * Pack detection, signal words, the phrase pack registry and packsForDraft (mutation tests). This file
 * registers packs of its own, so it does not import phrases/all.
 */
import { describe, expect, it } from 'vitest';
import { packsFor as detect } from '../../utils/analysis/phrases/detect';
import { hasSignal, SIGNAL_TESTS } from '../../utils/analysis/phrases/signals';
import {
  attachmentEntries,
  BUILTIN_LANGUAGES,
  builtinMatcher,
  loadedLanguages,
  packsFor,
  registerPhrasePack,
  spamEntries,
} from '../../utils/analysis/phrases';
import { packsForDraft } from '../../utils/analysis/packs';
import type { LanguagePhrases } from '../../utils/analysis/phrases/types';

describe('packsFor (detect.ts)', () => {
  it('wants a language from three of its function words, in any case', () => {
    expect(detect('und der die')).toEqual(['de']);
    expect(detect('UND Der dIE')).toEqual(['de']);
    expect(detect('und,der;die')).toEqual(['de']);
    expect(detect('und1der2die')).toEqual(['de']);
    expect(detect('und der')).toEqual([]);
    expect(detect('und und und')).toEqual(['de']);
    expect(detect('vous nous pour')).toEqual(['fr']);
    expect(detect('usted para una')).toEqual(['es']);
    expect(detect('alebo ktorý ďakujem')).toEqual(['sk']);
    expect(detect('')).toEqual([]);
  });

  it('counts whole words only', () => {
    expect(detect('under derby diet')).toEqual([]);
    expect(detect('undder')).toEqual([]);
  });

  it('counts a typical letter as one more word', () => {
    expect(detect('und der ß')).toEqual(['de']);
    expect(detect('und der Ü')).toEqual(['de']);
    expect(detect('und ßßß')).toEqual([]); // a letter counts once
    expect(detect('para una ñ')).toEqual(['es']);
    expect(detect('para una ¿')).toEqual(['es']);
    expect(detect('vous nous ç')).toEqual(['fr']);
    expect(detect('vous nous œ')).toEqual(['fr']);
    expect(detect('alebo ktorý ľ')).toEqual(['sk']);
    expect(detect('alebo ktorý ô')).toEqual(['sk']);
    // "ä" is typical of German and of Slovak.
    expect(detect('und der alebo ktorý ä')).toEqual(['sk', 'de']);
    expect(detect('ß ñ ç ľ')).toEqual([]);
  });

  it('lists several languages in pack order and leaves out the loaded ones', () => {
    expect(detect('para una con vous nous pour und der die alebo ktorý ďakujem')).toEqual([
      'sk',
      'de',
      'fr',
      'es',
    ]);
    expect(detect('und der die vous nous pour', ['de'])).toEqual(['fr']);
    expect(detect('und der die', ['fr', 'es'])).toEqual(['de']);
  });

  it('reads only the first 4000 characters', () => {
    const pad = (n: number): string => '.'.repeat(n);
    expect(detect(pad(3989) + 'und der die')).toEqual(['de']); // exactly 4000
    expect(detect(pad(3990) + 'und der die')).toEqual([]); // "die" cut to "di"
    expect(detect(pad(3992) + 'und der ß')).toEqual([]); // the ß is the 4001st
    expect(detect(pad(3991) + 'und der ß')).toEqual(['de']);
  });

  it('gives the same answer when called again', () => {
    expect(detect('und der die und')).toEqual(['de']);
    expect(detect('und der die und')).toEqual(['de']);
  });
});

describe('signal words', () => {
  it('tests each kind on whole words where the pattern says so', () => {
    const yes: [keyof typeof SIGNAL_TESTS, string][] = [
      ['crypto', 'bitcoin'],
      ['crypto', 'send btc now'],
      ['crypto', 'my wallets'],
      ['crypto', 'cryptocurrency'],
      ['crypto', 'kryptomena'],
      ['crypto', 'ethereum'],
      ['crypto', 'usdt'],
      ['crypto', 'penezenka'],
      ['crypto', 'penazenka'],
      ['crypto', 'satoshis'],
      ['currency', '100 usd'],
      ['currency', 'eur'],
      ['currency', 'gbp'],
      ['currency', 'czk'],
      ['currency', '5 kc'],
      ['currency', 'chf'],
      ['currency', 'naira'],
      ['currency', 'dollars'],
      ['currency', 'dolaru'],
      ['currency', 'euros'],
      ['currency', 'pounds'],
      ['currency', 'korun'],
      ['millions', 'millions'],
      ['millions', 'billion'],
      ['millions', 'milionu'],
      ['millions', 'miliardy'],
      ['millions', 'milliards'],
      ['millions', 'millones'],
      ['millions', '5 mio'],
    ];
    for (const [kind, phrase] of yes) expect(hasSignal(kind, phrase), `${kind} ${phrase}`).toBe(true);
    const no: [keyof typeof SIGNAL_TESTS, string][] = [
      ['crypto', 'abtc'],
      ['crypto', 'btcx'],
      ['currency', 'eurx'],
      ['currency', 'kcal'],
      ['currency', 'usda'],
      ['millions', 'mios'],
      ['millions', 'amio'],
      ['crypto', 'hello'],
      ['currency', 'bitcoin'],
      ['millions', 'dollar'],
    ];
    for (const [kind, phrase] of no) expect(hasSignal(kind, phrase), `${kind} ${phrase}`).toBe(false);
  });

  it('keeps each kind apart in a phrase with several', () => {
    const p = 'million dollar bitcoin';
    expect([hasSignal('crypto', p), hasSignal('currency', p), hasSignal('millions', p)]).toEqual([
      true,
      true,
      true,
    ]);
    const q = 'million euro';
    expect([hasSignal('crypto', q), hasSignal('currency', q), hasSignal('millions', q)]).toEqual([
      false,
      true,
      true,
    ]);
    const r = 'bitcoin wallet';
    expect([hasSignal('crypto', r), hasSignal('currency', r), hasSignal('millions', r)]).toEqual([
      true,
      false,
      false,
    ]);
    const s = 'satoshi mio';
    expect([hasSignal('crypto', s), hasSignal('currency', s), hasSignal('millions', s)]).toEqual([
      true,
      false,
      true,
    ]);
  });
});

describe('phrase entries', () => {
  const lang: LanguagePhrases = {
    lang: 'xx',
    spam: {
      money: [['cash now', 2]],
      urgency: [
        ['act fast', 0.5],
        ['hurry up', 1],
      ],
    },
    attachmentMentions: ['see attached', 'enclosed'],
  };

  it('lists spam phrases by language, then in category order, with weight and category', () => {
    expect(spamEntries([lang])).toEqual([
      { phrase: 'act fast', weight: 0.5, category: 'urgency' },
      { phrase: 'hurry up', weight: 1, category: 'urgency' },
      { phrase: 'cash now', weight: 2, category: 'money' },
    ]);
    const out = [{ phrase: 'x', weight: 1, category: 'money' as const }];
    expect(spamEntries([lang, { ...lang, spam: { money: [['b', 3]] } }], out)).toHaveLength(5);
    expect(out[4]).toEqual({ phrase: 'b', weight: 3, category: 'money' });
  });

  it('reads only the spam categories it knows, whatever other keys a language has', () => {
    const odd = {
      ...lang,
      spam: { undefined: [['odd one', 1]], nonsense: [['odd two', 1]], money: [['cash now', 2]] },
    } as never;
    expect(spamEntries([odd])).toEqual([{ phrase: 'cash now', weight: 2, category: 'money' }]);
  });

  it('lists attachment mentions with weight 1', () => {
    expect(attachmentEntries([lang, { ...lang, attachmentMentions: ['v příloze'] }])).toEqual([
      { phrase: 'see attached', weight: 1, category: 'attachment' },
      { phrase: 'enclosed', weight: 1, category: 'attachment' },
      { phrase: 'v příloze', weight: 1, category: 'attachment' },
    ]);
  });

  it('starts with English and Czech', () => {
    expect(BUILTIN_LANGUAGES.map((l) => l.lang)).toEqual(['en', 'cs']);
    expect(spamEntries().length).toBe(spamEntries(BUILTIN_LANGUAGES).length);
    expect(attachmentEntries().length).toBe(attachmentEntries(BUILTIN_LANGUAGES).length);
  });

  it('finds signal words with weight 0 in the built-in matcher', () => {
    const hits = builtinMatcher().scan('we pay in usd').hits;
    const signals = hits
      .filter((h) => h.entry.category === 'signal')
      .map((h) => [h.entry.phrase, h.entry.weight]);
    expect(signals).toEqual([['usd', 0]]);
    // Only the signal words themselves: no entry made of nothing ("undefined").
    expect(builtinMatcher().scan('the value is undefined or null').hits).toEqual([]);
  });
});

// These run in order: each registers into the module's one registry.
describe('registerPhrasePack', () => {
  it('refuses what is no packed language, and a language already loaded', () => {
    expect(loadedLanguages()).toEqual(['en', 'cs']);
    const fn = Object.assign(() => undefined, { lang: 'sk', spam: {}, attachmentMentions: [] });
    expect(registerPhrasePack(fn)).toBe(false);
    for (const bad of [
      null,
      undefined,
      'de',
      42,
      {},
      { lang: 7 },
      { lang: 'en' },
      { lang: 'cs' },
      { lang: 'xx' },
    ])
      expect(registerPhrasePack(bad), JSON.stringify(bad)).toBe(false);
    expect(loadedLanguages()).toEqual(['en', 'cs']);
  });

  it('adds a pack, keeps only well-formed entries, and rebuilds the matcher', () => {
    const before = builtinMatcher();
    expect(before.scan('zqxjv wkfrp').hits).toEqual([]);
    expect(packsFor('und der die')).toEqual(['de']);
    const pack = {
      lang: 'de',
      spam: {
        money: [
          ['zqxjv wkfrp', 2.5],
          ['bad'],
          ['bad', '1'],
          [1, 2],
          'x',
          ['ok ok', 1, 3],
          { 0: 'objpair', 1: 1, length: 2 },
          ['numword', Number('x') > 0 ? 1 : '1'],
        ],
        nonsense: [['zzyzx qqq', 3]],
        urgency: 'not a list',
      },
      attachmentMentions: ['im anhang', 5, null, 'anbei'],
    };
    expect(registerPhrasePack(pack)).toBe(true);
    expect(loadedLanguages()).toEqual(['en', 'cs', 'de']);
    expect(packsFor('und der die')).toEqual([]);
    const after = builtinMatcher();
    expect(after).not.toBe(before);
    expect(builtinMatcher()).toBe(after);
    const spam = spamEntries().filter((e) => e.phrase === 'zqxjv wkfrp' || e.phrase === 'zzyzx qqq');
    expect(spam).toEqual([{ phrase: 'zqxjv wkfrp', weight: 2.5, category: 'money' }]);
    // Each malformed pair is dropped for its own reason.
    const dropped = new Set<unknown>(['bad', 'ok ok', 'objpair', 'numword', 1]);
    expect(spamEntries().filter((e) => dropped.has(e.phrase))).toEqual([]);
    expect(
      attachmentEntries()
        .slice(-2)
        .map((e) => e.phrase),
    ).toEqual(['im anhang', 'anbei']);
    const hits = after
      .scan('hello zqxjv wkfrp, see anbei')
      .hits.map((h) => [h.entry.phrase, h.entry.category]);
    expect(hits).toContainEqual(['zqxjv wkfrp', 'money']);
    expect(hits).toContainEqual(['anbei', 'attachment']);
    expect(registerPhrasePack(pack)).toBe(false);
  });

  it('takes a pack without spam or mentions, and caps the lists', () => {
    expect(registerPhrasePack({ lang: 'fr', spam: null, attachmentMentions: 'x' })).toBe(true);
    expect(loadedLanguages()).toEqual(['en', 'cs', 'de', 'fr']);
    const many = Array.from({ length: 5001 }, (_, i) => [`p${i}`, 1] as const);
    const mentions = Array.from({ length: 1001 }, (_, i) => `m${i}`);
    expect(registerPhrasePack({ lang: 'es', spam: { money: many }, attachmentMentions: mentions })).toBe(
      true,
    );
    const es = spamEntries().filter((e) => /^p\d+$/.test(e.phrase));
    expect(es).toHaveLength(5000);
    expect(es.at(-1)!.phrase).toBe('p4999');
    const m = attachmentEntries().filter((e) => /^m\d+$/.test(e.phrase));
    expect(m).toHaveLength(1000);
    expect(m.at(-1)!.phrase).toBe('m999');
  });
});

describe('packsForDraft', () => {
  it('reads the subject and the text', () => {
    expect(packsForDraft({ subject: 'vous nous pour', text: '' })).toEqual([]); // fr is loaded now
    expect(packsForDraft({ subject: 'alebo ktorý', text: 'ďakujem' })).toEqual(['sk']);
    expect(packsForDraft({ subject: 'alebo', text: 'ktorý ďakujem' })).toEqual(['sk']);
  });

  it('reads the HTML only when the text is blank, without its tags', () => {
    expect(packsForDraft({ text: '', html: '<p>alebo</p><b>ktorý</b>ďakujem' })).toEqual(['sk']);
    expect(packsForDraft({ text: '  \n', html: '<p>alebo ktorý ďakujem</p>' })).toEqual(['sk']);
    expect(packsForDraft({ text: 'hello', html: '<p>alebo ktorý ďakujem</p>' })).toEqual([]);
    // A tag name is no word.
    expect(packsForDraft({ text: '', html: '<alebo><ktorý><ďakujem>' })).toEqual([]);
    expect(packsForDraft({ html: 'alebo ktorý ďakujem' })).toEqual(['sk']);
  });

  it('reads at most 1000 characters of subject and 20,000 of body', () => {
    expect(packsForDraft({ subject: ' '.repeat(998) + 'alebo', text: 'ktorý ďakujem' })).toEqual([]);
    expect(packsForDraft({ subject: ' '.repeat(995) + 'alebo', text: 'ktorý ďakujem' })).toEqual(['sk']);
    // The text is blank within its first 20,000 characters: the HTML is read instead.
    const html = 'alebo ktorý ďakujem';
    expect(packsForDraft({ text: ' '.repeat(20_000) + 'hello', html })).toEqual(['sk']);
    expect(packsForDraft({ text: ' '.repeat(19_999) + 'hello', html })).toEqual([]);
    // 20,000 characters of HTML (nine long tags shrink to one space each, so the words stay in the sample).
    const tags = ('<' + 'a'.repeat(1999) + '>').repeat(9);
    expect(packsForDraft({ text: '', html: tags + ' '.repeat(1972) + html })).toEqual(['sk']);
    expect(packsForDraft({ text: '', html: tags + ' '.repeat(1973) + html })).toEqual([]);
  });

  it('strips tags of at most 2000 characters', () => {
    const inner = ' alebo ktorý ďakujem';
    expect(packsForDraft({ text: '', html: '<' + 'a'.repeat(1980) + inner + '>' })).toEqual([]);
    expect(packsForDraft({ text: '', html: '<' + 'a'.repeat(1981) + inner + '>' })).toEqual(['sk']);
  });

  it('takes nothing from what is no draft or has fields of the wrong type', () => {
    expect(packsForDraft(null)).toEqual([]);
    expect(packsForDraft(undefined)).toEqual([]);
    expect(packsForDraft('alebo ktorý ďakujem' as never)).toEqual([]);
    expect(packsForDraft({ subject: 5, text: ['alebo ktorý ďakujem'], html: 7 } as never)).toEqual([]);
  });
});
