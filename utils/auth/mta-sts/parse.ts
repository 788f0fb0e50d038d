/**
 * MTA-STS (RFC 8461): the `_mta-sts` TXT record (§3.1) and the policy file (§3.2), pure parsing.
 * The policy is read line by line (at most 64 KB, see ./fetch.ts), each line `key: value`.
 */
import { parseTagList } from '../tags';

export interface StsRecord {
  valid: boolean;
  id?: string;
  errors: string[];
}

export function isStsRecord(txt: string): boolean {
  return /^\s*v\s*=\s*STSv1\s*(;|$)/.test(txt);
}

export function parseStsRecord(txt: string): StsRecord {
  const list = parseTagList(txt);
  const errors = list.errors.map((e) => e.text);
  if (!isStsRecord(txt)) errors.push('v=STSv1 must come first');
  const id = list.get('id')?.value;
  if (id === undefined) errors.push('id= is missing');
  else if (!/^[A-Za-z0-9]{1,32}$/.test(id)) errors.push(`id=${id} is not 1–32 letters and digits`);
  return { valid: errors.length === 0, ...(id !== undefined ? { id } : {}), errors };
}

export type StsMode = 'enforce' | 'testing' | 'none';

export interface StsPolicy {
  version?: string;
  mode?: StsMode;
  mx: string[];
  maxAge?: number;
  errors: string[];
}

export const MAX_POLICY_BYTES = 65_536;
/** RFC 8461 §3.2: max_age up to 31557600 (one year). */
export const MAX_AGE_LIMIT = 31_557_600;

const MX_PATTERN = /^(\*\.)?([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z0-9]([a-z0-9-]*[a-z0-9])?\.?$/i;

export function parseStsPolicy(body: string): StsPolicy {
  const out: StsPolicy = { mx: [], errors: [] };
  const seen = new Set<string>();
  const lines = body.slice(0, MAX_POLICY_BYTES).split(/\r?\n/);
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    const colon = line.indexOf(':');
    if (colon <= 0) {
      out.errors.push(`"${line.slice(0, 40)}" is not a "key: value" line`);
      continue;
    }
    const key = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (key !== 'mx' && seen.has(key)) {
      out.errors.push(`${key} appears more than once`);
      continue;
    }
    seen.add(key);
    if (key === 'version') {
      out.version = value;
      if (value !== 'STSv1') out.errors.push(`version "${value.slice(0, 20)}" is not STSv1`);
    } else if (key === 'mode') {
      if (value === 'enforce' || value === 'testing' || value === 'none') out.mode = value;
      else out.errors.push(`mode "${value.slice(0, 20)}" is not enforce, testing or none`);
    } else if (key === 'mx') {
      if (MX_PATTERN.test(value)) out.mx.push(value.toLowerCase().replace(/\.$/, ''));
      else out.errors.push(`mx "${value.slice(0, 60)}" is not a host name pattern`);
    } else if (key === 'max_age') {
      const n = /^\d{1,10}$/.test(value) ? Number(value) : NaN;
      if (Number.isFinite(n) && n <= MAX_AGE_LIMIT) out.maxAge = n;
      else
        out.errors.push(`max_age "${value.slice(0, 20)}" is not a number of seconds up to ${MAX_AGE_LIMIT}`);
    }
    // Other keys are extensions and are ignored (§3.2).
  }
  if (out.version === undefined) out.errors.push('version is missing');
  if (out.mode === undefined) out.errors.push('mode is missing');
  if (out.maxAge === undefined) out.errors.push('max_age is missing');
  if (out.mode && out.mode !== 'none' && !out.mx.length) out.errors.push('no mx line');
  return out;
}

/** RFC 8461 §4.1: a pattern matches the host exactly, or `*.` matches exactly one leftmost label. */
export function mxMatches(pattern: string, host: string): boolean {
  const p = pattern.toLowerCase().replace(/\.$/, '');
  const h = host.toLowerCase().replace(/\.$/, '');
  if (!p.startsWith('*.')) return p === h;
  const dot = h.indexOf('.');
  return dot > 0 && h.slice(dot + 1) === p.slice(2);
}
