/** DKIM checks, one per file, sorted by id (see utils/auth/check.ts). */
import type { AnyCheck } from '../../check';
import type { DkimProbe } from '../evaluate';
import dkimKey from './dkim-key';
import dkimSelectors from './dkim-selectors';

export const DKIM_CHECKS: readonly AnyCheck<DkimProbe>[] = [dkimKey, dkimSelectors];
