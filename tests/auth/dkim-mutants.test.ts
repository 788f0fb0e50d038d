/**
 * DKIM cases that pin what the mutation run (issue 13, docs/mutation.md) found no test for: record
 * recognition, tag values and error ranges, the DER reader's bounds, WebCrypto's use and fallback,
 * the selectors probed, the hint, and the key-strength boundaries of the findings.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  COMMON_SELECTORS,
  base64ToBytes,
  dkimResultOf,
  keyInfo,
  looksLikeDkimKey,
  parseDkimKey,
  probeDkim,
  rsaBitsFromDer,
  selectorsToTry,
} from '../../utils/auth/dkim';
import type { DkimKeyFound, DkimProbe, KeyInfo } from '../../utils/auth/dkim';
import { createZoneResolver } from '../helpers/dns-zone';
import { RSA2048_SPKI } from '../../scripts/bench/health-zone';

/** One DER TLV (short or long length form). */
function tlv(tag: number, content: number[]): number[] {
  const n = content.length;
  const len = n < 0x80 ? [n] : n < 0x100 ? [0x81, n] : [0x82, n >> 8, n & 0xff];
  return [tag, ...len, ...content];
}
const int = (bytes: number[]) => tlv(0x02, bytes);
const seq = (...parts: number[][]) => tlv(0x30, parts.flat());
/** RSAPublicKey with a modulus of `modBytes` bytes whose first byte is `top`. */
const pkcs1 = (modBytes: number, top = 0xc5, lead: number[] = []) =>
  seq(int([...lead, top, ...Array<number>(modBytes - 1).fill(0x11)]), int([1, 0, 1]));
const rsaOid = tlv(0x06, [0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01]);
const spki = (inner: number[]) => seq(seq(rsaOid, [0x05, 0x00]), tlv(0x03, [0x00, ...inner]));
const bytes = (a: number[]) => new Uint8Array(a);
const b64 = (a: number[]) => btoa(String.fromCharCode(...a));

describe('looksLikeDkimKey', () => {
  it.each([
    ['v=DKIM1; p=AAAA', true],
    ['  v  =  dkim1', true],
    ['v=DKIM1', true],
    ['k=rsa; p=AAAA', true],
    ['k=rsa;  P =AAAA', true],
    ['p=AAAA', true],
    ['v=DKIM10', false],
    ['v=spf1 -all', false],
    ['top=1; k=rsa', false],
    ['k=rsa; xp=1', false],
    ['', false],
  ])('%j → %s', (record, expected) => {
    expect(looksLikeDkimKey(record)).toBe(expected);
  });
});

describe('parseDkimKey: values and errors', () => {
  it('v= must be exactly DKIM1 and first; the error names it and its range', () => {
    expect(parseDkimKey('v=dkim1; p=AAAA').errors).toEqual([
      { code: 'bad-version', text: 'v=dkim1', start: 0, end: 7 },
    ]);
    expect(parseDkimKey('p=AAAA; V=DKIM1').errors).toEqual([
      { code: 'bad-version', text: 'V=DKIM1', start: 8, end: 15 },
    ]);
    expect(parseDkimKey('v=DKIM1; p=AAAA').errors).toEqual([]);
    expect(parseDkimKey('p=AAAA').errors).toEqual([]);
  });

  it('k= is lower-cased, rsa by default; h=, s= and t= flags are read case-insensitively', () => {
    const k = parseDkimKey('v=DKIM1; k=Ed25519; h=SHA1:Sha256; s=Email:*; t=s:Y; p=AAAA');
    expect(k).toMatchObject({
      keyType: 'ed25519',
      hashes: ['sha1', 'sha256'],
      services: ['email', '*'],
      testing: true,
      revoked: false,
    });
    expect(parseDkimKey('p=AAAA; t=s').testing).toBe(false);
    const plain = parseDkimKey('p=AAAA');
    expect(plain.keyType).toBe('rsa');
    expect(Object.keys(plain)).not.toContain('hashes');
    expect(Object.keys(plain)).not.toContain('services');
    expect(plain.testing).toBe(false);
  });

  it('p= loses all whitespace; empty is revoked; a missing p= is reported over the record', () => {
    expect(parseDkimKey('v=DKIM1; p=AB \t CD\n==')).toMatchObject({ publicKey: 'ABCD==', revoked: false });
    expect(parseDkimKey('v=DKIM1; p=  ')).toMatchObject({ publicKey: '', revoked: true, errors: [] });
    const record = 'v=DKIM1; k=rsa; n=a note that is long enough to be cut';
    const k = parseDkimKey(record);
    expect(k.errors).toEqual([
      { code: 'missing-key', text: record.slice(0, 40), start: 0, end: record.length },
    ]);
    expect(Object.keys(k)).not.toContain('publicKey');
    expect(k.revoked).toBe(false);
  });

  it.each(['AB+/CD==', 'ABC=', 'A', 'abz09+/'])('%s is base64', (p) => {
    expect(parseDkimKey(`p=${p}`).errors).toEqual([]);
  });
  it.each(['AB===', 'A=B', '=AB', 'AB-_', 'AB.C'])('%s is not base64 (error over the p= tag)', (p) => {
    const record = `v=DKIM1; p=${p}`;
    expect(parseDkimKey(record).errors).toEqual([
      { code: 'bad-base64', text: 'p=', start: 9, end: record.length },
    ]);
  });
});

