/**
 * The one resolver contract every DNS check uses: `(name, type) => Promise<DnsAnswer>`.
 *
 * A DnsAnswer says which of the outcomes DNS can give happened, because the checks treat them
 * differently: SPF maps NXDOMAIN/NODATA to "void lookup" and SERVFAIL/timeouts to temperror
 * (RFC 7208 §4.6.4, §5), DMARC must not report a timeout as "no record", and so on.
 * A resolver never rejects: transport failures are answers too (status 'ERROR').
 */

/** Record types Preflight asks for. SPF (type 99) only to warn that it is still published. */
export type RRType = 'A' | 'AAAA' | 'CNAME' | 'MX' | 'NS' | 'PTR' | 'SOA' | 'SPF' | 'TXT';

export const RR_TYPE_CODES: Readonly<Record<RRType, number>> = {
  A: 1,
  NS: 2,
  CNAME: 5,
  SOA: 6,
  PTR: 12,
  MX: 15,
  TXT: 16,
  AAAA: 28,
  SPF: 99,
};

export const RR_TYPES = Object.keys(RR_TYPE_CODES) as RRType[];

export function rrTypeName(code: number): RRType | undefined {
  return RR_TYPES.find((t) => RR_TYPE_CODES[t] === code);
}

interface RecordBase {
  /** Owner name, lower case, without the trailing dot. */
  name: string;
  ttl: number;
}

export interface AddressRecord extends RecordBase {
  type: 'A' | 'AAAA';
  address: string;
}
export interface NameRecord extends RecordBase {
  type: 'CNAME' | 'NS' | 'PTR';
  target: string;
}
export interface MxRecord extends RecordBase {
  type: 'MX';
  preference: number;
  /** '' for the null MX "0 ." (RFC 7505). */
  exchange: string;
}
export interface TextRecord extends RecordBase {
  type: 'TXT' | 'SPF';
  /**
   * The character-strings of one record, kept apart: SPF joins them with nothing in between
   * (RFC 7208 §3.3), DKIM too, but the boundaries matter for the 255-byte warnings.
   */
  strings: string[];
}
export interface SoaRecord extends RecordBase {
  type: 'SOA';
  mname: string;
  rname: string;
  serial: number;
  refresh: number;
  retry: number;
  expire: number;
  minimum: number;
}

export type DnsRecord = AddressRecord | NameRecord | MxRecord | TextRecord | SoaRecord;

/** Why a query produced no DNS answer at all (the resolver could not be asked, or answered garbage). */
export type DnsErrorReason =
  | 'bad-name' // the name cannot be put in a query (empty label, label > 63 octets, name > 253)
  | 'network' // fetch failed: connection refused, TLS, stream reset
  | 'http-status' // the DoH server answered with a non-2xx status
  | 'content-type' // not application/dns-message (RFC 8484 §4.2.1)
  | 'truncated' // body shorter than the DNS message it starts, or TC set
  | 'malformed' // body is not a DNS message
  | 'mismatch' // id or question differs from what was asked (RFC 8484 §4.1: id 0)
  | 'cname-loop' // the answer's CNAME chain loops
  | 'too-large' // the DoH body is longer than a DNS message can be (65,535 bytes)
  | 'budget' // the report's query budget was spent before this query (utils/dns/budget.ts)
  | 'deadline'; // the report's deadline passed before this query was answered

interface AnswerBase {
  /** The name asked for (normalized). */
  name: string;
  type: RRType;
  /**
   * The DoH endpoint that gave this answer when it was a fallback, not the chosen resolver (only
   * where the user allows a fallback); reports name it.
   */
  fallback?: string;
}

interface DataAnswerBase extends AnswerBase {
  /** AD bit: the resolver validated the answer with DNSSEC (RFC 4035 §3.2.3). */
  ad: boolean;
  /** CNAMEs followed from `name`, in order; the records belong to the last one. */
  cnames: string[];
  /** Seconds the answer may be cached (minimum over the chain, or the negative TTL). */
  ttl: number;
}

export interface NoErrorAnswer extends DataAnswerBase {
  status: 'NOERROR';
  /** Records of the asked type at the end of the CNAME chain; never empty (else NODATA). */
  records: DnsRecord[];
}

