/**
 * Placeholder so this branch compiles: the "dns" helper owns this file and writes the real check.
 * Same signature as theirs; it reports nothing.
 */
import type { CheckResult } from '../contract';
import type { Resolver } from '../../dns/types';

export async function checkPropagation(
  _domain: string,
  _opts: { resolvers: { label: string; resolver: Resolver }[]; signal?: AbortSignal },
): Promise<CheckResult> {
  return { status: 'unknown', findings: [] };
}
