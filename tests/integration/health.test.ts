/**
 * The domain health report over a real DoH server (unbound answering HEALTH_ZONE): each realistic
 * domain gets the same checks' statuses and findings as from the same zone data in memory, and the
 * expected grade and findings.
 */
import { afterAll, describe, expect, inject, it } from 'vitest';
import { CHECK_KEYS } from '../../utils/auth/contract';
import type { DomainReport } from '../../utils/auth/report';
import { buildDomainReport } from '../../utils/auth/report';
import { checkRecipientDomains } from '../../utils/auth/recipients';
import { createNodeResolver } from '../../scripts/lib/dns-node';
import { createZoneResolver } from '../helpers/dns-zone';
import { FIXTURE_ZONE } from '../fixtures/dns/zone';
import { injectedUnbound } from '../../scripts/lib/unbound';

const { certs } = injectedUnbound(inject);
const resolver = createNodeResolver({ url: inject('dohUrl'), fallbackUrl: null, extraCa: [certs.caPem] });
afterAll(() => resolver.close());

const summary = (r: DomainReport) =>
  Object.fromEntries(
    CHECK_KEYS.map((k) => [
      k,
      { status: r[k].status, findings: r[k].findings.map((f) => f.messageId).sort() },
    ]),
  );

const now = () => Date.UTC(2026, 0, 1);

describe('health report through unbound', () => {
  it.each([
    ['gw.example.test', 'A', []],
    ['m365.example.test', 'A', []],
    [
      'monitor.example.test',
      'C',
      ['dmarc-policy.monitorOnly', 'dmarc-reports.unauthorized', 'dkim-key.rsa1024'],
    ],
    ['big.example.test', 'D', ['spf-lookup-limit.tooMany']],
    ['twospf.example.test', 'D', ['spf-record.multiple']],
    ['revoked.example.test', 'F', ['dkim-key.revoked', 'dkim-key.rsaTooShort']],
    ['nullmx.example.test', 'F', ['mx-record.nullMx']],
  ])('%s: grade %s with %j, same as from memory', async (domain, grade, expected) => {
    const service = domain.startsWith('m365') ? 'outlook' : 'gmail';
    const [real, memory] = await Promise.all([
      buildDomainReport(domain, { resolver, services: [service], now }),
      buildDomainReport(domain, { resolver: createZoneResolver(FIXTURE_ZONE), services: [service], now }),
    ]);
    expect(summary(real)).toEqual(summary(memory));
    const ids = real.findings.map((f) => f.messageId);
    for (const id of expected) expect(ids).toContain(id);
    expect(real.grade).toBe(grade);
  });

  it('recipients: NXDOMAIN, null MX and no mail server bounce; a healthy domain does not', async () => {
    const res = await checkRecipientDomains(
      ['gw.example.test', 'nx-recipient.example.test', 'nullmx.example.test', 'nomail.example.test'],
      { resolver },
    );
    expect(res.map((r) => `${r.domain}:${r.status}:${r.reason}`)).toEqual([
      'gw.example.test:ok:mx',
      'nx-recipient.example.test:bounce:nxdomain',
      'nullmx.example.test:bounce:null',
      'nomail.example.test:bounce:no-mail',
    ]);
  });
});
