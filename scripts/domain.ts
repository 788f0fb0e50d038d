/**
 * `npm run domain -- <domain> [options]`: the domain health report (SPF for now; DMARC, DKIM… join
 * it as their issues land), made by the same code the extension's background runs, over DoH.
 *
 * Exit codes: 0 when a report was produced (even if DNS failed — the report says so), 2 for bad
 * arguments, 1 for a bug.
 */
import { parseArgs } from 'node:util';
import type { Finding } from '../utils/types';
import type { DomainReport } from '../utils/auth/report';
import { DomainInputError, buildDomainReport, normalizeDomainInput } from '../utils/auth/report';
import type { SpfNode } from '../utils/auth/spf/posture';
import type { SendingService } from '../utils/auth/spf/providers';
import { parseIp } from '../utils/dns/ip';
import { createNodeResolver } from './lib/dns-node';
import { withQueryBudget } from '../utils/dns/budget';
import {
  DEFAULT_RESOLVER_URL,
  ResolverUrlError,
  fallbackResolverUrl,
  resolveResolverUrl,
} from '../utils/dns/resolvers';
import { escapeControl, terminalJson } from './lib/terminal';
import { t } from '../utils/i18n';
import '../utils/i18n/dns-catalogs';

const USAGE = `Usage: npm run domain -- <domain> [options]

Prints the SPF report of <domain>: its record, the DNS lookups it costs, whether it authorizes
Google Workspace and Microsoft 365, and what to fix.

Options:
  --resolver <url|name>  the DoH resolver to use: cloudflare, google, quad9 or an https://
                         URL (default: Cloudflare)
  --fallback             when that resolver fails, ask another public one (Google, or Cloudflare);
                         off by default, and the report names the fallback when it was used
  --json                 print one JSON object instead of text
  --ip <address>         also evaluate check_host() for a message from this client address
  --sender <address>     MAIL FROM of that message (default postmaster@<domain>)
  --helo <name>          HELO name of that message (default <domain>)
  --service <name>       gmail or outlook: report a problem when that service is not authorized
  -h, --help             show this help
`;

class UsageError extends Error {}

/** A report's deadline: past it, what is left is reported as unknown. */
const REPORT_DEADLINE_MS = 30_000;

interface Args {
  domain: string;
  resolverUrl: string;
  fallback: boolean;
  json: boolean;
  ip?: string;
  sender?: string;
  helo?: string;
  services: SendingService[];
}

