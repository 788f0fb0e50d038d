/** severityForWeight and diminishingSum of utils/analysis/rule.ts (mutation tests). */
import { describe, expect, it } from 'vitest';
import { defineRule, diminishingSum, severityForWeight } from '../../utils/analysis/rule';
import { resolveSettings } from '../../utils/analysis/settings';

describe('severityForWeight', () => {
  const settings = resolveSettings({ thresholds: { notice: 2, warning: 4, danger: 7 } });
  it('follows the notice and warning thresholds, each inclusive', () => {
    expect(severityForWeight(0, settings)).toBe('info');
    expect(severityForWeight(1.99, settings)).toBe('info');
    expect(severityForWeight(2, settings)).toBe('notice');
    expect(severityForWeight(3.99, settings)).toBe('notice');
    expect(severityForWeight(4, settings)).toBe('warning');
    expect(severityForWeight(100, settings)).toBe('warning');
  });
});

describe('diminishingSum', () => {
  it('counts the strongest fully and each next one 0.7 times less', () => {
    expect(diminishingSum([])).toBe(0);
    expect(diminishingSum([3])).toBe(3);
    expect(diminishingSum([1, 2])).toBeCloseTo(2 + 0.7, 12);
    expect(diminishingSum([1, 3, 2])).toBeCloseTo(3 + 2 * 0.7 + 1 * 0.49, 12);
    expect(diminishingSum([1, 3, 2], 0.5)).toBeCloseTo(3 + 1 + 0.25, 12);
  });

  it('leaves the caller’s array as it was', () => {
    const w = [1, 3, 2];
    diminishingSum(w);
    expect(w).toEqual([1, 3, 2]);
  });
});

describe('defineRule', () => {
  it('returns the rule it is given', () => {
    const rule = {
      meta: {
        id: 'x',
        description: 'd',
        category: 'body' as const,
        defaultWeight: 1,
        messages: { m: 'M' },
        fixes: { f: 'F' },
      },
      check: () => [],
    };
    expect(defineRule(rule)).toBe(rule);
  });
});
