/**
 * `npm run domain` as a user runs it: a separate Node process, trusting the test CA only through
 * NODE_EXTRA_CA_CERTS (which undici does not read by itself; scripts/lib/dns-node.ts does).
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, inject, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const dohUrl = inject('dohUrl');
const caPath = inject('caPath');

function domainCli(args: string[], env: Record<string, string> = { NODE_EXTRA_CA_CERTS: caPath }) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'scripts/domain.ts', ...args],
      { cwd: ROOT, env: { ...process.env, ...env }, timeout: 30_000 },
      (err, stdout, stderr) => {
        resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
      },
    );
  });
}

describe('npm run domain', () => {
  it('--json prints one JSON object with the SPF report', async () => {
    const { code, stdout } = await domainCli(['good.example.test', '--resolver', dohUrl, '--json']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({
      domain: 'good.example.test',
      level: 'ok',
      spf: { lookups: 3, root: { record: 'v=spf1 include:_spf.google.com ~all' } },
    });
    expect(
      report.spf.providers.map((p: { provider: string; status: string }) => `${p.provider}:${p.status}`),
    ).toEqual(['google:authorized', 'microsoft:not-authorized']);
  });

  it.each([
    ['209.85.128.20', 'good.example.test', 'pass'],
    ['192.0.2.99', 'good.example.test', 'softfail'],
    ['192.0.2.99', 'ms.example.test', 'fail'],
    ['192.0.2.99', 'nospf.example.test', 'none'],
    ['192.0.2.99', 'big.example.test', 'permerror'],
    ['192.0.2.99', 'lame-include.example.test', 'temperror'],
    ['192.0.2.99', 'neutral.example.test', 'neutral'],
  ])('--ip %s for %s gives spf.checkHost.result %s', async (ip, domain, result) => {
    const { code, stdout } = await domainCli([
      domain,
      '--resolver',
      dohUrl,
      '--json',
      '--ip',
      ip,
      '--sender',
      `someone@${domain}`,
      '--helo',
      'mail.example.test',
    ]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).spf.checkHost).toMatchObject({
      result,
      ip,
      sender: `someone@${domain}`,
      helo: 'mail.example.test',
    });
  });

  it('prints a readable report with the lookup tree and the fixes', async () => {
    const { code, stdout } = await domainCli(['big.example.test', '--resolver', dohUrl]);
    expect(code).toBe(0);
    expect(stdout).toContain('SPF report for big.example.test');
    expect(stdout).toContain('DNS lookups: 12 of 10 allowed');
    expect(stdout).toContain('include:esp1.example.test  (3 lookups)');
    expect(stdout).toContain('[danger] Checking the SPF record of big.example.test takes 12 DNS lookups');
    expect(stdout).toContain('fix: Replace include:esp1.example.test by the addresses');
  });

  it('shows control characters from DNS escaped, in text and in JSON (issue 10)', async () => {
    const text = await domainCli(['escape.example.test', '--resolver', dohUrl]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('\\x1b[2J\\x1b]0;pwned\\x07 \\x9b31m');
    expect(text.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    const json = await domainCli(['escape.example.test', '--resolver', dohUrl, '--json']);
    expect(json.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(JSON.parse(json.stdout).spf.root.record).toBe(
      'v=spf1 ip4:192.0.2.70 \u001b[2J\u001b]0;pwned\u0007 \u009b31m -all',
    );
  });

  it('exits 0 and says so when DNS fails', async () => {
    const { code, stdout } = await domainCli([
      'good.example.test',
      '--resolver',
      'https://127.0.0.1:1/dns-query',
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain('could not be read');
    expect(stdout).toContain('DNS failed');
  });

  it('fails without the test CA: the certificate is checked', async () => {
    const { code, stdout } = await domainCli(['good.example.test', '--resolver', dohUrl, '--json'], {
      NODE_EXTRA_CA_CERTS: '',
    });
    expect(code).toBe(0);
    expect(JSON.parse(stdout).spf.root).toMatchObject({
      status: 'error',
      dnsError: expect.stringMatching(/certificate|network/i),
    });
  });

  it.each([
    [[], 'missing the domain'],
    [['a.test', 'b.test'], 'expected one domain'],
    [['not a domain'], 'is not a domain name'],
    [['a.test', '--resolver', 'http://127.0.0.1/dns-query'], 'https://'],
    [['a.test', '--ip', '999.1.1.1'], 'is not an IPv4 or IPv6 address'],
    [['a.test', '--sender', 'x@a.test'], 'give --ip too'],
    [['a.test', '--bogus'], "Unknown option '--bogus'"],
    [['a.test', '--service', 'yahoo'], 'gmail or outlook'],
  ])('bad arguments %j exit 2 with a clear message', async (args, message) => {
    const { code, stderr, stdout } = await domainCli(args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
    expect(stderr).toContain('Usage: npm run domain');
  });
});
