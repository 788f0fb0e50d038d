/**
 * A real DoH server on loopback for the integration tests and the DNS bench (here in scripts/lib
 * because the bench is a script, and scripts never import from tests/): unbound (Debian's,
 * built with nghttp2) answering from a fake root zone, so nothing leaves the machine, plus a small
 * HTTP/2 proxy in front of it that adds latency and injects faults per query name.
 *
 * unbound serves DoH on `interface: 127.0.0.1@<port>` with `https-port: <port>` and a certificate
 * made here with openssl from a throwaway CA. The whole tree (zone, config, keys, log) lives in a
 * temp directory that stop() removes.
 */
import * as packet from '@leichtgewicht/dns-packet';
import { execFileSync, spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http2 from 'node:http2';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { Worker } from 'node:worker_threads';
import { join } from 'node:path';
import { normalizeName } from '../../utils/dns/names';
import { createNodeResolver } from './dns-node';
import type { ZoneData } from './dns-zone';

export const SETUP_HINT =
  'unbound (with DoH) is needed for the DNS integration tests and the bench: run `bash scripts/setup-system.sh`' +
  ' (apt-get install -y chromium firefox-esr unbound)';

/** The unbound binary: a usual location, else the PATH. Throws with the set-up hint when missing. */
export function findUnbound(
  candidates = ['/usr/sbin/unbound', '/usr/local/sbin/unbound', '/usr/bin/unbound'],
  searchPath = true,
): string {
  for (const p of candidates) if (existsSync(p)) return p;
  if (searchPath) {
    try {
      const found = execFileSync('sh', ['-c', 'command -v unbound'], { encoding: 'utf8' }).trim();
      if (found) return found;
    } catch {
      // not on the PATH either
    }
  }
  throw new Error(`unbound was not found. ${SETUP_HINT}`);
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === 'object' && addr ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });
}

export interface TestCerts {
  caPath: string;
  caPem: string;
  certPath: string;
  keyPath: string;
}

/** A CA and a server certificate for 127.0.0.1 / localhost, valid for two days. */
export function makeCerts(dir: string): TestCerts {
  const p = (f: string) => join(dir, f);
  const ssl = (...args: string[]) => execFileSync('openssl', args, { stdio: ['ignore', 'ignore', 'pipe'] });
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  ssl(
    'req',
    '-x509',
    ...ec,
    '-keyout',
    p('ca.key'),
    '-out',
    p('ca.pem'),
    '-days',
    '2',
    '-subj',
    '/CN=Preflight test CA',
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign,cRLSign',
  );
  ssl('req', '-new', ...ec, '-keyout', p('server.key'), '-out', p('server.csr'), '-subj', '/CN=localhost');
  writeFileSync(
    p('server.ext'),
    'subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n',
  );
  ssl(
    'x509',
    '-req',
    '-in',
    p('server.csr'),
    '-CA',
    p('ca.pem'),
    '-CAkey',
    p('ca.key'),
    '-CAcreateserial',
    '-out',
    p('server.pem'),
    '-days',
    '2',
    '-extfile',
    p('server.ext'),
  );
  return {
    caPath: p('ca.pem'),
    caPem: readFileSync(p('ca.pem'), 'utf8'),
    certPath: p('server.pem'),
    keyPath: p('server.key'),
  };
}

/** A TXT character-string in master-file syntax (RFC 1035 §5.1): quotes, backslashes, \DDD bytes. */
function quoted(s: string): string {
  let out = '"';
  for (const b of new TextEncoder().encode(s)) {
    const c = String.fromCharCode(b);
    if (c === '"' || c === '\\') out += `\\${c}`;
    else if (b < 0x20 || b > 0x7e) out += `\\${String(b).padStart(3, '0')}`;
    else out += c;
  }
  return `${out}"`;
}

const fqdn = (name: string) => (name === '' || name === '.' ? '.' : `${normalizeName(name)}.`);

/**
 * The fake root zone. Every name of the fixture is served from it (no delegations), except
 * 'SERVFAIL' entries, which become a delegation to a name server that cannot be found, so unbound
 * itself answers SERVFAIL — a real lame delegation rather than a faked rcode.
 */
