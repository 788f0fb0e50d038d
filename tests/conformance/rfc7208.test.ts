/**
 * The OpenSPF RFC 7208 test suite (rfc7208-tests.yml, release 2014.04 + 2019.08, vendored with its
 * BSD licence in rfc7208-tests.LICENSE) run against checkHost() through a zone-backed resolver.
 * The driver follows the suite's conventions as pyspf's test/testspf.py applies them; see
 * /work/shared/conformance/README.md.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkHost, spfIdentity, SPF_RESULTS } from '../../utils/auth/spf/evaluate';
import type { SpfResultCode } from '../../utils/auth/spf/evaluate';
import { createZoneResolver } from '../helpers/dns-zone';
import type { ZoneData, ZoneEntry } from '../helpers/dns-zone';

interface SuiteTest {
  spec: string;
  helo: string;
  host: string;
  mailfrom: string;
  result: SpfResultCode | SpfResultCode[];
  explanation?: string;
}
interface Scenario {
  description: string;
  tests: Record<string, SuiteTest>;
  zonedata: Record<string, Array<Record<string, unknown> | 'TIMEOUT'>>;
}

const file = fileURLToPath(new URL('./rfc7208-tests.yml', import.meta.url));
const scenarios = YAML.parseAllDocuments(readFileSync(file, 'utf8'))
  .map((d) => d.toJS() as Scenario | null)
  .filter((s): s is Scenario => !!s && typeof s === 'object' && 'tests' in s);

/**
 * The suite's zone conventions:
 * - a name with no TXT entry at all (TXT: NONE counts as one) also serves each SPF entry as TXT,
 *   appended after its other entries (pyspf's getrdata);
 * - "TXT: NONE" is a marker, not a record;
 * - YAML escapes like "\x80" are code points, which a TXT-only implementation sees as non-ASCII.
 */
function suiteZone(zonedata: Scenario['zonedata']): ZoneData {
  const zone: ZoneData = {};
  for (const [name, rrs] of Object.entries(zonedata)) {
    const hasTxt = rrs.some((rr) => typeof rr === 'object' && 'TXT' in rr);
    const entries: ZoneEntry[] = [];
    const generated: ZoneEntry[] = [];
    for (const rr of rrs) {
      if (rr === 'TIMEOUT') {
        entries.push('TIMEOUT');
        continue;
      }
      const [type, value] = Object.entries(rr)[0] as [string, unknown];
      if (value === 'NONE') continue;
      const text = (v: unknown) => (Array.isArray(v) ? v.map(String) : String(v));
      switch (type) {
        case 'SPF':
          entries.push({ SPF: text(value) });
          if (!hasTxt) generated.push({ TXT: text(value) });
          break;
        case 'TXT':
          entries.push({ TXT: text(value) });
          break;
        case 'MX': {
          const [pref, exchange] = value as [number, string];
          entries.push({ MX: [pref, exchange] });
          break;
        }
        case 'A':
        case 'AAAA':
        case 'PTR':
        case 'CNAME':
          entries.push({ [type]: String(value) } as ZoneEntry);
          break;
        default:
          throw new Error(`unexpected zone entry ${type} for ${name}`);
      }
    }
    zone[name] = [...entries, ...generated];
  }
  return zone;
}

/**
 * Tests this implementation cannot pass, with the RFC reason. Empty: all 203 pass.
 * (Keep the mechanism so a future suite update cannot be skipped silently.)
 */
const KNOWN_DEVIATIONS: Record<string, string> = {};

const allIds = scenarios.flatMap((s) => Object.keys(s.tests));

describe('OpenSPF RFC 7208 suite', () => {
  it('has the 16 scenarios and 203 tests the README counts', () => {
    expect(scenarios).toHaveLength(16);
    expect(allIds).toHaveLength(203);
    expect(new Set(allIds).size).toBe(203);
  });

  for (const scenario of scenarios) {
    describe(scenario.description, () => {
      const zone = suiteZone(scenario.zonedata);
      for (const [id, t] of Object.entries(scenario.tests)) {
        const run = KNOWN_DEVIATIONS[id] ? it.fails : it;
        run(`${id} (${t.spec})`, async () => {
          const resolver = createZoneResolver(zone);
          const { domain, sender } = spfIdentity(t.mailfrom, t.helo);
          const r = await checkHost(t.host, domain, sender, {
            resolver,
            helo: t.helo,
            defaultExplanation: 'DEFAULT',
          });
          const accepted = Array.isArray(t.result) ? t.result : [t.result];
          for (const a of accepted) expect(SPF_RESULTS).toContain(a);
          expect(accepted, `${id}: ${r.message}`).toContain(r.result);
          if (t.explanation !== undefined) expect(r.explanation).toBe(t.explanation);
          // A TXT-only RFC 7208 implementation never asks for type 99 (suite header).
          expect(resolver.queries.filter((q) => q.type === 'SPF')).toEqual([]);
        });
      }
    });
  }
});
