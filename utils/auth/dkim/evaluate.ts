/**
 * DKIM key discovery: selectors cannot be listed through DNS, so the user's configured selectors and
 * the common providers' selectors are probed in parallel, with `_domainkey.<domain>` asked beside them
 * (NOERROR there, rather than NXDOMAIN, hints that keys exist under other selectors).
 */
import { normalizeName } from '../../dns/names';
import type { Resolver } from '../../dns/types';
import { describeAnswer, isFailure, joinedTexts } from '../../dns/types';
import type { KeyInfo } from './key';
import { keyInfo } from './key';
import type { ParsedDkimKey } from './parse';
import { looksLikeDkimKey, parseDkimKey } from './parse';

/** Common selectors by provider (see /work/shared/reference/email-auth.md). */
export const COMMON_SELECTORS: readonly string[] = [
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
];

const SELECTOR = /^[a-z0-9_-]+(\.[a-z0-9_-]+)*$/i;

export interface DkimKeyFound {
  selector: string;
  name: string;
  record: string;
  parsed: ParsedDkimKey;
  key?: KeyInfo;
}

export interface DkimProbe {
  domain: string;
  /** Selectors tried, in order (user's first). */
  selectors: string[];
  keys: DkimKeyFound[];
  /** Selectors whose query failed, with why. */
  errors: Array<{ selector: string; reason: string }>;
  /** `_domainkey.<domain>`: 'exists' (NOERROR/NODATA), 'nxdomain', or 'unknown'. */
  hint: 'exists' | 'nxdomain' | 'unknown';
}

export interface DkimOptions {
  resolver: Resolver;
  /** The user's selectors (settings.dkimSelectors), tried first. */
  selectors?: readonly string[];
}

// Stryker disable next-line ArrayDeclaration: a default of ["Stryker was here"] is dropped as a bad selector (it has spaces), the same as none
export function selectorsToTry(user: readonly string[] = []): string[] {
  const out: string[] = [];
  for (const s of [...user, ...COMMON_SELECTORS]) {
    const x = s.trim().toLowerCase();
    if (x && SELECTOR.test(x) && x.length <= 63 && !out.includes(x)) out.push(x);
  }
  return out;
}

export async function probeDkim(input: string, opts: DkimOptions): Promise<DkimProbe> {
  const domain = normalizeName(input);
  const selectors = selectorsToTry(opts.selectors);
  const [hint, answers] = await Promise.all([
    opts.resolver(`_domainkey.${domain}`, 'TXT'),
    Promise.all(
      selectors.map(async (selector) => ({
        selector,
        answer: await opts.resolver(`${selector}._domainkey.${domain}`, 'TXT'),
      })),
    ),
  ]);
  const keys: DkimKeyFound[] = [];
  const errors: DkimProbe['errors'] = [];
  for (const { selector, answer } of answers) {
    if (isFailure(answer)) {
      errors.push({ selector, reason: describeAnswer(answer) });
      continue;
    }
    const name = `${selector}._domainkey.${domain}`;
    for (const record of joinedTexts(answer).filter(looksLikeDkimKey))
      keys.push({ selector, name, record, parsed: parseDkimKey(record) });
  }
  await Promise.all(
    keys.map(async (k) => {
      if (k.parsed.publicKey && !k.parsed.revoked)
        k.key = await keyInfo(k.parsed.publicKey, k.parsed.keyType);
    }),
  );
  return {
    domain,
    selectors,
    keys,
    errors,
    hint: !hint || isFailure(hint) ? 'unknown' : hint.status === 'NXDOMAIN' ? 'nxdomain' : 'exists',
  };
}
