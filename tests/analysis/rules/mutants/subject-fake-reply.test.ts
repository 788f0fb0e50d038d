import { describe, expect, it } from 'vitest';
import rule from '../../../../utils/analysis/rules/subject-fake-reply';
import { factors, unitRun } from './weights';

describe('subject-fake-reply (mutants)', () => {
  it('weighs a known new message fully and an unknown one half', () => {
    expect(factors(rule, { subject: 'Re: x', isReply: false })).toEqual([['fakeReply', 1]]);
    expect(factors(rule, { subject: 'Re: x' })).toEqual([['fakeReply', 0.5]]);
    expect(factors(rule, { subject: 'Fwd: x', isReply: false })).toEqual([['fakeForward', 1]]);
    expect(factors(rule, { subject: 'Re: x', isReply: true })).toEqual([]);
  });

  it('knows the prefixes of several languages, with counters and a gateway tag before them', () => {
    for (const p of ['re', 'AW', 'sv', 'vs', 'odp', 'antw', 'ynt', 'r', 'Re[2]', 'RE(3)', 'Re [12] '])
      expect(factors(rule, { subject: `${p}: x` }), p).toEqual([['fakeReply', 0.5]]);
    for (const p of ['fwd', 'FW', 'wg', 'tr', 'rv', 'enc', 'doorst', 'fs', 'přeposl', 'prepos', 'Fwd[2]'])
      expect(factors(rule, { subject: `${p}: x` }), p).toEqual([['fakeForward', 0.5]]);
    expect(factors(rule, { subject: 'Fwd(2): x' })).toEqual([]);
    expect(factors(rule, { subject: 'Review: x' })).toEqual([]);
    expect(factors(rule, { subject: 'x Re: y' })).toEqual([]);
    const [f] = unitRun(rule, { subject: ' [EXTERNAL] Re : x' });
    expect(f?.data).toEqual({ prefix: 'Re :' });
    expect(f?.fix?.data).toEqual({ prefix: 'Re :' });
    expect(f?.evidence).toEqual([{ field: 'subject', start: 12, end: 16 }]);
    expect(unitRun(rule, { subject: `[${'x'.repeat(41)}] Re: y` })).toEqual([]);
  });
});
