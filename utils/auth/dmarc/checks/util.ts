/** What the DMARC checks share. */
import type { DomainCheck } from '../../check';
import type { DmarcDiscovery } from '../evaluate';

export type DmarcCheck<M extends string = string, F extends string = string> = DomainCheck<
  DmarcDiscovery,
  unknown,
  M,
  F
>;

export function defineDmarcCheck<M extends string, F extends string = never>(
  check: DmarcCheck<M, F>,
): DmarcCheck<M, F> {
  return check;
}
