import { describe, expect, it } from 'vitest';
import rule from '../../../../utils/analysis/rules/body-money-amounts';
import { factors, unitRun } from './weights';

const evidence = (text: string) =>
  unitRun(rule, { text }).flatMap((f) => f.evidence.map((e) => text.slice(e.start, e.end)));

describe('body-money-amounts (mutants)', () => {
  it('calls a million a large sum, and one less not', () => {
    expect(factors(rule, { text: 'We owe you $1,000,000 now.' })).toEqual([['largeSum', 1]]);
    expect(factors(rule, { text: 'We owe you $999,999 now.' })).toEqual([]);
    expect(factors(rule, { text: 'We owe you $1000000 now.' })).toEqual([['largeSum', 1]]);
  });

  it('reads the number after or before each currency sign and word', () => {
    expect(evidence('Pay $ 2,000,000 today')).toEqual(['$ 2,000,000']);
    expect(evidence('Pay €2.000.000,50 today')).toEqual(['€2.000.000,50']);
    expect(evidence('Pay £2 000 000 today')).toEqual(['£2 000 000']);
    expect(evidence('Pay ¥2000000 today')).toEqual(['¥2000000']);
    expect(evidence('Pay 2,000,000 € today')).toEqual(['2,000,000 €']);
    expect(evidence('Pay 2,000,000€ today')).toEqual(['2,000,000€']);
    expect(evidence('Pay 2,000,000 USD today')).toEqual(['2,000,000 USD']);
    expect(evidence('Pay US $2,000,000 today')).toEqual(['US $2,000,000']);
    expect(evidence('Pay us$2,000,000 today')).toEqual(['us$2,000,000']);
    // The amount after the sign wins over one before it.
    expect(evidence('5 $2,000,000')).toEqual(['$2,000,000']);
  });

  it('looks back at most 24 characters for a number before the currency', () => {
    expect(evidence(`2000000${' '.repeat(1)}EUR`)).toEqual(['2000000 EUR']);
    expect(evidence(`${'x'.repeat(30)} 2000000 EUR`)).toEqual(['2000000 EUR']);
    expect(factors(rule, { text: `EUR alone` })).toEqual([]);
  });

  it('weighs a sum in the subject 1.5, each further sum less, scam wording ×1.6', () => {
    expect(factors(rule, { subject: 'Claim $5,000,000' })).toEqual([['largeSum', 1.5]]);
    expect(factors(rule, { text: '$5,000,000 and $7,000,000' })).toEqual([['largeSum', 1.5]]);
    expect(factors(rule, { subject: '$5,000,000', text: '$7,000,000' })).toEqual([['largeSum', 2]]);
    const scam = factors(rule, { text: 'You are the beneficiary of $5,000,000. Your inheritance awaits.' });
    expect(scam).toEqual([['largeSum', 1.6]]);
  });

  it('shows at most 20 sums and counts each amount once', () => {
    const [f] = unitRun(rule, { text: '$2,000,000; '.repeat(25) });
    expect(f?.evidence).toHaveLength(20);
    // "2000000 $" and "$ 3000000" share no characters, so both count.
    expect(evidence('2000000 $ 3000000')).toEqual(['$ 3000000']);
  });

  it('reads "million" words after a number', () => {
    expect(evidence('won 2.5 million euros')).toEqual(['2.5 million euros']);
    expect(evidence('won 10 Millionen Euro')).toEqual(['10 Millionen Euro']);
    expect(evidence('a million thanks')).toEqual([]);
    expect(evidence(`2${'x'.repeat(12)} million`)).toEqual([]);
  });

  it('weighs earnings claims 1.3, more with more claims (at most ×1.5)', () => {
    expect(factors(rule, { text: 'Earn $500 per day.' })).toEqual([['earningsClaim', 1.3]]);
    expect(factors(rule, { text: 'Earn $500 per day or $3000 a week.' })).toEqual([['earningsClaim', 1.56]]);
    expect(factors(rule, { text: 'Earn $9/hour. '.repeat(6) })).toEqual([['earningsClaim', 1.95]]);
    const [f] = unitRun(rule, { text: 'Earn $9/hour. '.repeat(12) });
    expect(f?.evidence).toHaveLength(10);
    expect(evidence('Earn €80/hour')).toEqual(['€80/hour']);
    expect(evidence('Earn $80 hourly')).toEqual([]);
    expect(evidence('Earn $80 per daycare')).toEqual([]);
  });

  it('reads the subject and the text, and skips an empty one', () => {
    expect(unitRun(rule, { subject: '$2,000,000', text: '' })[0]?.evidence).toEqual([
      { field: 'subject', start: 0, end: 10 },
    ]);
  });

  it('reads no amount in the quoted history', () => {
    expect(
      factors(rule, { text: 'Hello\n\nOn Mon, 1 Apr 2024 at 10:00, X <x@y.com> wrote:\n> $2,000,000' }),
    ).toEqual([]);
  });

  it('reads 200 currency signs and words at most', () => {
    expect(evidence('$ '.repeat(199) + '$2,000,000')).toEqual(['$2,000,000']);
    expect(evidence('$ '.repeat(200) + '$2,000,000')).toEqual([]);
    expect(evidence('$ '.repeat(199) + 'x 2,000,000 EUR')).toEqual(['2,000,000 EUR']);
    expect(evidence('$ '.repeat(200) + 'x 2,000,000 EUR')).toEqual([]);
  });

  it('lists amounts in text order whatever their currency, each once', () => {
    expect(evidence('€2,000,000 or $3,000,000 or 4,000,000 EUR')).toEqual([
      '€2,000,000',
      '$3,000,000',
      '4,000,000 EUR',
    ]);
    // The sign and the word name one amount.
    expect(evidence('Pay $2,000,000 USD today')).toEqual(['$2,000,000']);
    // An amount may start where the last one ends.
    expect(evidence('$2,000,000$3,000,000')).toEqual(['$2,000,000', '$3,000,000']);
  });

  it('reads a rate only right after an amount', () => {
    expect(factors(rule, { text: 'Week off, see you' })).toEqual([]);
  });

  it('takes "US" before the sign only as a word of its own', () => {
    // Regression: a 3-character window made "BONUS $…" read as "US $…".
    expect(evidence('BONUS $2,000,000 now')).toEqual(['$2,000,000']);
    expect(evidence('Plus $2,000,000 now')).toEqual(['$2,000,000']);
    expect(evidence('US$2,000,000 now')).toEqual(['US$2,000,000']);
    expect(evidence('a US $2,000,000 gift')).toEqual(['US $2,000,000']);
  });
});
