/** BIMI assertion records (draft-brand-indicators-for-message-identification): `v=BIMI1; l=…; a=…`. */
import { parseTagList } from '../tags';

export interface BimiRecord {
  valid: boolean;
  /** l= logo URL ('' declines to publish). */
  logo?: string;
  /** a= authority evidence (VMC/CMC) URL. */
  authority?: string;
  declined: boolean;
  errors: string[];
}

export function isBimiRecord(txt: string): boolean {
  return /^\s*v\s*=\s*BIMI1\s*(;|$)/i.test(txt);
}

export function parseBimi(txt: string): BimiRecord {
  const list = parseTagList(txt);
  const errors = list.errors.map((e) => `"${e.text.slice(0, 40)}": ${e.code}`);
  if (!isBimiRecord(txt)) errors.push('v=BIMI1 must come first');
  const l = list.get('l')?.value;
  const a = list.get('a')?.value;
  if (l === undefined) errors.push('l= is missing');
  const declined = (l ?? '') === '' && (a ?? '') === '';
  for (const [tag, v] of [
    ['l', l],
    ['a', a],
  ] as const) {
    if (v)
      for (const u of v.split(','))
        if (!/^https:\/\/\S+$/i.test(u.trim()))
          errors.push(`${tag}= "${u.trim().slice(0, 60)}" is not an https URL`);
  }
  if (l && /^https:/i.test(l) && !/\.svg(\?|$)/i.test(l)) errors.push('l= should point at an SVG file');
  return {
    valid: errors.length === 0,
    ...(l !== undefined ? { logo: l } : {}),
    ...(a !== undefined ? { authority: a } : {}),
    declined,
    errors,
  };
}
