import { describe, expect, it } from 'vitest';
import rule from '../../../../utils/analysis/rules/recipients-many-visible';
import { factors, unitRun } from './weights';

const spread = (n: number) => Array.from({ length: n }, (_, i) => `u${i}@d${i % 3}.com`);

describe('recipients-many-visible (mutants)', () => {
  it('grows the weight by 1/40 per recipient over the limit, to 2 at most', () => {
    expect(factors(rule, { to: spread(10) })).toEqual([]);
    expect(factors(rule, { to: spread(11) })).toEqual([['manyVisible', 1.025]]);
    expect(factors(rule, { to: spread(30) })).toEqual([['manyVisible', 1.5]]);
    expect(factors(rule, { to: spread(60) })).toEqual([['manyVisible', 2]]);
  });

  it('counts each address once, ignoring case', () => {
    expect(factors(rule, { to: [...spread(10), 'U1@d1.com'] })).toEqual([]);
    // Lower-casing keeps "ß" and "ss" apart (upper-casing would merge them).
    expect(unitRun(rule, { to: [...spread(9), 'ss@d0.com', 'ß@d0.com'] })[0]?.data).toEqual({
      count: 11,
      domains: 3,
    });
  });

  it('counts domains of real addresses only, and points at 50 recipients at most', () => {
    const twoDomains = Array.from({ length: 11 }, (_, i) => `u${i}@d${i % 2}.com`);
    expect(factors(rule, { to: [...twoDomains, '"Eva Nováková"'] })).toEqual([]);
    const [f] = unitRun(rule, { to: spread(51) });
    expect(f?.evidence).toHaveLength(50);
    expect(f?.evidence[49]).toMatchObject({ field: 'to', index: 49 });
  });

  it('points at each address once', () => {
    const [f] = unitRun(rule, { to: [...spread(10), 'U1@d1.com', 'u11@d2.com'] });
    expect(f?.evidence).toHaveLength(11);
    expect(f?.evidence[10]).toMatchObject({ field: 'to', index: 11 });
  });
});
