import { describe, expect, test } from 'vitest';
import {
  exactFromFiles,
  mergeAttachments,
  parseSizeLabel,
  totalAttachmentBytes,
} from '../../utils/adapters/attachments';

describe('size labels as Gmail prints them', () => {
  test.each([
    ['(12K)', 12 * 1024],
    ['(245K)', 245 * 1024],
    ['(1.2M)', Math.round(1.2 * 1024 ** 2)],
    ['(1,2 MB)', Math.round(1.2 * 1024 ** 2)],
    ['(845 kB)', 845 * 1024],
    ['(345 B)', 345],
    ['(2\u00a0GB)', 2 * 1024 ** 3],
    ['(17)', 17],
  ])('%s → %d bytes', (label, bytes) => expect(parseSizeLabel(label)).toBe(bytes));

  test('unreadable labels are unknown (NaN), never 0', () => {
    expect(parseSizeLabel('')).toBeNaN();
    expect(parseSizeLabel('(velký)')).toBeNaN();
  });
});

describe('exact sizes merged with chips', () => {
  test('only name, size and type are taken from File objects', () => {
    const files = [new File(['x'.repeat(10)], 'a.txt', { type: 'text/plain' })];
    expect(exactFromFiles(files)).toEqual([{ name: 'a.txt', size: 10, type: 'text/plain' }]);
    expect(exactFromFiles(null)).toEqual([]);
  });

  test('same names pair one to one, in order', () => {
    const exact = [
      { name: 'a.pdf', size: 100, type: 'application/pdf' },
      { name: 'a.pdf', size: 200, type: 'application/pdf' },
    ];
    const merged = mergeAttachments(
      [
        { name: 'a.pdf', size: 1024 },
        { name: 'a.pdf', size: 1024 },
        { name: 'a.pdf', size: 2048 },
      ],
      exact,
    );
    expect(merged.map((a) => a.size)).toEqual([100, 200, 2048]);
    expect(totalAttachmentBytes(merged)).toBe(2348);
  });

  test('unknown sizes do not count toward the total', () => {
    expect(
      totalAttachmentBytes([
        { name: 'x', size: NaN, type: '' },
        { name: 'y', size: 5, type: '' },
      ]),
    ).toBe(5);
  });
});