describe('base64ToBytes', () => {
  it('decodes with or without padding', () => {
    expect([...base64ToBytes('AQID')!]).toEqual([1, 2, 3]);
    expect([...base64ToBytes('AQI')!]).toEqual([1, 2]);
    expect([...base64ToBytes('AQ')!]).toEqual([1]);
    expect([...base64ToBytes('AQ==')!]).toEqual([1]);
    expect([...base64ToBytes('/+8=')!]).toEqual([255, 239]);
    expect([...base64ToBytes('')!]).toEqual([]);
  });
  it.each(['A', 'AQIDB', 'AQ===', 'A=', 'A-B_', 'AQ=D'])('%s is not base64', (s) => {
    expect(base64ToBytes(s)).toBeUndefined();
  });
});

describe('rsaBitsFromDer', () => {
  it('reads PKCS#1 and SPKI in short and long length forms', () => {
    expect(rsaBitsFromDer(bytes(pkcs1(64)))).toEqual({ bits: 512, format: 'pkcs1' });
    expect(rsaBitsFromDer(bytes(pkcs1(128)))).toEqual({ bits: 1024, format: 'pkcs1' });
    expect(rsaBitsFromDer(bytes(spki(pkcs1(256))))).toEqual({ bits: 2048, format: 'spki' });
    expect(rsaBitsFromDer(bytes(spki(pkcs1(16))))).toEqual({ bits: 128, format: 'spki' });
  });

  it('counts the bits of the top byte and skips leading zero bytes', () => {
    expect(rsaBitsFromDer(bytes(pkcs1(4, 0x01)))?.bits).toBe(25);
    expect(rsaBitsFromDer(bytes(pkcs1(4, 0x7f)))?.bits).toBe(31);
    expect(rsaBitsFromDer(bytes(pkcs1(4, 0x80, [0, 0])))?.bits).toBe(32);
    expect(rsaBitsFromDer(bytes(seq(int([0, 0]), int([3]))))?.bits).toBe(0);
    expect(rsaBitsFromDer(bytes(seq(int([]), int([3]))))?.bits).toBe(0);
  });

  it('accepts a 4-byte long length and refuses 0 or 5 length bytes', () => {
    const inner = [...int([0x85]), ...int([3])];
    expect(rsaBitsFromDer(bytes([0x30, 0x84, 0, 0, 0, inner.length, ...inner]))?.bits).toBe(8);
    expect(rsaBitsFromDer(bytes([0x30, 0x85, 0, 0, 0, 0, inner.length, ...inner]))).toBeUndefined();
    expect(rsaBitsFromDer(bytes([0x30, 0x80, ...inner, 0, 0]))).toBeUndefined();
    // Length bytes running past the end.
    expect(rsaBitsFromDer(bytes([0x30, 0x82, 0]))).toBeUndefined();
  });

  it.each<[string, number[]]>([
    ['empty', []],
    ['one byte', [0x30]],
    ['an empty sequence', [0x30, 0x00]],
    ['not a sequence', [0x31, 0x03, ...int([5])]],
    ['content longer than the buffer', [0x30, 0x09, ...int([5]), ...int([3])]],
    ['a modulus that is not an INTEGER', seq(tlv(0x04, [5]), int([3]))],
    ['no exponent', seq(int([5]))],
    ['an exponent that is not an INTEGER', seq(int([5]), tlv(0x04, [3]))],
    ['an exponent past the sequence', [0x30, 0x03, ...int([5]), ...int([3])]],
    ['SPKI whose second part is not a BIT STRING', seq(seq(rsaOid), tlv(0x04, [0, ...pkcs1(8)]))],
    ['SPKI with a one-byte BIT STRING', seq(seq(rsaOid), tlv(0x03, [0]))],
    ['SPKI without its BIT STRING', seq(seq(rsaOid))],
    ['SPKI whose BIT STRING holds no RSAPublicKey', seq(seq(rsaOid), tlv(0x03, [0, 0x04, 0x00]))],
  ])('%s is not an RSA key', (_, der) => {
    expect(rsaBitsFromDer(bytes(der))).toBeUndefined();
  });

  it('a two-byte BIT STRING is read (its content after the unused-bits byte)', () => {
    expect(rsaBitsFromDer(bytes(seq(seq(rsaOid), tlv(0x03, [0, 0x30]))))).toBeUndefined();
    expect(rsaBitsFromDer(bytes(seq(seq(rsaOid), tlv(0x03, [0, ...seq(int([9]), int([3]))]))))).toEqual({
      bits: 4,
      format: 'spki',
    });
  });
});

