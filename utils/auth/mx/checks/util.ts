/** What the MX checks share. */
import type { DomainCheck } from '../../check';
import type { MxLookup } from '../evaluate';

export type MxCheck<M extends string = string, F extends string = string> = DomainCheck<
  MxLookup,
  unknown,
  M,
  F
>;

export function defineMxCheck<M extends string, F extends string = never>(
  check: MxCheck<M, F>,
): MxCheck<M, F> {
  return check;
}
