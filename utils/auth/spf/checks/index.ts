/**
 * SPF health checks over a walked tree, one per file, each defined with the shared check builder
 * (utils/auth/check.ts). The registry is explicit and sorted by id. Message ids are
 * '<check id>.<message>' in utils/i18n/<lang>/dns.ts; the meta-test keeps both in step.
 *
 * Findings point at their evidence (field 'dns': the name, the record, the term's range) and carry
 * the fix as data (a suggested record), so every UI can show and explain them the same way.
 */
import type { Finding } from '../../../types';
import { SEVERITY_WEIGHT } from '../../../findings';
import type { AnyCheck } from '../../check';
import { runChecks } from '../../check';
import type { SpfPosture } from '../posture';
import type { SpfCheckContext } from './util';
import spfAll from './spf-all';
import spfInclude from './spf-include';
import spfLookupLimit from './spf-lookup-limit';
import spfMxLimit from './spf-mx-limit';
import spfProvider from './spf-provider';
import spfPtr from './spf-ptr';
import spfRecordLength from './spf-record-length';
import spfRecord from './spf-record';
import spfSyntax from './spf-syntax';
import spfType99 from './spf-type99';
import spfVoidLookups from './spf-void-lookups';

export type { SpfCheck, SpfCheckContext } from './util';
export { defineSpfCheck } from './util';
/** The shared scale (utils/findings.ts), re-exported for older imports. */
export { SEVERITY_WEIGHT };

/** Sorted by id. */
export const SPF_CHECKS: readonly AnyCheck<SpfPosture, SpfCheckContext>[] = [
  spfAll,
  spfInclude,
  spfLookupLimit,
  spfMxLimit,
  spfProvider,
  spfPtr,
  spfRecord,
  spfRecordLength,
  spfSyntax,
  spfType99,
  spfVoidLookups,
];

export function runSpfChecks(posture: SpfPosture, ctx: SpfCheckContext): Finding[] {
  return runChecks(SPF_CHECKS, posture, ctx);
}
