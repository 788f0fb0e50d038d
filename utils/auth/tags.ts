/**
 * The tag=value list DMARC, DKIM, MTA-STS, TLS-RPT and BIMI records share (RFC 6376 §3.2): tags
 * separated by ';', whitespace around names and values ignored, a trailing ';' allowed. Hand-written
 * because it is a dozen lines and every record parser here needs the tags' positions for evidence.
 */

export interface Tag {
  /** Lower-cased for DMARC/BIMI/TLS-RPT lookups; `rawName` keeps the spelling. */
  name: string;
  rawName: string;
  value: string;
  /** Range of the whole `name=value` in the record. */
  start: number;
  end: number;
}

export type TagErrorCode = 'tag-syntax' | 'duplicate-tag';

export interface TagError {
  code: TagErrorCode;
  /** The offending text. */
  text: string;
  start: number;
  end: number;
}

export interface TagList {
  tags: Tag[];
  errors: TagError[];
  /** First value of each tag by lower-case name. */
  get(name: string): Tag | undefined;
}

const NAME = /^[A-Za-z][A-Za-z0-9_]*$/;

export function parseTagList(record: string): TagList {
  const tags: Tag[] = [];
  const errors: TagError[] = [];
  const seen = new Map<string, Tag>();
  let pos = 0;
  // Each turn consumes up to and including the next ';' (or the rest), so pos strictly grows.
  while (pos <= record.length) {
    const semi = record.indexOf(';', pos);
    const end = semi === -1 ? record.length : semi;
    const part = record.slice(pos, end);
    const lead = part.length - part.trimStart().length;
    const text = part.trim();
    const start = pos + lead;
    if (text !== '') {
      const eq = text.indexOf('=');
      const rawName = eq === -1 ? text : text.slice(0, eq).trim();
      if (eq === -1 || !NAME.test(rawName)) {
        errors.push({ code: 'tag-syntax', text, start, end: start + text.length });
      } else {
        const tag: Tag = {
          name: rawName.toLowerCase(),
          rawName,
          value: text.slice(eq + 1).trim(),
          start,
          end: start + text.length,
        };
        if (seen.has(tag.name)) errors.push({ code: 'duplicate-tag', text, start, end: tag.end });
        else seen.set(tag.name, tag);
        tags.push(tag);
      }
    }
    if (semi === -1) break;
    pos = semi + 1;
  }
  return { tags, errors, get: (name) => seen.get(name) };
}

/** A comma-separated list, items trimmed, empties dropped. */
export function splitList(value: string, sep = ','): string[] {
  return value
    .split(sep)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Keeps untrusted text short enough for a message (records can be kilobytes). */
export function clip(s: string, max = 120): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
