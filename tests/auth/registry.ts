/** Every domain-check registry, for the meta-tests. */
import type { AnyCheck } from '../../utils/auth/check';
import { SPF_CHECKS } from '../../utils/auth/spf/checks';
import { DMARC_CHECKS } from '../../utils/auth/dmarc';
import { DKIM_CHECKS } from '../../utils/auth/dkim';
import { MX_CHECKS } from '../../utils/auth/mx';
import { MTA_STS_CHECKS } from '../../utils/auth/mta-sts';
import { TLS_RPT_CHECKS } from '../../utils/auth/tls-rpt';
import { BIMI_CHECKS } from '../../utils/auth/bimi';

export const REGISTRIES: Record<string, readonly AnyCheck<never, never>[]> = {
  spf: SPF_CHECKS,
  dmarc: DMARC_CHECKS,
  dkim: DKIM_CHECKS,
  mx: MX_CHECKS,
  mtaSts: MTA_STS_CHECKS,
  tlsRpt: TLS_RPT_CHECKS,
  bimi: BIMI_CHECKS,
};

export const ALL_CHECKS = Object.values(REGISTRIES).flat();
