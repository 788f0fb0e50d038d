// @vitest-environment happy-dom
/**
 * Custom phrases the phrase matcher cannot use ("win *", "win!", "***") are refused where a user adds
 * them (the options form), refused with the field and the reason where they are imported (settings
 * file), and marked "never matches" where they are already stored. The verdict is the matcher's own:
 * unusablePhrase() agrees with normalizePhrase() and with what a PhraseMatcher keeps.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { OptionsProps } from '../components/options/Options';
import { PhraseMatcher, normalizePhrase } from '../utils/analysis/phrases/matcher';
import { importSettings } from '../utils/settings/file';
import { DEFAULT_USER_SETTINGS, normalizeUserSettings } from '../utils/settings/shape';
import { unusablePhrase, validateField } from '../utils/settings/validate';
import type { UserSettings } from '../utils/storage';
import { type LocaleMessages, formatMessage, useMessagesForTest } from '../utils/ui-i18n';
import { flush, mountOptionsPage, unmountOptionsPage } from './helpers/options-page';

const load = (l: string) =>
  JSON.parse(
    readFileSync(join(__dirname, '../public/_locales', l, 'messages.json'), 'utf8'),
  ) as LocaleMessages;
const en = load('en');
const cs = load('cs');

const WILDCARD_EN =
  'A * may end a word, as in “winner*” or “you won*”, but cannot stand alone (“win *”) or sit inside a word (“w*n”); in the first word it needs at least 4 characters before it (“win*” is too short).';
const WILDCARD_CS =
  'Hvězdička * smí ukončit slovo, jako v „vyhrál* jste“ nebo „you won*“, ale nesmí stát samostatně („win *“) ani uprostřed slova („w*n“); v prvním slově před ní musí být aspoň 4 znaky („win*“ je příliš krátké).';
const CHAR_EN = (ch: string) =>
  `Preflight cannot match “${ch}” in a phrase. Use letters (Latin script; accents are fine), digits and spaces, and inside a phrase ' - % / . , & $.`;
const CHAR_CS = (ch: string) =>
  `Znak „${ch}“ Preflight ve frázi nenajde. Použijte písmena latinky (diakritika nevadí), číslice a mezery a uvnitř fráze ' - % / . , & $.`;
const START_EN = 'A phrase must start with a letter or a digit (a * may only end a word).';
const END_EN = 'A phrase must end with a letter, a digit or a *: leave out punctuation at the end.';
const LENGTH_EN =
  'Preflight can only match a phrase of 2 to 80 characters. Use a shorter phrase, or split a long one into several.';

/** Each shape the matcher refuses, with the reason the user is given. */
const UNUSABLE: [string, string, string | undefined][] = [
  ['win *', 'errPhraseWildcard', undefined], // a wildcard standing alone as a word
  ['free * money', 'errPhraseWildcard', undefined],
  ['win*', 'errPhraseWildcard', undefined], // fewer than 4 characters before it in the first word
  ['win* big', 'errPhraseWildcard', undefined],
  ['w*n', 'errPhraseWildcard', undefined], // inside a word
  ['wins**', 'errPhraseWildcard', undefined],
  ['***', 'errPhraseStart', undefined],
  ['*win', 'errPhraseStart', undefined],
  ["'tis", 'errPhraseStart', undefined],
  ['win.', 'errPhraseEnd', undefined],
  ['50 %', 'errPhraseEnd', undefined],
  ['*', 'errPhraseLength', undefined],
  ['a', 'errPhraseLength', undefined],
  ['x'.repeat(81), 'errPhraseLength', undefined],
  ['!!!', 'errPhraseChar', '!'],
  ['win!', 'errPhraseChar', '!'],
  ['free “money”', 'errPhraseChar', '“'],
  ['Привет мир', 'errPhraseChar', 'П'],
  ['win 😀 now', 'errPhraseChar', '😀'],
];

const USABLE = [
  'wins*',
  'big win*',
  "you'* won",
  'vyhrál* jste',
  'Vyhráli   JSTE',
  'straße',
  '50% off',
  'ab',
  'x'.repeat(80),
];

