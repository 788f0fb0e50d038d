/**
 * DMARC policy records (RFC 9989 §4.7): pure parsing, no DNS. Tags are validated one by one so a
 * report can point at each problem; unknown tags are ignored (§4.7), duplicates are an error.
 */
import type { Tag } from '../tags';
import { parseTagList, splitList } from '../tags';

export type DmarcPolicy = 'none' | 'quarantine' | 'reject';

export type DmarcErrorCode =
  | 'no-version'
  | 'tag-syntax'
  | 'duplicate-tag'
  | 'bad-policy'
  | 'missing-policy'
  | 'bad-alignment'
  | 'bad-testing'
  | 'bad-psd'
  | 'bad-fo'
  | 'bad-uri';

export interface DmarcError {
  code: DmarcErrorCode;
  /** The tag (or text) at fault. */
  text: string;
  start: number;
  end: number;
}

export interface DmarcUri {
  /** As written, e.g. `mailto:dmarc@example.com!10m`. */
  uri: string;
  /** The mailbox's domain (lower case) for mailto: URIs. */
  domain?: string;
  address?: string;
  start: number;
  end: number;
}

export interface ParsedDmarc {
  /** Starts with `v=DMARC1`. */
  isDmarc: boolean;
  tags: Tag[];
  p?: DmarcPolicy;
  sp?: DmarcPolicy;
  np?: DmarcPolicy;
  adkim?: 'r' | 's';
  aspf?: 'r' | 's';
  testing: boolean;
  psd?: 'y' | 'n' | 'u';
  fo?: string[];
  rua: DmarcUri[];
  ruf: DmarcUri[];
  /** Tags RFC 9989 removed (`pct`, `rf`, `ri`): ignored by new receivers. */
  removed: Tag[];
  errors: DmarcError[];
}

const POLICIES: readonly string[] = ['none', 'quarantine', 'reject'];
export const REMOVED_TAGS: readonly string[] = ['pct', 'rf', 'ri'];

/** True when a TXT record is a DMARC record candidate (RFC 9989 §4.7: `v=DMARC1` first). */
export function isDmarcRecord(record: string): boolean {
  return /^\s*v\s*=\s*DMARC1\s*(;|$)/i.test(record);
}

function parseUris(tag: Tag, errors: DmarcError[]): DmarcUri[] {
  const out: DmarcUri[] = [];
  for (const raw of splitList(tag.value)) {
    const at = tag.start + Math.max(0, tag.rawName.length);
    const m = /^mailto:([^!@\s]+@([^!@\s]+))(?:!\d+[kmgt]?)?$/i.exec(raw);
    if (!m) {
      errors.push({ code: 'bad-uri', text: raw, start: tag.start, end: tag.end });
      continue;
    }
    const domain = (m[2] as string).toLowerCase().replace(/\.$/, '');
    out.push({ uri: raw, address: m[1], domain, start: at, end: tag.end });
  }
  return out;
}

export function parseDmarc(record: string): ParsedDmarc {
  const list = parseTagList(record);
  const errors: DmarcError[] = list.errors.map((e) => ({ ...e }));
  const out: ParsedDmarc = {
    isDmarc: isDmarcRecord(record),
    tags: list.tags,
    testing: false,
    rua: [],
    ruf: [],
    removed: [],
    errors,
  };
  if (!out.isDmarc) {
    errors.push({
      code: 'no-version',
      text: record.slice(0, 20),
      start: 0,
      end: Math.min(record.length, 20),
    });
    return out;
  }
  const err = (code: DmarcErrorCode, t: Tag) =>
    errors.push({ code, text: `${t.rawName}=${t.value}`, start: t.start, end: t.end });
  const policy = (t: Tag | undefined): DmarcPolicy | undefined => {
    if (!t) return undefined;
    const v = t.value.toLowerCase();
    if (POLICIES.includes(v)) return v as DmarcPolicy;
    err('bad-policy', t);
    return undefined;
  };
  const p = list.get('p');
  out.p = policy(p);
  if (!p) errors.push({ code: 'missing-policy', text: record.slice(0, 40), start: 0, end: record.length });
  const sp = policy(list.get('sp'));
  if (sp) out.sp = sp;
  const np = policy(list.get('np'));
  if (np) out.np = np;
  if (out.p === undefined) delete out.p;
  for (const name of ['adkim', 'aspf'] as const) {
    const t = list.get(name);
    if (!t) continue;
    const v = t.value.toLowerCase();
    if (v === 'r' || v === 's') out[name] = v;
    else err('bad-alignment', t);
  }
  const t = list.get('t');
  if (t) {
    const v = t.value.toLowerCase();
    if (v === 'y') out.testing = true;
    else if (v !== 'n') err('bad-testing', t);
  }
  const psd = list.get('psd');
  if (psd) {
    const v = psd.value.toLowerCase();
    if (v === 'y' || v === 'n' || v === 'u') out.psd = v;
    else err('bad-psd', psd);
  }
  const fo = list.get('fo');
  if (fo) {
    const opts = splitList(fo.value, ':').map((s) => s.toLowerCase());
    if (!opts.length || opts.some((o) => !['0', '1', 'd', 's'].includes(o))) err('bad-fo', fo);
    else out.fo = opts;
  }
  const rua = list.get('rua');
  if (rua) out.rua = parseUris(rua, errors);
  const ruf = list.get('ruf');
  if (ruf) out.ruf = parseUris(ruf, errors);
  out.removed = REMOVED_TAGS.flatMap((n) => {
    const tag = list.get(n);
    return tag ? [tag] : [];
  });
  return out;
}

/** The policy that applies to mail from a subdomain (sp, else p) and a non-existent one (np, else sp, else p). */
export function subdomainPolicy(d: ParsedDmarc): DmarcPolicy | undefined {
  return d.sp ?? d.p;
}
export function nonExistentPolicy(d: ParsedDmarc): DmarcPolicy | undefined {
  return d.np ?? d.sp ?? d.p;
}
