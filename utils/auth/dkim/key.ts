/**
 * What a DKIM public key is: RSA with how many bits, or Ed25519. RSA keys are published as a
 * SubjectPublicKeyInfo (RFC 6376 §3.6.1) and sometimes, wrongly but commonly accepted, as a bare
 * PKCS#1 RSAPublicKey. WebCrypto reads the first; for the second (or where importKey is missing) the
 * modulus length is read from the DER here — a few lines of ASN.1 reading rather than a library, as
 * only the length of one INTEGER is needed.
 */

export type KeyInfo =
  | { type: 'rsa'; bits: number; format: 'spki' | 'pkcs1' }
  | { type: 'ed25519'; bytes: number }
  | { type: 'unknown'; keyType: string }
  | { type: 'invalid'; reason: string };

export function base64ToBytes(b64: string): Uint8Array | undefined {
  // atob would also skip whitespace inside the text; a key (p= without its whitespace) must be base64 throughout.
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(b64)) return undefined;
  try {
    const bin = atob(b64.padEnd(Math.ceil(b64.length / 4) * 4, '='));
    return Uint8Array.from(bin, (c) => c.charCodeAt(0));
  } catch {
    // Not base64 once padded, such as 4k+1 characters (three '=' of padding): atob refuses it.
  }
  return undefined;
}

interface Der {
  tag: number;
  /** Offset of the content and its length. */
  start: number;
  length: number;
  end: number;
}

/** One TLV at `pos`, or undefined when it does not fit in the buffer. */
function readDer(buf: Uint8Array, pos: number): Der | undefined {
  if (pos + 2 > buf.length) return undefined;
  const tag = buf[pos] as number;
  let len = buf[pos + 1] as number;
  let start = pos + 2;
  if (len & 0x80) {
    const n = len & 0x7f;
    if (n === 0 || n > 4 || start + n > buf.length) return undefined;
    len = 0;
    for (let i = 0; i < n; i++) len = len * 256 + (buf[start + i] as number);
    start += n;
  }
  const end = start + len;
  if (end > buf.length) return undefined;
  return { tag, start, length: len, end };
}

/** Bits of a DER INTEGER's value (leading zero bytes dropped). */
function integerBits(buf: Uint8Array, int: Der): number {
  const value = buf.subarray(int.start, int.end);
  const i = value.findIndex((b) => b !== 0);
  if (i < 0) return 0;
  return (value.length - i - 1) * 8 + (32 - Math.clz32(value[i] as number));
}

/** RSAPublicKey ::= SEQUENCE { modulus INTEGER, publicExponent INTEGER } at `pos`, ending by `limit`. */
function pkcs1Bits(buf: Uint8Array, pos: number, limit: number): number | undefined {
  const seq = readDer(buf, pos);
  if (!seq || seq.tag !== 0x30 || seq.end > limit) return undefined;
  const mod = readDer(buf, seq.start);
  if (!mod || mod.tag !== 0x02) return undefined;
  const exp = readDer(buf, mod.end);
  if (!exp || exp.tag !== 0x02 || exp.end > seq.end) return undefined;
  return integerBits(buf, mod);
}

/** Modulus length from DER: SubjectPublicKeyInfo (its BIT STRING holds PKCS#1) or PKCS#1 itself. */
export function rsaBitsFromDer(der: Uint8Array): { bits: number; format: 'spki' | 'pkcs1' } | undefined {
  const seq = readDer(der, 0);
  if (!seq || seq.tag !== 0x30) return undefined;
  const first = readDer(der, seq.start);
  if (!first) return undefined;
  if (first.tag === 0x30) {
    // AlgorithmIdentifier, then BIT STRING { unused-bits byte, RSAPublicKey }
    const bits = readDer(der, first.end);
    // Both parts lie inside the outer SEQUENCE, and the key inside the BIT STRING (so a BIT STRING
    // too short to hold one is refused by pkcs1Bits' limit).
    if (!bits || bits.tag !== 0x03 || bits.end > seq.end) return undefined;
    const n = pkcs1Bits(der, bits.start + 1, bits.end);
    return n === undefined ? undefined : { bits: n, format: 'spki' };
  }
  const n = pkcs1Bits(der, 0, der.length);
  return n === undefined ? undefined : { bits: n, format: 'pkcs1' };
}

type SubtleLike = Pick<SubtleCrypto, 'importKey'>;

function defaultSubtle(): SubtleLike | undefined {
  return (globalThis as { crypto?: { subtle?: SubtleLike } }).crypto?.subtle;
}

/** Reads the key of a DKIM record (p= base64, k= type). Never throws. */
export async function keyInfo(
  publicKey: string,
  keyType: string,
  subtle: SubtleLike | undefined = defaultSubtle(),
): Promise<KeyInfo> {
  const der = base64ToBytes(publicKey);
  if (!der) return { type: 'invalid', reason: 'not base64' };
  if (keyType === 'ed25519') return { type: 'ed25519', bytes: der.length };
  if (keyType !== 'rsa') return { type: 'unknown', keyType };
  // Stryker disable next-line ConditionalExpression: without WebCrypto the call below throws inside the try and lands in the same DER fallback
  if (subtle) {
    try {
      const key = await subtle.importKey(
        'spki',
        der as unknown as ArrayBuffer,
        { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' },
        true,
        ['verify'],
      );
      const bits = (key.algorithm as { modulusLength?: number }).modulusLength;
      if (typeof bits === 'number') return { type: 'rsa', bits, format: 'spki' };
    } catch {
      // Not an SPKI WebCrypto accepts (PKCS#1, odd sizes): read the DER below.
    }
  }
  const r = rsaBitsFromDer(der);
  return r ? { type: 'rsa', ...r } : { type: 'invalid', reason: 'not an RSA public key' };
}
