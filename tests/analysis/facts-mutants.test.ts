/** DraftFacts, the per-draft facts shared by the rules (mutation tests: exact outputs). */
import { describe, expect, it } from 'vitest';
import { DraftFacts } from '../../utils/analysis/facts';
import { normalizeDraft } from '../../utils/analysis/normalize';
import { resolveSettings, type AnalysisSettings } from '../../utils/analysis/settings';
import { scanHtml } from '../../utils/analysis/html';

function facts(draft: object, settings: Partial<AnalysisSettings> = {}, budget?: number): DraftFacts {
  const p = normalizeDraft(draft, budget === undefined ? {} : { budget });
  return new DraftFacts(p.draft, resolveSettings(settings), p.html, p.budget);
}

describe('the word scan and its budget', () => {
  it('scans the whole field when the budget allows, and spends one unit per character', () => {
    const f = facts({ text: 'Hello World', subject: 'AB' }, {}, 13);
    expect(f.words('text').letters).toBe(10);
    expect(f.budget.used).toBe(11);
    expect(f.budget.exhausted).toBe(false);
    expect(f.words('subject')).toMatchObject({ letters: 2, upper: 2 });
    expect(f.budget.used).toBe(13);
    expect(f.budget.exhausted).toBe(false);
  });

  it('scans a prefix and marks the budget spent when it runs out', () => {
    const f = facts({ text: 'Hello World' }, {}, 7.5);
    expect(f.words('text').letters).toBe(6); // "Hello W": the 7.5 units read 7 characters
    expect(f.budget.exhausted).toBe(true);
    expect(f.budget.left).toBe(0);
    const g = facts({ text: 'Hello World', subject: 'Abc' }, {}, 12);
    g.words('text');
    expect(g.words('subject').letters).toBe(1);
    expect(g.budget.exhausted).toBe(true);
  });

  it('stops the body scan where quoted history starts, and scans each field once', () => {
    const text = 'see attached\n\nOn Mon, 1 Jan 2024, Bob wrote:\n> see attached';
    const f = facts({ text });
    expect(f.ownTextEnd).toBe(14);
    expect(f.scanEnd('text')).toBe(14);
    expect(f.scanEnd('subject')).toBe(0);
    expect(f.attachmentHits('text').map((h) => [h.start, h.end])).toEqual([[0, 12]]);
    expect(f.words('text')).toBe(f.words('text'));
    expect(f.hasQuotedHistory).toBe(true);
    expect(facts({ text: 'see attached' }).hasQuotedHistory).toBe(false);
    expect(facts({ text: 'x', html: '<p>x</p><blockquote>old</blockquote>' }).hasQuotedHistory).toBe(true);
    expect(facts({ text: 'x', html: '<p>x</p>' }).hasQuotedHistory).toBe(false);
  });

  it('splits hits into spam, attachment mentions and signals', () => {
    const f = facts({ subject: 'act now', text: 'see attached, 100 usd, act now' });
    expect(f.attachmentHits('text').map((h) => h.entry.phrase)).toEqual(['see attached']);
    const spam = f.spamHits('text');
    expect(spam.length).toBeGreaterThan(0);
    const categories = new Set<string>(spam.map((h) => h.entry.category));
    expect(categories.has('attachment') || categories.has('signal')).toBe(false);
    expect(f.words('text').hits.some((h) => h.entry.category === 'signal')).toBe(true);
    expect(spam.map((h) => h.entry.phrase)).toContain('act now');
    expect(f.spamHits('text')).toBe(spam);
    expect(f.spamHits('subject').map((h) => h.entry.phrase)).toEqual(['act now']);
    expect(f.attachmentHits('subject')).toEqual([]);
  });

  it('answers mentions per field and per kind', () => {
    const f = facts({ subject: 'bitcoin', text: 'pay 100 usd' });
    expect(f.mentions('text', 'currency')).toBe(true);
    expect(f.mentions('text', 'crypto')).toBe(false);
    expect(f.mentions('subject', 'crypto')).toBe(true);
    expect(f.mentions('subject', 'currency')).toBe(false);
    // Asked again (from the cache), and the other field's answer is not taken.
    expect(f.mentions('text', 'crypto')).toBe(false);
    expect(f.mentions('subject', 'crypto')).toBe(true);
    // Any hit with the signal counts; no hits, no signal.
    expect(facts({ text: 'act now, pay in bitcoin' }).mentions('text', 'crypto')).toBe(true);
    expect(facts({ text: 'hello there' }).mentions('text', 'crypto')).toBe(false);
    const g = facts({ subject: 'pay 100 usd', text: 'bitcoin' });
    expect(g.mentions('text', 'crypto')).toBe(true);
    expect(g.mentions('subject', 'crypto')).toBe(false);
    expect(g.mentions('subject', 'currency')).toBe(true);
    expect(g.mentions('text', 'currency')).toBe(false);
  });
});