describe('unusablePhrase: the matcher’s verdict with its reason', () => {
  test.each(UNUSABLE)('%j is refused: %s %s', (phrase, key, detail) => {
    expect(unusablePhrase(phrase)).toEqual(detail === undefined ? { key } : { key, detail });
    // The matcher itself drops it: it would never match.
    expect(normalizePhrase(phrase)).toBe('');
    expect(new PhraseMatcher([{ phrase, weight: 1, category: 'custom' }]).size).toBe(0);
  });

  test.each(USABLE)('%j is usable and the matcher keeps it', (phrase) => {
    expect(unusablePhrase(phrase)).toBeNull();
    expect(new PhraseMatcher([{ phrase, weight: 1, category: 'custom' }]).size).toBe(1);
  });

  test('usable phrases match what they say', () => {
    const m = new PhraseMatcher([
      { phrase: 'wins*', weight: 1, category: 'c' },
      { phrase: "you'* won", weight: 1, category: 'c' },
      { phrase: 'vyhrál* jste', weight: 1, category: 'c' },
    ]);
    const text = 'Winsome news: you’ve won! Vyhráli jste.';
    expect(m.match(text).map((h) => text.slice(h.start, h.end))).toEqual([
      'Winsome',
      'you’ve won',
      'Vyhráli jste',
    ]);
  });

  test('agrees with normalizePhrase on any text (no rule restated)', () => {
    const ch = fc.constantFrom('a', 'é', 'z', '1', ' ', '*', "'", '-', '.', '!', 'П', '😀', '\u00a0', 'W');
    fc.assert(
      fc.property(
        fc.array(ch, { maxLength: 12 }).map((a) => a.join('')),
        (s) => {
          expect(unusablePhrase(s) === null).toBe(normalizePhrase(s) !== '');
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('settings import: an unusable phrase is refused, naming the field and the reason', () => {
  test.each(UNUSABLE)('%j', (phrase, key, detail) => {
    const v = [
      { phrase: 'wins*', weight: 1 },
      { phrase, weight: 1 },
    ];
    const want =
      detail === undefined ? { field: 'customPhrases.1', key } : { field: 'customPhrases.1', key, detail };
    expect(validateField('customPhrases', v)).toEqual([want]);
    const r = importSettings(JSON.stringify({ customPhrases: v }));
    expect(r).toEqual({ ok: false, errors: [want] });
  });

  test('usable phrases import', () => {
    const v = USABLE.map((phrase) => ({ phrase, weight: 1 }));
    expect(validateField('customPhrases', v)).toEqual([]);
    expect(importSettings(JSON.stringify({ customPhrases: v }))).toMatchObject({ ok: true });
  });

  test('a malformed item is reported as before, even after an unusable one', () => {
    const v = [
      { phrase: 'win *', weight: 1 },
      { phrase: 'wins*', weight: 9 },
    ];
    expect(validateField('customPhrases', v)).toEqual([{ field: 'customPhrases.1', key: 'errPhrase' }]);
  });

  test('normalizeUserSettings keeps a stored unusable phrase (the page marks it)', () => {
    const s = normalizeUserSettings({ customPhrases: [{ phrase: 'win *', weight: 1 }] });
    expect(s.customPhrases).toEqual([{ phrase: 'win *', weight: 1 }]);
  });

  test('the reasons read the same through browser.i18n formatting', () => {
    expect(formatMessage(en, 'options_errPhraseWildcard')).toBe(WILDCARD_EN);
    expect(formatMessage(en, 'options_errPhraseChar', ['!'])).toBe(CHAR_EN('!'));
    expect(formatMessage(cs, 'options_errPhraseChar', ['!'])).toBe(CHAR_CS('!'));
    expect(formatMessage(cs, 'options_errPhraseWildcard')).toBe(WILDCARD_CS);
  });
});

// --- The options page ------------------------------------------------------------------------------

beforeEach(() => useMessagesForTest(en, 'en'));
afterEach(unmountOptionsPage);

const mount = (settings: UserSettings, over: Partial<OptionsProps> = {}) => mountOptionsPage(settings, over);

async function type(el: Element | null, value: string) {
  const input = el as HTMLInputElement | HTMLTextAreaElement;
  await act(async () => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function addPhrase(r: HTMLElement, phrase: string, weight = '1') {
  await type(r.querySelector('#phrase'), phrase);
  await type(r.querySelector('#phrase-weight'), weight);
  const form = r.querySelector('#phrase')!.closest('form')!;
  // happy-dom does not submit a form when its submit button is clicked; send the event itself.
  await act(async () => {
    form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
  await flush();
}

const statusOf = (r: HTMLElement) => r.querySelector('[data-status-kind]');
const phraseItems = (r: HTMLElement) => [
  ...r.querySelector('#sec-phrases')!.parentElement!.querySelectorAll('.pf-list li'),
];

describe('options form: adding a phrase', () => {
  test.each([
    ['win *', WILDCARD_EN],
    ['win*', WILDCARD_EN],
    ['***', START_EN],
    ['win.', END_EN],
    ['a', LENGTH_EN],
    ['win!', CHAR_EN('!')],
    ['Привет', CHAR_EN('П')],
  ])('%j is refused with its reason and nothing is saved', async (phrase, text) => {
    const save = vi.fn(async (next: UserSettings) => next);
    const r = await mount(DEFAULT_USER_SETTINGS, { save });
    await addPhrase(r, phrase);
    expect(statusOf(r)?.getAttribute('data-status-kind')).toBe('error');
    expect(statusOf(r)?.textContent).toBe(text);
    expect(save).not.toHaveBeenCalled();
    expect(phraseItems(r)).toHaveLength(0);
    // The text stays in the field for the user to fix.
    expect((r.querySelector('#phrase') as HTMLInputElement).value).toBe(phrase);
  });

  test('in Czech', async () => {
    useMessagesForTest(cs, 'cs');
    const save = vi.fn(async (next: UserSettings) => next);
    const r = await mount(DEFAULT_USER_SETTINGS, { save });
    await addPhrase(r, 'win *');
    expect(statusOf(r)?.textContent).toBe(WILDCARD_CS);
    await addPhrase(r, 'vyhrál!');
    expect(statusOf(r)?.textContent).toBe(CHAR_CS('!'));
    expect(save).not.toHaveBeenCalled();
  });

  test('the too-long and weight checks still come first', async () => {
    const save = vi.fn(async (next: UserSettings) => next);
    const r = await mount(DEFAULT_USER_SETTINGS, { save });
    await addPhrase(r, 'x'.repeat(201));
    expect(statusOf(r)?.textContent).toBe(en.options_errPhrase!.message);
    await addPhrase(r, 'win *', '5');
    expect(statusOf(r)?.textContent).toBe(en.options_errPhrase!.message);
    expect(save).not.toHaveBeenCalled();
  });

  test.each(['wins*', "you'* won", 'vyhrál* jste'])('%j is saved', async (phrase) => {
    const save = vi.fn(async (next: UserSettings) => next);
    const r = await mount(DEFAULT_USER_SETTINGS, { save });
    await addPhrase(r, phrase, '2');
    expect(save).toHaveBeenCalledTimes(1);
    expect(save.mock.calls[0]![0].customPhrases).toEqual([{ phrase, weight: 2 }]);
    expect(statusOf(r)?.getAttribute('data-status-kind')).toBe('ok');
    expect(phraseItems(r)[0]!.querySelector('[data-never-matches]')).toBeNull();
  });
});

describe('options page: a stored phrase that never matches is marked', () => {
  const stored = {
    ...DEFAULT_USER_SETTINGS,
    customPhrases: [
      { phrase: 'win *', weight: 1 },
      { phrase: 'wins*', weight: 2 },
      { phrase: 'ok?', weight: 1 },
    ],
  };

  test('in English, as text', async () => {
    const r = await mount(stored);
    const [bad, good, q] = phraseItems(r);
    expect(bad!.querySelector('[data-never-matches]')?.textContent).toBe(`Never matches: ${WILDCARD_EN}`);
    expect(good!.querySelector('[data-never-matches]')).toBeNull();
    expect(q!.querySelector('[data-never-matches]')?.textContent).toBe(`Never matches: ${CHAR_EN('?')}`);
    expect(bad!.querySelector('[data-never-matches]')!.children).toHaveLength(0);
  });

  test('in Czech', async () => {
    useMessagesForTest(cs, 'cs');
    const r = await mount(stored);
    expect(phraseItems(r)[0]!.querySelector('[data-never-matches]')?.textContent).toBe(
      `Nikdy se nenajde: ${WILDCARD_CS}`,
    );
  });
});

describe('options page: importing a file with an unusable phrase', () => {
  test('the error names the field and the reason; nothing is saved', async () => {
    const save = vi.fn(async (next: UserSettings) => next);
    const r = await mount(DEFAULT_USER_SETTINGS, { save });
    await type(
      r.querySelector('#import-text'),
      JSON.stringify({
        customPhrases: [
          { phrase: 'wins*', weight: 1 },
          { phrase: 'win!', weight: 1 },
        ],
      }),
    );
    await act(async () => r.querySelector<HTMLButtonElement>('[data-action="import"]')!.click());
    await flush();
    expect(statusOf(r)?.getAttribute('data-status-kind')).toBe('error');
    expect([...statusOf(r)!.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      `customPhrases.1: ${CHAR_EN('!')}`,
    ]);
    expect(save).not.toHaveBeenCalled();
  });
});
