import { describe, expect, it } from 'vitest';
import rule from '../../../../utils/analysis/rules/html-images';
import { factors, unitRun } from './weights';

const img = (w: number, h: number, i = 0) =>
  `<img src="https://cdn.example/${i}.png" width="${w}" height="${h}">`;
const pics = (n: number) => Array.from({ length: n }, (_, i) => img(300, 200, i)).join('');
const text = (n: number) => `<p>${'x'.repeat(n)}</p>`;

describe('html-images (mutants)', () => {
  it('calls 1×1 and zero-sized images pixels, thin ones pictures', () => {
    expect(factors(rule, { html: img(1, 1) + text(50) })).toEqual([['trackingPixel', 0.4]]);
    expect(factors(rule, { html: img(0, 50) + text(50) })).toEqual([['trackingPixel', 0.4]]);
    expect(factors(rule, { html: img(50, 0) + text(50) })).toEqual([['trackingPixel', 0.4]]);
    expect(factors(rule, { html: img(1, 50) + img(50, 1, 1) + text(50) })).toEqual([]);
    expect(unitRun(rule, { text: 'Hello' })).toEqual([]);
  });

  it('calls pictures with under 40 characters of text image-only', () => {
    expect(factors(rule, { html: pics(1) + text(39) })).toEqual([['imageOnly', 3]]);
    expect(factors(rule, { html: pics(1) + text(40) })).toEqual([]);
  });

  it('calls three pictures or more with under 120 characters each image-heavy', () => {
    expect(factors(rule, { html: pics(3) + text(359) })).toEqual([['imageHeavy', 0.45]]);
    expect(factors(rule, { html: pics(3) + text(360) })).toEqual([]);
    expect(factors(rule, { html: pics(2) + text(100) })).toEqual([]);
    expect(factors(rule, { html: pics(15) + text(100) })).toEqual([['imageHeavy', 1]]);
    expect(factors(rule, { html: pics(16) + text(100) })).toEqual([['imageHeavy', 1]]);
  });

  it('points at 20 images at most', () => {
    expect(unitRun(rule, { html: pics(21) })[0]?.evidence).toHaveLength(20);
    expect(unitRun(rule, { html: pics(21) + text(100) })[0]?.evidence).toHaveLength(20);
    const pixels = Array.from({ length: 21 }, (_, i) => img(1, 1, i)).join('');
    expect(unitRun(rule, { html: pixels + text(50) })[0]?.evidence).toHaveLength(20);
  });
});
