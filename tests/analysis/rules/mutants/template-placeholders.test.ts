import { describe, expect, it } from 'vitest';
import rule from '../../../../utils/analysis/rules/template-placeholders';
import { factors, unitRun } from './weights';

const found = (text: string) =>
  unitRun(rule, { text }).flatMap((f) => f.evidence.map((e) => text.slice(e.start, e.end)));

describe('template-placeholders (mutants)', () => {
  it('weighs one field 1, each further one 0.2 more, at most 2', () => {
    expect(factors(rule, { text: 'Hi {{name}}' })).toEqual([['unfilled', 1]]);
    expect(factors(rule, { text: 'Hi {{name}} from {{company}}' })).toEqual([['unfilled', 1.2]]);
    expect(factors(rule, { text: 'Hi {{a}} '.repeat(6) })).toEqual([['unfilled', 2]]);
    expect(factors(rule, { text: 'Hi {{a}} '.repeat(9) })).toEqual([['unfilled', 2]]);
  });

  it('finds each syntax', () => {
    expect(found('a {{ first_name }} b')).toEqual(['{{ first_name }}']);
    expect(found('a *|FNAME|* b')).toEqual(['*|FNAME|*']);
    expect(found('a %FIRSTNAME% b')).toEqual(['%FIRSTNAME%']);
    expect(found('a <<Name>> b')).toEqual(['<<Name>>']);
    expect(found('a «Name» b')).toEqual(['«Name»']);
    expect(found('a ${name} b')).toEqual(['${name}']);
    expect(found('a [First Name] b [Insert logo here] c')).toEqual(['[First Name]', '[Insert logo here]']);
    expect(found('a [jméno] b')).toEqual(['[jméno]']);
  });

  it('needs a second "%" for a %FIELD%, and reads percentages as no field', () => {
    expect(found('up 15% and %X')).toEqual([]);
    expect(found('up 15% and 20%')).toEqual([]);
    expect(found('%AB% %ABC%')).toEqual(['%ABC%']);
  });

  it('points at 20 fields at most, and none in quoted history', () => {
    expect(unitRun(rule, { text: '{{a}} '.repeat(25) })[0]?.evidence).toHaveLength(20);
    const text = 'Ok.\n\nOn Mon, 1 Apr 2024 at 10:00, X <x@y.com> wrote:\n> Hi {{name}}';
    expect(factors(rule, { text })).toEqual([]);
    expect(unitRun(rule, { subject: 'For {{name}}', text })[0]?.evidence).toEqual([
      { field: 'subject', start: 4, end: 12 },
    ]);
  });

  it('lists three fields and an ellipsis for the rest', () => {
    const [f] = unitRun(rule, { text: '{{a}} {{b}} {{c}} {{d}}' });
    expect(f?.data).toEqual({ placeholders: '“{{a}}”, “{{b}}”, “{{c}}” …' });
  });
});
