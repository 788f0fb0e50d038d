/**
 * utils/auth/report.ts pinned piece by piece (issue 13: its survivors were covered only by the
 * integration tests over unbound, which mutation runs leave out): the domain input, the suggested SPF
 * record, each check run on its own, and the report's own fields.
 */
import { describe, expect, it } from 'vitest';
import {
  DomainInputError,
  buildDomainReport,
  normalizeDomainInput,
  runDomainCheck,
  suggestSpf,
} from '../../utils/auth/report';
import type { SpfPosture } from '../../utils/auth/spf/posture';
import type { Resolver } from '../../utils/dns/types';
import { createZoneResolver } from '../helpers/dns-zone';
import { FIXTURE_ZONE } from '../fixtures/dns/zone';

const resolver = createZoneResolver(FIXTURE_ZONE);

describe('normalizeDomainInput', () => {
  it('takes the part after the last @ and lower-cases it', () => {
    expect(normalizeDomainInput('Jana <a@b@Example.COM')).toBe('example.com');
    expect(normalizeDomainInput('mail.example.cz')).toBe('mail.example.cz');
  });

  it.each(['localhost', '', 'user@'])('refuses %j with a DomainInputError naming the input', (input) => {
    let err: unknown;
    try {
      normalizeDomainInput(input);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(DomainInputError);
    expect((err as Error).name).toBe('DomainInputError');
    expect((err as Error).message).toBe(`"${input}" is not a domain name`);
  });
});

describe('suggestSpf', () => {
  const posture = (over: Partial<SpfPosture> & { status?: string }): SpfPosture =>
    ({
      domain: 'ex.test',
      root: { status: over.status ?? 'found' },
      findings: [],
      ...over,
    }) as unknown as SpfPosture;

  it("publishes the provider's record from the addInclude fix", () => {
    const p = posture({
      findings: [
        { fix: { messageId: 'other.fix', data: { record: 'v=spf1 wrong -all' } } },
        { fix: { messageId: 'spf-provider.addInclude', data: { record: 7 } } },
        {
          fix: {
            messageId: 'spf-provider.addInclude',
            data: { record: 'v=spf1 include:_spf.google.com -all' },
          },
        },
      ] as unknown as SpfPosture['findings'],
    });
    expect(suggestSpf(p, ['gmail'])).toEqual([
      {
        name: 'ex.test',
        type: 'TXT',
        value: 'v=spf1 include:_spf.google.com -all',
        messageId: 'suggest.spfProvider',
      },
    ]);
  });

  it("starts a record for a domain without SPF: the services' includes, Google's when none is named", () => {
    const none = posture({ status: 'none' });
    expect(suggestSpf(none, [])).toEqual([
      {
        name: 'ex.test',
        type: 'TXT',
        value: 'v=spf1 include:_spf.google.com ~all',
        messageId: 'suggest.spfStart',
      },
    ]);
    expect(suggestSpf(none, ['outlook', 'gmail'])[0]?.value).toBe(
      'v=spf1 include:spf.protection.outlook.com include:_spf.google.com ~all',
    );
  });

  it('offers the flattened record when there is one, and nothing otherwise', () => {
    const flat = posture({
      flattened: { record: 'v=spf1 ip4:192.0.2.0/24 -all' } as SpfPosture['flattened'],
    });
    expect(suggestSpf(flat, [])).toEqual([
      { name: 'ex.test', type: 'TXT', value: 'v=spf1 ip4:192.0.2.0/24 -all', messageId: 'suggest.spfFlat' },
    ]);
    expect(suggestSpf(posture({}), ['gmail'])).toEqual([]);
    expect(suggestSpf(posture({ status: 'error' }), ['gmail'])).toEqual([]);
  });
});

describe('runDomainCheck, one check at a time', () => {
  it('MTA-STS compares its record with the MX hosts of the domain', async () => {
    const r = await runDomainCheck('mtaSts', 'gw.example.test', { resolver });
    expect(r.detail.status).toBe('found');
    const whole = await buildDomainReport('gw.example.test', { resolver, services: ['gmail'] });
    expect(r).toEqual(whole.mtaSts);
  });

  it('TLS-RPT and BIMI (with the DMARC policy it depends on) come out as in the whole report', async () => {
    const whole = await buildDomainReport('gw.example.test', { resolver, services: ['gmail'] });
    const tls = await runDomainCheck('tlsRpt', 'gw.example.test', { resolver });
    const bimi = await runDomainCheck('bimi', 'gw.example.test', { resolver });
    expect(tls).toEqual(whole.tlsRpt);
    expect(bimi).toEqual(whole.bimi);
    expect(bimi.detail.dmarcPolicy).toBe('reject');
    // Not a check that broke ({ status: 'unknown', findings: [] }): the record was read.
    expect(tls.detail.status).toBe('found');
    const propagation = await runDomainCheck('propagation', 'gw.example.test', { resolver });
    expect(whole.propagation).toEqual(propagation);
    expect(propagation).not.toEqual({ status: 'unknown', findings: [] });
  });

  it('BIMI runs without a policy when the DMARC lookup breaks', async () => {
    const noDmarc: Resolver = async (name, type) => {
      if (name.startsWith('_dmarc.')) throw new Error('resolver bug');
      return resolver(name, type);
    };
    const bimi = await runDomainCheck('bimi', 'gw.example.test', { resolver: noDmarc });
    expect(bimi.detail.dmarcPolicy).toBeUndefined();
  });

  it('propagation names the resolver by its label, "resolver" when it has none', async () => {
    const failing: Resolver = async (name, type) =>
      type === 'MX' ? ({ status: 'SERVFAIL', name, type, message: 'down' } as never) : resolver(name, type);
    const named = await runDomainCheck('propagation', 'gw.example.test', {
      resolver: failing,
      resolverLabel: 'zone',
    });
    const unnamed = await runDomainCheck('propagation', 'gw.example.test', { resolver: failing });
    const who = (r: typeof named) => r.findings.map((f) => f.data?.resolver);
    expect(who(named)).toContain('zone');
    expect(who(unnamed)).toContain('resolver');
    const two = await runDomainCheck('propagation', 'gw.example.test', {
      resolver,
      propagationResolvers: [
        { label: 'a', resolver },
        { label: 'b', resolver: failing },
      ],
    });
    expect(who(two)).toContain('b');
  });

  it('a check that throws comes out unknown with no findings', async () => {
    const opts = {
      resolver,
      get dkimSelectors(): string[] {
        throw new Error('settings bug');
      },
    };
    const r = await runDomainCheck('dkim', 'gw.example.test', opts);
    expect(r).toEqual({ status: 'unknown', findings: [] });
  });
});

describe('the report', () => {
  it("adds the findings' weights into its score and keeps the SPF records it read", async () => {
    const r = await buildDomainReport('monitor.example.test', { resolver, services: ['gmail'] });
    expect(r.findings.length).toBeGreaterThan(1);
    expect(r.score).toBeCloseTo(
      r.findings.reduce((s, f) => s + f.weight, 0),
      10,
    );
    expect(r.score).toBeGreaterThan(0);
    expect(r.spf.records?.length).toBe(1);
    const two = await buildDomainReport('twospf.example.test', { resolver, services: ['gmail'] });
    expect(two.spf.records?.length).toBe(2);
    const none = await buildDomainReport('nospf.example.test', { resolver, services: ['gmail'] });
    expect(none.spf.records).toEqual([]);
  });

  it('says unknown for SPF when the record could not be read, and checks an address as the sender', async () => {
    const broken: Resolver = async (name, type) =>
      name === 'gw.example.test' && type === 'TXT'
        ? ({ status: 'SERVFAIL', name, type, message: 'down' } as never)
        : resolver(name, type);
    const r = await buildDomainReport('gw.example.test', { resolver: broken, services: ['gmail'] });
    expect(r.spf.status).toBe('unknown');
    const withIp = await runDomainCheck('spf', 'gw.example.test', { resolver, ip: '192.0.2.1' });
    expect(withIp.checkHost).toMatchObject({ sender: 'postmaster@gw.example.test', helo: 'gw.example.test' });
  });
});
