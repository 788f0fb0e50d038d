/** The integration harness's pure parts, checked without starting anything. */
import { describe, expect, it } from 'vitest';
import { findUnbound, rootZoneFile } from '../../scripts/lib/unbound';

describe('integration harness', () => {
  it('names the set-up script when unbound is missing', () => {
    expect(() => findUnbound([], false)).toThrow(/bash scripts\/setup-system\.sh/);
  });

  it('writes the fake root zone in master-file syntax', () => {
    const text = rootZoneFile({
      'a.example.test': [
        { TXT: ['v=spf1 ', 'say "hi" \\ \u00e9'] },
        { MX: [10, 'mx.example.test'] },
        { A: '192.0.2.1' },
      ],
      'lame.example.test': ['SERVFAIL'],
    });
    expect(text).toContain('a.example.test. IN TXT "v=spf1 " "say \\"hi\\" \\\\ \\195\\169"');
    expect(text).toContain('a.example.test. IN MX 10 mx.example.test.');
    expect(text).toContain('lame.example.test. IN NS ns.lame.example.test.');
    expect(() => rootZoneFile({ 'x.test': ['TIMEOUT'] })).toThrow(/fault proxy/);
  });
});
