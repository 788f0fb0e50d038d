/**
 * The learned layer's inference (utils/analysis/model), with a small hand-made model so every number
 * can be worked out by hand: k = 2, one rule weight, words of ±1 and −0.5 logits.
 */
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../utils/types';
import { resolveSettings, rules } from '../../utils/analysis';
import { DraftFacts } from '../../utils/analysis/facts';
import { normalizeDraft } from '../../utils/analysis/normalize';
import {
  loadModel,
  MODEL_FORMAT,
  MODEL_VERSION,
  scoreWithModel,
  type ModelFile,
} from '../../utils/analysis/model';
import {
  draftTokens,
  foldedFields,
  hostKey,
  isSoftFinding,
  isWordCode,
  MAX_LINKS,
  MAX_TOKENS,
  ruleFeatures,
} from '../../utils/analysis/model/features';

const FILE: ModelFile = {
  format: MODEL_FORMAT,
  version: MODEL_VERSION,
  k: 2,
  rules: { 'body-shouting': 0.5 },
  step: 0.25,
  words: { '4': 'cash  prize bonus offer s:winner d:spam.example', '-2': 'meeting', '0': '' },
  wordMin: -0.25,
  wordMax: 3,
};
const MODEL = loadModel(FILE);

function factsOf(d: { subject?: string; text?: string; html?: string }): DraftFacts {
  const { draft, html } = normalizeDraft({ to: ['a@example.com'], ...d });
  return new DraftFacts(draft, resolveSettings(), html);
}
const score = (d: Parameters<typeof factsOf>[0], findings: Finding[] = [], file: ModelFile = FILE) =>
  scoreWithModel(rules, findings, factsOf(d), resolveSettings(), loadModel(file));
const finding = (ruleId: string, weight: number, message = 'x'): Finding => ({
  ruleId,
  severity: 'notice',
  weight,
  messageId: `${ruleId}.${message}`,
  evidence: [],
});

