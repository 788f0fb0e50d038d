// Pins normalizeDraft's coercions and size bounds (found by Stryker, issue 13): which values become
// strings, where each field is cut, how lists and attachments are read, and how the budget is sized.
import { describe, expect, it } from 'vitest';
import { MAX_BODY, normalizeDraft } from '../../utils/analysis/normalize';
import { BASE_BUDGET, UNITS_PER_CHAR } from '../../utils/analysis/budget';

const nd = (input: unknown) => normalizeDraft(input).draft;

describe('normalizeDraft', () => {
  it('reads numbers, booleans and bigints as their text and drops other types', () => {
    expect(nd({ subject: 12 }).subject).toBe('12');
    expect(nd({ subject: true }).subject).toBe('true');
    expect(nd({ subject: false }).subject).toBe('false');
    expect(nd({ subject: 10n }).subject).toBe('10');
    for (const v of [null, undefined, {}, [], Symbol('s'), () => 'x'])
      expect(nd({ subject: v }).subject).toBe('');
  });

  it('cuts the body at MAX_BODY, the subject at 10,000 and the sender at 2,000 characters', () => {
    const d = nd({
      text: 'a'.repeat(MAX_BODY + 1),
      html: 'b'.repeat(MAX_BODY + 1),
      subject: 's'.repeat(10_001),
      from: 'f'.repeat(2_001),
    });
    expect(d.text.length).toBe(MAX_BODY);
    expect(d.html.length).toBe(MAX_BODY);
    expect(d.subject.length).toBe(10_000);
    expect(d.from.length).toBe(2_000);
    const exact = nd({ subject: 's'.repeat(10_000), from: 'f'.repeat(2_000) });
    expect(exact.subject.length).toBe(10_000);
    expect(exact.from.length).toBe(2_000);
    expect(MAX_BODY).toBe(1_000_000);
  });

  it('reads a recipient list: a non-blank string is one entry, an array at most 500 entries of 2,000 characters', () => {
    expect(nd({ to: 'a@b.c' }).to).toEqual(['a@b.c']);
    expect(nd({ to: '  ' }).to).toEqual([]);
    expect(nd({ to: '' }).to).toEqual([]);
    expect(nd({ to: 5 }).to).toEqual([]);
    expect(nd({ cc: ['x', 1, null] }).cc).toEqual(['x', '1', '']);
    expect(nd({ bcc: Array.from({ length: 600 }, (_, i) => `r${i}`) }).bcc).toHaveLength(500);
    expect(nd({ bcc: Array.from({ length: 500 }, (_, i) => `r${i}`) }).bcc.at(-1)).toBe('r499');
    expect(nd({ to: ['x'.repeat(2_001)] }).to[0]).toHaveLength(2_000);
    expect(nd({ to: 'x'.repeat(2_001) }).to[0]).toHaveLength(2_000);
  });

  it('reads attachments: sizes from numbers or numeric strings, unknown as NaN, at most 500', () => {
    const a = nd({
      attachments: [
        { name: 'a.pdf', size: 10, type: 'application/pdf' },
        { name: 'b', size: '20' },
        { name: 'c', size: -1 },
        { name: 'd', size: 0 },
        { name: 'e', size: 'x' },
        { name: 'f', size: true },
        { name: 'g', type: 't'.repeat(201) },
        null,
        'loose.exe',
      ],
    }).attachments;
    expect(a).toHaveLength(9);
    expect(a.slice(0, 2)).toEqual([
      { name: 'a.pdf', size: 10, type: 'application/pdf' },
      { name: 'b', size: 20, type: '' },
    ]);
    expect(a[2]!.size).toBeNaN();
    expect(a[3]!.size).toBe(0);
    expect(a[4]!.size).toBeNaN();
    expect(a[5]!.size).toBeNaN();
    expect(a[6]!.type).toHaveLength(200);
    expect(a[7]).toEqual({ name: '', size: NaN, type: '' });
    expect(a[8]).toEqual({ name: 'loose.exe', size: NaN, type: '' });
    expect(nd({ attachments: Array.from({ length: 600 }, () => ({ name: 'x' })) }).attachments).toHaveLength(
      500,
    );
    expect(nd({ attachments: Array.from({ length: 600 }, () => 'x') }).attachments).toHaveLength(500);
    expect(nd({ attachments: 'x' }).attachments).toEqual([]);
  });

  it('derives the text from the HTML only when the text is blank', () => {
    const fromHtml = normalizeDraft({ text: ' \n', html: '<p>Hello</p>' });
    expect(fromHtml.draft.textSource).toBe('html');
    expect(fromHtml.draft.text).toContain('Hello');
    expect(fromHtml.html).not.toBeNull();
    const own = normalizeDraft({ text: 'Mine', html: '<p>Hello</p>' });
    expect(own.draft).toMatchObject({ text: 'Mine', textSource: 'text' });
    expect(own.html).toBeNull();
    const none = normalizeDraft({ text: '', html: '' });
    expect(none.draft).toMatchObject({ text: '', textSource: 'text' });
    expect(none.html).toBeNull();
  });

  it('knows a reply only from a boolean isReply', () => {
    expect(nd({ isReply: true })).toMatchObject({ isReply: true, replyKnown: true });
    expect(nd({ isReply: false })).toMatchObject({ isReply: false, replyKnown: true });
    expect(nd({ isReply: 'true' })).toMatchObject({ isReply: false, replyKnown: false });
    expect(nd({})).toMatchObject({ isReply: false, replyKnown: false });
  });

  it('sizes the budget from html, text and subject, unless a non-negative budget is given', () => {
    const d = { html: 'h'.repeat(10), text: 't'.repeat(20), subject: 's'.repeat(30) };
    expect(normalizeDraft(d).budget.limit).toBe(BASE_BUDGET + UNITS_PER_CHAR * 60);
    expect(normalizeDraft(d, { budget: 7 }).budget.limit).toBe(7);
    expect(normalizeDraft(d, { budget: 0 }).budget.limit).toBe(0);
    expect(normalizeDraft(d, { budget: -1 }).budget.limit).toBe(BASE_BUDGET + UNITS_PER_CHAR * 60);
    expect(normalizeDraft(d, { budget: '5' as never }).budget.limit).toBe(BASE_BUDGET + UNITS_PER_CHAR * 60);
  });

  it('treats a non-object input as an empty draft', () => {
    for (const v of [null, 0, 'x', true]) {
      expect(nd(v)).toEqual({
        from: '',
        to: [],
        cc: [],
        bcc: [],
        subject: '',
        text: '',
        html: '',
        attachments: [],
        isReply: false,
        replyKnown: false,
        textSource: 'text',
      });
    }
  });
});
