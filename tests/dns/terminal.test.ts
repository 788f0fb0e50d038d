import { describe, expect, it } from 'vitest';
import { escapeControl, terminalJson } from '../../scripts/lib/terminal';

describe('DNS text on a terminal (issue 10)', () => {
  it('escapes C0, DEL, C1, line separators and bidi controls, and leaves other text alone', () => {
    expect(escapeControl('v=spf1 \u001b[2J\u0007\u007f\u009b -all')).toBe(
      'v=spf1 \\x1b[2J\\x07\\x7f\\x9b -all',
    );
    expect(escapeControl('a\u2028b\u202ec\u2066')).toBe('a\\u2028b\\u202ec\\u2066');
    expect(escapeControl('příliš žluťoučký kůň 🐎')).toBe('příliš žluťoučký kůň 🐎');
  });
  it('keeps JSON valid and free of raw control characters', () => {
    const value = { record: 'x\u009b31m\u001b\u2028' };
    const out = terminalJson(value);
    expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028]/);
    expect(JSON.parse(out)).toEqual(value);
  });
});
