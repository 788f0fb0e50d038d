/** What the DKIM checks share. */
import type { DomainCheck } from '../../check';
import type { DkimProbe } from '../evaluate';

export type DkimCheck<M extends string = string, F extends string = string> = DomainCheck<
  DkimProbe,
  unknown,
  M,
  F
>;

export function defineDkimCheck<M extends string, F extends string = never>(
  check: DkimCheck<M, F>,
): DkimCheck<M, F> {
  return check;
}
