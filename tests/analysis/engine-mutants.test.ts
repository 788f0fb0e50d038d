// Pins the engine's arithmetic and guards that the behaviour tests in engine.test.ts leave open
// (found by Stryker, issue 13): threshold boundaries, weight overrides, finding factors, the
// finding filter, the scorer's fallbacks, the work-budget stats and the partial notice.
import { describe, expect, it } from 'vitest';
import {
  analyzeDraft,
  analyzeRules,
  levelForScore,
  resolveSettings,
  runRule,
  type Rule,
} from '../../utils/analysis';
import type { Finding, Severity } from '../../utils/types';

const base = {
  from: 'jana@example.com',
  to: ['tom@example.org'],
  cc: [],
  bcc: [],
  subject: 'Review on Thursday',
  text: 'Hi Tom, could we move the review to 3 pm? Thanks, Jana',
  html: '',
  attachments: [],
};

function rule(id: string, check: Rule['check'], defaultWeight = 1): Rule {
  return {
    meta: {
      id,
      description: 'Test.',
      category: 'body',
      defaultWeight,
      messages: { m: '' },
      fixes: { f: '' },
    },
    check,
  };
}

/** A rule that reports one finding built with the given spec extras. */
const oneFinding = (id: string, spec: Record<string, unknown> = {}, defaultWeight = 1): Rule =>
  rule(id, (_d, ctx) => [ctx.finding({ messageId: 'm', evidence: [], fix: 'f', ...spec })], defaultWeight);

const finding = (over: Partial<Finding> = {}): Finding => ({
  ruleId: 'x',
  severity: 'info',
  weight: 1,
  messageId: 'x.m',
  evidence: [],
  fix: { messageId: 'x.f' },
  ...over,
});

describe('levelForScore at the thresholds', () => {
  const s = resolveSettings({ thresholds: { notice: 2, warning: 4, danger: 7 } });
  it.each([
    [1.999, 'ok'],
    [2, 'notice'],
    [3.999, 'notice'],
    [4, 'warning'],
    [6.999, 'warning'],
    [7, 'danger'],
  ])('score %s is %s', (score, level) => {
    expect(levelForScore(score, s)).toBe(level);
  });
});

describe('rule weights from settings', () => {
  const weightOf = (w: unknown): number =>
    runRule(oneFinding('w', {}, 1.5), base, { rules: { w: { weight: w as number } } })[0]!.weight;

  it('uses a finite non-negative override, capped at 100', () => {
    expect(weightOf(3)).toBe(3);
    expect(weightOf(0)).toBe(0);
    expect(weightOf(100)).toBe(100);
    expect(weightOf(250)).toBe(100);
  });

  it('falls back to the default weight for a negative, infinite, NaN or non-number override', () => {
    for (const w of [-0.5, Infinity, -Infinity, NaN, '3', null, undefined]) expect(weightOf(w)).toBe(1.5);
  });

  it('uses the default weight when the rule has no settings entry', () => {
    expect(runRule(oneFinding('w', {}, 1.5), base, { rules: { other: { weight: 9 } } })[0]!.weight).toBe(1.5);
  });

  it('gives the rule context the effective weight', () => {
    let seen = -1;
    const r = rule(
      'ctx',
      (_d, ctx) => {
        seen = ctx.weight;
        return [];
      },
      2,
    );
    runRule(r, base, { rules: { ctx: { weight: 5 } } });
    expect(seen).toBe(5);
  });
});

