/** MX checks, one per file, sorted by id (see utils/auth/check.ts). */
import type { AnyCheck } from '../../check';
import type { MxLookup } from '../evaluate';
import mxHosts from './mx-hosts';
import mxRecord from './mx-record';

export const MX_CHECKS: readonly AnyCheck<MxLookup>[] = [mxHosts, mxRecord];
