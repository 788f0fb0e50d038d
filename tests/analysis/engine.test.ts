import { describe, expect, it } from 'vitest';
import {
  analyzeDraft,
  analyzeRules,
  DEFAULT_SETTINGS,
  levelForScore,
  resolveSettings,
  rules,
  type Rule,
} from '../../utils/analysis';
import type { Draft } from '../../utils/types';

const base: Draft = {
  from: 'jana@example.com',
  to: ['tom@example.org'],
  cc: [],
  bcc: [],
  subject: 'Review on Thursday',
  text: 'Hi Tom, could we move the review to 3 pm? Thanks, Jana',
  html: '',
  attachments: [],
};

describe('analyzeDraft', () => {
  it('leaves an ordinary business mail ok', () => {
    expect(analyzeDraft(base)).toEqual({ score: 0, level: 'ok', findings: [] });
  });

  it('raises the level to the most severe finding regardless of score', () => {
    const r = analyzeDraft(
      { ...base, attachments: [{ name: 'setup.exe', size: 1000, type: '' }] },
      { rules: { 'attachment-blocked-type': { weight: 0 } } },
    );
    expect(r.score).toBe(0);
    expect(r.level).toBe('danger');
  });

  it('maps info findings to ok and notice findings to notice', () => {
    expect(analyzeDraft({ ...base, subject: 'Happy birthday!' }).level).toBe('ok');
    expect(analyzeDraft({ ...base, subject: '' }).level).toBe('notice');
  });

  it('sums weights with diminishing returns inside a rule, so scores rarely tie', () => {
    const one = analyzeDraft({ ...base, text: 'Click here.' }, { rules: {} }).score;
    const two = analyzeDraft({ ...base, text: 'Click here. Act now. Verify your account.' }).score;
    const three = analyzeDraft({ ...base, text: 'Click here. Click here. Click here.' }).score;
    expect(two).toBeGreaterThan(one);
    expect(three).toBeGreaterThan(one);
    expect(three).toBeLessThan(one * 2);
  });

  it('sorts findings by severity, then weight', () => {
    const r = analyzeDraft({
      ...base,
      to: ['bob@gmial.com'],
      subject: 'Re: FREE MONEY!!!',
      attachments: [{ name: 'a.pdf.exe', size: 1, type: '' }],
    });
    const rank = { info: 0, notice: 1, warning: 2, danger: 3 };
    for (let i = 1; i < r.findings.length; i++) {
      const a = r.findings[i - 1]!;
      const b = r.findings[i]!;
      expect(
        rank[a.severity] > rank[b.severity] ||
          (rank[a.severity] === rank[b.severity] && a.weight >= b.weight),
      ).toBe(true);
    }
  });

  it('honours disabled rules and weight overrides', () => {
    const spammy = { ...base, text: 'Dear friend, you have won the lottery. Claim your prize now.' };
    const normal = analyzeDraft(spammy);
    expect(normal.findings.some((f) => f.ruleId === 'body-spam-phrases')).toBe(true);
    const off = analyzeDraft(spammy, { rules: { 'body-spam-phrases': { enabled: false } } });
    expect(off.findings.some((f) => f.ruleId === 'body-spam-phrases')).toBe(false);
    const heavy = analyzeDraft(spammy, { rules: { 'body-spam-phrases': { weight: 2 } } });
    expect(heavy.score).toBeGreaterThan(normal.score);
  });

  it('uses thresholds from settings', () => {
    // One clear promotional phrase (weight 2): notice under the defaults (notice 2, warning 4,
    // danger 7). The thresholds below are constants, not derived from the score.
    const promo = { ...base, text: 'Limited time offer! Act now.' };
    const byDefault = analyzeDraft(promo);
    expect(byDefault.score).toBe(2);
    expect(byDefault.level).toBe('notice');
    const strict = analyzeDraft(promo, { thresholds: { notice: 0.5, warning: 1, danger: 1.5 } });
    expect(strict.score).toBe(2);
    expect(strict.level).toBe('danger');
    // The finding's own severity follows the thresholds too (its weight reaches the warning one).
    expect(strict.findings.map((f) => f.severity)).toEqual(['warning']);
    expect(analyzeDraft(promo, { thresholds: { notice: 1, warning: 2, danger: 3 } }).level).toBe('warning');
    const lax = analyzeDraft(promo, { thresholds: { notice: 20, warning: 30, danger: 40 } });
    expect(lax.level).toBe('ok');
    expect(lax.findings.map((f) => f.severity)).toEqual(['info']);
  });

  it('repairs nonsensical settings instead of failing', () => {
    const s = resolveSettings({
      thresholds: { notice: NaN, warning: -1, danger: 1 },
      sendingLimitBytes: 'x' as never,
      customPhrases: 'nope' as never,
    });
    expect(s.thresholds.notice).toBe(DEFAULT_SETTINGS.thresholds.notice);
    expect(s.thresholds.warning).toBeGreaterThanOrEqual(s.thresholds.notice);
    expect(s.thresholds.danger).toBeGreaterThanOrEqual(s.thresholds.warning);
    expect(s.sendingLimitBytes).toBe(DEFAULT_SETTINGS.sendingLimitBytes);
    expect(s.customPhrases).toEqual([]);
  });

  const brokenRule = (id: string, check: Rule['check']): Rule => ({
    meta: {
      id,
      description: 'Broken.',
      category: 'body',
      defaultWeight: 1,
      messages: { x: '' },
      fixes: { y: '' },
    },
    check,
  });

  it('skips a rule that throws, keeps the others and names it in internalErrors', () => {
    const broken = brokenRule('broken', () => {
      throw new Error('boom');
    });
    const r = analyzeRules([broken, ...rules], { ...base, subject: '' });
    expect(r.findings.map((f) => f.messageId)).toEqual(['subject-missing.missing']);
    expect(r.score).toBe(1);
    expect(r.level).toBe('notice');
    expect(r.internalErrors).toEqual(['broken']);
  });

  it('names a rule that returns something other than a list of findings, keeping its good findings', () => {
    const notAList = brokenRule('not-a-list', () => 'nope' as never);
    const halfGood = brokenRule('half-good', (_d, ctx) => [
      ctx.finding({ messageId: 'x', evidence: [], fix: 'y', severity: 'notice' }),
      { messageId: 'half-good.x' } as never,
    ]);
    const r = analyzeRules([notAList, halfGood, ...rules], base);
    expect(r.findings.map((f) => f.messageId)).toEqual(['half-good.x']);
    expect(r.level).toBe('notice');
    expect(r.internalErrors).toEqual(['not-a-list', 'half-good']);
  });

  it('names a scorer that throws and falls back to the plain sum', () => {
    const r = analyzeRules(
      rules,
      { ...base, subject: '' },
      {},
      {
        scorer: () => {
          throw new Error('model broken');
        },
      },
    );
    expect(r).toEqual({
      score: 1,
      level: 'notice',
      findings: [expect.objectContaining({ messageId: 'subject-missing.missing' })],
      internalErrors: ['scorer'],
    });
  });

  it('reports a failure of the whole analysis as an empty report marked engine', () => {
    // A draft whose every property read throws: normalization itself fails.
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('getter');
        },
      },
    );
    expect(analyzeDraft(hostile as Draft)).toEqual({
      score: 0,
      level: 'ok',
      findings: [],
      internalErrors: ['engine'],
    });
  });

  it('records no internal error for an ordinary draft or the rule examples', () => {
    expect(analyzeDraft(base).internalErrors).toBeUndefined();
    const examples = rules.filter((r) => r.meta.example);
    expect(examples.length).toBeGreaterThan(20);
    for (const rule of examples) {
      const r = analyzeDraft({ ...base, ...rule.meta.example });
      expect(r.internalErrors, rule.meta.id).toBeUndefined();
    }
  });

  it('tolerates odd drafts: a non-object is an empty draft, odd fields are read or dropped', () => {
    const subjectMissingOnly = {
      score: 1,
      level: 'notice',
      findings: [
        {
          ruleId: 'subject-missing',
          severity: 'notice',
          weight: 1,
          messageId: 'subject-missing.missing',
          evidence: [{ field: 'subject', start: 0, end: 0 }],
          fix: { messageId: 'subject-missing.addSubject' },
        },
      ],
    };
    // Nothing usable: an empty draft, whose only problem is the missing subject.
    for (const d of [null, undefined, 42, 'text', [], {}] as unknown[]) {
      const r = analyzeDraft(d as Draft);
      expect(r).toStrictEqual(subjectMissingOnly);
    }
    // A string recipient field is one recipient; a number subject is its digits (so it is present);
    // an object text and a string attachment list are dropped.
    const r = analyzeDraft({
      to: 'a@b.com, c@d',
      attachments: 'x',
      subject: 12,
      text: { toString: () => 'boom' },
    } as unknown as Draft);
    expect(r).toStrictEqual({
      score: 5,
      level: 'danger',
      findings: [
        {
          ruleId: 'recipient-address',
          severity: 'danger',
          weight: 5,
          messageId: 'recipient-address.malformed',
          evidence: [{ field: 'to', index: 0, start: 9, end: 12 }],
          fix: { messageId: 'recipient-address.correctAddress' },
          data: { address: 'c@d' },
        },
      ],
    });
    // Odd attachment entries (unknown sizes, number names) raise nothing, broken HTML gives no text,
    // and a non-boolean isReply counts as "not known".
    const odd = analyzeDraft({
      attachments: [null, 1, { name: 5, size: '10' }, { size: Infinity }],
      html: '<a href=',
      isReply: 'yes',
    } as unknown as Draft);
    expect(odd).toStrictEqual(subjectMissingOnly);
  });

  it('finds the level for a score', () => {
    const s = resolveSettings();
    expect(levelForScore(0, s)).toBe('ok');
    expect(levelForScore(s.thresholds.notice, s)).toBe('notice');
    expect(levelForScore(s.thresholds.warning + 0.5, s)).toBe('warning');
    expect(levelForScore(1e9, s)).toBe('danger');
  });
});

describe('scoring', () => {
  it('keeps promotional wording alone below the warning threshold', () => {
    const text =
      'Limited time offer! Act now, order now, buy now, shop now, last chance, hurry up, while supplies last. Click here. Unsubscribe.';
    const r = analyzeDraft({ ...base, subject: 'Summer sale', text });
    expect(r.score).toBeLessThan(resolveSettings().thresholds.warning);
    const withScam = analyzeDraft({
      ...base,
      subject: 'Summer sale',
      text: `${text} Dear friend, you have won the lottery.`,
    });
    expect(withScam.level === 'warning' || withScam.level === 'danger').toBe(true);
  });
});
