import { describe, expect, it } from 'vitest';
import rule from '../../../../utils/analysis/rules/html-hidden-text';
import { factors, unitRun } from './weights';

const hidden = (n: number, style = 'display:none') => `<div style="${style}">${'x'.repeat(n)}</div>`;

describe('html-hidden-text (mutants)', () => {
  it('weighs a preheader-sized run 0.3, more from 151 characters on (3 at most)', () => {
    expect(factors(rule, { html: `${hidden(150)}<p>Hello</p>` })).toEqual([['hidden', 0.3]]);
    expect(factors(rule, { html: `${hidden(160)}<p>Hello</p>` })).toEqual([['hidden', 1.2]]);
    expect(factors(rule, { html: `${hidden(1000)}<p>Hello</p>` })).toEqual([['hidden', 3]]);
    expect(factors(rule, { html: `${hidden(2000)}<p>Hello</p>` })).toEqual([['hidden', 3]]);
  });

  it('weighs tiny and invisible text 1.6 times as much', () => {
    expect(factors(rule, { html: `${hidden(100, 'font-size:1px')}<p>Hello</p>` })).toEqual([
      ['tinyFont', 0.48],
    ]);
  });

  it('adds up the runs of one kind', () => {
    const [f] = unitRun(rule, { html: `${hidden(100)}<p>Hello</p>${hidden(100)}` });
    expect(f?.weight).toBe(1.3);
    expect(f?.data).toEqual({ chars: 200 });
    expect(f?.evidence).toHaveLength(2);
    expect(unitRun(rule, { text: 'Hello' })).toEqual([]);
  });
});
