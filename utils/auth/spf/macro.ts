/**
 * SPF macros (RFC 7208 §7). Tokenizing is pure and reports every problem with its position;
 * expansion takes the values of one check_host() call. The only error thrown is MacroError.
 */
import type { IpAddress } from '../../dns/ip';
import { addressParts, formatIp } from '../../dns/ip';

/**
 * Where a macro-string appears decides which letters are allowed (RFC 7208 §7.1): c, r and t only in
 * explanation text; explanation text also allows spaces. Unknown modifiers take any letter.
 */
export type MacroMode = 'domain' | 'explanation' | 'modifier';

export type MacroLetter = 's' | 'l' | 'o' | 'd' | 'i' | 'p' | 'v' | 'h' | 'c' | 'r' | 't';
const DOMAIN_LETTERS = 'slodipvh';
const ALL_LETTERS = 'slodipvhcrt';

export interface MacroLiteral {
  kind: 'literal';
  /** The text it stands for ("%%" → "%", "%_" → " ", "%-" → "%20"). */
  text: string;
  /** True for the %%, %_ and %- escapes, which the grammar counts as macro-expand. */
  escape: boolean;
  start: number;
  end: number;
}

export interface MacroExpand {
  kind: 'macro';
  letter: MacroLetter;
  /** Upper-case letter: the value is URL-escaped after expansion (RFC 7208 §7.3). */
  upper: boolean;
  /** Keep this many right-hand parts. */
  digits?: number;
  reverse: boolean;
  /** Split characters; '.' when none are given. */
  delimiters: string;
  start: number;
  end: number;
}

export type MacroToken = MacroLiteral | MacroExpand;

export type MacroIssueCode =
  | 'bad-escape'
  | 'unclosed'
  | 'unknown-letter'
  | 'letter-not-allowed'
  | 'zero-digits'
  | 'bad-transformer'
  | 'bad-char';

export interface MacroIssue {
  code: MacroIssueCode;
  /** Offsets into the macro-string. */
  start: number;
  end: number;
  message: string;
}

export class MacroError extends Error {
  override name = 'MacroError';
  constructor(
    readonly code: MacroIssueCode | 'needs-ip',
    message: string,
    readonly start = 0,
    readonly end = 0,
  ) {
    super(message);
  }
}

/** For any character but '%' (the tokenizer handles '%' before asking). */
const isLiteralChar = (code: number, mode: MacroMode): boolean =>
  (code >= 0x21 && code <= 0x7e) || (mode === 'explanation' && code === 0x20);

/** Splits a macro-string into tokens, collecting every syntax problem instead of stopping at the first. */
export function tokenizeMacroString(
  s: string,
  mode: MacroMode,
): { tokens: MacroToken[]; issues: MacroIssue[] } {
  const tokens: MacroToken[] = [];
  const issues: MacroIssue[] = [];
  const allowed = mode === 'domain' ? DOMAIN_LETTERS : ALL_LETTERS;
  let literal = '';
  let litStart = 0;
  const flush = (at: number) => {
    if (literal) tokens.push({ kind: 'literal', text: literal, escape: false, start: litStart, end: at });
    literal = '';
  };
  let i = 0;
  while (i < s.length) {
    const code = s.charCodeAt(i);
    if (code !== 0x25) {
      if (!literal) litStart = i;
      if (!isLiteralChar(code, mode)) {
        issues.push({
          code: 'bad-char',
          start: i,
          end: i + 1,
          message: `character U+${code.toString(16).padStart(4, '0').toUpperCase()} is not allowed here`,
        });
      }
      literal += s[i];
      i++;
      continue;
    }
    flush(i);
    const next = s[i + 1];
    if (next === '%' || next === '_' || next === '-') {
      tokens.push({
        kind: 'literal',
        text: next === '%' ? '%' : next === '_' ? ' ' : '%20',
        escape: true,
        start: i,
        end: i + 2,
      });
      i += 2;
      continue;
    }
    if (next !== '{') {
      // RFC 7208 §7.1: "A '%' character not followed by a '{', '%', '-', or '_' character is a syntax error."
      issues.push({
        code: 'bad-escape',
        start: i,
        end: Math.min(i + 2, s.length),
        message: `"%" must be followed by "{", "%", "_" or "-"`,
      });
      // Stryker disable next-line ConditionalExpression: equivalent, at the end of the string both steps end the loop
      i += next === undefined ? 1 : 2;
      continue;
    }
    const close = s.indexOf('}', i + 2);
    // Stryker disable next-line EqualityOperator: a found "}" is at i + 2 or later, never at 0.
    if (close < 0) {
      issues.push({
        code: 'unclosed',
        start: i,
        end: s.length,
        message: 'macro "%{" is not closed with "}"',
      });
      break;
    }
    const body = s.slice(i + 2, close);
    const m = /^([A-Za-z])([0-9]*)(r?)([.\-+,/_=]*)$/i.exec(body);
    const start = i;
    const end = close + 1;
    i = end;
    if (!m) {
      // Stryker disable next-line StringLiteral: equivalent, an empty body is an unknown letter whatever stands in for it
      const letter = body[0] ?? '';
      const code: MacroIssueCode =
        // Stryker disable next-line Regex: equivalent, `letter` is one character
        /^[A-Za-z]/.test(letter) && ALL_LETTERS.includes(letter.toLowerCase())
          ? 'bad-transformer'
          : 'unknown-letter';
      issues.push({
        code,
        start,
        end,
        message:
          code === 'bad-transformer'
            ? `bad transformer in "%{${body}}"`
            : `unknown macro letter in "%{${body}}"`,
      });
      continue;
    }
    // Stryker disable next-line StringLiteral: equivalent, every group takes part in the match (the defaults are for the type)
    const [, rawLetter = '', digitText = '', r = '', delimiters = ''] = m;
    const letter = rawLetter.toLowerCase();
    if (!ALL_LETTERS.includes(letter)) {
      issues.push({ code: 'unknown-letter', start, end, message: `unknown macro letter "${rawLetter}"` });
      continue;
    }
    if (!allowed.includes(letter)) {
      issues.push({
        code: 'letter-not-allowed',
        start,
        end,
        message: `macro "%{${rawLetter}}" is only allowed in explanation text`,
      });
      continue;
    }
    if (digitText && Number(digitText) === 0) {
      issues.push({
        code: 'zero-digits',
        start,
        end,
        message: 'the number of parts to keep must not be zero',
      });
      continue;
    }
    tokens.push({
      kind: 'macro',
      letter: letter as MacroLetter,
      upper: rawLetter !== letter,
      ...(digitText ? { digits: Math.min(Number(digitText), 255) } : {}),
      reverse: r.toLowerCase() === 'r',
      delimiters: delimiters || '.',
      start,
      end,
    });
  }
  flush(s.length);
  return { tokens, issues };
}