describe('keyInfo', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('asks WebCrypto for an SPKI RSA verification key and uses its modulus length', async () => {
    const importKey = vi.fn(async () => ({ algorithm: { modulusLength: 3072 } }) as unknown as CryptoKey);
    const der = pkcs1(128);
    expect(await keyInfo(b64(der), 'rsa', { importKey })).toEqual({
      type: 'rsa',
      bits: 3072,
      format: 'spki',
    });
    expect(importKey).toHaveBeenCalledWith(
      'spki',
      new Uint8Array(der),
      { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' },
      true,
      ['verify'],
    );
  });

  it('reads the DER when WebCrypto has no length or refuses the key', async () => {
    const der = b64(pkcs1(128));
    const noLength = { importKey: vi.fn(async () => ({ algorithm: {} }) as unknown as CryptoKey) };
    expect(await keyInfo(der, 'rsa', noLength)).toEqual({ type: 'rsa', bits: 1024, format: 'pkcs1' });
    const refuses = {
      importKey: vi.fn(async () => {
        throw new Error('no');
      }),
    };
    expect(await keyInfo(der, 'rsa', refuses)).toEqual({ type: 'rsa', bits: 1024, format: 'pkcs1' });
    expect(await keyInfo(b64([1, 2, 3, 4]), 'rsa', refuses)).toEqual({
      type: 'invalid',
      reason: 'not an RSA public key',
    });
  });

  it('works without WebCrypto in the environment', async () => {
    vi.stubGlobal('crypto', undefined);
    expect(await keyInfo(b64(pkcs1(256)), 'rsa')).toEqual({ type: 'rsa', bits: 2048, format: 'pkcs1' });
  });

  it('uses the environment WebCrypto by default', async () => {
    const importKey = vi.fn(async () => ({ algorithm: { modulusLength: 4096 } }) as unknown as CryptoKey);
    vi.stubGlobal('crypto', { subtle: { importKey } });
    expect(await keyInfo(b64(pkcs1(256)), 'rsa')).toEqual({ type: 'rsa', bits: 4096, format: 'spki' });
  });

  it('Ed25519 counts bytes; other types are unknown; bad base64 is invalid before the type is looked at', async () => {
    expect(await keyInfo(b64(Array<number>(31).fill(7)), 'ed25519')).toEqual({ type: 'ed25519', bytes: 31 });
    expect(await keyInfo('AAAA', 'RSA')).toEqual({ type: 'unknown', keyType: 'RSA' });
    expect(await keyInfo('A', 'ed25519')).toEqual({ type: 'invalid', reason: 'not base64' });
  });
});

