/**
 * Attachment sizes. Exact sizes come only from File objects the browser hands to the page (a file
 * input's `change`, a `drop`): Preflight reads File.name, .size and .type there and never the contents.
 * The webmail's chips show a rounded, locale-formatted size ("(12K)", Czech "(1,2 MB)"); that is the
 * fallback for attachments Preflight did not see arrive (drafts reopened after a reload, forwards).
 */
import type { Attachment } from '../types';
import type { ExactAttachment } from './index';

const UNIT: Record<string, number> = { '': 1, b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

/**
 * Parses a webmail size label into bytes: "(12K)", "(1.2M)", "(1,2 MB)", "(345 B)", "12 kB".
 * Decimal comma or point; the unit's first letter decides (K, M, G; B or none = bytes). NaN if unreadable.
 */
export function parseSizeLabel(label: string): number {
  const m = /(\d+(?:[.,]\d+)?)\s*([kmgb]?)/i.exec(label.replace(/[\u00a0\u202f]/g, ' '));
  if (!m) return NaN;
  const value = Number(m[1]!.replace(',', '.'));
  const unit = UNIT[m[2]!.toLowerCase()] ?? 1;
  return Math.round(value * unit);
}

/** Records files as exact attachments (name, size, type only). */
export function exactFromFiles(files: ArrayLike<File> | null | undefined): ExactAttachment[] {
  const out: ExactAttachment[] = [];
  for (let i = 0; i < (files?.length ?? 0); i++) {
    const f = files![i]!;
    out.push({ name: f.name, size: f.size, type: f.type });
  }
  return out;
}

/**
 * The draft's attachments: every chip the page shows, with the exact size when a measured file of
 * the same name is known (each measured file pairs with one chip), plus measured files that have no
 * chip yet (upload still starting). Measured files that had a chip which is now gone were removed by
 * the user and are dropped from `exact` (mutated: `seen` set, removed entries spliced out).
 */
export function mergeAttachments(
  chips: readonly { name: string; size: number }[],
  exact: ExactAttachment[],
): Attachment[] {
  const unpaired = new Set(exact);
  const out: Attachment[] = chips.map((chip) => {
    for (const e of unpaired) {
      if (e.name === chip.name) {
        unpaired.delete(e);
        e.seen = true;
        return { name: e.name, size: e.size, type: e.type };
      }
    }
    return { name: chip.name, size: chip.size, type: '' };
  });
  for (const e of unpaired) {
    if (e.seen) exact.splice(exact.indexOf(e), 1);
    else out.push({ name: e.name, size: e.size, type: e.type });
  }
  return out;
}

/** Sum of known sizes (unknown sizes count as 0). */
export function totalAttachmentBytes(list: readonly Attachment[]): number {
  return list.reduce((sum, a) => sum + (Number.isFinite(a.size) && a.size > 0 ? a.size : 0), 0);
}
