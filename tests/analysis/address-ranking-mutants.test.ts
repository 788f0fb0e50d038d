/**
 * How suggestProvider() ranks candidates (utils/analysis/address.ts), on a made-up provider list: the
 * shipped list has no domain where a fixed ending competes with another candidate, so the costs are
 * pinned here. A slip costs 1 per edit, a fixed ending ("con" → "com") half an edit more, and a
 * distinct brand's name under another ending 1; the first listed provider wins a tie.
 */
import { describe, expect, it, vi } from 'vitest';
import { suggestProvider } from '../../utils/analysis/address';

vi.mock('../../utils/analysis/data/providers', () => ({
  PROVIDERS: [{ domain: 'abcde.com' }, { domain: 'abcdx.net', distinct: true }],
  KNOWN_LOOKALIKES: new Set<string>(),
  TLD_TYPOS: { con: 'com' },
}));

describe('suggestProvider ranking', () => {
  it('puts a slip under a fixed ending (1.5) behind a distinct name under another ending (1)', () => {
    expect(suggestProvider('abcdx.con')).toBe('abcdx.net');
  });

  it('ties a slip under the right ending (1) with a distinct name elsewhere (1): the first listed wins', () => {
    expect(suggestProvider('abcdx.com')).toBe('abcde.com');
  });

  it('still fixes the ending of an exact name', () => {
    expect(suggestProvider('abcde.con')).toBe('abcde.com');
    expect(suggestProvider('abcdx.org')).toBe('abcdx.net');
  });
});