describe('selectors', () => {
  it('probes the common providers’ selectors, in this order', () => {
    expect(selectorsToTry()).toEqual([...COMMON_SELECTORS]);
    expect(COMMON_SELECTORS).toEqual([
      'google',
      'selector1',
      'selector2',
      'k1',
      's1',
      's2',
      'mandrill',
      'amazonses',
      'fm1',
      'fm2',
      'fm3',
      'default',
      'mail',
      'dkim',
      'mxvault',
      'everlytickey1',
      'everlytickey2',
    ]);
  });

  it('keeps well-formed user selectors of up to 63 characters, trimmed and lower-cased, once each', () => {
    const ok63 = 'a'.repeat(63);
    const s = selectorsToTry([
      ' Sel.One ',
      'a_b-c',
      ok63,
      'a'.repeat(64),
      '',
      '  ',
      'a..b',
      '.a',
      'a.',
      'x y',
      'sel.one',
    ]);
    expect(s.slice(0, 3)).toEqual(['sel.one', 'a_b-c', ok63]);
    expect(s).toHaveLength(3 + COMMON_SELECTORS.length);
  });
});

describe('probeDkim', () => {
  it('asks _domainkey and every selector, reads keys, skips other TXT, notes failures', async () => {
    const resolver = createZoneResolver({
      'a._domainkey.example.test': [{ TXT: `v=DKIM1; p=${RSA2048_SPKI}` }, { TXT: 'v=spf1 -all' }],
      'b._domainkey.example.test': ['SERVFAIL'],
      'c._domainkey.example.test': [{ TXT: 'v=DKIM1; p=' }, { TXT: 'k=ed25519; p=AAAA' }],
      'd._domainkey.example.test': [{ TXT: 'v=DKIM1; k=rsa' }],
    });
    const p = await probeDkim('Example.Test.', { resolver, selectors: ['a', 'b', 'c', 'd'] });
    expect(resolver.queries.slice(0, 5)).toEqual([
      { name: '_domainkey.example.test', type: 'TXT' },
      { name: 'a._domainkey.example.test', type: 'TXT' },
      { name: 'b._domainkey.example.test', type: 'TXT' },
      { name: 'c._domainkey.example.test', type: 'TXT' },
      { name: 'd._domainkey.example.test', type: 'TXT' },
    ]);
    expect(p.domain).toBe('example.test');
    expect(p.hint).toBe('exists');
    expect(p.errors).toEqual([{ selector: 'b', reason: expect.stringMatching(/SERVFAIL/) }]);
    expect(p.keys.map((k) => [k.selector, k.name, k.record, k.key])).toEqual([
      [
        'a',
        'a._domainkey.example.test',
        `v=DKIM1; p=${RSA2048_SPKI}`,
        { type: 'rsa', bits: 2048, format: 'spki' },
      ],
      ['c', 'c._domainkey.example.test', 'v=DKIM1; p=', undefined],
      ['c', 'c._domainkey.example.test', 'k=ed25519; p=AAAA', { type: 'ed25519', bytes: 3 }],
      ['d', 'd._domainkey.example.test', 'v=DKIM1; k=rsa', undefined],
    ]);
    expect(Object.keys(p.keys[1]!)).not.toContain('key');
  });

  it('the hint: NXDOMAIN, or unknown when _domainkey fails', async () => {
    const nx = await probeDkim('none.test', { resolver: createZoneResolver({}), selectors: [] });
    expect(nx.hint).toBe('nxdomain');
    const failing = await probeDkim('fail.test', {
      resolver: createZoneResolver({ '_domainkey.fail.test': ['TIMEOUT'] }),
    });
    expect(failing.hint).toBe('unknown');
  });
});

const key = (over: Partial<DkimKeyFound> & { key?: KeyInfo }, record = 'v=DKIM1; p=AAAA'): DkimKeyFound => ({
  selector: 's1',
  name: 's1._domainkey.example.test',
  record,
  parsed: parseDkimKey(record),
  ...over,
});
const probe = (keys: DkimKeyFound[], over: Partial<DkimProbe> = {}): DkimProbe => ({
  domain: 'example.test',
  selectors: ['s1', 's2'],
  keys,
  errors: [],
  hint: 'nxdomain',
  ...over,
});
const ids = (p: DkimProbe) => dkimResultOf(p).findings.map((f) => f.messageId);

