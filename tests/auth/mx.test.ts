import { describe, expect, it } from 'vitest';
import { checkMx } from '../../utils/auth/mx';
import { checkRecipientDomains } from '../../utils/auth/recipients';
import { createZoneResolver } from '../helpers/dns-zone';
import { FIXTURE_ZONE } from '../fixtures/dns/zone';

const resolver = createZoneResolver(FIXTURE_ZONE);
const ids = (r: { findings: { messageId: string }[] }) => r.findings.map((f) => f.messageId).sort();

describe('checkMx', () => {
  it.each([
    ['gw.example.test', 'pass', []],
    ['nullmx.example.test', 'fail', ['mx-record.nullMx']],
    ['nomail.example.test', 'fail', ['mx-record.noMail']],
    ['implicit.example.test', 'warn', ['mx-record.implicit']],
    ['deadmx.example.test', 'fail', ['mx-hosts.noneResolve']],
    ['nx.example.test', 'fail', ['mx-record.nxdomain']],
  ])('%s: %s %j', async (domain, status, expected) => {
    const r = await checkMx(domain, { resolver });
    expect(r.status).toBe(status);
    expect(ids(r)).toEqual(expected);
  });

  it('notes duplicates, IP literals, a null MX among others, and hosts that do not resolve', async () => {
    const r2 = createZoneResolver({
      'odd.test': [
        { MX: [10, 'a.odd.test'] },
        { MX: [20, 'a.odd.test'] },
        { MX: [30, '192.0.2.1'] },
        { MX: [0, '.'] },
        { MX: [40, 'b.odd.test'] },
      ],
      'a.odd.test': [{ A: '192.0.2.2' }],
    });
    const r = await checkMx('odd.test', { resolver: r2 });
    expect(ids(r)).toEqual([
      'mx-hosts.duplicate',
      'mx-hosts.hostIsIp',
      'mx-hosts.nullWithOthers',
      'mx-hosts.someDoNotResolve',
    ]);
  });

  it('a DNS failure is unknown', async () => {
    const r = await checkMx('x.test', { resolver: createZoneResolver({ 'x.test': ['SERVFAIL'] }) });
    expect(r.status).toBe('unknown');
  });
});

describe('recipient domains', () => {
  it('says which will bounce and why, and which could not be checked', async () => {
    const r2 = createZoneResolver({ ...FIXTURE_ZONE, 'flaky.test': ['SERVFAIL'] });
    const res = await checkRecipientDomains(
      [
        'gw.example.test',
        'nullmx.example.test',
        'NX.example.test',
        'nomail.example.test',
        'deadmx.example.test',
        'implicit.example.test',
        'flaky.test',
        'nx.example.test',
      ],
      { resolver: r2 },
    );
    expect(res.map((r) => `${r.domain}:${r.status}:${r.reason}`)).toEqual([
      'gw.example.test:ok:mx',
      'nullmx.example.test:bounce:null',
      'nx.example.test:bounce:nxdomain',
      'nomail.example.test:bounce:no-mail',
      'deadmx.example.test:bounce:mx',
      'implicit.example.test:ok:implicit',
      'flaky.test:unknown:error',
    ]);
  });
});