function parse(argv: string[]): Args | 'help' {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        resolver: { type: 'string' },
        fallback: { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        ip: { type: 'string' },
        sender: { type: 'string' },
        helo: { type: 'string' },
        service: { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  if (positionals.length !== 1)
    throw new UsageError(
      positionals.length
        ? `expected one domain, got ${positionals.length}: ${positionals.join(' ')}`
        : 'missing the domain to check',
    );
  let domain: string;
  try {
    domain = normalizeDomainInput(positionals[0] as string);
  } catch (e) {
    if (e instanceof DomainInputError) throw new UsageError(e.message);
    throw e;
  }
  let resolverUrl = DEFAULT_RESOLVER_URL;
  if (values.resolver !== undefined) {
    try {
      resolverUrl = resolveResolverUrl(values.resolver);
    } catch (e) {
      if (e instanceof ResolverUrlError) throw new UsageError(e.message);
      throw e;
    }
  }
  if (values.ip !== undefined && !parseIp(values.ip))
    throw new UsageError(`--ip "${values.ip}" is not an IPv4 or IPv6 address`);
  if (values.ip === undefined && (values.sender !== undefined || values.helo !== undefined))
    throw new UsageError('--sender and --helo describe a message: give --ip too');
  if (values.sender !== undefined && !values.sender.includes('@'))
    throw new UsageError(`--sender "${values.sender}" is not an email address`);
  const services = (values.service ?? []).map((s) => {
    if (s !== 'gmail' && s !== 'outlook')
      throw new UsageError(`--service must be gmail or outlook, not "${s}"`);
    return s as SendingService;
  });
  return {
    domain,
    resolverUrl,
    fallback: values.fallback ?? false,
    json: values.json ?? false,
    ...(values.ip !== undefined ? { ip: values.ip } : {}),
    ...(values.sender !== undefined ? { sender: values.sender } : {}),
    ...(values.helo !== undefined ? { helo: values.helo } : {}),
    services,
  };
}

function printTree(node: SpfNode, indent: string, out: string[]): void {
  for (const term of node.terms) {
    const cost = 1 + (term.child?.totalLookups ?? 0);
    const notes = [
      term.loop ? 'loop' : '',
      term.void ? 'void lookup' : '',
      term.dnsError ? `DNS error: ${term.dnsError}` : '',
      term.dependsOnMessage ? 'depends on the message' : '',
      term.notFollowed ? 'not followed: the tree is too big' : '',
      term.child?.status === 'none' ? 'no SPF record' : '',
      term.child?.status === 'multiple' ? 'several SPF records' : '',
    ].filter(Boolean);
    out.push(
      `${indent}${term.text}  (${cost} lookup${cost === 1 ? '' : 's'}${notes.length ? `; ${notes.join('; ')}` : ''})`,
    );
    if (term.child?.record) out.push(`${indent}    ${term.child.domain}: ${term.child.record}`);
    if (term.child && !term.loop) printTree(term.child, `${indent}  `, out);
  }
}

const STATUS_TEXT = {
  authorized: 'authorized',
  partial: 'partly authorized',
  'not-authorized': 'NOT authorized',
  error: 'evaluation error',
  unknown: 'unknown (DNS failed)',
} as const;

function human(report: DomainReport): string {
  const spf = report.spf;
  const out: string[] = [
    `SPF report for ${report.domain}`,
    `  checked ${report.checkedAt} via ${report.resolver ?? 'DoH'}`,
    '',
  ];
  const root = spf.root;
  switch (root.status) {
    case 'found':
      out.push(`Record: ${root.record}`);
      if ((root.strings?.length ?? 0) > 1)
        out.push(
          `  published as ${root.strings?.length} strings: ${root.strings?.map((s) => JSON.stringify(s)).join(' ')}`,
        );
      out.push(`DNS lookups: ${spf.lookups} of 10 allowed; void lookups: ${spf.voidLookups} of 2 allowed`);
      printTree(root, '  ', out);
      break;
    case 'none':
      out.push('Record: none (no TXT record starting with "v=spf1")');
      break;
    case 'multiple':
      out.push(`Records: ${root.records?.length} (only one is allowed)`);
      for (const r of root.records ?? []) out.push(`  ${r}`);
      break;
    case 'error':
      out.push(`Record: could not be read — ${root.dnsError}. DNS failed, so this report is incomplete.`);
      break;
  }
  if (spf.type99.present) out.push(`Old SPF-type (99) record: ${spf.type99.records.join(' | ')}`);
  out.push('', 'Sending services (checked with addresses from their own SPF records):');
  for (const p of spf.providers) {
    const passes = p.samples.filter((s) => s.result === 'pass').length;
    out.push(
      `  ${p.name}: ${STATUS_TEXT[p.status]}${p.samples.length ? ` (${passes} of ${p.samples.length} sample addresses pass)` : ''}${p.message ? ` — ${p.message}` : ''}`,
    );
  }
  if (spf.checkHost) {
    const c = spf.checkHost;
    out.push(
      '',
      `check_host(${c.ip}, ${c.domain}, ${c.sender}, helo ${c.helo}): ${c.result}`,
      `  ${c.message}`,
    );
    if (c.explanation) out.push(`  explanation: ${c.explanation}`);
  }
  out.push('');
  if (!report.findings.length) out.push('No problems found.');
  else {
    out.push(`Findings (${report.level}):`);
    for (const f of report.findings) out.push(...findingLines(f));
  }
  // Every line may carry DNS text: control characters are shown escaped, never sent to the terminal.
  return `${out.map(escapeControl).join('\n')}\n`;
}

function findingLines(f: Finding): string[] {
  const lines = [`  [${f.severity}] ${t('en', f.messageId, f.data)}`];
  if (f.fix) lines.push(`      fix: ${t('en', f.fix.messageId, f.fix.data)}`);
  return lines;
}

async function main(): Promise<number> {
  let args: Args | 'help';
  try {
    args = parse(process.argv.slice(2));
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`domain: ${escapeControl(e.message)}\n\n${USAGE}`);
      return 2;
    }
    throw e;
  }
  if (args === 'help') {
    process.stdout.write(USAGE);
    return 0;
  }
  // The chosen resolver is used alone unless --fallback: falling back to a public one would send
  // the queries somewhere the user did not choose.
  const resolver = createNodeResolver({
    url: args.resolverUrl,
    fallbackUrl: args.fallback ? fallbackResolverUrl(args.resolverUrl) : null,
  });
  const budgeted = withQueryBudget(resolver, { signal: AbortSignal.timeout(REPORT_DEADLINE_MS) });
  try {
    const report = await buildDomainReport(args.domain, {
      resolver: budgeted,
      resolverLabel: args.resolverUrl,
      services: args.services,
      ...(args.ip !== undefined ? { ip: args.ip } : {}),
      ...(args.sender !== undefined ? { sender: args.sender } : {}),
      ...(args.helo !== undefined ? { helo: args.helo } : {}),
    });
    const used = [...budgeted.stats.fallbacks];
    if (used.length) report.resolver = `${args.resolverUrl} (fallback used: ${used.join(', ')})`;
    process.stdout.write(args.json ? `${terminalJson(report)}\n` : human(report));
    return 0;
  } finally {
    await resolver.close();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(
      `domain: unexpected error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`,
    );
    process.exitCode = 1;
  },
);
