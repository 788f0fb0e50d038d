import { describe, expect, it } from 'vitest';
import rule from '../../../../utils/analysis/rules/recipient-address';
import { unitRun } from './weights';

describe('recipient-address (mutants)', () => {
  it('points at the sender field without an index', () => {
    const [f] = unitRun(rule, { from: 'me@', to: ['a@acme.com'] });
    expect(f?.messageId).toBe('recipient-address.senderMalformed');
    expect(f?.data).toEqual({ address: 'me@' });
    expect(f?.evidence).toHaveLength(1);
    expect(Object.keys(f!.evidence[0]!).sort()).toEqual(['end', 'field', 'start']);
  });

  it('suggests a fix only for an unknown ending, and names the ending only then', () => {
    const [bad] = unitRun(rule, { to: ['bo b@gmial.com'] });
    expect(bad?.messageId).toBe('recipient-address.malformed');
    expect(bad?.data).toEqual({ address: 'bo b@gmial.com' });
    expect(bad?.fix).toEqual({ messageId: 'recipient-address.correctAddress' });
  });

  it('reports 50 addresses at most', () => {
    const broken = Array.from({ length: 51 }, (_, i) => `user${i}`);
    expect(unitRun(rule, { to: broken })).toHaveLength(50);
  });
});
