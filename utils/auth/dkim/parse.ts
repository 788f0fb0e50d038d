/**
 * DKIM key records (RFC 6376 §3.6.1, RFC 8463): pure parsing of the tag list. What the key is made
 * of (RSA modulus length, Ed25519 length) is read in ./key.ts.
 */
import type { Tag } from '../tags';
import { parseTagList, splitList } from '../tags';

export type DkimErrorCode = 'tag-syntax' | 'duplicate-tag' | 'bad-version' | 'missing-key' | 'bad-base64';

export interface DkimError {
  code: DkimErrorCode;
  text: string;
  start: number;
  end: number;
}

export interface ParsedDkimKey {
  tags: Tag[];
  /** k=, lower case; 'rsa' when absent. */
  keyType: string;
  /** p= with whitespace removed; '' means revoked. Undefined when missing. */
  publicKey?: string;
  revoked: boolean;
  /** t=y: the domain is testing DKIM; receivers must not treat failures differently. */
  testing: boolean;
  /** h=: acceptable hash algorithms (lower case); undefined = all. */
  hashes?: string[];
  /** s=: service types; undefined = all. */
  services?: string[];
  errors: DkimError[];
}

/** True for a TXT record that reads like a DKIM key (v=DKIM1 first, or a p= tag). */
export function looksLikeDkimKey(record: string): boolean {
  return /^\s*v\s*=\s*DKIM1\b/i.test(record) || /(^|;)\s*p\s*=/i.test(record);
}

export function parseDkimKey(record: string): ParsedDkimKey {
  const list = parseTagList(record);
  const errors: DkimError[] = list.errors.map((e) => ({ ...e }));
  const v = list.get('v');
  if (v && (v.value !== 'DKIM1' || list.tags[0] !== v))
    errors.push({ code: 'bad-version', text: `${v.rawName}=${v.value}`, start: v.start, end: v.end });
  const k = list.get('k');
  const p = list.get('p');
  const out: ParsedDkimKey = {
    tags: list.tags,
    keyType: (k?.value ?? 'rsa').toLowerCase(),
    revoked: false,
    testing: false,
    errors,
  };
  if (!p) errors.push({ code: 'missing-key', text: record.slice(0, 40), start: 0, end: record.length });
  else {
    const key = p.value.replace(/\s/g, '');
    out.publicKey = key;
    out.revoked = key === '';
    if (key !== '' && !/^[A-Za-z0-9+/]+={0,2}$/.test(key))
      errors.push({ code: 'bad-base64', text: 'p=', start: p.start, end: p.end });
  }
  const t = list.get('t');
  if (t) out.testing = splitList(t.value, ':').some((f) => f.toLowerCase() === 'y');
  const h = list.get('h');
  if (h) out.hashes = splitList(h.value, ':').map((s) => s.toLowerCase());
  const s = list.get('s');
  if (s) out.services = splitList(s.value, ':').map((x) => x.toLowerCase());
  return out;
}
