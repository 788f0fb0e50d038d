/**
 * IP addresses as bytes. Written here rather than taken from ipaddr.js because SPF needs the strict
 * text forms: RFC 7208 §5.6 forbids the short and leading-zero IPv4 forms that inet_aton (and
 * ipaddr.js's IPv4 parser) accept, and ipaddr.js 2.5 reads "::1.2.3.4" (IPv4-compatible) as the
 * IPv4-mapped "::ffff:1.2.3.4".
 */

export interface IpAddress {
  version: 4 | 6;
  /** 4 or 16 bytes, network order. */
  bytes: Uint8Array;
}

// dec-octet from RFC 3986 §3.2.2 (no leading zeros), as RFC 7208 §5.6 requires.
const DEC_OCTET = '(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])';
const IPV4_RE = new RegExp(`^${DEC_OCTET}(?:\\.${DEC_OCTET}){3}$`);

export function parseIPv4(text: string): Uint8Array | undefined {
  if (!IPV4_RE.test(text)) return undefined;
  return Uint8Array.from(text.split('.').map(Number));
}

/** RFC 4291 §2.2 text forms, including "::" and a trailing dotted IPv4; no zone ids. */
export function parseIPv6(text: string): Uint8Array | undefined {
  if (!/^[0-9A-Fa-f:.]+$/.test(text) || text.length > 45) return undefined;
  let head = text;
  let tail4: Uint8Array | undefined;
  const lastColon = text.lastIndexOf(':');
  if (text.includes('.')) {
    tail4 = parseIPv4(text.slice(lastColon + 1));
    if (!tail4 || lastColon < 1) return undefined;
    // "a:b:c:d:e:f:1.2.3.4" keeps "a:b:c:d:e:f"; "::ffff:1.2.3.4" keeps "::ffff"; "::1.2.3.4" keeps "::".
    head = text.slice(0, lastColon + 1);
    if (!head.endsWith('::')) head = head.slice(0, -1);
  }
  const groupsWanted = tail4 ? 6 : 8;
  const parts = head.split('::');
  if (parts.length > 2) return undefined;
  const parseGroups = (s: string): number[] | undefined => {
    if (s === '') return [];
    const out: number[] = [];
    for (const g of s.split(':')) {
      if (!/^[0-9A-Fa-f]{1,4}$/.test(g)) return undefined;
      out.push(parseInt(g, 16));
    }
    return out;
  };
  const left = parseGroups(parts[0] ?? '');
  const right = parts.length === 2 ? parseGroups(parts[1] ?? '') : [];
  if (!left || !right) return undefined;
  let groups: number[];
  if (parts.length === 2) {
    const missing = groupsWanted - left.length - right.length;
    if (missing < 1) return undefined;
    groups = [...left, ...new Array<number>(missing).fill(0), ...right];
  } else {
    if (left.length !== groupsWanted) return undefined;
    groups = left;
  }
  const bytes = new Uint8Array(16);
  groups.forEach((g, i) => {
    bytes[i * 2] = g >> 8;
    bytes[i * 2 + 1] = g & 0xff;
  });
  if (tail4) bytes.set(tail4, 12);
  return bytes;
}

export function isIPv4Mapped(bytes: Uint8Array): boolean {
  if (bytes.length !== 16) return false;
  for (let i = 0; i < 10; i++) if (bytes[i] !== 0) return false;
  return bytes[10] === 0xff && bytes[11] === 0xff;
}

/**
 * A client address for SPF: IPv4, IPv6, or IPv4-mapped IPv6, which RFC 7208 §5 (and test
 * ip4-mapped-ip6) says is treated as the IPv4 address it carries.
 */
export function parseIp(text: string): IpAddress | undefined {
  const v4 = parseIPv4(text);
  if (v4) return { version: 4, bytes: v4 };
  const v6 = parseIPv6(text);
  if (!v6) return undefined;
  if (isIPv4Mapped(v6)) return { version: 4, bytes: v6.slice(12) };
  return { version: 6, bytes: v6 };
}

/** Dotted quad, or RFC 5952 canonical IPv6 (lower case, longest zero run as "::"). */
export function formatIp(ip: IpAddress): string {
  if (ip.version === 4) return Array.from(ip.bytes).join('.');
  const groups: number[] = [];
  for (let i = 0; i < 16; i += 2) groups.push(((ip.bytes[i] ?? 0) << 8) | (ip.bytes[i + 1] ?? 0));
  let bestStart = -1;
  let bestLen = 0;
  for (let i = 0; i < 8;) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLen && j - i >= 2) {
      bestStart = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestStart < 0) return hex.join(':');
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLen).join(':')}`;
}

/** True when the first `prefix` bits of `a` and `b` agree (same family assumed). */
export function prefixMatch(a: Uint8Array, b: Uint8Array, prefix: number): boolean {
  if (a.length !== b.length) return false;
  const full = Math.floor(prefix / 8);
  for (let i = 0; i < full; i++) if (a[i] !== b[i]) return false;
  const rest = prefix % 8;
  if (rest === 0) return true;
  const mask = (0xff << (8 - rest)) & 0xff;
  return ((a[full] ?? 0) & mask) === ((b[full] ?? 0) & mask);
}

/** The nibbles or octets of an address, as the PTR name and the SPF %{i} macro use them. */
export function addressParts(ip: IpAddress): string[] {
  if (ip.version === 4) return Array.from(ip.bytes, String);
  // Upper-case nibbles, as pyspf and the OpenSPF suite's explanations (test v-macro-ip6) expect;
  // DNS matching is case-insensitive, so only explanation text can tell.
  return Array.from(ip.bytes).flatMap((b) => [
    (b >> 4).toString(16).toUpperCase(),
    (b & 15).toString(16).toUpperCase(),
  ]);
}

/** in-addr.arpa / ip6.arpa name for a PTR lookup (RFC 1035 §3.5, RFC 3596 §2.5). */
export function reverseName(ip: IpAddress): string {
  const parts = addressParts(ip).reverse().join('.').toLowerCase();
  return ip.version === 4 ? `${parts}.in-addr.arpa` : `${parts}.ip6.arpa`;
}

/** The first address of a network, plus one when the network is bigger than one address. */
export function sampleAddress(network: IpAddress, prefix: number): IpAddress {
  const bytes = network.bytes.slice();
  const bits = bytes.length * 8;
  for (let bit = prefix; bit < bits; bit++) {
    const i = Math.floor(bit / 8);
    bytes[i] = (bytes[i] ?? 0) & ~(0x80 >> (bit % 8));
  }
  if (prefix < bits) bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) | 1;
  return { version: network.version, bytes };
}