export function rootZoneFile(zone: ZoneData, negativeTtl = 60, ttl = 300): string {
  const lines = [
    '$ORIGIN .',
    `$TTL ${ttl}`,
    `. IN SOA ns.root.test. hostmaster.root.test. 1 3600 600 86400 ${negativeTtl}`,
    '. IN NS ns.root.test.',
    'ns.root.test. IN A 127.0.0.1',
  ];
  for (const [name, entries] of Object.entries(zone)) {
    const owner = fqdn(name);
    for (const e of entries) {
      if (e === 'TIMEOUT')
        throw new Error(`${name}: TIMEOUT cannot be served by unbound; use the fault proxy's delay`);
      if (e === 'SERVFAIL') {
        lines.push(`${owner} IN NS ns.${owner}`);
        continue;
      }
      const [type, value] = Object.entries(e)[0] as [string, unknown];
      switch (type) {
        case 'TXT':
        case 'SPF':
          lines.push(
            `${owner} IN ${type} ${(Array.isArray(value) ? value : [value]).map((v) => quoted(String(v))).join(' ') || '""'}`,
          );
          break;
        case 'MX': {
          const [pref, host] = value as [number, string];
          lines.push(`${owner} IN MX ${pref} ${fqdn(host)}`);
          break;
        }
        case 'CNAME':
        case 'PTR':
        case 'NS':
          lines.push(`${owner} IN ${type} ${fqdn(String(value))}`);
          break;
        default:
          lines.push(`${owner} IN ${type} ${String(value)}`);
      }
    }
  }
  return `${lines.join('\n')}\n`;
}

export interface Unbound {
  url: string;
  port: number;
  /**
   * Plain DNS (UDP and TCP) on loopback, for reference implementations that cannot speak DoH
   * (pyspf, Mail::SPF in the differential test); only when asked for with `plainDns`.
   */
  dnsPort?: number;
  dir: string;
  certs: TestCerts;
  stop(): Promise<void>;
}

export interface UnboundOptions {
  /** The names it serves (tests/fixtures/dns/zone.ts for the tests, scripts/bench/zone.ts for the bench). */
  zone: ZoneData;
  /** Existing certificates (the proxy shares them); made in `dir` when absent. */
  certs?: TestCerts;
  /** Milliseconds to wait for the first successful DoH answer. */
  startTimeoutMs?: number;
  /** Also listen for plain DNS on a second loopback port (Unbound.dnsPort). */
  plainDns?: boolean;
}