describe('DKIM findings', () => {
  it.each<[KeyInfo, string[]]>([
    [{ type: 'rsa', bits: 1023, format: 'spki' }, ['dkim-key.rsaTooShort']],
    [{ type: 'rsa', bits: 1024, format: 'spki' }, ['dkim-key.rsa1024']],
    [{ type: 'rsa', bits: 2047, format: 'pkcs1' }, ['dkim-key.rsa1024']],
    [{ type: 'rsa', bits: 2048, format: 'spki' }, []],
    [{ type: 'ed25519', bytes: 32 }, []],
    [{ type: 'ed25519', bytes: 31 }, ['dkim-key.badEd25519']],
    [{ type: 'unknown', keyType: 'dsa' }, ['dkim-key.unknownType']],
    [{ type: 'invalid', reason: 'not base64' }, ['dkim-key.invalid']],
  ])('%j → %j', (info, expected) => {
    expect(ids(probe([key({ key: info })]))).toEqual(expected);
  });

  it('the strength findings carry the selector, the size and the fix', () => {
    const f = (info: KeyInfo) => dkimResultOf(probe([key({ key: info })])).findings[0];
    const ev = [
      { field: 'dns', name: 's1._domainkey.example.test', record: 'v=DKIM1; p=AAAA', start: 0, end: 15 },
    ];
    expect(f({ type: 'rsa', bits: 512, format: 'spki' })).toMatchObject({
      data: { domain: 'example.test', selector: 's1', bits: 512 },
      evidence: ev,
      fix: { messageId: 'dkim-key.rotate2048' },
    });
    expect(f({ type: 'rsa', bits: 1024, format: 'spki' })).toMatchObject({
      data: { domain: 'example.test', selector: 's1', bits: 1024 },
      fix: { messageId: 'dkim-key.rotate2048' },
    });
    expect(f({ type: 'ed25519', bytes: 16 })).toMatchObject({
      data: { domain: 'example.test', selector: 's1', bytes: 16 },
      fix: { messageId: 'dkim-key.republish' },
    });
    expect(f({ type: 'unknown', keyType: 'dsa' })).toMatchObject({
      data: { domain: 'example.test', selector: 's1', keyType: 'dsa' },
    });
    expect(f({ type: 'unknown', keyType: 'dsa' })?.fix).toBeUndefined();
    expect(f({ type: 'invalid', reason: 'not an RSA public key' })).toMatchObject({
      data: { domain: 'example.test', selector: 's1', reason: 'not an RSA public key' },
      fix: { messageId: 'dkim-key.republish' },
    });
  });

  it('a key without p= or with bad base64 is invalid and nothing else is said of it', () => {
    const missing = key({}, 'v=DKIM1; t=y; h=sha1');
    expect(dkimResultOf(probe([missing])).findings).toEqual([
      expect.objectContaining({
        messageId: 'dkim-key.invalid',
        data: { domain: 'example.test', selector: 's1', reason: 'p=' },
        fix: {
          messageId: 'dkim-key.republish',
          data: { domain: 'example.test', selector: 's1', reason: 'p=' },
        },
      }),
    ]);
    expect(ids(probe([key({}, 'v=DKIM1; t=y; p=A*B')]))).toEqual(['dkim-key.invalid']);
  });

  it('a revoked key is noted and nothing else is said of it; only revoked keys make a warning', () => {
    const r = dkimResultOf(probe([key({}, 'v=DKIM1; t=y; h=sha1; p=')]));
    expect(r.findings.map((f) => [f.messageId, f.data])).toEqual([
      ['dkim-key.revoked', { domain: 'example.test', selector: 's1' }],
    ]);
    expect(r.status).toBe('warn');
  });

  it('syntax errors point at their tag; testing and SHA-1-only keys are noted', () => {
    const record = 'v=DKIM1; k=rsa; junk; t=y; h=SHA1; p=AAAA';
    const r = dkimResultOf(probe([key({ key: { type: 'rsa', bits: 2048, format: 'spki' } }, record)]));
    expect(r.findings).toEqual([
      expect.objectContaining({
        messageId: 'dkim-key.syntax',
        data: { domain: 'example.test', selector: 's1', tag: 'junk' },
        evidence: [{ field: 'dns', name: 's1._domainkey.example.test', record, start: 16, end: 20 }],
      }),
      expect.objectContaining({ messageId: 'dkim-key.sha1Only' }),
      expect.objectContaining({
        messageId: 'dkim-key.testing',
        data: { domain: 'example.test', selector: 's1' },
        fix: { messageId: 'dkim-key.dropTesting', data: { domain: 'example.test', selector: 's1' } },
      }),
    ]);
    const h = (hashes: string) =>
      ids(probe([key({ key: { type: 'ed25519', bytes: 32 } }, `${hashes}p=AAAA`)]));
    expect(h('h=sha1:sha256; ')).toEqual([]);
    expect(h('h=; ')).toEqual([]);
    expect(h('')).toEqual([]);
  });

  it('no key found: the hint picks the message; failed selectors are named with the first reason', () => {
    const r = dkimResultOf(
      probe([], {
        hint: 'exists',
        errors: [
          { selector: 's1', reason: 'r1' },
          { selector: 's2', reason: 'r2' },
        ],
      }),
    );
    expect(r.status).toBe('unknown');
    expect(r.findings).toEqual([
      expect.objectContaining({
        messageId: 'dkim-selectors.dnsError',
        data: { domain: 'example.test', selectors: 's1, s2', reason: 'r1' },
        evidence: [
          { field: 'dns', name: 's1._domainkey.example.test', start: 0, end: 0 },
          { field: 'dns', name: 's2._domainkey.example.test', start: 0, end: 0 },
        ],
      }),
      expect.objectContaining({
        messageId: 'dkim-selectors.noneFoundHint',
        data: { domain: 'example.test', count: 2, selectors: 's1, s2' },
        evidence: [{ field: 'dns', name: '_domainkey.example.test', start: 0, end: 0 }],
        fix: {
          messageId: 'dkim-selectors.addSelector',
          data: { domain: 'example.test', count: 2, selectors: 's1, s2' },
        },
      }),
    ]);
    expect(ids(probe([], { hint: 'unknown' }))).toEqual(['dkim-selectors.noneFound']);
    expect(dkimResultOf(probe([], { hint: 'unknown' })).status).toBe('unknown');
  });

  it('lists the records by selector', () => {
    const r = dkimResultOf(probe([key({ key: { type: 'ed25519', bytes: 32 } })]));
    expect(r.records).toEqual(['s1: v=DKIM1; p=AAAA']);
    expect(r.status).toBe('pass');
  });
});

