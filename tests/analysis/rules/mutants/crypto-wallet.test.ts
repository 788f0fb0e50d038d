import { describe, expect, it } from 'vitest';
import rule from '../../../../utils/analysis/rules/crypto-wallet';
import { unitRun } from './weights';

const QUOTE = '\n\nOn Mon, 1 Apr 2024 at 10:00, X <x@y.com> wrote:\n> ';
const ETH = '0x52908400098527886E0F7030069857D2E4169EE7';
const run = (text: string) => unitRun(rule, { text });

describe('crypto-wallet (mutants)', () => {
  it('finds an address without any crypto word, from 26 characters on', () => {
    const [f] = run(`Send it to ${ETH} today.`);
    expect(f?.data).toEqual({ address: '0x52908400098527…' });
    expect(f?.evidence).toEqual([{ field: 'text', start: 11, end: 53 }]);
    const short = '1BoatSLRHtKNngkdXEeobR76b5'; // 26 characters
    expect(run(`Pay ${short} now`)[0]?.evidence).toEqual([{ field: 'text', start: 4, end: 30 }]);
  });

  it('takes 0x and bc1 addresses in one case, legacy ones only in mixed case', () => {
    expect(run(`Pay 0x${'a'.repeat(40)} now`)).toHaveLength(1);
    expect(run('Pay bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh now')).toHaveLength(1);
    for (const legacy of [
      '3ABCDEFGHJKLMNPQRSTUVWXYZ12',
      '1abcdefghijkmnopqrstuvwxyz2',
      '1' + '23456789'.repeat(4),
    ])
      expect(run(`My bitcoin wallet: ${legacy}`), legacy).toEqual([]);
  });

  it('points at ten addresses at most, none in quoted history', () => {
    const [f] = run(`Bitcoin: ${`${ETH} `.repeat(11)}`);
    expect(f?.evidence).toHaveLength(10);
    expect(run(`Bitcoin, see below.${QUOTE}Wallet ${ETH}`)).toEqual([]);
  });

  it('opens the scan on any long token mixing digits, among shorter ones', () => {
    expect(run(`Send it to ${ETH} today, ref a1b2c3.`)[0]?.evidence).toEqual([
      { field: 'text', start: 11, end: 53 },
    ]);
  });

  it('without a crypto word, reads only addresses the word scan saw as one token of 64 at most', () => {
    // The address is glued into a 73-character token: no long token, so only a crypto word opens the scan.
    const glued = `${ETH}-${'x'.repeat(30)}`;
    expect(run(`Please see reference a1b2c3 and ${glued}`)).toEqual([]);
    expect(run(`Please see the bitcoin a1b2c3 and ${glued}`)[0]?.evidence).toEqual([
      { field: 'text', start: 34, end: 76 },
    ]);
  });
});
