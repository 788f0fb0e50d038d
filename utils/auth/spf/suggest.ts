/**
 * Record text the fix advice suggests. Plain string work on a parsed record; nothing here queries.
 */
import { byteLength } from '../../dns/names';
import { parseSpf } from './parse';

/**
 * A record as character-strings of at most 255 bytes (RFC 1035 §3.3.14), cut before a space where
 * possible so each piece stays readable; SPF joins them with nothing in between (RFC 7208 §3.3).
 */
export function splitTxt(record: string, max = 255): string[] {
  const out: string[] = [];
  let rest = record;
  while (byteLength(rest) > max) {
    let cut = rest.lastIndexOf(' ', max);
    if (cut <= 0) cut = max;
    out.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  out.push(rest);
  return out;
}

/** The record with `term` added before its `all` (or redirect), or a new record with it. */
export function withTermAdded(record: string | undefined, term: string): string {
  if (!record) return `v=spf1 ${term} ~all`;
  const parsed = parseSpf(record);
  if (parsed.terms.some((t) => t.text.toLowerCase() === term.toLowerCase())) return record;
  const anchor = parsed.all ?? parsed.redirect;
  if (!anchor) return `${record.trimEnd()} ${term}`;
  return `${record.slice(0, anchor.start)}${term} ${record.slice(anchor.start)}`;
}
