/**
 * utils/auth/report.ts pinned piece by piece (issue 13: its survivors were covered only by the
 * integration tests over unbound, which mutation runs leave out): the domain input, the suggested SPF
 * record, each check run on its own, and the report's own fields.
 */
import { describe, expect, it, vi } from 'vitest';
import {
  DomainInputError,
  buildDomainReport,
  normalizeDomainInput,
  runDomainCheck,
  suggestSpf,
} from '../../utils/auth/report';
import type { SpfPosture } from '../../utils/auth/spf/posture';
import type { Resolver } from '../../utils/dns/types';
import { checkTlsRpt } from '../../utils/auth/tls-rpt';
import type { PolicyFetcher } from '../../utils/auth/mta-sts/fetch';
import { createZoneResolver } from '../helpers/dns-zone';
import { FIXTURE_ZONE } from '../fixtures/dns/zone';

const resolver = createZoneResolver(FIXTURE_ZONE);

describe('normalizeDomainInput', () => {
  it('takes the part after the last @ and lower-cases it', () => {
    expect(normalizeDomainInput('Jana <a@b@Example.COM')).toBe('example.com');
    expect(normalizeDomainInput('mail.example.cz')).toBe('mail.example.cz');
  });

  it('reads a pasted address with white space or a line break around it', () => {
    expect(normalizeDomainInput('\nuser@Example.com')).toBe('example.com');
    expect(normalizeDomainInput('  jana@example.cz \r\n')).toBe('example.cz');
  });

  // 'evil.com\n@': the text before a line break is not an address's domain (nothing after the "@").
  it.each(['localhost', '', 'user@', 'evil.com\n@'])(
    'refuses %j with a DomainInputError naming the input',
    (input) => {
      let err: unknown;
      try {
        normalizeDomainInput(input);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(DomainInputError);
      expect((err as Error).name).toBe('DomainInputError');
      expect((err as Error).message).toBe(`"${input}" is not a domain name`);
    },
  );
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
        { fix: { messageId: 'spf-provider.addInclude' } },
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

describe('report.ts, round 2 (whole-module run)', () => {
  const zone = createZoneResolver({
    // An explanation with a %{t} macro: the text carries the time checkHost was given.
    't.test': [{ TXT: 'v=spf1 -all exp=exp.t.test' }],
    'exp.t.test': [{ TXT: 'checked at %{t}' }],
    'm.test': [{ MX: [10, 'mx.m.test'] }],
    'mx.m.test': [{ A: '192.0.2.1' }],
    '_mta-sts.m.test': [{ TXT: 'v=STSv1; id=1' }],
    // A BIMI record and no DMARC record at all.
    'b.test': [{ MX: [10, 'mx.m.test'] }],
    'default._bimi.b.test': [{ TXT: 'v=BIMI1; l=https://b.test/logo.svg' }],
  });
  const throwingFor =
    (prefix: string, type?: string): Resolver =>
    async (name, t) => {
      if (name.startsWith(prefix) && (!type || t === type)) throw new Error('resolver bug');
      return zone(name, t);
    };
  const broken = { status: 'unknown', findings: [] };
  const policy: PolicyFetcher = async () => ({
    status: 200,
    redirected: false,
    contentType: 'text/plain',
    body: 'version: STSv1\nmode: enforce\nmx: other.test\nmax_age: 604800',
    truncated: false,
  });
  const mtaOpts = { fetchPolicy: policy, hasPermission: async () => true };

  it("SPF without services suggests a record with Google's include", async () => {
    const r = await runDomainCheck('spf', 'nospf.example.test', { resolver });
    expect(r.suggested).toEqual([
      {
        name: 'nospf.example.test',
        type: 'TXT',
        value: 'v=spf1 include:_spf.google.com ~all',
        messageId: 'suggest.spfStart',
      },
    ]);
  });

  it('checkHost: the sender is postmaster@ the domain, whatever the HELO name; the time is the one given', async () => {
    const withHelo = await runDomainCheck('spf', 'gw.example.test', {
      resolver,
      ip: '192.0.2.1',
      helo: 'mail.other.test',
    });
    expect(withHelo.checkHost).toMatchObject({
      sender: 'postmaster@gw.example.test',
      helo: 'mail.other.test',
    });
    const t = Date.UTC(2026, 0, 1);
    const timed = await runDomainCheck('spf', 't.test', { resolver: zone, ip: '192.0.2.1', now: () => t });
    expect(timed.checkHost?.result).toBe('fail');
    expect(timed.checkHost?.explanation).toBe(`checked at ${t / 1000}`);
  });

  it('TLS-RPT on its own is the TLS-RPT check', async () => {
    const tls = await runDomainCheck('tlsRpt', 'gw.example.test', { resolver });
    expect(tls).toEqual(await checkTlsRpt('gw.example.test', { resolver }));
  });

  it('BIMI without a DMARC record, alone and in the report, is read (not a broken check)', async () => {
    const alone = await runDomainCheck('bimi', 'b.test', { resolver: zone });
    expect(alone.detail).toMatchObject({ status: 'found', name: 'default._bimi.b.test' });
    expect(alone.detail.dmarcPolicy).toBeUndefined();
    const whole = await buildDomainReport('b.test', { resolver: zone });
    expect(whole.bimi).toEqual(alone);
    // The DMARC check itself broke: BIMI still runs, without a policy.
    const noDmarc = await buildDomainReport('b.test', { resolver: throwingFor('_dmarc.') });
    expect(noDmarc.dmarc).toEqual(broken);
    expect(noDmarc.bimi).toEqual(alone);
  });

  it('a check of the report that throws comes out unknown with no findings; the rest of the report stays', async () => {
    const r = await buildDomainReport('b.test', { resolver: throwingFor('default._bimi.') });
    expect(r.bimi).toEqual(broken);
    expect(r.mx.status).toBe('pass');
  });

  it('MTA-STS compares the policy with the MX hosts, none when the MX check broke; the signal reaches the fetch', async () => {
    const fetchPolicy = vi.fn(policy);
    const signal = new AbortController().signal;
    const alone = await runDomainCheck('mtaSts', 'm.test', {
      resolver: zone,
      ...mtaOpts,
      fetchPolicy,
      signal,
    });
    expect(alone.detail.uncovered).toEqual(['mx.m.test']);
    expect(fetchPolicy).toHaveBeenCalledWith('https://mta-sts.m.test/.well-known/mta-sts.txt', signal);
    const whole = await buildDomainReport('m.test', { resolver: zone, ...mtaOpts });
    expect(whole.mtaSts.detail.uncovered).toEqual(['mx.m.test']);
    const noMx = throwingFor('m.test', 'MX');
    const aloneNoMx = await runDomainCheck('mtaSts', 'm.test', { resolver: noMx, ...mtaOpts });
    expect(aloneNoMx.detail.uncovered).toEqual([]);
    const wholeNoMx = await buildDomainReport('m.test', { resolver: noMx, ...mtaOpts });
    expect(wholeNoMx.mx).toEqual(broken);
    expect(wholeNoMx.mtaSts.detail.uncovered).toEqual([]);
  });

  it('after the deadline (an aborted signal) blocklists and propagation ask nothing more', async () => {
    const ctl = new AbortController();
    ctl.abort();
    const asked: string[] = [];
    const counting: Resolver = async (name, type) => {
      asked.push(name);
      return zone(name, type);
    };
    const opts = { resolver: counting, blocklists: true, signal: ctl.signal };
    const bl = await runDomainCheck('blocklists', 'm.test', opts);
    expect(bl.status).toBe('unknown');
    expect(bl.findings.map((f) => f.messageId)).toEqual(Array(3).fill('blocklists.dnsError'));
    const pr = await runDomainCheck('propagation', 'm.test', opts);
    expect(pr.findings.map((f) => f.messageId)).toEqual([
      'propagation.noAnswer',
      'propagation.noAnswer',
      'propagation.noAnswer',
      'propagation.tooFewResolvers',
    ]);
    expect(asked).toEqual([]);
  });
});
