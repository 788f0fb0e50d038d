/**
 * The HTML scanner follows the WHATWG tokenizer and every analyzeDraft call is bounded by the work
 * budget. Time is asserted as work units (deterministic); wall-clock figures are in the bench and in
 * `npm run fuzz`. The short campaigns here run in the unit suite; scripts/fuzz.ts runs the long one.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { analyzeDraft } from '../../utils/analysis';
import { scanHtml, setTokenHook, withoutImportant, parseColor } from '../../utils/analysis/html';
import { defaultBudget } from '../../utils/analysis/budget';
import { messages } from '../../utils/i18n';
import type { Draft } from '../../utils/types';
import {
  anyHtml,
  comparableSoup,
  HANGS,
  mutatedReal,
  scaleTo,
  tagSoup,
} from '../../scripts/lib/fuzz/html-arbitraries';
import { comparable, parse5Attributes, scannerAttributes } from '../../scripts/lib/fuzz/reference';
import { runs } from '../helpers/runs';

/**
 * Work units per input character that no input may exceed: the scans are linear, at most about 5
 * units per character (see utils/analysis/budget.ts); 8 leaves room for fixed per-call costs on
 * tiny inputs, which the constant covers.
 */
const UNITS_PER_CHAR = 8;
const FIXED_UNITS = 2_000;
/** Not a speed limit: a hang guard for campaigns that take seconds on a loaded machine. */
const CAMPAIGN_TIMEOUT_MS = 120_000;

function analyze(html: string, options: { budget?: number } = {}) {
  const stats = { work: 0, limit: 0 };
  const report = analyzeDraft({ html } as Draft, undefined, { ...options, stats });
  return { report, stats };
}

afterEach(() => setTokenHook(null));

describe('inputs that hung analyzeDraft (issue 7)', () => {
  it('has the known hang reproductions to replay', () => {
    expect(HANGS.length).toBeGreaterThanOrEqual(3);
  });

  it.each(HANGS.map((h) => [JSON.stringify(h), h] as const))('%s returns a full report', (_label, html) => {
    const { report, stats } = analyze(html);
    expect(report.partial).toBeUndefined();
    expect(stats.work).toBeLessThan(FIXED_UNITS);
  });

  it('reads x"y as an attribute name, as the HTML tokenizer does', () => {
    const seen: [string, [string, string][]][] = [];
    setTokenHook((tag, attrs) => seen.push([tag, attrs]));
    expect(scanHtml('<p x">">', { text: true }).text).toBe('\n">');
    expect(scanHtml('<span x"y="1">Pasted</span> a <b title="t">"quote"</b>', { text: true }).text).toBe(
      'Pasted a "quote"',
    );
    expect(seen).toEqual([
      ['p', [['x"', '']]],
      ['span', [['x"y', '1']]],
      ['b', [['title', 't']]],
    ]);
  });

  it('ends a tag at the first > outside a quoted value', () => {
    // The unquoted value a" ends at the '>'; the text after <b> is x"y>z.
    const scan = scanHtml('<font color=a">\n<b size="5">x"y>z', { text: true });
    expect(scan.text).toBe('\nx"y>z');
  });
});

describe('tokenizer states', () => {
  const text = (html: string): string => scanHtml(html, { text: true }).text;

  it('handles comments, bogus comments and abrupt comment ends', () => {
    expect(text('a<!-->b')).toBe('ab');
    expect(text('a<!--->b')).toBe('ab');
    expect(text('a<!-- x --!>b')).toBe('ab');
    expect(text('a<!-- <p>x</p> -->b')).toBe('ab');
    expect(text('a<!-- never closed <b>x</b>')).toBe('a');
    expect(text('a<!DOCTYPE html>b<?xml x?>c</ x>d</>e')).toBe('abcde');
  });

  it('keeps a < that opens nothing as text, and drops a tag cut off by the end of input', () => {
    expect(text('1 < 2 <3 a<')).toBe('1 < 2 <3 a<');
    expect(text('a</')).toBe('a</');
    expect(text('a<b title="open')).toBe('a');
    expect(text('a<b title=x')).toBe('a');
  });

  it('skips raw text up to an appropriate end tag only', () => {
    expect(text('a<style>p{}</styles></style >b')).toBe('ab');
    expect(text('a<title>x</title\nfoo="<">b')).toBe('ab');
    expect(text('a<textarea><b>x</b></textarea>b')).toBe('ab');
    expect(text('a<style>never closed <b>x</b>')).toBe('a');
    expect(text('a<plaintext></plaintext><b>x')).toBe('a</plaintext><b>x');
  });

  it('reads <template> content as markup but counts none of it', () => {
    const scan = scanHtml('<template><a href="https://x.example/">x</a>hidden</template>shown', {
      text: true,
    });
    expect(scan.text).toBe('shown');
    expect(scan.links).toEqual([]);
  });

  it('strips !important without a backtracking regex', () => {
    expect(withoutImportant('red ! important')).toBe('red');
    expect(withoutImportant('red!important')).toBe('red');
    expect(withoutImportant('veryimportant')).toBe('veryimportant');
    expect(parseColor(`#fff${' '.repeat(50_000)}!important`)).toBe(0xffffff);
  });
});

