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
    const text = 'Dear friend, you have won the lottery.';
    const score = analyzeDraft({ ...base, text }).score;
    expect(
      analyzeDraft({ ...base, text }, { thresholds: { notice: 0.1, warning: score - 0.01, danger: 100 } })
        .level,
    ).toBe('warning');
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

  it('skips a rule that throws and keeps the others', () => {
    const broken: Rule = {
      meta: {
        id: 'broken',
        description: 'Throws.',
        category: 'body',
        defaultWeight: 1,
        messages: { x: '' },
        fixes: { y: '' },
      },
      check() {
        throw new Error('boom');
      },
    };
    const r = analyzeRules([broken, ...rules], { ...base, subject: '' });
    expect(r.findings.map((f) => f.messageId)).toEqual(['subject-missing.missing']);
  });

  it('tolerates odd drafts', () => {
    const odd = [
      null,
      undefined,
      42,
      'text',
      [],
      {},
      { to: 'a@b.com, c@d', attachments: 'x', subject: 12, text: { toString: () => 'boom' } },
      {
        attachments: [null, 1, { name: 5, size: '10' }, { size: Infinity }],
        html: '<a href=',
        isReply: 'yes',
      },
    ];
    for (const d of odd) {
      const r = analyzeDraft(d as unknown as Draft);
      expect(['ok', 'notice', 'warning', 'danger']).toContain(r.level);
      expect(Number.isFinite(r.score)).toBe(true);
    }
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
