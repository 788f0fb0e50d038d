/**
 * How suggestProvider() ranks candidates (utils/analysis/address.ts), on a made-up provider list: the
 * shipped list has no domain where a fixed ending competes with another candidate, so the costs are
 * pinned here. A slip costs 1 per edit, a fixed ending ("con" → "com") half an edit more, and a
 * distinct brand's name under another ending 1; the first listed provider wins a tie.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const PROVIDERS_MODULE = '../../utils/analysis/data/providers';
let suggestProvider: (domain: string) => string | null;

// vi.doMock on fresh modules, not a hoisted vi.mock: the Stryker test set shares its module cache
// between files (vitest.mutate-analysis.config.ts), where a hoisted mock would miss a cached module.
beforeAll(async () => {
  vi.resetModules();
  vi.doMock(PROVIDERS_MODULE, () => ({
    PROVIDERS: [{ domain: 'abcde.com' }, { domain: 'abcdx.net', distinct: true }],
    KNOWN_LOOKALIKES: new Set<string>(),
    TLD_TYPOS: { con: 'com' },
  }));
  ({ suggestProvider } = await import('../../utils/analysis/address'));
});

afterAll(() => {
  vi.doUnmock(PROVIDERS_MODULE);
  vi.resetModules();
});

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
