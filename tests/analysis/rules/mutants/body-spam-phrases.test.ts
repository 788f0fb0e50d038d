import { describe, expect, it } from 'vitest';
import rule from '../../../../utils/analysis/rules/body-spam-phrases';
import { factors, unitRun } from './weights';

// Custom phrases are a hard (not soft) category whose weight the test chooses.
const custom = (weight: number, ...phrases: string[]) => ({
  customPhrases: phrases.map((phrase) => ({ phrase, weight })),
});

describe('body-spam-phrases (mutants)', () => {
  it('adds a tenth per doubling for a repeated phrase', () => {
    expect(factors(rule, { text: 'zorblax zorblax zorblax zorblax' }, custom(1, 'zorblax'))).toEqual([
      ['custom', 1.2],
    ]);
  });

  it('scales soft wording alone down to 2 in total, footers included', () => {
    const text = 'Act now! Limited time offer. Click here. Unsubscribe.';
    // urgency 1.2 + 0.7 × 1.2 = 2.04, call to action 1.2, footer 0.5: soft 3.74, scaled by 2 / 3.74.
    expect(factors(rule, { text })).toEqual([
      ['urgency', 1.091],
      ['callToAction', 0.642],
      ['bulk', 0.267],
    ]);
    expect(factors(rule, { text: text + ' Zorblax.' }, custom(0.9, 'zorblax'))).toEqual([
      ['urgency', 1.091],
      ['callToAction', 0.642],
      ['bulk', 0.267],
      ['custom', 0.9],
    ]);
    // Hard signals of 1 lift the cap.
    expect(factors(rule, { text: text + ' Zorblax.' }, custom(1, 'zorblax'))).toEqual([
      ['urgency', 2.04],
      ['callToAction', 1.2],
      ['bulk', 0.5],
      ['custom', 1],
    ]);
  });

  it('counts a footer in the soft total from other wording of 1.5 on', () => {
    // urgency 1 + call to action 0.5 = 1.5; the footer (0.8 + 0.7 × 0.5 = 1.15) makes the soft total 2.65.
    expect(
      factors(rule, { text: 'Act fast. Follow the link. To be removed from the list, unsubscribe.' }),
    ).toEqual([
      ['urgency', 0.755],
      ['callToAction', 0.377],
      ['bulk', 0.868],
    ]);
    expect(factors(rule, { text: 'Act fast. Follow the link.' })).toEqual([
      ['urgency', 1],
      ['callToAction', 0.5],
    ]);
  });

  it('reports a footer only next to other wording of 1.5 or more (the footer itself not counted)', () => {
    expect(factors(rule, { text: 'Unsubscribe here. Zorblax.' }, custom(1.5, 'zorblax'))).toEqual([
      ['bulk', 0.5],
      ['custom', 1.5],
    ]);
    expect(factors(rule, { text: 'Unsubscribe here. Zorblax.' }, custom(1.4, 'zorblax'))).toEqual([
      ['custom', 1.4],
    ]);
    expect(factors(rule, { text: 'Unsubscribe here. Zorblax.' }, custom(1.2, 'zorblax'))).toEqual([
      ['custom', 1.2],
    ]);
  });

  it('drops a word under 0.5 unless other wording reaches 1.5', () => {
    expect(factors(rule, { text: 'Action required.' })).toEqual([['urgency', 0.5]]);
    expect(factors(rule, { text: 'It is urgent. Zorblax.' }, custom(1.2, 'zorblax'))).toEqual([
      ['urgency', 0.3],
      ['custom', 1.2],
    ]);
    expect(factors(rule, { text: 'It is urgent. Zorblax.' }, custom(1.1, 'zorblax'))).toEqual([
      ['custom', 1.1],
    ]);
  });

  it('points at 50 hits and quotes four distinct phrases at most', () => {
    const [many] = unitRun(rule, { text: 'zorblax '.repeat(51) }, custom(1, 'zorblax'));
    expect(many?.evidence).toHaveLength(50);
    expect(many?.data).toEqual({ phrases: '“zorblax”', count: 51 });
    const [five] = unitRun(
      rule,
      { text: 'aa1 bb1 cc1 dd1 ee1' },
      custom(1, 'aa1', 'bb1', 'cc1', 'dd1', 'ee1'),
    );
    expect(five?.data).toEqual({ phrases: '“aa1”, “bb1”, “cc1”, “dd1” …', count: 5 });
    const [four] = unitRun(rule, { text: 'aa1 bb1 aa1 cc1 dd1' }, custom(1, 'aa1', 'bb1', 'cc1', 'dd1'));
    expect(four?.data).toEqual({ phrases: '“aa1”, “bb1”, “cc1”, “dd1”', count: 5 });
  });

  it('leaves a footer out of the soft total while other wording is under 1.5', () => {
    // The footer weighs 2 + 0.7 × 1.5 = 3.05 but is not reported, so it scales nothing.
    const text = 'Act fast. This message is sent in compliance with bill s.1618.';
    expect(factors(rule, { text })).toEqual([['urgency', 1]]);
    expect(factors(rule, { text: 'Act fast. To be removed from the list, unsubscribe.' })).toEqual([
      ['urgency', 1],
    ]);
  });

  it('quotes each phrase once, as first written, and goes on to the next phrases', () => {
    const [f] = unitRun(rule, { text: 'Zorblax zorblax ZORBLAX' }, custom(1, 'zorblax'));
    expect(f?.data).toEqual({ phrases: '“Zorblax”', count: 3 });
    const [g] = unitRun(rule, { text: 'aa1 aa1 aa1 aa1 aa1 bb1' }, custom(1, 'aa1', 'bb1'));
    expect(g?.data).toEqual({ phrases: '“aa1”, “bb1”', count: 6 });
  });
});
