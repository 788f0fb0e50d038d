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
import { builtinMatcher, PhraseMatcher, SIGNAL_TESTS, type BuiltinCategory, type PhraseHit, type SignalKind, type SpamCategory, type WordScan } from './phrases';
import { SHORTENERS } from './data/links';

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
    .filter((p) => p && typeof p.phrase === 'string' && typeof p.weight === 'number' && Number.isFinite(p.weight) && p.weight > 0)
    .slice(0, 1000)
    .map((p) => ({ phrase: p.phrase.slice(0, 200), weight: Math.min(p.weight, 10), category: 'custom' as const }));
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

export class DraftFacts {
  private cache = new Map<string, unknown>();

  constructor(
    readonly draft: NormalizedDraft,
    readonly settings: AnalysisSettings,
    private readonly prescanned: HtmlScan | null = null,
  ) {}

  private memo<T>(key: string, compute: () => T): T {
    if (this.cache.has(key)) return this.cache.get(key) as T;
    const v = compute();
    this.cache.set(key, v);
    return v;
  }

  /** End of the user's own words in `text` (quoted history after it is not theirs). */
  get ownTextEnd(): number {
    return this.memo('ownEnd', () => quotedHistoryStart(this.draft.text));
  }

  /** Where scans of a field stop: the end of the user's own words for the body. */
  scanEnd(field: TextField): number {
    return field === 'text' ? this.ownTextEnd : this.draft.subject.length;
  }

  get html(): HtmlScan {
    return this.memo('html', () => this.prescanned ?? scanHtml(this.draft.html));
  }

  get hasQuotedHistory(): boolean {
    return this.ownTextEnd < this.draft.text.length || (this.draft.html !== '' && this.html.hasQuote);
  }

  /** One pass over the field: built-in phrase hits, letter counts, odd tokens. */
  words(field: TextField): WordScan<BuiltinCategory> {
    return this.memo(`words:${field}`, () => builtinMatcher.scan(this.draft[field], 0, this.scanEnd(field)));
  }

  spamHits(field: TextField): PhraseHit<SpamCategory>[] {
    return this.memo(`spam:${field}`, () =>
      this.words(field).hits.filter((h): h is PhraseHit<SpamCategory> => h.entry.category !== 'attachment' && h.entry.category !== 'signal'),
    );
  }

  /** Whether the field's own text names crypto, a currency or millions (a gate for costlier checks). */
  mentions(field: TextField, kind: SignalKind): boolean {
    return this.memo(`mentions:${field}:${kind}`, () => this.words(field).hits.some((h) => SIGNAL_TESTS[kind].test(h.entry.phrase)));
  }

  attachmentHits(field: TextField): PhraseHit<'attachment'>[] {
    return this.memo(`attach:${field}`, () =>
      this.words(field).hits.filter((h): h is PhraseHit<'attachment'> => h.entry.category === 'attachment'),
    );
  }

  customHits(field: TextField): PhraseHit<'custom'>[] {
    return this.memo(`custom:${field}`, () => {
      const m = customMatcher(this.settings.customPhrases);
      return m ? m.match(this.draft[field], 0, this.scanEnd(field)) : [];
    });
  }

  /** URLs written as text in the user's own part of the body. */
  get textUrls(): TextUrl[] {
    return this.memo('urls', () => {
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
      return out;
    });
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
