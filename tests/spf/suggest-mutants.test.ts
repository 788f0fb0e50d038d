/** The record text the fix advice suggests (issue 13): string splitting and adding a term. */
import { describe, expect, it } from 'vitest';
import { splitTxt, withTermAdded } from '../../utils/auth/spf/suggest';

describe('splitTxt', () => {
  it('keeps a record of exactly 255 bytes in one string', () => {
    const rec = `v=spf1 ${'a'.repeat(248)}`;
    expect(splitTxt(rec)).toEqual([rec]);
  });

  it('cuts at 255 bytes where there is no space to cut before', () => {
    expect(splitTxt('a'.repeat(300))).toEqual(['a'.repeat(255), 'a'.repeat(45)]);
  });

  it('a space only at the very start is no place to cut: it cuts at 255 bytes', () => {
    expect(splitTxt(` ${'a'.repeat(300)}`)).toEqual([` ${'a'.repeat(254)}`, 'a'.repeat(46)]);
  });
});

describe('withTermAdded', () => {
  it('adds the term at the end, without the record’s trailing spaces, when there is no all or redirect', () => {
    expect(withTermAdded('v=spf1 a ', 'include:x.example')).toBe('v=spf1 a include:x.example');
  });
});
