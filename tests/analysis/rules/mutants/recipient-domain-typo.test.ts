import { describe, expect, it } from 'vitest';
import rule from '../../../../utils/analysis/rules/recipient-domain-typo';
import { unitRun } from './weights';

const ids = (draft: Parameters<typeof unitRun>[1]) =>
  unitRun(rule, draft).map((f) => [f.messageId.slice(rule.meta.id.length + 1), f.data]);

describe('recipient-domain-typo (mutants)', () => {
  it('never flags the sender, but compares the recipients with the sender domain', () => {
    expect(ids({ from: 'me@gmial.com', to: ['a@acme.com'] })).toEqual([]);
    expect(ids({ from: 'me@acmecorp.com', to: ['x@acmecrop.com'] })).toEqual([
      ['resemblesOther', { domain: 'acmecrop.com', other: 'acmecorp.com' }],
    ]);
    // The sender's domain is never the slip, even when the look-alike is used more often.
    const many = ['a@acmecorp.com', ...Array.from({ length: 4 }, (_, i) => `b${i}@acmecrop.com`)];
    expect(ids({ from: 'me@acmecorp.com', to: many })).toEqual([
      ['resemblesOther', { domain: 'acmecrop.com', other: 'acmecorp.com' }],
    ]);
    expect(ids({ from: 'me@acmecrop.com', to: many })).toEqual([
      ['resemblesOther', { domain: 'acmecorp.com', other: 'acmecrop.com' }],
    ]);
  });

  it('leaves broken addresses to recipient-address', () => {
    expect(ids({ to: ['bob@gmial.con'] })).toEqual([]);
    expect(ids({ to: ['"Eva Nováková"', 'bob@acme.com'] })).toEqual([]);
  });

  it('reads 200 recipients and reports 20 provider typos at most', () => {
    const fine = Array.from({ length: 199 }, (_, i) => `u${i}@acme.com`);
    expect(ids({ to: [...fine, 'bob@gmial.com'] })).toHaveLength(1);
    expect(ids({ to: [...fine, 'x@acme.com', 'bob@gmial.com'] })).toEqual([]);
    const typos = Array.from({ length: 21 }, (_, i) => `u${i}@gmial.com`);
    expect(ids({ to: typos })).toHaveLength(20);
  });

  it('calls the rarer of two company domains the slip (the later one on a tie)', () => {
    const slip = [['resemblesOther', { domain: 'acmecrop.com', other: 'acmecorp.com' }]];
    expect(ids({ to: ['a@acmecrop.com', 'b@acmecorp.com', 'c@acmecorp.com'] })).toEqual(slip);
    expect(ids({ to: ['b@acmecorp.com', 'c@acmecorp.com', 'a@acmecrop.com'] })).toEqual(slip);
    expect(ids({ to: ['b@acmecorp.com', 'a@acmecrop.com'] })).toEqual(slip);
    expect(ids({ to: ['a@acmecrop.com', 'b@acmecorp.com'] })).toEqual([
      ['resemblesOther', { domain: 'acmecorp.com', other: 'acmecrop.com' }],
    ]);
  });

  it('does not compare a provider typo or a provider with company domains', () => {
    expect(ids({ to: ['a@gmail.com', 'b@gmial.com'] })).toEqual([
      ['providerTypo', { address: 'b@gmial.com', domain: 'gmial.com', suggestion: 'gmail.com' }],
    ]);
  });

  it('compares only same-suffix names of five letters or more, same first letter, one edit apart', () => {
    expect(ids({ to: ['a@acmecorp.com', 'b@acmecrop.cz'] })).toEqual([]);
    expect(ids({ to: ['a@abcd.com', 'b@abce.com'] })).toEqual([]);
    expect(ids({ to: ['a@abcd.com', 'b@abcde.com'] })).toEqual([]);
    expect(ids({ to: ['a@abcde.com', 'b@abcdf.com'] })).toHaveLength(1);
    expect(ids({ to: ['a@xacmecorp.com', 'b@yacmecorp.com'] })).toEqual([]);
    expect(ids({ to: ['a@acmecorp.com', 'b@abcdefgh.com'] })).toEqual([]);
  });

  it('reports a slip once, with ten pieces of evidence at most', () => {
    const two = (d: string) => [`a@${d}`, `b@${d}`];
    expect(ids({ to: ['x@acmecorp.com', ...two('acmecorps.com'), ...two('acmecorb.com')] })).toEqual([
      ['resemblesOther', { domain: 'acmecorp.com', other: 'acmecorps.com' }],
    ]);
    const eleven = Array.from({ length: 11 }, (_, i) => `u${i}@acmecrop.com`);
    const [f] = unitRun(rule, { from: 'me@acmecorp.com', to: eleven });
    expect(f?.evidence).toHaveLength(10);
    expect(f?.evidence[9]).toMatchObject({ field: 'to', index: 9 });
  });

  it('compares only domains that are neither providers nor typos of one', () => {
    expect(ids({ to: ['a@gmail.com', 'b@gmajl.com'] })).toEqual([
      ['providerTypo', { address: 'b@gmajl.com', domain: 'gmajl.com', suggestion: 'gmail.com' }],
    ]);
  });

  it('compares 60 domains at most', () => {
    const fillers = (n: number) => Array.from({ length: n }, (_, i) => `u@d${i}.com`);
    const pair = ['a@acmecorp.com', 'b@acmecorp.com', 'c@acmecrop.com'];
    expect(ids({ to: [...fillers(57), ...pair] })).toEqual([
      ['resemblesOther', { domain: 'acmecrop.com', other: 'acmecorp.com' }],
    ]);
    expect(ids({ to: [...fillers(59), ...pair] })).toEqual([]);
  });
});
