/**
 * The rule registry: every rule, sorted by id, listed by hand (no directory magic), so a bundler
 * sees exactly what ships and a missing file is a compile error.
 */
import type { Rule } from '../rule';
import attachmentBlockedType from './attachment-blocked-type';
import attachmentForgotten from './attachment-forgotten';
import attachmentSize from './attachment-size';
import bodyMoneyAmounts from './body-money-amounts';
import bodyPunctuation from './body-punctuation';
import bodyShouting from './body-shouting';
import bodySpamPhrases from './body-spam-phrases';
import bodySymbols from './body-symbols';
import cryptoWallet from './crypto-wallet';
import htmlHiddenText from './html-hidden-text';
import htmlImages from './html-images';
import htmlLinkTextMismatch from './html-link-text-mismatch';
import linkDensity from './link-density';
import linkSuspiciousTarget from './link-suspicious-target';
import obfuscatedWords from './obfuscated-words';
import recipientAddress from './recipient-address';
import recipientDomainTypo from './recipient-domain-typo';
import recipientsManyVisible from './recipients-many-visible';
import subjectAllCaps from './subject-all-caps';
import subjectFakeReply from './subject-fake-reply';
import subjectMissing from './subject-missing';
import subjectPunctuation from './subject-punctuation';
import subjectSpamPhrases from './subject-spam-phrases';
import subjectSymbols from './subject-symbols';
import templatePlaceholders from './template-placeholders';

export const rules: readonly Rule[] = [
  attachmentBlockedType,
  attachmentForgotten,
  attachmentSize,
  bodyMoneyAmounts,
  bodyPunctuation,
  bodyShouting,
  bodySpamPhrases,
  bodySymbols,
  cryptoWallet,
  htmlHiddenText,
  htmlImages,
  htmlLinkTextMismatch,
  linkDensity,
  linkSuspiciousTarget,
  obfuscatedWords,
  recipientAddress,
  recipientDomainTypo,
  recipientsManyVisible,
  subjectAllCaps,
  subjectFakeReply,
  subjectMissing,
  subjectPunctuation,
  subjectSpamPhrases,
  subjectSymbols,
  templatePlaceholders,
];

const byId = new Map(rules.map((r) => [r.meta.id, r]));

export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}