export async function startUnbound(opts: UnboundOptions): Promise<Unbound> {
  const binary = findUnbound();
  const dir = mkdtempSync(join(tmpdir(), 'preflight-unbound-'));
  const certs = opts.certs ?? makeCerts(dir);
  const port = await freePort();
  const dnsPort = opts.plainDns ? await freePort() : undefined;
  writeFileSync(join(dir, 'root.zone'), rootZoneFile(opts.zone));
  // Root hints point at 127.0.0.1, which unbound never queries (do-not-query-localhost): any
  // lookup the fake root cannot answer fails here instead of reaching the real root servers.
  writeFileSync(join(dir, 'root.hints'), '. 3600000 NS ns.root.test.\nns.root.test. 3600000 A 127.0.0.1\n');
  writeFileSync(
    join(dir, 'unbound.conf'),
    `server:
  interface: 127.0.0.1@${port}
${dnsPort ? `  interface: 127.0.0.1@${dnsPort}\n` : ''}  port: ${port}
  https-port: ${port}
  http-endpoint: "/dns-query"
  tls-service-key: "${certs.keyPath}"
  tls-service-pem: "${certs.certPath}"
  do-daemonize: no
  chroot: ""
  username: ""
  directory: "${dir}"
  pidfile: "${join(dir, 'unbound.pid')}"
  use-syslog: no
  logfile: ""
  verbosity: 1
  num-threads: 1
  do-ip6: no
  module-config: "iterator"
  root-hints: "${join(dir, 'root.hints')}"
  local-zone: "test." nodefault
  access-control: 127.0.0.0/8 allow
  incoming-num-tcp: 64
  rrset-roundrobin: no
auth-zone:
  name: "."
  zonefile: "${join(dir, 'root.zone')}"
  for-upstream: yes
  for-downstream: no
  fallback-enabled: no
remote-control:
  control-enable: no
`,
  );
  const logPath = join(dir, 'unbound.log');
  const child: ChildProcess = spawn(binary, ['-d', '-c', join(dir, 'unbound.conf')], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let log = '';
  child.stderr?.on('data', (d: Buffer) => {
    log += d.toString();
    writeFileSync(logPath, log);
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = `https://127.0.0.1:${port}/dns-query`;

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(dir, { recursive: true, force: true });
  };

  // Ready when a real DoH query through the production client gets the fixture's answer.
  const probe = createNodeResolver({
    url,
    fallbackUrl: null,
    cache: false,
    retries: 0,
    timeoutMs: 1000,
    extraCa: [certs.caPem],
  });
  const deadline = Date.now() + (opts.startTimeoutMs ?? 15_000);
  try {
    for (;;) {
      if (child.exitCode !== null)
        throw new Error(`unbound exited with code ${child.exitCode}:\n${log.slice(-2000)}`);
      const a = await probe('ns.root.test', 'A');
      if (a.status === 'NOERROR') break;
      if (Date.now() > deadline)
        throw new Error(
          `unbound did not answer DoH on ${url} in time (last: ${a.status}):\n${log.slice(-2000)}`,
        );
      await new Promise((r) => setTimeout(r, 100));
    }
  } catch (e) {
    await probe.close();
    await stop();
    throw e;
  }
  await probe.close();
  return { url, port, ...(dnsPort ? { dnsPort } : {}), dir, certs, stop };
}

/** The global setup's unbound, as a test file sees it through inject(). */
export function injectedUnbound(
  inject: (key: 'dohPort' | 'caPath' | 'certPath' | 'keyPath') => string | number,
): Pick<Unbound, 'port' | 'certs'> {
  const caPath = String(inject('caPath'));
  return {
    port: Number(inject('dohPort')),
    certs: {
      caPath,
      caPem: readFileSync(caPath, 'utf8'),
      certPath: String(inject('certPath')),
      keyPath: String(inject('keyPath')),
    },
  };
}

/** What the proxy does to a query for a name. */
export interface Fault {
  /** Extra delay before forwarding. */
  delayMs?: number;
  /** Answer with this HTTP status instead of forwarding. */
  status?: number;
  /** Forward, but answer with this content type. */
  contentType?: string;
  /** Forward, but send only the first half of the body (no content-length). */
  truncate?: boolean;
  /** Reset the HTTP/2 stream instead of answering. */
  reset?: boolean;
  /** Answer 405 to GET, so the client must use POST. */
  rejectGet?: boolean;
}

export interface ProxyQuery {
  name: string;
  type: string;
  method: string;
}

/** The proxy as tests and the bench use it; it runs in a worker thread, so its API is async. */
export interface FaultProxy {
  url: string;
  /** Every query that reached the proxy, in order. */
  queries(): Promise<ProxyQuery[]>;
  /** Queries for a name (and type), or all. */
  count(name?: string, type?: string): Promise<number>;
  setFault(name: string, fault: Fault | undefined): Promise<void>;
  reset(): Promise<void>;
  close(): Promise<void>;
}

export interface ProxyOptions {
  /** The unbound to forward to (only its port and certificates are used). */
  upstream: Pick<Unbound, 'port' | 'certs'>;
  /** Added to every query (the bench's simulated network). */
  latencyMs?: number;
  faults?: Record<string, Fault>;
}

function questionOf(body: Uint8Array): { name: string; type: string } | undefined {
  try {
    const q = packet.decode(body).questions?.[0];
    return q ? { name: normalizeName(q.name), type: String(q.type) } : undefined;
  } catch {
    return undefined;
  }
}

/** The proxy inside its thread: synchronous access to its log. */
export interface FaultProxyCore {
  url: string;
  queries: ProxyQuery[];
  faults: Map<string, Fault>;
  close(): Promise<void>;
}

/** node:http2 DoH front for unbound, with per-name faults and a query log (runs in proxy-worker.ts). */
export async function serveFaultProxy(opts: ProxyOptions): Promise<FaultProxyCore> {
  const { upstream } = opts;
  const faults = new Map<string, Fault>(
    Object.entries(opts.faults ?? {}).map(([k, v]) => [normalizeName(k), v]),
  );
  const queries: ProxyQuery[] = [];
  let session: http2.ClientHttp2Session | undefined;
  const upstreamSession = () => {
    if (!session || session.closed || session.destroyed) {
      session = http2.connect(`https://127.0.0.1:${upstream.port}`, { ca: upstream.certs.caPem });
      session.on('error', () => undefined);
    }
    return session;
  };
  const forward = (body: Uint8Array): Promise<{ status: number; type: string; body: Buffer }> =>
    new Promise((resolve, reject) => {
      const req = upstreamSession().request({
        ':method': 'POST',
        ':path': '/dns-query',
        'content-type': 'application/dns-message',
        accept: 'application/dns-message',
      });
      const chunks: Buffer[] = [];
      let status = 0;
      let type = '';
      req.on('response', (h) => {
        status = Number(h[':status']);
        type = String(h['content-type'] ?? '');
      });
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => resolve({ status, type, body: Buffer.concat(chunks) }));
      req.on('error', reject);
      req.end(Buffer.from(body));
    });

  const server = http2.createSecureServer({
    key: readFileSync(upstream.certs.keyPath),
    cert: readFileSync(upstream.certs.certPath),
  });
  server.on('stream', (stream, headers) => {
    const arrived = performance.now();
    const method = String(headers[':method']);
    const path = String(headers[':path'] ?? '');
    const chunks: Buffer[] = [];
    stream.on('data', (c: Buffer) => chunks.push(c));
    stream.on('error', () => undefined);
    stream.on('end', async () => {
      const body =
        method === 'GET'
          ? new Uint8Array(Buffer.from(new URL(path, 'https://x').searchParams.get('dns') ?? '', 'base64url'))
          : new Uint8Array(Buffer.concat(chunks));
      const q = questionOf(body);
      if (!q) {
        stream.respond({ ':status': 400 });
        stream.end();
        return;
      }
      queries.push({ ...q, method });
      const fault = faults.get(q.name) ?? {};
      const forwarding =
        fault.reset || fault.status || (fault.rejectGet && method === 'GET') ? undefined : forward(body);
      forwarding?.catch(() => undefined);
      // The added latency stands for the network between client and server, counted from the
      // request's arrival; the proxy's own work and its hop to unbound run inside it, so the bench
      // measures the client, not the harness.
      const wait = arrived + (opts.latencyMs ?? 0) + (fault.delayMs ?? 0) - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      if (stream.destroyed) return;
      if (fault.reset) {
        stream.close(http2.constants.NGHTTP2_INTERNAL_ERROR);
        return;
      }
      if (!forwarding) {
        stream.respond({ ':status': fault.status ?? 405, 'content-type': 'text/plain' });
        stream.end('refused by the fault proxy');
        return;
      }
      try {
        const res = await forwarding;
        const out = fault.truncate ? res.body.subarray(0, Math.floor(res.body.length / 2)) : res.body;
        if (stream.destroyed) return;
        stream.respond({
          ':status': res.status,
          'content-type': fault.contentType ?? res.type,
          ...(fault.truncate ? {} : { 'content-length': String(out.length) }),
        });
        stream.end(out);
      } catch {
        if (!stream.destroyed) stream.close(http2.constants.NGHTTP2_INTERNAL_ERROR);
      }
    });
  });
  const port = await new Promise<number>((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port));
  });
  return {
    url: `https://127.0.0.1:${port}/dns-query`,
    queries,
    faults,
    close: () =>
      new Promise<void>((resolve) => {
        session?.close();
        server.close(() => resolve());
        // Open client sessions keep close() waiting; end them.
        setTimeout(() => resolve(), 1000).unref();
      }),
  };
}