/** The values one check_host() call gives the macros (RFC 7208 §7.2). */
export interface MacroContext {
  /** s: the sender, "local-part@domain" (with "postmaster" for an empty local part). */
  sender: string;
  /** l */
  localPart: string;
  /** o */
  senderDomain: string;
  /** d: the current domain. */
  domain: string;
  /** i, c, v; absent in a posture check, where macros that need it cannot be expanded. */
  ip?: IpAddress;
  /** h */
  helo: string;
  /** r: defaults to "unknown" (RFC 7208 §7.2). */
  receiver?: string;
  /** t: epoch milliseconds now. */
  now?: () => number;
  /** p: the validated domain name of the client, computed only when a macro asks (RFC 7208 §7.3). */
  validatedDomain?: () => Promise<string>;
}

async function letterValue(letter: MacroLetter, ctx: MacroContext, token: MacroExpand): Promise<string> {
  const needIp = (): IpAddress => {
    if (!ctx.ip)
      throw new MacroError(
        'needs-ip',
        `macro %{${letter}} needs the client's IP address`,
        token.start,
        token.end,
      );
    return ctx.ip;
  };
  switch (letter) {
    case 's':
      return ctx.sender;
    case 'l':
      return ctx.localPart;
    case 'o':
      return ctx.senderDomain;
    case 'd':
      return ctx.domain;
    case 'h':
      return ctx.helo;
    case 'i':
      return addressParts(needIp()).join('.');
    case 'c':
      return formatIp(needIp());
    case 'v':
      return needIp().version === 4 ? 'in-addr' : 'ip6';
    case 'p':
      needIp();
      return ctx.validatedDomain ? ctx.validatedDomain() : 'unknown';
    case 'r':
      return ctx.receiver || 'unknown';
    case 't':
      return String(Math.floor((ctx.now ?? Date.now)() / 1000));
  }
}

/** RFC 3986 §2.3 unreserved characters stay; everything else is percent-encoded (RFC 7208 §7.3). */
export function urlEscape(s: string): string {
  let out = '';
  for (const byte of new TextEncoder().encode(s)) {
    const c = String.fromCharCode(byte);
    out += /[A-Za-z0-9\-._~]/.test(c) ? c : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

function transform(value: string, token: MacroExpand): string {
  const splitter = new RegExp(`[${token.delimiters.replace(/[\]\\^-]/g, '\\$&')}]`);
  let parts = value.split(splitter);
  if (token.reverse) parts = parts.reverse();
  // Keep the rightmost `digits` parts (all of them when there are fewer, or no digits).
  parts = parts.slice(-(token.digits ?? parts.length));
  return parts.join('.');
}

/** Expands tokens; throws MacroError('needs-ip') when a macro needs an IP the context lacks. */
export async function expandTokens(tokens: MacroToken[], ctx: MacroContext): Promise<string> {
  let out = '';
  for (const token of tokens) {
    if (token.kind === 'literal') {
      out += token.text;
      continue;
    }
    const value = transform(await letterValue(token.letter, ctx, token), token);
    out += token.upper ? urlEscape(value) : value;
  }
  return out;
}

/** Tokenizes and expands; throws MacroError for the first syntax problem. */
export async function expandMacroString(s: string, mode: MacroMode, ctx: MacroContext): Promise<string> {
  const { tokens, issues } = tokenizeMacroString(s, mode);
  const first = issues[0];
  if (first) throw new MacroError(first.code, first.message, first.start, first.end);
  return expandTokens(tokens, ctx);
}

/**
 * An expanded domain-spec as a query name: a trailing dot dropped (test trailing-dot-domain), and
 * when longer than 253 characters, labels removed from the left until it fits (RFC 7208 §4.8).
 */
export function toTargetName(expanded: string): string {
  let name = expanded.endsWith('.') ? expanded.slice(0, -1) : expanded;
  while (name.length > 253) {
    const dot = name.indexOf('.');
    if (dot < 0) break;
    name = name.slice(dot + 1);
  }
  return name;
}