describe('custom phrases', () => {
  const hits = (
    customPhrases: unknown[],
    text = 'alpha beta gamma delta',
  ): [string, number, number, number][] =>
    facts({ text }, { customPhrases: customPhrases as never })
      .customHits('text')
      .map((h) => [h.entry.phrase, h.entry.weight, h.start, h.end]);

  it('finds valid custom phrases with their weight, capped at 10', () => {
    expect(hits([{ phrase: 'beta', weight: 2 }])).toEqual([['beta', 2, 6, 10]]);
    expect(hits([{ phrase: 'gamma', weight: 11 }])).toEqual([['gamma', 10, 11, 16]]);
    expect(hits([{ phrase: 'gamma', weight: 10 }])).toEqual([['gamma', 10, 11, 16]]);
    expect(hits([{ phrase: 'beta', weight: 0.1 }])).toEqual([['beta', 0.1, 6, 10]]);
  });

  it('drops entries without a positive finite weight or a string phrase', () => {
    expect(
      hits([
        null,
        { phrase: 'alpha', weight: 0 },
        { phrase: 'alpha', weight: -1 },
        { phrase: 'alpha', weight: Infinity },
        { phrase: 'alpha', weight: NaN },
        { phrase: 'alpha', weight: '2' },
        { phrase: 5, weight: 2 },
        { weight: 2 },
      ]),
    ).toEqual([]);
    expect(hits([])).toEqual([]);
  });

  it('cuts a phrase to 200 characters and keeps at most 1000 phrases', () => {
    // Runs of spaces are tidied away after the cut: 200 characters leave "ab" and 198 spaces.
    expect(hits([{ phrase: 'ab' + ' '.repeat(198) + 'cd', weight: 1 }], 'ab cd')).toEqual([['ab', 1, 0, 2]]);
    const whole = hits([{ phrase: 'ab' + ' '.repeat(196) + 'cd', weight: 1 }], 'ab cd');
    expect(whole.map((h) => [h[2], h[3]])).toEqual([[0, 5]]);
    const many = Array.from({ length: 1000 }, (_, i) => ({ phrase: `word${i}`, weight: 1 }));
    expect(hits([...many, { phrase: 'delta', weight: 1 }])).toEqual([]);
    expect(hits([...many.slice(1), { phrase: 'delta', weight: 1 }])).toEqual([['delta', 1, 17, 22]]);
  });

  it('stops at quoted history and within the budget', () => {
    const text = 'alpha\n\nOn Mon, 1 Jan 2024, Bob wrote:\n> alpha';
    expect(hits([{ phrase: 'alpha', weight: 1 }], text)).toEqual([['alpha', 1, 0, 5]]);
    const f = facts({ text: 'beta alpha' }, { customPhrases: [{ phrase: 'alpha', weight: 1 }] }, 6);
    expect(f.customHits('text')).toEqual([]);
    expect(f.budget.exhausted).toBe(true);
  });

  it('spends no budget when no custom phrase is valid, and scans a field once however often asked', () => {
    const none = facts({ text: 'alpha beta' }, { customPhrases: [{ phrase: 'alpha', weight: 0 }] }, 100);
    expect(none.customHits('text')).toEqual([]);
    expect(none.budget.used).toBe(0);
    const f = facts({ text: 'alpha beta' }, { customPhrases: [{ phrase: 'beta', weight: 1 }] }, 100);
    const first = f.customHits('text');
    expect(first.map((h) => [h.start, h.end])).toEqual([[6, 10]]);
    expect(f.budget.used).toBe(10);
    expect(f.customHits('text')).toBe(first);
    expect(f.budget.used).toBe(10);
  });

  it('reuses the compiled matcher of the 8 latest phrase lists, and compiles an older one again', () => {
    // A reused matcher hands out the same entry objects; a fresh compile makes new ones. Phrases are
    // unique to this test, so lists other tests compiled before do not matter (the cache is FIFO).
    const entry = (phrase: string) =>
      facts({ text: `x ${phrase} y` }, { customPhrases: [{ phrase, weight: 1 }] }).customHits('text')[0]!
        .entry;
    const a = entry('cachea');
    entry('cacheb');
    expect(entry('cachea')).toBe(a); // kept after one other list
    for (const w of ['cachec', 'cached', 'cachee', 'cachef', 'cacheg', 'cacheh']) entry(w);
    expect(entry('cachea')).toBe(a); // still one of the latest 8
    entry('cachei');
    const again = entry('cachea'); // the 9th list pushed it out
    expect(again).not.toBe(a);
    expect(again).toEqual(a);
  });

  it('keeps matchers apart for different phrase lists (and reuses one for the same list)', () => {
    for (let i = 0; i < 10; i++) expect(hits([{ phrase: `w${i}`, weight: 1 }], `x w${i} y`)).toHaveLength(1);
    expect(hits([{ phrase: 'w0', weight: 1 }], 'w0 w1')).toEqual([['w0', 1, 0, 2]]);
    expect(hits([{ phrase: 'w0', weight: 2 }], 'w0 w1')).toEqual([['w0', 2, 0, 2]]);
    expect(hits([{ phrase: 'w9', weight: 1 }], 'w0 w9')).toEqual([['w9', 1, 3, 5]]);
  });
});