describe('DKIM: what the second mutation pass found untested', () => {
  it('a record that only mentions v=DKIM1 after another tag, without p=, is not a key', () => {
    expect(looksLikeDkimKey('k=rsa; v=DKIM1')).toBe(false);
    expect(looksLikeDkimKey('k=rsa; v=DKIM1; p=AAAA')).toBe(true);
  });

  it('t= is a colon-separated list of flags', () => {
    expect(parseDkimKey('v=DKIM1; t=s:y; p=AAAA').testing).toBe(true);
    expect(parseDkimKey('v=DKIM1; t=s; p=AAAA').testing).toBe(false);
  });

  it('base64: short padding is completed, whitespace inside is refused', () => {
    expect([...base64ToBytes('AQIDBA=')!]).toEqual([1, 2, 3, 4]);
    expect(base64ToBytes('AQI DBAU')).toBeUndefined(); // atob alone would skip the space
    expect(base64ToBytes(' AQID')).toBeUndefined();
    expect(base64ToBytes('AQID\n')).toBeUndefined();
  });

  it('DER: a TLV of length zero that ends the buffer is read, in short and long form', () => {
    expect(rsaBitsFromDer(bytes(seq(int([0x85]), [0x02, 0x00])))).toEqual({ bits: 8, format: 'pkcs1' });
    expect(rsaBitsFromDer(bytes(seq(int([0x85]), [0x02, 0x81, 0x00])))).toEqual({
      bits: 8,
      format: 'pkcs1',
    });
  });

  it('DER: a tag without its length, or a long length cut short, at the end is refused', () => {
    expect(rsaBitsFromDer(bytes(seq(int([0x85]), [0x02])))).toBeUndefined();
    expect(rsaBitsFromDer(bytes(seq(int([0x85]), [0x02, 0x82, 0x01])))).toBeUndefined();
  });

  it('DER: an integer of zero bytes only has no bits; the top non-zero byte counts', () => {
    expect(rsaBitsFromDer(bytes(seq(int([0, 0, 0]), int([3]))))).toEqual({ bits: 0, format: 'pkcs1' });
    expect(rsaBitsFromDer(bytes(seq(int([0x01, 0]), int([3]))))).toEqual({ bits: 9, format: 'pkcs1' });
    expect(rsaBitsFromDer(bytes(seq(int([0, 0x01, 0]), int([3]))))).toEqual({ bits: 9, format: 'pkcs1' });
  });

  it('SPKI: the outer part and the key inside the BIT STRING must be SEQUENCEs', () => {
    const set = (...parts: number[][]) => tlv(0x31, parts.flat());
    expect(
      rsaBitsFromDer(bytes(tlv(0x31, [...seq(rsaOid, [0x05, 0x00]), ...tlv(0x03, [0, ...pkcs1(8)])]))),
    ).toBe(undefined);
    expect(rsaBitsFromDer(bytes(spki(set(int([0x85]), int([3])))))).toBeUndefined();
  });

  it('SPKI: a BIT STRING too short for the key is refused even when bytes follow it', () => {
    // Bytes after the BIT STRING do not stand in for its content.
    const empty = seq(seq(rsaOid), tlv(0x03, [0]));
    expect(rsaBitsFromDer(bytes([...empty, ...pkcs1(8)]))).toBeUndefined();
    expect(rsaBitsFromDer(bytes(seq(seq(rsaOid), tlv(0x03, []), ...[pkcs1(8)])))).toBeUndefined();
    // Two bytes: the RSAPublicKey would run past the BIT STRING (it was read before round 2's fix).
    const two = [0x30, 2 + rsaOid.length + 4, ...seq(rsaOid), 0x03, 0x02, 0x00, ...pkcs1(8)];
    expect(rsaBitsFromDer(bytes(two))).toBeUndefined();
  });

  it('a key whose strength was not read is not judged, but its flags still are', () => {
    expect(ids(probe([key({}, 'v=DKIM1; t=y; h=sha1; p=AAAA')]))).toEqual([
      'dkim-key.sha1Only',
      'dkim-key.testing',
    ]);
  });

  it('keys found but none usable: a revoked and an invalid key fail; two revoked keys warn', () => {
    const revoked = key({}, 'v=DKIM1; p=');
    const invalid = key({ selector: 's2', name: 's2._domainkey.example.test' }, 'v=DKIM1');
    expect(dkimResultOf(probe([revoked, invalid])).status).toBe('fail');
    expect(dkimResultOf(probe([revoked, { ...revoked, selector: 's2' }])).status).toBe('warn');
  });
});

