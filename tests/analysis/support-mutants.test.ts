/** Settings resolution, the work budget and the memo cache of utils/analysis (mutation tests). */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, MB, resolveSettings } from '../../utils/analysis/settings';
import {
  BASE_BUDGET,
  defaultBudget,
  UNITS_PER_CHAR,
  unlimitedBudget,
  WorkBudget,
} from '../../utils/analysis/budget';
import { memo } from '../../utils/analysis/memo';

describe('resolveSettings', () => {
  it('fills in the defaults', () => {
    const expected = {
      rules: {},
      customPhrases: [],
      thresholds: { notice: 2, warning: 4, danger: 7 },
      sendingLimitBytes: 25 * MB,
      receivingLimitBytes: 25 * MB,
      corporateLimitBytes: 10 * MB,
      maxVisibleRecipients: 10,
    };
    expect(MB).toBe(1_000_000);
    expect(DEFAULT_SETTINGS).toEqual(expected);
    for (const p of [undefined, null, 'x' as never, {}]) expect(resolveSettings(p)).toEqual(expected);
    expect(
      resolveSettings({ rules: 'x' as never, customPhrases: {} as never, thresholds: 5 as never }),
    ).toEqual(expected);
    // A function is not a settings object, whatever fields it carries.
    const fn = Object.assign(() => undefined, { rules: { r: { enabled: false } }, maxVisibleRecipients: 3 });
    expect(resolveSettings(fn as never)).toEqual(expected);
  });

  it('keeps good values and replaces NaN, infinite, negative and non-numbers', () => {
    const rules = { 'subject-missing': { weight: 2 } };
    const customPhrases = [{ phrase: 'x', weight: 1 }];
    const s = resolveSettings({
      rules,
      customPhrases,
      thresholds: { notice: 0, warning: 3, danger: 9 },
      sendingLimitBytes: 0,
      receivingLimitBytes: 5,
      corporateLimitBytes: 7,
      maxVisibleRecipients: 1,
    });
    expect(s).toEqual({
      rules,
      customPhrases,
      thresholds: { notice: 0, warning: 3, danger: 9 },
      sendingLimitBytes: 0,
      receivingLimitBytes: 5,
      corporateLimitBytes: 7,
      maxVisibleRecipients: 1,
    });
    const bad = resolveSettings({
      thresholds: { notice: NaN, warning: -1, danger: Infinity },
      sendingLimitBytes: -1,
      receivingLimitBytes: '5' as never,
      corporateLimitBytes: NaN,
      maxVisibleRecipients: 0.5,
    });
    expect(bad).toEqual(resolveSettings());
  });

  it('keeps the thresholds in order', () => {
    expect(resolveSettings({ thresholds: { notice: 5, warning: 3, danger: 1 } }).thresholds).toEqual({
      notice: 5,
      warning: 5,
      danger: 5,
    });
    expect(resolveSettings({ thresholds: { notice: 1, warning: 8 } as never }).thresholds).toEqual({
      notice: 1,
      warning: 8,
      danger: 8,
    });
  });
});

describe('WorkBudget', () => {
  it('sizes the default budget from the input', () => {
    expect(defaultBudget(0)).toBe(BASE_BUDGET);
    expect(defaultBudget(-5)).toBe(BASE_BUDGET);
    expect(defaultBudget(10)).toBe(BASE_BUDGET + 10 * UNITS_PER_CHAR);
    expect([BASE_BUDGET, UNITS_PER_CHAR]).toEqual([200_000, 16]);
  });

  it('counts units and never reports a negative rest', () => {
    const b = new WorkBudget(10);
    expect([b.used, b.left, b.exhausted]).toEqual([0, 10, false]);
    b.spend(4);
    expect([b.used, b.left]).toEqual([4, 6]);
    b.spend(6);
    expect(b.left).toBe(0);
    b.spend(5);
    expect([b.used, b.left, b.exhausted]).toEqual([15, 0, false]);
    b.stop();
    expect(b.exhausted).toBe(true);
    const u = unlimitedBudget();
    u.spend(1e12);
    expect(u.left).toBe(Infinity);
  });
});

describe('memo', () => {
  it('computes a key once and clears itself when full', () => {
    const calls: string[] = [];
    const f = memo((k) => {
      calls.push(k);
      return { k };
    }, 2);
    const a = f('a');
    expect(f('a')).toBe(a);
    f('b');
    expect(calls).toEqual(['a', 'b']);
    f('c'); // full: cleared before c is stored
    f('b');
    expect(calls).toEqual(['a', 'b', 'c', 'b']);
    // The default size is 512.
    let n = 0;
    const h = memo(() => ++n);
    for (let i = 0; i < 512; i++) h(`k${i}`);
    expect(h('k0')).toBe(1);
    h('new');
    expect(h('k0')).toBe(514);
  });
});