describe('work budget', () => {
  it(
    'reads ordinary drafts of 1 MB whole',
    () => {
      const line = '<div>Dear Jana, the <a href="https://example.com/q3">report</a> is attached.</div>';
      const { report, stats } = analyze(scaleTo(line, 1_000_000));
      expect(report.partial).toBeUndefined();
      expect(stats.work).toBeLessThan(UNITS_PER_CHAR * 1_000_000);
    },
    CAMPAIGN_TIMEOUT_MS,
  );

  it('stops at a forced tiny budget with a partial report and a notice in English and Czech', () => {
    const html = scaleTo('<div>Click here to <b>verify your account</b></div>', 50_000);
    const { report, stats } = analyze(html, { budget: 1_000 });
    expect(report.partial).toBe(true);
    const notice = report.findings.find((f) => f.messageId === 'engine.partial');
    expect(notice).toMatchObject({ ruleId: 'engine', severity: 'info', weight: 0 });
    expect(messages.en['engine.partial']).toMatch(/only part of its HTML/);
    expect(messages.cs['engine.partial']).toMatch(/jen část jeho HTML/);
    // The scan stops within one token of the budget (the longest token here is short).
    expect(stats.work).toBeLessThan(1_000 + 200);
  });

  it('sizes the default budget from the input and keeps the signature analyzeDraft(draft, settings?)', () => {
    const { stats } = analyze('<p>x</p>');
    expect(stats.limit).toBe(defaultBudget('<p>x</p>'.length));
    expect(analyzeDraft({ text: 'hello' } as Draft).partial).toBeUndefined();
    expect(analyzeDraft({ text: 'hello', subject: 'Hi' } as Draft, {}).level).toBe('ok');
  });

  it('bounds text-only drafts too (the word scan spends the budget)', () => {
    const report = analyzeDraft({ text: 'verify your account '.repeat(5000) } as Draft, undefined, {
      budget: 500,
    });
    expect(report.partial).toBe(true);
  });
});

/** Work spent on the HTML, checked against the linear bound; the report must be complete. */
function assertLinear(html: string): void {
  const { report, stats } = analyze(html);
  expect(Number.isFinite(report.score)).toBe(true);
  expect(report.partial, 'an ordinary budget ran out').toBeUndefined();
  expect(stats.work).toBeLessThanOrEqual(UNITS_PER_CHAR * html.length + FIXED_UNITS);
}

describe('structure-aware fuzzing (short campaign; npm run fuzz runs the long one)', () => {
  it(
    'tag soup: every call returns a full report within linear work',
    () => {
      fc.assert(fc.property(tagSoup, assertLinear), { numRuns: runs(300), seed: 7 });
    },
    CAMPAIGN_TIMEOUT_MS,
  );

  it(
    'mutated real HTML: every call returns a full report within linear work',
    () => {
      fc.assert(fc.property(mutatedReal, assertLinear), { numRuns: runs(200), seed: 7 });
    },
    CAMPAIGN_TIMEOUT_MS,
  );

  it(
    '100 KB of either stays within linear work (a bound in units, not milliseconds)',
    () => {
      fc.assert(
        fc.property(anyHtml, (html) => assertLinear(scaleTo(html, 100_000))),
        { numRuns: runs(25), seed: 7 },
      );
    },
    CAMPAIGN_TIMEOUT_MS,
  );
});

describe("agreement with parse5's tokenizer on attribute names and values", () => {
  it(
    'tokenizes the same attributes from the same tags',
    () => {
      fc.assert(
        fc.property(comparableSoup, (soup) => {
          // parse5 decodes every named reference and normalizes CR and NUL; keep those out of the
          // comparison (the scanner's references are tested on their own).
          const html = soup.replace(/&/g, 'and').replace(/\r/g, '\n').replace(/\0/g, '');
          expect(scannerAttributes(html)).toEqual(parse5Attributes(html));
        }),
        { numRuns: runs(400), seed: 11 },
      );
    },
    CAMPAIGN_TIMEOUT_MS,
  );

  it('agrees where a tree builder would clone or move elements', () => {
    const html = "<div></xmp style='><div><div style='display:none><a\n<q></div>&amp;";
    expect(scannerAttributes(comparable(html))).toEqual(parse5Attributes(comparable(html)));
  });

  it('agrees on the issue 7 inputs', () => {
    for (const html of HANGS) expect(scannerAttributes(html)).toEqual(parse5Attributes(html));
  });
});
