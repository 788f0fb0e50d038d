import { describe, expect, it } from 'vitest';
import rule from '../../../../utils/analysis/rules/body-symbols';
import { factors, unitRun } from './weights';

describe('body-symbols (mutants)', () => {
  it('weighs runs of currency signs 1.5, more with more runs (at most twice)', () => {
    expect(factors(rule, { text: 'Make $$$ fast' })).toEqual([['moneySymbols', 1.5]]);
    expect(factors(rule, { text: 'Make $$$ fast, €€€ too' })).toEqual([['moneySymbols', 1.95]]);
    expect(factors(rule, { text: '$$ x '.repeat(16) })).toEqual([['moneySymbols', 3]]);
  });

  it('weighs decorative runs 0.6', () => {
    expect(factors(rule, { text: '***** x' })).toEqual([['symbolRun', 0.6]]);
    expect(factors(rule, { text: '***** x #####' })).toEqual([['symbolRun', 0.78]]);
    expect(factors(rule, { text: '$$$ *****' })).toEqual([
      ['moneySymbols', 1.5],
      ['symbolRun', 0.6],
    ]);
  });

  it('knows each pair of currency signs and each decoration', () => {
    for (const t of ['$$', '€€', '££', '¥¥', '$ $', '€ €', '£ £'])
      expect(factors(rule, { text: `x ${t} y` }), t).toEqual([['moneySymbols', 1.5]]);
    for (const t of ['*****', '#####', '~~~~~', '^^^^^', '+++++', '>>>>>', '|||||', '* * * * *'])
      expect(factors(rule, { text: `x ${t} y` }), t).toEqual([['symbolRun', 0.6]]);
    for (const t of ['****', '-----', '=====', '* * * *'])
      expect(factors(rule, { text: `x ${t} y` }), t).toEqual([]);
  });

  it('shows 20 runs, counts all, and reads only the own text', () => {
    const [f] = unitRun(rule, { text: '$$ x '.repeat(25) });
    expect([f?.evidence.length, f?.data?.count]).toEqual([20, 25]);
    const quoted = 'Ok.\n\nOn Mon, 1 Apr 2024 at 10:00, X <x@y.com> wrote:\n> $$$ *****';
    expect(factors(rule, { text: quoted })).toEqual([]);
  });

  it('quotes each run as written', () => {
    expect(unitRun(rule, { text: 'Make $$$ fast, ***** now' }).map((f) => f.data)).toEqual([
      { examples: '“$$$”', count: 1 },
      { examples: '“*****”', count: 1 },
    ]);
  });

  it('reads runs of mixed currency signs', () => {
    // Regression: the quick check before the scan knew only pairs of one sign, so "$€£" was missed.
    expect(unitRun(rule, { text: 'Win $€£ now' }).map((f) => [f.messageId, f.data])).toEqual([
      ['body-symbols.moneySymbols', { examples: '“$€£”', count: 1 }],
    ]);
    expect(factors(rule, { text: 'x ¥ ¥ y' })).toEqual([['moneySymbols', 1.5]]);
    expect(factors(rule, { text: 'Total: $40, €12' })).toEqual([]);
  });

  it('stops before a quoted line of ">"', () => {
    // ">>>>> old" starts the quoted history, so its run is not the user's.
    expect(factors(rule, { text: 'Hi\n>>>>> old' })).toEqual([]);
    expect(factors(rule, { text: 'Hi >>>>>\n>>>>> old' })).toEqual([['symbolRun', 0.6]]);
  });
});
