/** Locale helpers the panel, the popup and the options page share. */
import { type Locale, t } from '../utils/i18n';
import type { MessageData } from '../utils/types';

/** Plural category for catalogs: Czech has one / few (2–4) / other; English one / other. */
export function pluralKey(locale: Locale, n: number): 'one' | 'few' | 'other' {
  if (n === 1) return 'one';
  if (locale === 'cs' && n >= 2 && n <= 4) return 'few';
  return 'other';
}

/** `t` for a counted message: picks '<id>.one|few|other' and passes {count}. */
export function tCount(locale: Locale, id: string, count: number, data?: MessageData): string {
  const key = pluralKey(locale, count);
  const withCount = { ...data, count };
  const msg = t(locale, `${id}.${key}`, withCount);
  // A language without a 'few' form falls back to 'other'.
  return msg === `${id}.${key}` ? t(locale, `${id}.other`, withCount) : msg;
}

/** Human size in the locale's number format: "845 kB", "1,2 MB" (binary units, as webmail shows them). */
export function formatSize(locale: Locale, bytes: number): string {
  const nf = (max: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: max });
  if (bytes < 1024) return t(locale, 'size.bytes', { n: nf(0).format(bytes) });
  if (bytes < 1024 * 1024) return t(locale, 'size.kb', { n: nf(0).format(Math.ceil(bytes / 1024)) });
  return t(locale, 'size.mb', { n: nf(1).format(bytes / 1024 / 1024) });
}