describe('recipients', () => {
  it('lists To, Cc, Bcc items in order, then From, with their ranges', () => {
    const f = facts({
      to: ['a@x.com, b@y.com', 'c@z.com'],
      cc: ['d@x.com'],
      bcc: ['e@x.com'],
      from: 'Me <me@x.com>',
    });
    expect(f.recipients.map((r) => [r.field, r.index, r.address, r.start, r.end])).toEqual([
      ['to', 0, 'a@x.com', 0, 7],
      ['to', 0, 'b@y.com', 9, 16],
      ['to', 1, 'c@z.com', 0, 7],
      ['cc', 0, 'd@x.com', 0, 7],
      ['bcc', 0, 'e@x.com', 0, 7],
      ['from', 0, 'me@x.com', 4, 12],
    ]);
    expect(f.recipients[0]!.check).toBeDefined();
    expect(f.recipients).toBe(f.recipients);
    expect(facts({}).recipients).toEqual([]);
  });

  it('stops taking items after 1000 addresses', () => {
    const pairs = Array.from({ length: 500 }, (_, i) => `u${i}@x.com, v${i}@x.com`);
    const list = facts({ to: pairs, cc: ['c@x.com'] }).recipients;
    expect(list).toHaveLength(1000);
    expect(list.at(-1)!.address).toBe('v499@x.com');
    const r = facts({ to: [...pairs.slice(1), 'a@x.com, b@x.com, c@x.com'], bcc: ['d@x.com'] }).recipients;
    expect(r).toHaveLength(1001);
    expect(r.at(-1)!.address).toBe('c@x.com');
  });
});