describe('ctx.finding', () => {
  it('builds the finding with prefixed message and fix ids and no optional fields by default', () => {
    expect(runRule(oneFinding('b', {}, 1), base)).toStrictEqual([
      {
        ruleId: 'b',
        severity: 'info',
        weight: 1,
        messageId: 'b.m',
        evidence: [],
        fix: { messageId: 'b.f' },
      },
    ]);
  });

  it('carries data, fix data and askBeforeSend when given', () => {
    const [f] = runRule(
      oneFinding('b', { data: { n: 1 }, fixData: { k: 'v' }, askBeforeSend: true, evidence: [] }),
      base,
    );
    expect(f).toStrictEqual({
      ruleId: 'b',
      severity: 'info',
      weight: 1,
      messageId: 'b.m',
      evidence: [],
      fix: { messageId: 'b.f', data: { k: 'v' } },
      data: { n: 1 },
      askBeforeSend: true,
    });
    const [g] = runRule(oneFinding('b', { askBeforeSend: false }), base);
    expect(g).not.toHaveProperty('askBeforeSend');
  });

  it('multiplies the weight by a finite factor, clamps a negative one to 0 and ignores a non-finite one', () => {
    const w = (factor: unknown): number => runRule(oneFinding('f', { factor }, 2), base)[0]!.weight;
    expect(w(0.5)).toBe(1);
    expect(w(3)).toBe(6);
    expect(w(-2)).toBe(0);
    expect(w(NaN)).toBe(2);
    expect(w(Infinity)).toBe(2);
    expect(w('2')).toBe(2);
    expect(w(undefined)).toBe(2);
  });

  it('rounds the weight to three decimals', () => {
    const w = runRule(oneFinding('r', { factor: 1 / 3 }, 1), base)[0]!.weight;
    expect(w).toBe(0.333);
    expect(runRule(oneFinding('r', { factor: 0.12345 }, 1), base)[0]!.weight).toBe(0.123);
    expect(runRule(oneFinding('r', { factor: 0.1236 }, 1), base)[0]!.weight).toBe(0.124);
  });

  it('derives the severity from the weight unless the spec fixes it', () => {
    const sev = (defaultWeight: number, spec: Record<string, unknown> = {}): Severity =>
      runRule(oneFinding('s', spec, defaultWeight), base)[0]!.severity;
    expect(sev(1.99)).toBe('info');
    expect(sev(2)).toBe('notice');
    expect(sev(4)).toBe('warning');
    expect(sev(10)).toBe('warning');
    expect(sev(0, { severity: 'danger' })).toBe('danger');
  });
});

