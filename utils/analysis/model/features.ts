/**
 * What the learned layer reads from a draft, shared by training (scripts/model/train.ts) and inference
 * (./index.ts) so both see exactly the same features:
 *  - rule features: for each content rule, its findings' weights over the rule's default weight (so a
 *    weight set by the user still scales the rule, and 0 switches it off);
 *  - token features: the distinct folded words of the user's own text and of the subject ("s:" prefix),
 *    and the registrable part of link hosts ("d:" prefix). Binary: a word counts once.
 * Bounded: at most MAX_TEXT characters of text, MAX_TOKENS tokens and MAX_LINKS links are read.
 */
import type { Finding } from '../../types';
import type { Rule } from '../rule';
import type { DraftFacts } from '../facts';
import { fold } from '../text';
import { parseLinkTarget } from '../url';

export const MAX_TEXT = 20_000;
export const MAX_TOKENS = 3_000;
export const MAX_LINKS = 100;

/**
 * Rules about mistakes rather than filtering (size limits, blocked types, recipients, placeholders):
 * their weights add to the score as they are, outside the model.
 */
export const MISTAKE_RULES: ReadonlySet<string> = new Set([
  'attachment-blocked-type',
  'attachment-forgotten',
  'attachment-size',
  'recipient-address',
  'recipient-domain-typo',
  'recipients-many-visible',
  'subject-missing',
  'template-placeholders',
]);

/**
 * A rule's feature value grows only logarithmically past this, so one rule cannot outweigh everything
 * else, yet a heavier rule weight (a user setting) still raises the score.
 */
export const RULE_CAP = 3;
// Stryker disable next-line EqualityOperator: at x = RULE_CAP both branches give RULE_CAP
const soften = (x: number): number => (x <= RULE_CAP ? x : RULE_CAP + Math.log1p(x - RULE_CAP));

/**
 * A word character of folded text: ASCII letters and digits, and anything past U+00BF (letters of
 * other scripts) except general punctuation, spaces and symbols in U+2000–U+2BFF and U+3000–U+303F.
 * A code loop rather than /[\p{L}\p{N}]+/u, which costs several times more on long drafts.
 */
export function isWordCode(c: number): boolean {
  // Stryker disable next-line EqualityOperator: 0x80 is no word code on either side
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
  return (
    c >= 0xc0 && !(c >= 0x2000 && c <= 0x2bff) && !(c >= 0x3000 && c <= 0x303f) && c !== 0xfeff && c < 0xfff0
  );
}

/** Folded word tokens worth a feature: 2–24 characters, no digits. At most `limit` words are read. */
function addWords(out: Set<string>, s: string, prefix: string, limit: number): void {
  let n = 0;
  let i = 0;
  const len = s.length;
  // Ends at the end of `s` through the `i === start` break below.
  while (n < limit) {
    // Stryker disable next-line EqualityOperator: charCodeAt(len) is NaN, not a word code
    while (i < len && !isWordCode(s.charCodeAt(i))) i++;
    const start = i;
    let digit = false;
    // Stryker disable next-line EqualityOperator: charCodeAt(len) is NaN, not a word code
    while (i < len) {
      const c = s.charCodeAt(i);
      if (!isWordCode(c)) break;
      // The word codes up to '9' are the digits.
      if (c <= 0x39) digit = true;
      i++;
    }
    if (i === start) break;
    n++;
    const w = i - start;
    if (w >= 2 && w <= 24 && !digit) out.add(prefix + s.slice(start, i));
  }
}

const foldedCache = new WeakMap<DraftFacts, { subject: string; text: string }>();

/** The folded, bounded subject and own text that tokens (and the word finding's evidence) come from. */
export function foldedFields(facts: DraftFacts): { subject: string; text: string } {
  let f = foldedCache.get(facts);
  if (!f) {
    const d = facts.draft;
    f = {
      // Stryker disable next-line MethodExpression: normalizeDraft already caps the subject at 10,000
      subject: fold(d.subject.slice(0, MAX_TEXT)),
      text: fold(d.text.slice(0, Math.min(facts.ownTextEnd, MAX_TEXT))),
    };
    foldedCache.set(facts, f);
  }
  return f;
}

/** Last two labels of a host ("mail.example.com" → "example.com"); enough to tell senders apart. */
export function hostKey(host: string): string {
  return host.split('.').slice(-2).join('.');
}

/** The distinct token features of a draft. */
export function draftTokens(facts: DraftFacts): Set<string> {
  const out = new Set<string>();
  const d = facts.draft;
  const folded = foldedFields(facts);
  addWords(out, folded.subject, 's:', 60);
  addWords(out, folded.text, '', MAX_TOKENS);
  // Stryker disable next-line ConditionalExpression: a draft without HTML has no links
  if (d.html) {
    const links = facts.html.links;
    for (let i = 0; i < links.length && i < MAX_LINKS; i++) {
      const host = parseLinkTarget(links[i]!.href)?.host;
      if (host && /[a-z]/.test(host)) out.add(`d:${hostKey(host)}`);
    }
  }
  return out;
}

/**
 * Findings of promotional wording (phrase categories that legitimate newsletters use too): the model
 * does not read them, since the corpus's ham has next to no newsletters; they add their rule weight
 * as it is, which the phrase rules keep below 'warning' on their own.
 */
const SOFT_MESSAGE = /\.(?:urgency|callToAction|marketing|bulk)$/;
export const isSoftFinding = (f: Finding): boolean => SOFT_MESSAGE.test(f.messageId);

/** Rule id → feature value, for the rules the model reads. */
export function ruleFeatures(rules: readonly Rule[], findings: readonly Finding[]): Map<string, number> {
  const defaults = new Map(rules.map((r) => [r.meta.id, r.meta.defaultWeight]));
  const out = new Map<string, number>();
  for (const f of findings) {
    if (MISTAKE_RULES.has(f.ruleId) || isSoftFinding(f)) continue;
    const dw = defaults.get(f.ruleId);
    if (!dw) continue;
    out.set(f.ruleId, (out.get(f.ruleId) ?? 0) + f.weight / dw);
  }
  for (const [k, v] of out) out.set(k, soften(v));
  return out;
}