export interface NegativeAnswer extends DataAnswerBase {
  /** NXDOMAIN: the name does not exist. NODATA: it exists, but has no record of this type. */
  status: 'NXDOMAIN' | 'NODATA';
  /** Negative-caching TTL source (RFC 2308 §5), when the server sent it. */
  soa?: SoaRecord;
}

export interface ServerFailureAnswer extends AnswerBase {
  /** SERVFAIL covers every other error rcode too (FORMERR, NOTIMP, …); `rcode` says which. */
  status: 'SERVFAIL' | 'REFUSED';
  rcode: number;
  rcodeName: string;
}

export interface TimeoutAnswer extends AnswerBase {
  status: 'TIMEOUT';
  message: string;
}

export interface ErrorAnswer extends AnswerBase {
  status: 'ERROR';
  reason: DnsErrorReason;
  message: string;
}

export type DnsAnswer = NoErrorAnswer | NegativeAnswer | ServerFailureAnswer | TimeoutAnswer | ErrorAnswer;
export type DnsStatus = DnsAnswer['status'];

/** The contract. Implementations must never reject; every failure is a DnsAnswer. */
export type Resolver = (name: string, type: RRType) => Promise<DnsAnswer>;

/** "Void lookup" in RFC 7208 §4.6.4 terms: the name does not exist, or has no such record. */
export function isVoid(a: DnsAnswer): a is NegativeAnswer {
  return a.status === 'NXDOMAIN' || a.status === 'NODATA';
}

/** No usable answer: the DNS (or the way to it) failed, so nothing can be concluded. */
export function isFailure(a: DnsAnswer): a is ServerFailureAnswer | TimeoutAnswer | ErrorAnswer {
  return a.status === 'SERVFAIL' || a.status === 'REFUSED' || a.status === 'TIMEOUT' || a.status === 'ERROR';
}

export type RecordOf<T extends RRType> = T extends 'A' | 'AAAA'
  ? AddressRecord
  : T extends 'CNAME' | 'NS' | 'PTR'
    ? NameRecord
    : T extends 'MX'
      ? MxRecord
      : T extends 'TXT' | 'SPF'
        ? TextRecord
        : SoaRecord;

/** The records of one type in an answer ([] for anything but NOERROR). */
export function recordsOf<T extends RRType>(a: DnsAnswer, type: T): RecordOf<T>[] {
  if (a.status !== 'NOERROR') return [];
  return a.records.filter((r) => r.type === type) as RecordOf<T>[];
}

/** TXT (or type-99) records with their strings joined, as SPF, DMARC and DKIM read them. */
export function joinedTexts(a: DnsAnswer): string[] {
  if (a.status !== 'NOERROR') return [];
  return a.records.flatMap((r) => (r.type === 'TXT' || r.type === 'SPF' ? [r.strings.join('')] : []));
}

/** A short English description of a failure for logs and the CLI (the UI uses message ids). */
export function describeAnswer(a: DnsAnswer): string {
  switch (a.status) {
    case 'NOERROR':
      return `${a.records.length} record(s)`;
    case 'NXDOMAIN':
      return 'the name does not exist (NXDOMAIN)';
    case 'NODATA':
      return `no ${a.type} record (NODATA)`;
    case 'SERVFAIL':
    case 'REFUSED':
      return `the resolver answered ${a.rcodeName}`;
    case 'TIMEOUT':
      return `timed out (${a.message})`;
    case 'ERROR':
      return `${a.reason}: ${a.message}`;
  }
}

/**
 * The part of `fetch` the DoH client uses. The service worker passes the global fetch; Node passes
 * undici's (see scripts/lib/dns-node.ts). Kept this small so both fit without casts.
 */
export interface FetchLike {
  (
    url: string,
    init: {
      method: 'GET' | 'POST';
      headers: Record<string, string>;
      body?: Uint8Array;
      signal?: AbortSignal;
    },
  ): Promise<FetchResponseLike>;
}

export interface FetchResponseLike {
  status: number;
  headers: { get(name: string): string | null };
  /** Read incrementally where present, so an endless body is cut off at the DNS message maximum. */
  body?: { getReader(): StreamReaderLike } | null;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export interface StreamReaderLike {
  read(): Promise<{ done: boolean; value?: Uint8Array }>;
  cancel(reason?: unknown): Promise<void>;
}
