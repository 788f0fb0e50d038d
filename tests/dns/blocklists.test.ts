/** Blocklist check (issue 10): table tests over a zone resolver; no query leaves the process. */
import { describe, expect, it } from 'vitest';
import {
  BLOCKLIST_FIXES,
  BLOCKLIST_MESSAGES,
  blocklistDomains,
  checkBlocklists,
  interpretListAnswer,
} from '../../utils/auth/blocklists';
import type { BlocklistId } from '../../utils/auth/blocklists';
import { messages } from '../../utils/i18n';
import '../../utils/i18n/dns-catalogs';
import type { DnsAnswer } from '../../utils/dns/types';
import type { ZoneData } from '../helpers/dns-zone';
import { createZoneResolver } from '../helpers/dns-zone';
import { aAnswer } from '../helpers/dns-answers';

const a = aAnswer;
const nx: DnsAnswer = { name: 'x.test', type: 'A', status: 'NXDOMAIN', ad: false, cnames: [], ttl: 60 };
const servfail: DnsAnswer = {
  name: 'x.test',
  type: 'A',
  status: 'SERVFAIL',
  rcode: 2,
  rcodeName: 'SERVFAIL',
};

describe('interpretListAnswer', () => {
  const table: Array<[BlocklistId, DnsAnswer, string]> = [
    ['spamhaus-dbl', nx, 'clean'],
    ['spamhaus-dbl', a('127.0.1.2'), 'listed'],
    ['spamhaus-dbl', a('127.0.1.4'), 'listed'],
    ['spamhaus-dbl', a('127.0.1.102'), 'listed'],
    ['spamhaus-dbl', a('127.255.255.254'), 'refused:public-resolver'],
    ['spamhaus-dbl', a('127.255.255.255'), 'refused:rate-limit'],
    ['spamhaus-dbl', a('127.255.255.252'), 'refused:typo'],
    ['spamhaus-dbl', a('127.0.1.255'), 'refused:ip-query'],
    ['spamhaus-dbl', a('127.0.1.2', '127.255.255.254'), 'refused:public-resolver'],
    ['spamhaus-dbl', a('198.51.100.80'), 'unexpected'],
    ['spamhaus-dbl', servfail, 'dns-error'],
    ['uribl', a('127.0.0.2'), 'listed'],
    ['uribl', a('127.0.0.1'), 'refused:refused'],
    ['uribl', nx, 'clean'],
    ['surbl', a('127.0.0.8'), 'listed'],
    ['surbl', a('127.0.0.1'), 'refused:refused'],
    ['surbl', a('127.255.255.254'), 'refused:public-resolver'],
    ['surbl', a('127.0.1.2'), 'unexpected'],
  ];
  it.each(table)('%s %j → %s', (list, answer, expected) => {
    const v = interpretListAnswer(list, answer);
    expect(v.kind === 'refused' ? `refused:${v.why}` : v.kind).toBe(expected);
  });
  it('a DBL listing for an abused legitimate domain (127.0.1.102–106) is told apart', () => {
    expect(interpretListAnswer('spamhaus-dbl', a('127.0.1.103'))).toMatchObject({
      kind: 'listed',
      abused: true,
    });
    expect(interpretListAnswer('spamhaus-dbl', a('127.0.1.2'))).toMatchObject({
      kind: 'listed',
      abused: false,
    });
  });
});

describe('blocklistDomains', () => {
  it('looks up registrable domains, once each, never IPs, at most 20', () => {
    expect(
      blocklistDomains([
        'Someone@Mail.Example.com',
        'www.example.com',
        'shop.example.co.uk',
        '192.0.2.1',
        'not a domain',
      ]),
    ).toEqual(['example.com', 'example.co.uk']);
    expect(blocklistDomains(Array.from({ length: 50 }, (_, i) => `d${i}.com`))).toHaveLength(20);
  });
});

describe('checkBlocklists', () => {
  const zone: ZoneData = {
    'spammer.com.dbl.spamhaus.org': [{ A: '127.0.1.2' }],
    'hacked.com.dbl.spamhaus.org': [{ A: '127.0.1.103' }],
    'phish.com.multi.uribl.com': [{ A: '127.0.0.2' }],
    'refused.com.dbl.spamhaus.org': [{ A: '127.255.255.254' }],
    'refused.com.multi.uribl.com': [{ A: '127.0.0.1' }],
    'refused.com.multi.surbl.org': [{ A: '127.0.0.1' }],
    'lame.com.multi.surbl.org': ['SERVFAIL'],
  };
  const run = (domains: string[], enabled = true) =>
    checkBlocklists(domains, { resolver: createZoneResolver(zone), enabled });

  it('is opt-in: when off, asks nothing and says so', async () => {
    const resolver = createZoneResolver(zone);
    const r = await checkBlocklists(['spammer.com'], { resolver, enabled: false });
    expect(r).toMatchObject({
      status: 'unknown',
      findings: [{ messageId: 'blocklists.notEnabled', severity: 'info' }],
    });
    expect(resolver.queries).toEqual([]);
  });

  const table: Array<[string, string[], string, string[]]> = [
    ['clean everywhere', ['clean.com', 'www.clean.com'], 'pass', []],
    ['listed on the DBL', ['clean.com', 'spammer.com'], 'fail', ['blocklists.listed']],
    ['abused legitimate domain', ['hacked.com'], 'fail', ['blocklists.listedAbused']],
    ['listed on URIBL', ['phish.com'], 'fail', ['blocklists.listed']],
    [
      'every list refuses: unknown, never clean',
      ['refused.com'],
      'unknown',
      ['blocklists.refused', 'blocklists.refused', 'blocklists.refusedPublicResolver'],
    ],
    ['a list that cannot be asked: unknown', ['lame.com'], 'unknown', ['blocklists.dnsError']],
    ['nothing to look up', ['192.0.2.1'], 'unknown', ['blocklists.nothingToCheck']],
  ];
  it.each(table)('%s', async (_title, domains, status, ids) => {
    const r = await run(domains);
    expect(r.status).toBe(status);
    expect(r.findings.map((f) => f.messageId).sort()).toEqual([...ids].sort());
  });

  it('a listing names the list, the domain and the code, and carries the fix', async () => {
    const r = await run(['spammer.com']);
    expect(r.findings[0]).toMatchObject({
      ruleId: 'blocklists',
      severity: 'danger',
      data: { domain: 'spammer.com', list: 'Spamhaus DBL', code: '127.0.1.2' },
      evidence: [{ field: 'dns', name: 'spammer.com.dbl.spamhaus.org' }],
      fix: { messageId: 'blocklists.delist' },
    });
  });

  it('every message and fix is in both catalogs with the same placeholders', () => {
    const ph = (s: string | undefined) => [...(s ?? '').matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const id of [...Object.keys(BLOCKLIST_MESSAGES), ...BLOCKLIST_FIXES].map((m) => `blocklists.${m}`)) {
      expect(messages.en[id], id).toBeTypeOf('string');
      expect(messages.cs[id], id).toBeTypeOf('string');
      expect(ph(messages.cs[id])).toEqual(ph(messages.en[id]));
    }
  });
});
