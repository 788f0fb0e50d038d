/**
 * Domain names as Preflight handles them: lower case, no trailing dot, checked against the limits
 * a DNS query can carry (RFC 1035 §2.3.4: labels of 1–63 octets, at most 255 octets on the wire,
 * which is 253 characters in text form).
 */

const encoder = new TextEncoder();

export function byteLength(s: string): number {
  // Almost every name and record is ASCII, where characters are bytes; encoding is the slow path.
  return /^[\x00-\x7f]*$/.test(s) ? s.length : encoder.encode(s).length;
}

/** Lower case, one trailing dot removed. Does not validate. */
export function normalizeName(name: string): string {
  const n = name.endsWith('.') ? name.slice(0, -1) : name;
  return n.toLowerCase();
}

export type NameProblem = 'empty' | 'empty-label' | 'long-label' | 'long-name';

/** Why `name` (normalized) cannot be asked for, or undefined when it can. The root '' is not askable. */
export function nameProblem(name: string): NameProblem | undefined {
  if (name === '') return 'empty';
  if (byteLength(name) > 253) return 'long-name';
  for (const label of name.split('.')) {
    if (label === '') return 'empty-label';
    if (byteLength(label) > 63) return 'long-label';
  }
  return undefined;
}

export function isQueryableName(name: string): boolean {
  return nameProblem(normalizeName(name)) === undefined;
}

export function sameName(a: string, b: string): boolean {
  return normalizeName(a) === normalizeName(b);
}

/** True when `name` is `parent` or below it. */
export function isAtOrBelow(name: string, parent: string): boolean {
  const n = normalizeName(name);
  const p = normalizeName(parent);
  return n === p || n.endsWith(`.${p}`);
}

/**
 * A user-typed domain in the form DNS needs: IDNs to A-labels (punycode) via the URL parser, which
 * exists in the service worker and in Node. Returns undefined for something that is not a host name.
 */
export function toAsciiDomain(input: string): string | undefined {
  const trimmed = input.trim().replace(/\.$/, '');
  if (!trimmed || /[\s/@:?#[\]\\]/.test(trimmed)) return undefined;
  try {
    const host = new URL(`http://${trimmed}/`).hostname;
    const n = normalizeName(host);
    return nameProblem(n) ? undefined : n;
  } catch {
    return undefined;
  }
}
