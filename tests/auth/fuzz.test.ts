/**
 * Every record parser of the domain checks against structure-aware random input: tag lists built
 * from real tag names and hostile values, policy files from real keys. No parser may throw, hang or
 * return something outside its contract.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBimi } from '../../utils/auth/bimi';
import { keyInfo, parseDkimKey, rsaBitsFromDer } from '../../utils/auth/dkim';
import { parseDmarc } from '../../utils/auth/dmarc';
import { mxMatches, parseStsPolicy, parseStsRecord } from '../../utils/auth/mta-sts';
import { parseTagList } from '../../utils/auth/tags';
import { parseTlsRpt } from '../../utils/auth/tls-rpt';

const hostile = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom(
    '',
    ' ',
    ';',
    '=',
    ';;',
    '==',
    '\u0000',
    '\r\n',
    '<img src=x onerror=alert(1)>',
    'é',
    '\u202e',
    'x'.repeat(300),
  ),
  fc.constantFrom(
    'none',
    'quarantine',
    'reject',
    'r',
    's',
    'y',
    'n',
    'u',
    '0:1:d:s',
    'mailto:a@b.test',
    'mailto:a@b.test!10m',
    'https://x.test/a.svg',
    'rsa',
    'ed25519',
    'sha1',
    'sha256',
    'STSv1',
    'DMARC1',
    'DKIM1',
    'BIMI1',
    'TLSRPTv1',
  ),
);
const tagName = fc.oneof(
  fc.constantFrom(
    'v',
    'p',
    'sp',
    'np',
    'adkim',
    'aspf',
    't',
    'psd',
    'fo',
    'rua',
    'ruf',
    'pct',
    'rf',
    'ri',
    'k',
    'h',
    's',
    'l',
    'a',
    'id',
  ),
  fc.string({ maxLength: 8 }),
);
const tagList = fc
  .array(fc.tuple(tagName, fc.constantFrom('=', ' = ', ''), hostile), { maxLength: 12 })
  .chain((tags) =>
    fc
      .constantFrom('', 'v=DMARC1; ', 'v=DKIM1; ', 'v=BIMI1; ', 'v=TLSRPTv1; ', 'v=STSv1; ')
      .map((prefix) => prefix + tags.map(([n, eq, v]) => `${n}${eq}${v}`).join(';')),
  );
const policyFile = fc
  .array(
    fc.tuple(
      fc.oneof(fc.constantFrom('version', 'mode', 'mx', 'max_age'), fc.string({ maxLength: 8 })),
      fc.constantFrom(':', ': ', ''),
      hostile,
    ),
    { maxLength: 20 },
  )
  .chain((lines) =>
    fc.constantFrom('\n', '\r\n', '\r').map((nl) => lines.map(([k, c, v]) => `${k}${c}${v}`).join(nl)),
  );

const runs = { numRuns: 400 };

describe('record parsers under random input', () => {
  it('tag lists: tags lie inside the record, in order', () => {
    fc.assert(
      fc.property(tagList, (rec) => {
        const l = parseTagList(rec);
        let last = -1;
        for (const t of l.tags) {
          expect(t.start).toBeGreaterThan(last);
          expect(t.end).toBeLessThanOrEqual(rec.length);
          last = t.start;
        }
      }),
      runs,
    );
  });

  it.each([
    ['DMARC', parseDmarc],
    ['DKIM', parseDkimKey],
    ['TLS-RPT', parseTlsRpt],
    ['BIMI', parseBimi],
    ['MTA-STS record', parseStsRecord],
  ] as const)('%s never throws and reports errors as data', (_n, parse) => {
    fc.assert(
      fc.property(tagList, (rec) => {
        const out = parse(rec) as { errors: unknown[] };
        expect(Array.isArray(out.errors)).toBe(true);
      }),
      runs,
    );
  });

  it('MTA-STS policy: never throws; what it accepts is within the RFC limits', () => {
    fc.assert(
      fc.property(policyFile, fc.domain(), (body, host) => {
        const p = parseStsPolicy(body);
        for (const m of p.mx) expect(typeof mxMatches(m, host)).toBe('boolean');
        if (p.maxAge !== undefined) expect(p.maxAge).toBeLessThanOrEqual(31_557_600);
        if (p.mode !== undefined) expect(['enforce', 'testing', 'none']).toContain(p.mode);
      }),
      runs,
    );
  });

  it('MTA-STS policy: a huge body is cut at 64 KB, not read whole', () => {
    const p = parseStsPolicy('mx: a.test\n'.repeat(100_000));
    expect(p.mx.length).toBeLessThan(7000);
  });

  it('DER reader: random and truncated keys never throw', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), async (bytes) => {
        rsaBitsFromDer(bytes);
        const b64 = btoa(String.fromCharCode(...bytes));
        const k = await keyInfo(b64, 'rsa');
        expect(['rsa', 'invalid']).toContain(k.type);
      }),
      { numRuns: 200 },
    );
  });
});
