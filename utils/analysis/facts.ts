/**
 * Derived facts about one draft, computed on first use and shared by all rules: where quoted history
 * starts, the word scan (phrase hits and letter statistics), the HTML scan, URLs in text. A disabled
 * rule costs nothing, and no rule repeats another's pass over the text.
 */
import type { Evidence } from '../types';
import type { NormalizedDraft } from './rule';
import type { AnalysisSettings, CustomPhrase } from './settings';
import { quotedHistoryStart } from './text';
import { mapToHtml, scanHtml, type HtmlScan } from './html';
import {
  builtinMatcher,
  hasSignal,
  PhraseMatcher,
  type BuiltinCategory,
  type PhraseHit,
  type SignalKind,
  type SpamCategory,
  type WordScan,
} from './phrases';
import { SHORTENERS } from './data/links';
import { unlimitedBudget, type WorkBudget } from './budget';
import { checkAddress, splitAddresses, type AddressCheck } from './address';

export type TextField = 'subject' | 'text';

export interface TextUrl {
  url: string;
  start: number;
  end: number;
}

const customCache = new Map<string, PhraseMatcher<'custom'>>();

/** Custom phrases change rarely; keep a few compiled matchers instead of compiling per call. */
function customMatcher(phrases: readonly CustomPhrase[]): PhraseMatcher<'custom'> | null {
  const clean = phrases
    .filter(
      (p) =>
        p &&
        typeof p.phrase === 'string' &&
        typeof p.weight === 'number' &&
        Number.isFinite(p.weight) &&
        p.weight > 0,
    )
    .slice(0, 1000)
    .map((p) => ({
      phrase: p.phrase.slice(0, 200),
      weight: Math.min(p.weight, 10),
      category: 'custom' as const,
    }));
  if (clean.length === 0) return null;
  const key = JSON.stringify(clean);
  let m = customCache.get(key);
  if (!m) {
    if (customCache.size >= 8) customCache.delete(customCache.keys().next().value!);
    m = new PhraseMatcher(clean);
    customCache.set(key, m);
  }
  return m;
}

