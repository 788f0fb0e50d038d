/**
 * What the user's settings mean for the draft engine and the send gate. The content script calls
 * these two (utils/compose/start.tsx): `analyzeDraft(draft, analysisSettingsFrom(settings))`, and the
 * gate lets a draft through without asking when `gateExempt(draft, settings)`.
 */
import type { AnalysisSettings } from '../analysis/settings';
import type { Draft } from '../types';
import type { UserSettings } from './shape';
import { cleanDomain } from './validate';

/** The engine's part of the settings: rule switches and weights, the user's phrases. */
export function analysisSettingsFrom(s: UserSettings): Partial<AnalysisSettings> {
  return {
    rules: s.rules,
    customPhrases: s.customPhrases,
  };
}

/** The domain of an address (`Name <a@b.c>` or `a@b.c`), lower-cased, or null. */
export function recipientDomain(address: string): string | null {
  const m = /@([^\s<>@]+?)>?\s*$/.exec(address.trim());
  return m ? cleanDomain(m[1]!) : null;
}

/** True when `domain` is an allowlisted domain or below one (mail.example.com under example.com). */
export function domainAllowlisted(domain: string, allowlist: readonly string[]): boolean {
  return allowlist.some((a) => domain === a || domain.endsWith(`.${a}`));
}

/**
 * A draft goes out without the send gate asking when it has recipients and every one of them is in
 * an allowlisted domain (To, Cc and Bcc; an address whose domain cannot be read is not allowlisted).
 */
export function gateExempt(
  draft: Pick<Draft, 'to' | 'cc' | 'bcc'>,
  s: Pick<UserSettings, 'allowlistDomains'>,
): boolean {
  if (!s.allowlistDomains.length) return false;
  const all = [...draft.to, ...draft.cc, ...draft.bcc];
  if (!all.length) return false;
  return all.every((a) => {
    const d = recipientDomain(a);
    return d !== null && domainAllowlisted(d, s.allowlistDomains);
  });
}
