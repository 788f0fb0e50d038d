/** What the MTA-STS checks share. */
import type { DomainCheck } from '../../check';
import type { MtaStsLookup } from '../evaluate';

export type MtaStsCheck<M extends string = string, F extends string = string> = DomainCheck<
  MtaStsLookup,
  unknown,
  M,
  F
>;

export function defineMtaStsCheck<M extends string, F extends string = never>(
  check: MtaStsCheck<M, F>,
): MtaStsCheck<M, F> {
  return check;
}
