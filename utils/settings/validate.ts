/**
 * Field-by-field validation of settings that come from outside the options form: an imported file, a
 * managed policy, storage edited by hand. Pure (no browser API), so the importer, the policy merge and
 * their fuzz tests share it. Errors carry a message key of the extension's _locales (options.json
 * strings) and the field's name, so the options page can say exactly what is wrong, in the user's
 * language.
 */
import type { PhraseFault } from '../analysis/phrases/matcher';
import { phraseProblem } from '../analysis/phrases/matcher';
import type { GateLevel } from '../types';

export const GATE_LEVELS: readonly GateLevel[] = ['notice', 'warning', 'danger', 'off'];
export const RESOLVER_CHOICES = ['cloudflare', 'google', 'quad9', 'custom'] as const;

/** Bounds that keep a settings object small and the engine well-behaved. */
export const LIMITS = {
  timeoutMin: 500,
  timeoutMax: 30_000,
  ruleWeightMax: 10,
  phraseWeightMax: 3,
  phraseLength: 200,
  listItems: 500,
  urlLength: 2048,
} as const;

export interface FieldError {
  /** The settings field (or `field.index`) that is wrong. */
  field: string;
  /** _locales message key for the reason. */
  key: string;
  /** Text for the message's placeholder (the character of a phrase the matcher cannot read). */
  detail?: string;
}

/** Message keys (options_…) of the reasons the phrase matcher cannot use a phrase. */
export const PHRASE_FAULT_KEYS: Readonly<Record<PhraseFault, string>> = {
  length: 'errPhraseLength',
  start: 'errPhraseStart',
  end: 'errPhraseEnd',
  wildcard: 'errPhraseWildcard',
  char: 'errPhraseChar',
};

/**
 * Why the phrase matcher could never match this phrase (its key and, for a character it cannot read,
 * that character), or null when it can. The rules are the matcher's own (phraseProblem), not restated.
 */
export function unusablePhrase(phrase: string): { key: string; detail?: string } | null {
  const p = phraseProblem(phrase);
  if (!p) return null;
  return p.char === undefined
    ? { key: PHRASE_FAULT_KEYS[p.fault] }
    : { key: PHRASE_FAULT_KEYS[p.fault], detail: p.char };
}

const DOMAIN_RE = /^(?=.{1,253}$)(?:[a-z0-9_](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$/;
const SELECTOR_RE = /^[a-z0-9_](?:[a-z0-9._-]{0,62})$/i;
const LANG_RE = /^[a-z]{2}$/;

/** Lower-cased domain (a leading `@` or `*.` is dropped, as users type them) or null when not one. */
export function cleanDomain(input: string): string | null {
  const d = input
    .trim()
    .toLowerCase()
    .replace(/^\*?\.|^@/, '')
    .replace(/\.$/, '');
  return DOMAIN_RE.test(d) ? d : null;
}

export function isDkimSelector(s: string): boolean {
  return SELECTOR_RE.test(s);
}

export function isLanguageCode(s: string): boolean {
  return LANG_RE.test(s);
}

/** An https URL without credentials (RFC 8484 endpoints are HTTPS by definition). */
export function isResolverUrl(s: string): boolean {
  if (s.length > LIMITS.urlLength) return false;
  try {
    const u = new URL(s);
    return u.protocol === 'https:' && !u.username && !u.password && u.hostname.length > 0;
  } catch {
    return false;
  }
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const finiteIn = (v: unknown, min: number, max: number): v is number =>
  typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max;

/**
 * Checks one field's value strictly (no silent repair) and returns the errors found. Unknown fields
 * are not checked here; the caller decides (the importer reports them, the policy ignores them).
 */
export function validateField(field: string, v: unknown): FieldError[] {
  const err = (key: string, at = field): FieldError[] => [{ field: at, key }];
  const list = <T>(check: (x: unknown, i: number) => FieldError[]): FieldError[] => {
    if (!Array.isArray(v)) return err('errNotList');
    if (v.length > LIMITS.listItems) return err('errTooMany');
    // One pass over a bounded array: every iteration advances i.
    for (let i = 0; i < v.length; i++) {
      const e = check(v[i] as T, i);
      if (e.length) return e;
    }
    return [];
  };
  switch (field) {
    case 'gateLevel':
      return GATE_LEVELS.includes(v as GateLevel) ? [] : err('errGateLevel');
    case 'resolver':
      return (RESOLVER_CHOICES as readonly unknown[]).includes(v) ? [] : err('errResolver');
    case 'customResolverUrl':
      return typeof v === 'string' && (v === '' || isResolverUrl(v)) ? [] : err('errResolverUrl');
    case 'resolverFallback':
    case 'blocklists':
      return typeof v === 'boolean' ? [] : err('errBoolean');
    case 'dnsTimeoutMs':
      return finiteIn(v, LIMITS.timeoutMin, LIMITS.timeoutMax) ? [] : err('errTimeout');
    case 'dkimSelectors':
      return list((x, i) =>
        typeof x === 'string' && isDkimSelector(x) ? [] : err('errSelector', `${field}.${i}`),
      );
    case 'phraseLanguages':
      return list((x, i) =>
        typeof x === 'string' && isLanguageCode(x) ? [] : err('errLanguage', `${field}.${i}`),
      );
    case 'allowlistDomains':
      return list((x, i) =>
        typeof x === 'string' && cleanDomain(x) ? [] : err('errDomain', `${field}.${i}`),
      );
    case 'customPhrases': {
      const shape = list((x, i) =>
        isObject(x) &&
        typeof x.phrase === 'string' &&
        x.phrase.trim().length > 0 &&
        x.phrase.length <= LIMITS.phraseLength &&
        finiteIn(x.weight, 0, LIMITS.phraseWeightMax)
          ? []
          : err('errPhrase', `${field}.${i}`),
      );
      if (shape.length) return shape;
      // A second pass once every item has the right shape, so an error from it is only ever "the
      // matcher cannot use this phrase" (normalizeUserSettings keeps such phrases: the page marks them).
      return list((x, i) => {
        const bad = unusablePhrase((x as { phrase: string }).phrase);
        return bad ? [{ field: `${field}.${i}`, ...bad }] : [];
      });
    }
    case 'rules': {
      if (!isObject(v)) return err('errRules');
      const entries = Object.entries(v);
      if (entries.length > LIMITS.listItems) return err('errTooMany');
      for (const [id, r] of entries) {
        const ok =
          isObject(r) &&
          Object.keys(r).every((k) => k === 'enabled' || k === 'weight') &&
          (r.enabled === undefined || typeof r.enabled === 'boolean') &&
          (r.weight === undefined || finiteIn(r.weight, 0, LIMITS.ruleWeightMax));
        if (!ok) return err('errRule', `${field}.${id}`);
      }
      return [];
    }
    default:
      return err('errUnknownField');
  }
}
