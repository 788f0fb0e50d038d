/** MTA-STS checks, one per file, sorted by id (see utils/auth/check.ts). */
import type { AnyCheck } from '../../check';
import type { MtaStsLookup } from '../evaluate';
import mtaStsPolicy from './mta-sts-policy';
import mtaStsRecord from './mta-sts-record';

export const MTA_STS_CHECKS: readonly AnyCheck<MtaStsLookup>[] = [mtaStsPolicy, mtaStsRecord];
