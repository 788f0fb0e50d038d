/** TLS-RPT (RFC 8460 §3): `v=TLSRPTv1; rua=mailto:…,https://…` at `_smtp._tls.<domain>`, pure parsing. */
import { parseTagList, splitList } from '../tags';

export interface TlsRptRecord {
  valid: boolean;
  rua: string[];
  errors: string[];
}

export function isTlsRptRecord(txt: string): boolean {
  return /^\s*v\s*=\s*TLSRPTv1\s*(;|$)/.test(txt);
}

export function parseTlsRpt(txt: string): TlsRptRecord {
  const list = parseTagList(txt);
  const errors = list.errors.map((e) => `"${e.text.slice(0, 40)}": ${e.code}`);
  if (!isTlsRptRecord(txt)) errors.push('v=TLSRPTv1 must come first');
  const rua = list.get('rua');
  const uris = rua ? splitList(rua.value) : [];
  if (!rua) errors.push('rua= is missing');
  else if (!uris.length) errors.push('rua= is empty');
  for (const u of uris)
    if (!/^mailto:[^@\s]+@[^@\s]+$/i.test(u) && !/^https:\/\/[^\s]+$/i.test(u))
      errors.push(`"${u.slice(0, 60)}" is not a mailto: or https: URI`);
  return { valid: errors.length === 0, rua: uris, errors };
}
