/** DMARC checks, one per file, sorted by id (see utils/auth/check.ts). */
import type { AnyCheck } from '../../check';
import type { DmarcDiscovery } from '../evaluate';
import dmarcPolicy from './dmarc-policy';
import dmarcRecord from './dmarc-record';
import dmarcReports from './dmarc-reports';
import dmarcSyntax from './dmarc-syntax';

export const DMARC_CHECKS: readonly AnyCheck<DmarcDiscovery>[] = [
  dmarcPolicy,
  dmarcRecord,
  dmarcReports,
  dmarcSyntax,
];