describe('model (mutants)', () => {
  it('loads step counts as weights and skips empty names', () => {
    expect([...MODEL.words].sort()).toEqual([
      ['bonus', 1],
      ['cash', 1],
      ['d:spam.example', 1],
      ['meeting', -0.5],
      ['offer', 1],
      ['prize', 1],
      ['s:winner', 1],
    ]);
    expect(() => loadModel({ ...FILE, format: 'other' as typeof MODEL_FORMAT })).toThrow(
      'unknown model format',
    );
    expect(() => loadModel({ ...FILE, version: MODEL_VERSION + 1 })).toThrow('unknown model format');
  });

  it('scores k × the word logit and names the words, heaviest then alphabetical', () => {
    const r = score({ text: 'Prize and cash.' });
    expect(r.wordLogit).toBe(2);
    expect(r.ruleLogit).toBe(0);
    expect(r.score).toBe(4);
    expect(r.findings).toEqual([
      {
        ruleId: 'content-model',
        severity: 'notice',
        weight: 4,
        messageId: 'content-model.spamWords',
        data: { words: '“cash”, “prize”' },
        evidence: [
          { field: 'text', start: 10, end: 14 },
          { field: 'text', start: 0, end: 5 },
        ],
        fix: { messageId: 'content-model.rewordSpamWords' },
      },
    ]);
  });

  it('bounds the word logit on both sides', () => {
    const high = score({ text: 'cash prize bonus offer' });
    expect(high.wordLogit).toBe(3);
    expect(high.score).toBe(6);
    const low = score({ text: 'meeting' });
    expect(low.wordLogit).toBe(-0.25);
    expect(low.score).toBe(0);
    expect(low.findings).toEqual([]);
  });

  it('shows the word finding from a word score of 1 on, as info under the warning threshold', () => {
    expect(score({ text: 'cash' }).findings[0]).toMatchObject({ severity: 'info', weight: 2 });
    const half = { ...FILE, k: 1 };
    expect(score({ text: 'cash' }, [], half).findings[0]).toMatchObject({ severity: 'info', weight: 1 });
    expect(score({ text: 'cash' }, [], { ...FILE, k: 0.9 }).findings).toEqual([]);
    // A negative word that pulls the sum below 1 hides the finding even though a word is spammy.
    expect(score({ text: 'cash meeting' }, [], half).findings).toEqual([]);
  });

  it('names five words at most, leaves link hosts out and points at subject words', () => {
    const r = score({
      subject: 'Winner',
      text: 'cash prize bonus offer',
      html: '<p>cash prize bonus offer <a href="https://www.spam.example/x">here</a></p>',
    });
    expect(r.wordLogit).toBe(3);
    expect(r.findings[0]?.data).toEqual({ words: '“bonus”, “cash”, “offer”, “prize”' });
    const s = score({ subject: 'Big winner', text: 'cash' });
    expect(s.findings[0]?.data).toEqual({ words: '“cash”, “winner”' });
    expect(s.findings[0]?.evidence).toEqual([
      { field: 'text', start: 0, end: 4 },
      { field: 'subject', start: 4, end: 10 },
    ]);
  });

  it('names spammy words only, and no finding when only link hosts weigh', () => {
    expect(score({ text: 'cash meeting' }).findings[0]).toMatchObject({
      weight: 1,
      data: { words: '“cash”' },
    });
    const hostOnly = score({ html: '<p><a href="https://spam.example/">here</a></p>' });
    expect(hostOnly.wordLogit).toBe(1);
    expect(hostOnly.findings).toEqual([]);
  });

  it('does not name a word the model weighs at zero', () => {
    const r = score({ text: 'cash hello' }, [], { ...FILE, words: { ...FILE.words, '0': 'hello' } });
    expect(r.wordLogit).toBe(1);
    expect(r.findings[0]?.data).toEqual({ words: '“cash”' });
  });

  it('points at whole words only', () => {
    const r = score({ text: 'cashier, precash cash' });
    expect(r.findings[0]?.evidence).toEqual([{ field: 'text', start: 17, end: 21 }]);
  });

  it('adds mistakes and promotional findings outside the model, with the plain sum as a floor', () => {
    // body-shouting: weight 5 over its default 2.5 = feature 2, × rule weight 0.5 = 1 logit, × k = 2.
    const shout = finding('body-shouting', 5);
    expect(score({ text: 'hello' }, [shout])).toMatchObject({ ruleLogit: 1, score: 5 });
    expect(score({ text: 'cash' }, [shout])).toMatchObject({ ruleLogit: 1, score: 5 });
    const typo = finding('recipient-domain-typo', 1.5);
    const promo = finding('body-spam-phrases', 0.5, 'urgency');
    expect(score({ text: 'cash' }, [typo, promo])).toMatchObject({ ruleLogit: 0, score: 4 });
    expect(score({ text: 'meeting' }, [typo, promo]).score).toBe(2);
    // A rule the model has no weight for adds nothing to the logit; the plain sum still counts it.
    expect(score({ text: 'hello' }, [finding('crypto-wallet', 3)])).toMatchObject({ ruleLogit: 0, score: 3 });
  });
});