describe('URLs in the text', () => {
  const urls = (text: string): [string, number, number][] =>
    facts({ text }).textUrls.map((u) => [u.url, u.start, u.end]);

  it('finds http(s) and www links without trailing punctuation', () => {
    expect(urls('go to https://a.example/x. Or www.b.example, or HTTP://C.EXAMPLE/y)!')).toEqual([
      ['https://a.example/x', 6, 25],
      ['www.b.example', 30, 43],
      ['HTTP://C.EXAMPLE/y', 48, 66],
    ]);
    expect(urls('no links here, ftp://x.example')).toEqual([]);
    expect(urls('https://')).toEqual([]);
  });

  it('finds shortener links without a scheme, once', () => {
    expect(urls('see bit.ly/3xYz. and https://t.co/abc')).toEqual([
      ['https://t.co/abc', 21, 37],
      ['bit.ly/3xYz', 4, 15],
    ]);
    expect(urls('see example.ly/abc')).toEqual([]);
    expect(urls('(see bit.ly/x).')).toEqual([['bit.ly/x', 5, 13]]);
    expect(urls('x https://bit.ly/abc')).toEqual([['https://bit.ly/abc', 2, 20]]);
    expect(urls('x www.bit.ly/abc')).toEqual([['www.bit.ly/abc', 2, 16]]);
    expect(urls('BIT.LY/Q')).toEqual([['BIT.LY/Q', 0, 8]]);
  });

  it('lists a shortener link after a link with a scheme, and one that starts where another ends', () => {
    expect(urls('https://a.example/x bit.ly/y')).toEqual([
      ['https://a.example/x', 0, 19],
      ['bit.ly/y', 20, 28],
    ]);
    // A bare link's path stops after 200 characters; a host right there starts a new link.
    const long = `bit.ly/${'a'.repeat(199)}_`;
    expect(urls(`${long}bit.ly/x`)).toEqual([
      [long, 0, 207],
      ['bit.ly/x', 207, 215],
    ]);
  });

  it('stops at quoted history and at 500 links', () => {
    expect(urls('www.a.example\n\nOn Mon, 1 Jan 2024, Bob wrote:\n> www.b.example bit.ly/x')).toEqual([
      ['www.a.example', 0, 13],
    ]);
    const many = Array.from({ length: 501 }, (_, i) => `www.x${i}.example`).join(' ');
    const list = facts({ text: many + ' bit.ly/z' }).textUrls;
    expect(list).toHaveLength(500);
    expect(list.at(-1)!.url).toBe('www.x499.example');
    const f = facts({ text: 'www.a.example' });
    expect(f.textUrls).toBe(f.textUrls);
  });
});

describe('evidence', () => {
  it('points into the text, or into the HTML when the text came from it', () => {
    const t = facts({ text: 'hello', subject: 'hi' });
    expect(t.evidence('text', 1, 3)).toEqual({ field: 'text', start: 1, end: 3 });
    expect(t.evidence('subject', 0, 2)).toEqual({ field: 'subject', start: 0, end: 2 });
    const h = facts({ html: '<p>hello <b>world</b></p>' });
    expect(h.draft.textSource).toBe('html');
    expect(h.draft.text).toBe('\nhello world\n');
    expect(h.evidence('text', 7, 12)).toEqual({ field: 'html', start: 12, end: 17 });
    expect(h.textEvidence(1, 6)).toEqual({ field: 'html', start: 3, end: 8 });
    expect(h.evidence('subject', 0, 1)).toEqual({ field: 'subject', start: 0, end: 1 });
  });

  it('keeps a text range when the HTML scan has no map', () => {
    const p = normalizeDraft({ html: '<p>hello</p>' });
    const noMap = scanHtml('<p>hello</p>');
    const f = new DraftFacts({ ...p.draft }, resolveSettings({}), { ...noMap, map: undefined } as never);
    expect(f.textEvidence(0, 5)).toEqual({ field: 'text', start: 0, end: 5 });
    expect(new DraftFacts(p.draft, resolveSettings({})).textEvidence(0, 5)).toEqual({
      field: 'text',
      start: 0,
      end: 5,
    });
  });

  it('keeps a text range when the text did not come from the HTML, even with a mapped scan', () => {
    const mapped = normalizeDraft({ html: '<p>hello</p>' }).html!;
    expect(mapped.map).toBeDefined();
    const p = normalizeDraft({ text: 'hello', html: '<p>hello</p>' });
    expect(p.draft.textSource).toBe('text');
    const f = new DraftFacts(p.draft, resolveSettings({}), mapped);
    expect(f.textEvidence(1, 3)).toEqual({ field: 'text', start: 1, end: 3 });
  });

  it('uses the scan it was given instead of scanning the HTML again', () => {
    const p = normalizeDraft({ html: '<p>hello</p>' }, { budget: 1000 });
    const used = p.budget.used;
    const f = new DraftFacts(p.draft, resolveSettings({}), p.html, p.budget);
    expect(f.html).toBe(p.html);
    expect(p.budget.used).toBe(used);
  });

  it('scans the HTML once, on first use, within the budget', () => {
    const f = facts({ text: 'x', html: '<a href="https://a.example">a</a>' });
    expect(f.html.links).toHaveLength(1);
    expect(f.html).toBe(f.html);
    const g = facts({ text: 'x', html: '<p>hello</p>' }, {}, 1000);
    expect(g.html.work).toBe(28);
    expect(g.budget.used).toBe(28);
    const h = facts({ text: 'x', html: '<p>hello</p><p>world and more</p>' }, {}, 20);
    expect(h.html.partial).toBe(true);
    expect(h.budget.exhausted).toBe(true);
  });
});
