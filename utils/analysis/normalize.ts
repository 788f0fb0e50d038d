/**
 * Turns whatever an adapter (or a test, or a fuzzer) hands over into a NormalizedDraft: every field
 * present and of the right type, sizes bounded so the engine's time stays bounded too.
 */
import type { NormalizedAttachment, NormalizedDraft } from './rule';
import { scanHtml, type HtmlScan } from './html';
import { defaultBudget, WorkBudget } from './budget';

/** Bodies beyond this are cut: webmails cap messages far below, and analysis stays within budget. */
export const MAX_BODY = 1_000_000;
const MAX_SUBJECT = 10_000;
const MAX_ITEMS = 500;
const MAX_ITEM = 2_000;

function str(v: unknown, max: number): string {
  let s: string;
  if (typeof v === 'string') s = v;
  else if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') s = String(v);
  else return '';
  return s.slice(0, max); // a shorter string comes back as it is
}

function list(v: unknown): string[] {
  if (typeof v === 'string') return v.trim() ? [str(v, MAX_ITEM)] : [];
  if (!Array.isArray(v)) return [];
  const out: string[] = [];
  for (let i = 0; i < v.length && out.length < MAX_ITEMS; i++) out.push(str(v[i], MAX_ITEM));
  return out;
}

function attachments(v: unknown): NormalizedAttachment[] {
  if (!Array.isArray(v)) return [];
  const out: NormalizedAttachment[] = [];
  for (let i = 0; i < v.length && out.length < MAX_ITEMS; i++) {
    const a = v[i] as Record<string, unknown> | null;
    if (!a || typeof a !== 'object') {
      out.push({ name: str(a, MAX_ITEM), size: NaN, type: '' });
      continue;
    }
    const size = typeof a.size === 'number' ? a.size : typeof a.size === 'string' ? Number(a.size) : NaN;
    out.push({
      name: str(a.name, MAX_ITEM),
      size: Number.isFinite(size) && size >= 0 ? size : NaN,
      type: str(a.type, 200),
    });
  }
  return out;
}

export interface Prepared {
  draft: NormalizedDraft;
  /** The HTML scan, when normalization already needed it (text derived from HTML). */
  html: HtmlScan | null;
  /** The call's work budget (see budget.ts), sized from the normalized fields. */
  budget: WorkBudget;
}

export interface NormalizeOptions {
  /** Work units for the whole call instead of the default for the draft's size. */
  budget?: number;
}

export function normalizeDraft(input: unknown, options: NormalizeOptions = {}): Prepared {
  const d = (input && typeof input === 'object' ? input : {}) as Record<string, unknown>;
  const html = str(d.html, MAX_BODY);
  let text = str(d.text, MAX_BODY);
  let textSource: 'text' | 'html' = 'text';
  const subject = str(d.subject, MAX_SUBJECT);
  const units = options.budget;
  const budget = new WorkBudget(
    typeof units === 'number' && units >= 0
      ? units
      : defaultBudget(html.length + text.length + subject.length),
  );
  let scan: HtmlScan | null = null;
  if (!text.trim() && html) {
    scan = scanHtml(html, { text: true, budget });
    text = scan.text;
    textSource = 'html';
  }
  return {
    draft: {
      from: str(d.from, MAX_ITEM),
      to: list(d.to),
      cc: list(d.cc),
      bcc: list(d.bcc),
      subject,
      text,
      html,
      attachments: attachments(d.attachments),
      isReply: d.isReply === true,
      replyKnown: typeof d.isReply === 'boolean',
      textSource,
    },
    html: scan,
    budget,
  };
}