describe('model features (mutants)', () => {
  it('reads rule weights over the default weight, softened past 3', () => {
    const f = ruleFeatures(rules, [
      finding('body-shouting', 5),
      finding('body-shouting', 2.5),
      finding('crypto-wallet', 9),
      finding('recipient-address', 4),
      finding('body-spam-phrases', 2, 'marketing'),
      finding('body-spam-phrases', 1, 'prize'),
      finding('no-such-rule', 1),
    ]);
    expect([...f]).toEqual([
      ['body-shouting', 3],
      ['crypto-wallet', 3 + Math.log1p(3)],
      ['body-spam-phrases', 1],
    ]);
  });

  it('tells promotional findings by their message', () => {
    for (const m of ['urgency', 'callToAction', 'marketing', 'bulk'])
      expect(isSoftFinding(finding('body-spam-phrases', 1, m)), m).toBe(true);
    expect(isSoftFinding(finding('body-spam-phrases', 1, 'prize'))).toBe(false);
    expect(isSoftFinding(finding('x', 1, 'urgencyx'))).toBe(false);
    expect(isSoftFinding({ ...finding('x', 1), messageId: 'xurgency' })).toBe(false);
  });

  it('counts letters and digits of any script as word characters, not punctuation or symbols', () => {
    const yes = [0x61, 0x7a, 0x30, 0x39, 0xc0, 0x1fff, 0x2c00, 0x2fff, 0x3040, 0xfefe, 0xffef];
    const no = [0x60, 0x7b, 0x2f, 0x3a, 0x41, 0x5a, 0x20, 0x7f, 0xbf, 0x2000, 0x2bff, 0x3000, 0x303f, 0xfeff];
    for (const c of yes) expect(isWordCode(c), c.toString(16)).toBe(true);
    for (const c of no) expect(isWordCode(c), c.toString(16)).toBe(false);
    expect(isWordCode(0xfff0)).toBe(false);
  });

  it('keeps the last two labels of a host', () => {
    expect(hostKey('mail.example.com')).toBe('example.com');
    expect(hostKey('a.b.example.co')).toBe('example.co');
    expect(hostKey('example.com')).toBe('example.com');
    expect(hostKey('localhost')).toBe('localhost');
  });

  it('takes words of 2–24 letters without digits, subject words prefixed', () => {
    const t = draftTokens(
      factsOf({ subject: 'Hi A b2 Ölß', text: `x ab ${'y'.repeat(24)} ${'z'.repeat(25)} a1b Čau` }),
    );
    expect([...t].sort()).toEqual(['ab', 'cau', 's:hi', 's:ols', 'y'.repeat(24)].sort());
  });

  it('reads 60 subject words and MAX_TOKENS text words at most', () => {
    // Distinct letter-only words: aaa, aab, …
    const word = (i: number) =>
      [Math.floor(i / 676), Math.floor(i / 26) % 26, i % 26].map((d) => String.fromCharCode(97 + d)).join('');
    const words = (n: number) => Array.from({ length: n }, (_, i) => word(i));
    const t = draftTokens(factsOf({ subject: words(61).join(' '), text: 'hello' }));
    expect([...t].filter((w) => w.startsWith('s:'))).toHaveLength(60);
    expect(t.has('s:' + word(59))).toBe(true);
    const long = words(MAX_TOKENS + 1);
    const u = draftTokens(factsOf({ text: long.join(' ') }));
    expect(u.size).toBe(MAX_TOKENS);
    expect(u.has(long[MAX_TOKENS - 1]!)).toBe(true);
    // Words with digits or of one letter still count towards the limit.
    const mixed = draftTokens(factsOf({ text: ['a1', 'x', ...long].slice(0, MAX_TOKENS + 1).join(' ') }));
    expect(mixed.size).toBe(MAX_TOKENS - 2);
  });

  it('leaves out words with a digit', () => {
    expect([...draftTokens(factsOf({ text: 'ab0 ab9 0ab 9ab ab' }))]).toEqual(['ab']);
  });

  it('adds the hosts of at most MAX_LINKS links, with a letter in them', () => {
    const links = (hosts: string[]) => hosts.map((h) => `<a href="https://${h}/">x</a>`).join(' ');
    const t = draftTokens(
      factsOf({ html: `<p>${links(['www.spam.example', '10.0.0.1', 'ok.example'])}</p>` }),
    );
    expect([...t].filter((w) => w.startsWith('d:')).sort()).toEqual(['d:ok.example', 'd:spam.example']);
    const many = Array.from({ length: MAX_LINKS + 1 }, (_, i) => `h${i}.example`);
    const u = draftTokens(factsOf({ html: `<p>${links(many)}</p>` }));
    expect([...u].filter((w) => w.startsWith('d:'))).toHaveLength(MAX_LINKS);
    expect(u.has(`d:h${MAX_LINKS - 1}.example`)).toBe(true);
  });

  it('skips a link without a target and still reads the links after it', () => {
    const t = draftTokens(
      factsOf({ html: '<p><a href=" ">x</a> <a href="https://spam.example/">y</a></p>' }),
    );
    expect([...t].filter((w) => w.startsWith('d:'))).toEqual(['d:spam.example']);
  });

  it('folds only the own text, before quoted history', () => {
    const f = factsOf({ text: 'Héllo\n\nOn Mon, 1 Apr 2024 at 10:00, X <x@y.com> wrote:\n> cash' });
    expect(foldedFields(f).text.trim()).toBe('hello');
    expect(foldedFields(f)).toBe(foldedFields(f));
  });
});