// A fixed prefix, then a bounded run: linear, and V8 scans quickly for the literal start.
const TEXT_URL = /(?:https?:\/\/|www\.)[^\s<>"'`]{1,2048}/gi;
// Shortener links often come without a scheme ("bit.ly/3xYz"): find ".tld/" and look back for the host.
const SHORTENER_TLDS = [...new Set([...SHORTENERS].map((h) => h.slice(h.lastIndexOf('.') + 1)))].join('|');
const BARE_SHORT_LINK = new RegExp(`\\.(?:${SHORTENER_TLDS})/[^\\s<>"'\`]{1,200}`, 'gi');
const HOST_BEFORE = /[a-z0-9.-]{1,30}$/i;

/** One address as written in a recipient (or the sender) field, with its check. */
export interface Recipient {
  field: 'to' | 'cc' | 'bcc' | 'from';
  /** Index of the item in the field's list (0 for from). */
  index: number;
  start: number;
  end: number;
  address: string;
  check: AddressCheck;
}

type PerField<T> = { subject?: T; text?: T };

export class DraftFacts {
  private ownEnd = -1;
  private htmlScan: HtmlScan | null;
  private readonly wordScans: PerField<WordScan<BuiltinCategory>> = {};
  private readonly spam: PerField<PhraseHit<SpamCategory>[]> = {};
  private readonly attachment: PerField<PhraseHit<'attachment'>[]> = {};
  private readonly custom: PerField<PhraseHit<'custom'>[]> = {};
  private readonly signals = new Map<string, boolean>();
  private urls: TextUrl[] | null = null;
  private addresses: Recipient[] | null = null;

  constructor(
    readonly draft: NormalizedDraft,
    readonly settings: AnalysisSettings,
    private readonly prescanned: HtmlScan | null = null,
    /** The call's work budget, shared by every scan below. */
    readonly budget: WorkBudget = unlimitedBudget(),
  ) {
    this.htmlScan = prescanned;
  }

  /** End of the user's own words in `text` (quoted history after it is not theirs). */
  get ownTextEnd(): number {
    if (this.ownEnd < 0) this.ownEnd = quotedHistoryStart(this.draft.text);
    return this.ownEnd;
  }

  /** Where scans of a field stop: the end of the user's own words for the body. */
  scanEnd(field: TextField): number {
    return field === 'text' ? this.ownTextEnd : this.draft.subject.length;
  }

  /**
   * Where a word scan of the field stops within the budget: the scan costs a unit per character, so
   * with fewer units left than characters it reads a prefix and the report is partial.
   */
  private budgetedEnd(field: TextField): number {
    const end = this.scanEnd(field);
    const left = this.budget.left;
    if (end <= left) {
      this.budget.spend(end);
      return end;
    }
    this.budget.spend(left);
    this.budget.stop();
    return Math.floor(left);
  }

  get html(): HtmlScan {
    return (this.htmlScan ??= scanHtml(this.draft.html, { budget: this.budget }));
  }

  get hasQuotedHistory(): boolean {
    return this.ownTextEnd < this.draft.text.length || (this.draft.html !== '' && this.html.hasQuote);
  }

  /** One pass over the field: built-in phrase hits, letter counts, odd tokens. */
  words(field: TextField): WordScan<BuiltinCategory> {
    return (this.wordScans[field] ??= builtinMatcher().scan(this.draft[field], 0, this.budgetedEnd(field)));
  }

  spamHits(field: TextField): PhraseHit<SpamCategory>[] {
    return (this.spam[field] ??= this.words(field).hits.filter(
      (h): h is PhraseHit<SpamCategory> => h.entry.category !== 'attachment' && h.entry.category !== 'signal',
    ));
  }

  attachmentHits(field: TextField): PhraseHit<'attachment'>[] {
    return (this.attachment[field] ??= this.words(field).hits.filter(
      (h): h is PhraseHit<'attachment'> => h.entry.category === 'attachment',
    ));
  }

  /** Whether the field's own text names crypto, a currency or millions (a gate for costlier checks). */
  mentions(field: TextField, kind: SignalKind): boolean {
    const key = field === 'text' ? kind : `s:${kind}`;
    let v = this.signals.get(key);
    if (v === undefined) {
      v = this.words(field).hits.some((h) => hasSignal(kind, h.entry.phrase));
      this.signals.set(key, v);
    }
    return v;
  }

  customHits(field: TextField): PhraseHit<'custom'>[] {
    if (!this.custom[field]) {
      const m = customMatcher(this.settings.customPhrases);
      this.custom[field] = m ? m.match(this.draft[field], 0, this.budgetedEnd(field)) : [];
    }
    return this.custom[field];
  }

  /** Every address in To, Cc, Bcc and From, located in its item and checked once. */
  get recipients(): Recipient[] {
    if (this.addresses) return this.addresses;
    const out: Recipient[] = [];
    for (const field of ['to', 'cc', 'bcc'] as const) {
      const items = this.draft[field];
      for (let index = 0; index < items.length && out.length < 1000; index++) {
        for (const span of splitAddresses(items[index]!))
          out.push({ field, index, ...span, check: checkAddress(span.address) });
      }
    }
    const from = splitAddresses(this.draft.from)[0];
    if (from) out.push({ field: 'from', index: 0, ...from, check: checkAddress(from.address) });
    return (this.addresses = out);
  }

  /** URLs written as text in the user's own part of the body. */
  get textUrls(): TextUrl[] {
    if (this.urls) return this.urls;
    const out: TextUrl[] = [];
    const s = this.draft.text;
    const end = this.ownTextEnd;
    TEXT_URL.lastIndex = 0;
    let m: RegExpExecArray | null;
    while (out.length < 500 && (m = TEXT_URL.exec(s)) !== null && m.index < end) {
      // Sentence punctuation after a URL is not part of it.
      const url = m[0].replace(/[.,;:!?)\]}>'"]+$/, '');
      out.push({ url, start: m.index, end: m.index + url.length });
    }
    BARE_SHORT_LINK.lastIndex = 0;
    while (out.length < 500 && (m = BARE_SHORT_LINK.exec(s)) !== null && m.index < end) {
      const host = HOST_BEFORE.exec(s.slice(Math.max(0, m.index - 30), m.index + m[0].indexOf('/')));
      if (!host || !SHORTENERS.has(host[0].toLowerCase())) continue;
      const start = m.index + m[0].indexOf('/') - host[0].length;
      // Already found with its scheme?
      if (out.some((u) => u.start <= start && start < u.end)) continue;
      const url = s.slice(start, m.index + m[0].length).replace(/[.,;:!?)\]}>'"]+$/, '');
      out.push({ url, start, end: start + url.length });
    }
    return (this.urls = out);
  }

  /** Evidence for a range of body text, pointing into the field the text came from. */
  textEvidence(start: number, end: number): Evidence {
    if (this.draft.textSource === 'html' && this.prescanned?.map) {
      const [s, e] = mapToHtml(this.prescanned.map, start, end);
      return { field: 'html', start: s, end: e };
    }
    return { field: 'text', start, end };
  }

  evidence(field: TextField, start: number, end: number): Evidence {
    return field === 'text' ? this.textEvidence(start, end) : { field: 'subject', start, end };
  }
}