describe('DKIM: survivors of the whole-module run (round 2)', () => {
  const alg = seq(rsaOid, [0x05, 0x00]);
  const key = tlv(0x03, [0x00, ...pkcs1(16)]);

  it('regression: SPKI parts outside their SEQUENCE or BIT STRING are refused, not read', async () => {
    // Outer SEQUENCE of length 0 with the SPKI content after it (read as a 128-bit key before the fix).
    const emptyOuter = [0x30, 0x00, ...alg, ...key];
    expect(rsaBitsFromDer(bytes(emptyOuter))).toBeUndefined();
    // The BIT STRING after the end of the outer SEQUENCE.
    expect(rsaBitsFromDer(bytes([0x30, alg.length, ...alg, ...key]))).toBeUndefined();
    // The RSAPublicKey running past its two-byte BIT STRING (the outer SEQUENCE covers it all).
    expect(rsaBitsFromDer(bytes(seq(alg, [0x03, 0x02, 0x00, ...pkcs1(16)])))).toBeUndefined();
    // The well-formed key of the same parts is read.
    expect(rsaBitsFromDer(bytes(seq(alg, key)))).toEqual({ bits: 128, format: 'spki' });
    expect(await keyInfo(b64(emptyOuter), 'rsa')).toEqual({
      type: 'invalid',
      reason: 'not an RSA public key',
    });
  });

  it('an indefinite length (0x80) is not DER: the modulus is refused, not read as empty', () => {
    expect(rsaBitsFromDer(bytes([0x30, 0x05, 0x02, 0x80, ...int([3])]))).toBeUndefined();
    expect(rsaBitsFromDer(bytes([0x30, 0x05, 0x02, 0x00, ...int([3])]))).toEqual({
      bits: 0,
      format: 'pkcs1',
    });
  });

  it('t= flags are whole words separated by colons: "yes" is not "y"', () => {
    expect(parseDkimKey('v=DKIM1; t=yes; p=AAAA').testing).toBe(false);
    expect(parseDkimKey('v=DKIM1; t=sy; p=AAAA').testing).toBe(false);
  });
});
