/**
 * Generated SPF zones for the differential test against pyspf and Mail::SPF: deterministic (seeded),
 * each case in its own subtree `c<n>.diff.test`, covering a, mx, include, exists, redirect, void
 * lookups (NXDOMAIN and NODATA, of terms and of MX hosts), the 10-lookup and 10-MX limits, and
 * include/redirect targets without a record.
 */
import type { ZoneData, ZoneEntry } from '../../helpers/dns-zone';

export interface DiffCase {
  id: number;
  domain: string;
  ip: string;
  sender: string;
  helo: string;
}

/** mulberry32: a tiny seeded PRNG, so the zones are the same on every run and machine. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const CLIENT_V4 = '192.0.2.1';
export const CLIENT_V6 = '2001:db8::1';
const OTHER_V4 = '198.51.100.7';
const OTHER_V6 = '2001:db8:ffff::7';

export function generateDiffZones(count: number, seed = 7208): { zone: ZoneData; cases: DiffCase[] } {
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const chance = (p: number) => rnd() < p;
  const zone: ZoneData = {};
  const add = (name: string, ...entries: ZoneEntry[]) => {
    zone[name] = [...(zone[name] ?? []), ...entries];
  };
  const cases: DiffCase[] = [];

  for (let id = 0; id < count; id++) {
    const base = `c${id}.diff.test`;
    // Hosts every case can point at.
    add(`hit.${base}`, { A: CLIENT_V4 }, { AAAA: CLIENT_V6 });
    add(`miss.${base}`, { A: OTHER_V4 }, { AAAA: OTHER_V6 });
    add(`empty.${base}`, { TXT: 'no address here' }); // exists: A/AAAA are NODATA
    let voids = 0;
    const voidName = () => `void${voids++}.${base}`; // never in the zone: NXDOMAIN
    let mxs = 0;
    /** An MX target: `n` hosts, each hit, miss, empty or void. */
    const mxName = (n: number): string => {
      const name = `mx${mxs++}.${base}`;
      for (let i = 0; i < n; i++) {
        const host = pick(['hit', 'miss', 'empty', 'void', 'void'] as const);
        add(name, { MX: [10 + i, host === 'void' ? voidName() : `${host}.${base}`] });
      }
      if (n === 0) add(name, { TXT: 'no MX here' });
      return name;
    };
    let incs = 0;
    const record = (depth: number): string => {
      const terms: string[] = [];
      const n = 1 + Math.floor(rnd() * (depth === 0 ? 7 : 4));
      for (let i = 0; i < n; i++) {
        const q = pick(['', '', '', '-', '~', '?'] as const);
        switch (pick(['a', 'a', 'mx', 'mx', 'mx', 'include', 'exists', 'ip4', 'ip6'] as const)) {
          case 'a':
            terms.push(
              `${q}a:${pick([`hit.${base}`, `miss.${base}`, `empty.${base}`, voidName()])}${chance(0.2) ? '/24' : ''}`,
            );
            break;
          case 'mx': {
            const n = chance(0.08) ? 11 : Math.floor(rnd() * 4);
            terms.push(`${q}mx:${chance(0.1) ? voidName() : mxName(n)}`);
            break;
          }
          case 'include': {
            if (depth >= 2) break;
            const target = `inc${incs++}.${base}`;
            const kind = pick(['record', 'record', 'record', 'none', 'void'] as const);
            if (kind === 'record') add(target, { TXT: record(depth + 1) });
            if (kind === 'none') add(target, { TXT: 'not spf' });
            terms.push(`${q}include:${kind === 'void' ? voidName() : target}`);
            break;
          }
          case 'exists':
            terms.push(`${q}exists:${pick([`hit.${base}`, `empty.${base}`, voidName()])}`);
            break;
          case 'ip4':
            terms.push(`${q}ip4:${pick([CLIENT_V4, OTHER_V4, '192.0.2.0/24'])}`);
            break;
          case 'ip6':
            terms.push(`${q}ip6:${pick([CLIENT_V6, OTHER_V6])}`);
            break;
        }
      }
      if (chance(0.15) && depth < 2) {
        const target = `red${incs++}.${base}`;
        if (chance(0.8)) add(target, { TXT: record(depth + 1) });
        terms.push(`redirect=${target}`);
      } else if (chance(0.8)) terms.push(pick(['-all', '~all', '?all']));
      return `v=spf1 ${terms.join(' ')}`;
    };
    add(base, { TXT: record(0) });
    const ip = chance(0.2) ? pick([CLIENT_V6, OTHER_V6]) : pick([CLIENT_V4, CLIENT_V4, OTHER_V4]);
    cases.push({ id, domain: base, ip, sender: `user@${base}`, helo: `mail.${base}` });
  }
  return { zone, cases };
}
