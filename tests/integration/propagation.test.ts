/**
 * Propagation over real DoH: two unbound servers that disagree (an SPF record changed on one, not yet
 * on the other), asked through the production client.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPropagation } from '../../utils/auth/propagation';
import { createNodeResolver } from '../../scripts/lib/dns-node';
import type { NodeResolver } from '../../scripts/lib/dns-node';
import type { ZoneData } from '../helpers/dns-zone';
import type { Unbound } from './harness';
import { makeCerts, startUnbound } from './harness';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const zone = (spf: string): ZoneData => ({
  'moving.example.test': [{ TXT: spf }, { MX: [10, 'mx.moving.example.test'] }],
  '_dmarc.moving.example.test': [{ TXT: 'v=DMARC1; p=quarantine' }],
  'mx.moving.example.test': [{ A: '192.0.2.25' }],
});

describe('propagation across two resolvers (unbound)', () => {
  const servers: Unbound[] = [];
  const resolvers: NodeResolver[] = [];
  let certDir: string;
  beforeAll(async () => {
    certDir = mkdtempSync(join(tmpdir(), 'preflight-prop-'));
    const certs = makeCerts(certDir);
    servers.push(await startUnbound({ certs, zone: zone('v=spf1 include:_spf.google.com ~all') }));
    servers.push(await startUnbound({ certs, zone: zone('v=spf1 include:_spf.google.com -all') }));
    for (const s of servers)
      resolvers.push(
        createNodeResolver({ url: s.url, fallbackUrl: null, timeoutMs: 10_000, extraCa: [certs.caPem] }),
      );
  }, 60_000);
  afterAll(async () => {
    await Promise.all(resolvers.map((r) => r.close()));
    await Promise.all(servers.map((s) => s.stop()));
    rmSync(certDir, { recursive: true, force: true });
  });

  it('warns that the SPF answers differ, with both records and their TTLs; DMARC and MX agree', async () => {
    const r = await checkPropagation('moving.example.test', {
      resolvers: [
        { label: 'old', resolver: resolvers[0]! },
        { label: 'new', resolver: resolvers[1]! },
      ],
    });
    expect(r.status).toBe('warn');
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ messageId: 'propagation.differs', data: { record: 'SPF' } });
    expect(r.findings[0]?.data?.answers).toMatch(
      /^old: "v=spf1 include:_spf\.google\.com ~all" \(TTL \d+ s\); new: "v=spf1 include:_spf\.google\.com -all" \(TTL \d+ s\)$/,
    );
  });

  it('passes when asked of the same server twice', async () => {
    const r = await checkPropagation('moving.example.test', {
      resolvers: [
        { label: 'a', resolver: resolvers[1]! },
        { label: 'b', resolver: resolvers[1]! },
      ],
    });
    expect(r).toMatchObject({ status: 'pass', findings: [] });
  });
});