export type ProxyCommand =
  { op: 'queries' } | { op: 'setFault'; name: string; fault?: Fault } | { op: 'reset' } | { op: 'close' };

/**
 * Starts the fault proxy in a worker thread. In the same thread as the client, the proxy's own
 * work (TLS, HTTP/2, the hop to unbound) would queue behind the client's on one event loop and be
 * measured as the client's; a worker keeps the bench about the client.
 */
export async function startFaultProxy(opts: ProxyOptions): Promise<FaultProxy> {
  // Only data crosses to the thread (the Unbound object also carries functions).
  const workerData: ProxyOptions = {
    upstream: { port: opts.upstream.port, certs: opts.upstream.certs },
    ...(opts.latencyMs !== undefined ? { latencyMs: opts.latencyMs } : {}),
    ...(opts.faults ? { faults: opts.faults } : {}),
  };
  const worker = new Worker(new URL('./proxy-worker.mjs', import.meta.url), { workerData });
  let next = 0;
  const pending = new Map<number, (value: unknown) => void>();
  worker.on('message', (m: { id: number; value: unknown }) => {
    pending.get(m.id)?.(m.value);
    pending.delete(m.id);
  });
  const failed = new Promise<never>((_, reject) => worker.once('error', reject));
  failed.catch(() => undefined);
  const call = <T>(cmd: ProxyCommand): Promise<T> =>
    Promise.race([
      new Promise<T>((resolve) => {
        const id = ++next;
        pending.set(id, resolve as (value: unknown) => void);
        worker.postMessage({ id, cmd });
      }),
      failed,
    ]);
  const url = await Promise.race([
    new Promise<string>((resolve) =>
      worker.once('message', (m: { ready?: string }) => m.ready && resolve(m.ready)),
    ),
    failed,
  ]);
  const queries = () => call<ProxyQuery[]>({ op: 'queries' });
  return {
    url,
    queries,
    count: async (name, type) =>
      (await queries()).filter((q) => (!name || q.name === normalizeName(name)) && (!type || q.type === type))
        .length,
    setFault: (name, fault) => call<void>({ op: 'setFault', name, ...(fault ? { fault } : {}) }),
    reset: () => call<void>({ op: 'reset' }),
    close: async () => {
      await call<void>({ op: 'close' });
      await worker.terminate();
    },
  };
}
