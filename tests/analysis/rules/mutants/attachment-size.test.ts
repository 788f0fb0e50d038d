import { describe, expect, it } from 'vitest';
import rule, {
  encodedAttachmentSize,
  encodedMessageSize,
} from '../../../../utils/analysis/rules/attachment-size';
import { factors, unitRun } from './weights';

const MB = 1_000_000;
const a = (name: string, size: number) => ({ name, size, type: '' });

describe('attachment-size (mutants)', () => {
  it('sizes the encoded message: 2,000 bytes, the bodies ×1.1, every known attachment', () => {
    expect(encodedMessageSize([], '', '')).toBe(2000);
    expect(encodedMessageSize([], 'abc', '')).toBe(2004);
    expect(encodedMessageSize([], '', 'abcdefghij')).toBe(2011);
    expect(encodedMessageSize([a('x', 3)], '', '')).toBe(2000 + 4 + 2 + 250 + 2);
    expect(encodedMessageSize([a('x', NaN), a('y', Infinity)], '', '')).toBe(2000);
    expect(encodedAttachmentSize(3)).toBe(4 + 2 + 250 + 40);
    expect(encodedAttachmentSize(4, 0)).toBe(8 + 2 + 250);
    expect(encodedAttachmentSize(228, 0)).toBe(304 + 8 + 250);
  });

  it('allows a file of exactly the sending limit, and flags one byte more', () => {
    const at = (size: number) =>
      factors(rule, { attachments: [a('f.zip', size)] }, { receivingLimitBytes: 0, corporateLimitBytes: 0 });
    expect(at(25 * MB)).toEqual([]);
    expect(at(25 * MB + 1)).toEqual([['fileOverSendingLimit', 2]]);
    const total = (size: number) =>
      factors(
        rule,
        { attachments: [a('a', size), a('b', 10 * MB)] },
        { receivingLimitBytes: 0, corporateLimitBytes: 0 },
      );
    expect(total(15 * MB)).toEqual([]);
    expect(total(15 * MB + 1)).toEqual([['totalOverSendingLimit', 2]]);
  });

  it('names the biggest file over the limit, points at all of them and rounds to 0.1 MB', () => {
    const [f] = unitRun(rule, { attachments: [a('s.pdf', MB), a('b.mp4', 26_260_000), a('c.mp4', 40 * MB)] });
    expect(f?.data).toEqual({ name: 'c.mp4', sizeMb: 40, limitMb: 25 });
    expect(f?.evidence.map((e) => e.index)).toEqual([2, 1]);
    expect(f?.evidence[0]).toEqual({ field: 'attachments', index: 2, start: 0, end: 5 });
    const [g] = unitRun(rule, { attachments: [a('b.mp4', 26_260_000)] });
    expect(g?.data).toMatchObject({ sizeMb: 26.3 });
  });

  it('lists at most 20 files, biggest first', () => {
    const many = Array.from({ length: 25 }, (_, k) => a(`f${k}`, MB + k));
    const [f] = unitRun(rule, { attachments: many });
    expect(f?.messageId).toBe('attachment-size.totalOverSendingLimit');
    expect(f?.data).toEqual({ sizeMb: 25, limitMb: 25 });
    expect(f?.evidence).toHaveLength(20);
    expect(f?.evidence[0]?.index).toBe(24);
  });

  it('compares the encoded size with the receiving limit, then the company limit', () => {
    const s = { sendingLimitBytes: 0 };
    const enc = (bytes: number) => encodedMessageSize([a('f.zip', bytes)], '', '');
    // Find the largest file whose encoded message fits 10 MB exactly or just under.
    let n = 7_000_000;
    while (enc(n + 1) <= 10 * MB) n++;
    expect(factors(rule, { attachments: [a('f.zip', n)] }, s)).toEqual([]);
    expect(factors(rule, { attachments: [a('f.zip', n + 1)] }, s)).toEqual([
      ['encodedOverCorporateLimit', 0.3],
    ]);
    expect(factors(rule, { attachments: [a('f.zip', 20 * MB)] }, s)).toEqual([
      ['encodedOverReceivingLimit', 1],
    ]);
    const [f] = unitRun(rule, { attachments: [a('f.zip', 20 * MB)] }, s);
    expect(f?.data).toEqual({ sizeMb: 27.4, limitMb: 25 });
    const [c] = unitRun(rule, { attachments: [a('f.zip', 8 * MB)] }, s);
    expect(c?.data).toEqual({ sizeMb: 10.9, limitMb: 10 });
    // The company check alone, and neither.
    expect(factors(rule, { attachments: [a('f.zip', 20 * MB)] }, { ...s, receivingLimitBytes: 0 })).toEqual([
      ['encodedOverCorporateLimit', 0.3],
    ]);
    expect(
      factors(
        rule,
        { attachments: [a('f.zip', 20 * MB)] },
        { ...s, receivingLimitBytes: 0, corporateLimitBytes: 0 },
      ),
    ).toEqual([]);
  });

  it('counts the text and HTML of the message', () => {
    const s = { sendingLimitBytes: 0, receivingLimitBytes: 0, corporateLimitBytes: 2_000_000 };
    expect(factors(rule, { attachments: [a('x', 0)], text: 'x'.repeat(1_000_000) }, s)).toEqual([]);
    expect(
      factors(
        rule,
        { attachments: [a('x', 0)], text: 'x'.repeat(1_000_000), html: `<p>${'y'.repeat(1_000_000)}</p>` },
        s,
      ),
    ).toEqual([['encodedOverCorporateLimit', 0.3]]);
  });

  it('leaves files of unknown size out', () => {
    expect(factors(rule, { attachments: [a('x', NaN)] })).toEqual([]);
    const [f] = unitRun(rule, { attachments: [a('x', NaN), a('big', 30 * MB)] });
    expect(f?.evidence).toEqual([{ field: 'attachments', index: 1, start: 0, end: 3 }]);
  });

  it('says nothing about the message size without a file of known size', () => {
    const s = { receivingLimitBytes: 2_000, corporateLimitBytes: 2_000 };
    expect(factors(rule, { text: 'x'.repeat(100) }, s)).toEqual([]);
    expect(factors(rule, { text: 'x'.repeat(100), attachments: [a('x', NaN)] }, s)).toEqual([]);
    expect(factors(rule, { text: 'x'.repeat(100), attachments: [a('x', 0)] }, s)).toEqual([
      ['encodedOverReceivingLimit', 1],
    ]);
  });

  it('points only at files of known size when the encoded message is too big', () => {
    const [f] = unitRun(rule, { attachments: [a('x', NaN), a('big', 20 * MB)] });
    expect(f?.messageId).toBe('attachment-size.encodedOverReceivingLimit');
    expect(f?.evidence).toEqual([{ field: 'attachments', index: 1, start: 0, end: 3 }]);
  });

  it('allows an encoded message of exactly the receiving or company limit', () => {
    const files = [a('f.zip', 5 * MB)];
    const exact = encodedMessageSize(files, '', '');
    const none = { sendingLimitBytes: 0, receivingLimitBytes: 0, corporateLimitBytes: 0 };
    expect(factors(rule, { attachments: files }, { ...none, receivingLimitBytes: exact })).toEqual([]);
    expect(factors(rule, { attachments: files }, { ...none, receivingLimitBytes: exact - 1 })).toEqual([
      ['encodedOverReceivingLimit', 1],
    ]);
    expect(factors(rule, { attachments: files }, { ...none, corporateLimitBytes: exact })).toEqual([]);
    expect(factors(rule, { attachments: files }, { ...none, corporateLimitBytes: exact - 1 })).toEqual([
      ['encodedOverCorporateLimit', 0.3],
    ]);
  });
});