describe('analyzeRules', () => {
  it('skips exactly the rules whose settings say enabled: false', () => {
    const rules = [oneFinding('a'), oneFinding('b'), oneFinding('c')];
    const r = analyzeRules(rules, base, { rules: { a: { enabled: false }, b: { enabled: true }, c: {} } });
    expect(r.findings.map((f) => f.ruleId).sort()).toEqual(['b', 'c']);
  });

  it('drops findings that are not findings and names the rule', () => {
    const bad: unknown[] = [
      null,
      0,
      'x',
      finding({ messageId: 1 as never }),
      finding({ weight: '1' as never }),
      finding({ weight: NaN }),
      finding({ weight: Infinity }),
      finding({ evidence: 'e' as never }),
      finding({ severity: 'loud' as never }),
    ];
    for (const b of bad) {
      const r = analyzeRules([rule('bad', () => [b as Finding, finding({ weight: 2 })])], base);
      expect(r.findings, JSON.stringify(b)).toHaveLength(1);
      expect(r.internalErrors).toEqual(['bad']);
    }
    const good = analyzeRules([rule('good', () => [finding({ weight: 2 })])], base);
    expect(good.findings).toHaveLength(1);
    expect(good.internalErrors).toBeUndefined();
  });

  it('drops a function that carries the fields of a finding, and names the rule', () => {
    const fn = Object.assign(() => undefined, finding({ weight: 5 }));
    const r = analyzeRules([rule('fn', () => [fn, finding({ weight: 2 })])], base);
    expect(r.findings.map((f) => f.weight)).toEqual([2]);
    expect(r.internalErrors).toEqual(['fn']);
  });

  it('takes nothing from a rule that returns an iterable other than an array, and names it', () => {
    for (const out of [new Set([finding({ weight: 3 })]), 'abc']) {
      const r = analyzeRules([rule('set', () => out as unknown as Finding[]), oneFinding('ok')], base);
      expect(r.findings.map((f) => f.ruleId)).toEqual(['ok']);
      expect(r.score).toBe(1);
      expect(r.internalErrors).toEqual(['set']);
    }
  });

  it('names every broken rule, in order', () => {
    const r = analyzeRules(
      [
        rule('a', () => [null as never]),
        oneFinding('ok'),
        rule('b', () => 'x' as never),
        rule('c', () => [0 as never]),
      ],
      base,
    );
    expect(r.internalErrors).toEqual(['a', 'b', 'c']);
    expect(r.findings.map((f) => f.ruleId)).toEqual(['ok']);
  });

  it('adds up the weights, rounded to three decimals', () => {
    const r = analyzeRules(
      [rule('a', () => [finding({ weight: 0.1 }), finding({ weight: 0.2 }), finding({ weight: 0.0004 })])],
      base,
    );
    expect(r.score).toBe(0.3);
    expect(r.level).toBe('ok');
  });

  it('takes the level from the score or the most severe finding, whichever is higher', () => {
    const r = analyzeRules([rule('a', () => [finding({ weight: 4, severity: 'info' })])], base);
    expect(r.level).toBe('warning');
    const f = analyzeRules([rule('a', () => [finding({ weight: 0, severity: 'warning' })])], base);
    expect(f.level).toBe('warning');
    const both = analyzeRules(
      [
        rule('a', () => [
          finding({ weight: 0, severity: 'notice' }),
          finding({ weight: 0, severity: 'info' }),
        ]),
      ],
      base,
    );
    expect(both.level).toBe('notice');
  });

  it('sorts the findings most severe first, then heaviest first', () => {
    const r = analyzeRules(
      [
        rule('a', () => [
          finding({ messageId: 'i', weight: 3, severity: 'info' }),
          finding({ messageId: 'w1', weight: 1, severity: 'warning' }),
          finding({ messageId: 'w2', weight: 2, severity: 'warning' }),
        ]),
      ],
      base,
      { thresholds: { notice: 50, warning: 60, danger: 70 } },
    );
    expect(r.findings.map((f) => f.messageId)).toEqual(['w2', 'w1', 'i']);
  });

  describe('scorer', () => {
    const rules = [rule('a', () => [finding({ weight: 1 })])];

    it('passes the rules, the findings, the facts and the resolved settings', () => {
      const seen: unknown[] = [];
      analyzeRules(
        rules,
        base,
        { thresholds: { notice: 3, warning: 5, danger: 9 } },
        {
          scorer: (rs, fs, facts, s) => {
            seen.push(rs, fs.length, typeof facts, s.thresholds.notice);
            return null;
          },
        },
      );
      expect(seen).toEqual([rules, 1, 'object', 3]);
    });

    it('uses its score and adds its findings, whose severity raises the level', () => {
      const r = analyzeRules(
        rules,
        base,
        {},
        {
          scorer: () => ({
            score: 0.5,
            findings: [finding({ messageId: 'model', weight: 0, severity: 'warning' })],
          }),
        },
      );
      expect(r.score).toBe(0.5);
      expect(r.level).toBe('warning');
      expect(r.findings.map((f) => f.messageId)).toEqual(['model', 'x.m']);
      expect(r.internalErrors).toBeUndefined();
    });

    it('keeps the plain sum when it returns null or a non-finite score', () => {
      for (const out of [
        null,
        { score: NaN, findings: [finding({ severity: 'danger' })] },
        { score: Infinity, findings: [] },
      ]) {
        const r = analyzeRules(rules, base, {}, { scorer: () => out });
        expect(r.score).toBe(1);
        expect(r.level).toBe('ok');
        expect(r.findings).toHaveLength(1);
        expect(r.internalErrors).toBeUndefined();
      }
    });

    it('is the model for analyzeDraft, and an option can replace it', () => {
      const calls: number[] = [];
      analyzeDraft(
        base,
        {},
        {
          scorer: () => {
            calls.push(1);
            return { score: 42, findings: [] };
          },
        },
      );
      expect(calls).toEqual([1]);
      expect(analyzeDraft(base, {}, { scorer: () => ({ score: 42, findings: [] }) }).level).toBe('danger');
    });
  });

  it('reports the work spent and the limit when asked', () => {
    const stats = { work: -1, limit: -1 };
    analyzeRules([], { ...base, text: '', html: '<p>Hello there</p>' }, {}, { budget: 1234, stats });
    expect(stats.limit).toBe(1234);
    expect(stats.work).toBeGreaterThan(0);
    expect(stats.work).toBeLessThanOrEqual(1234);
  });

  it('marks a report partial with the engine notice when the budget runs out, and only then', () => {
    const html = `<p>${'word '.repeat(2000)}</p>`;
    const r = analyzeRules([], { ...base, text: '', html }, {}, { budget: 10 });
    expect(r.partial).toBe(true);
    expect(r.findings).toStrictEqual([
      {
        ruleId: 'engine',
        severity: 'info',
        weight: 0,
        messageId: 'engine.partial',
        evidence: [],
        fix: { messageId: 'engine.checkManually' },
      },
    ]);
    expect(r.score).toBe(0);
    expect(r.level).toBe('ok');
    const whole = analyzeRules([], { ...base, text: '', html }, {});
    expect(whole).toStrictEqual({ score: 0, level: 'ok', findings: [] });
  });
});
