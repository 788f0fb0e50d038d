import type { Evidence } from '../../types';
import { defineRule } from '../rule';
import type { TextField } from '../facts';
import { excerpt, quoteList } from '../text';

// Mail-merge syntaxes left unfilled: {{first_name}} (Handlebars, Mailchimp merge tags in templates),
// %FIRSTNAME% (older tools), *|FNAME|* (Mailchimp), [Name] / [Company] (hand-made templates),
// <<Name>> (Word mail merge), ${name}. Bounded repetitions only: linear on "{{{{…".
const PLACEHOLDER = new RegExp(
  [
    String.raw`\{\{\s?[^{}\n]{1,40}?\s?\}\}`,
    String.raw`\*\|[A-Za-z0-9_:]{1,30}\|\*`,
    String.raw`%[A-Z][A-Z0-9_]{2,29}%`,
    String.raw`%(?:first|last|full)_?name%`,
    String.raw`<<\s?[A-Za-z][A-Za-z _]{0,29}\s?>>`,
    String.raw`«\s?[A-Za-z][A-Za-z _]{0,29}\s?»`,
    String.raw`\$\{[A-Za-z_][A-Za-z0-9_.]{0,29}\}`,
    String.raw`\[(?:(?:your|recipient'?s?|client'?s?|customer'?s?|contact'?s?|first|last|full|company|first\s|last\s)\s?)?(?:name|first\s?name|last\s?name|company(?:\s?name)?|title|position|job\s?title|date|address|city|recipient|client|customer|organi[sz]ation|phone(?:\s?number)?|email|e-mail|insert[^\]\n]{0,30}|jméno|příjmení|firma|společnost|oslovení)\]`,
  ].join('|'),
  'gi',
);

/** An unfilled mail-merge field ("Dear {{first_name}}") shows the message is a template, and looks careless. */
export default defineRule({
  meta: {
    id: 'template-placeholders',
    description: 'The subject or text still contains unfilled mail-merge placeholders.',
    category: 'body',
    defaultWeight: 1.5,
    messages: { unfilled: 'Unfilled placeholders: {placeholders}.' },
    fixes: { fillIn: 'Replace each placeholder with the real value.' },
  },
  check(draft, ctx) {
    const evidence: Evidence[] = [];
    const shown: string[] = [];
    for (const field of ['subject', 'text'] as TextField[]) {
      const s = draft[field];
      const end = field === 'text' ? ctx.facts.ownTextEnd : s.length;
      PLACEHOLDER.lastIndex = 0;
      for (let m = PLACEHOLDER.exec(s); m && m.index < end && evidence.length < 20; m = PLACEHOLDER.exec(s)) {
        evidence.push(ctx.facts.evidence(field, m.index, m.index + m[0].length));
        shown.push(excerpt(s, m.index, m.index + m[0].length));
      }
    }
    if (evidence.length === 0) return [];
    return [ctx.finding({
      messageId: 'unfilled', severity: 'warning', factor: Math.min(2, 1 + 0.2 * (evidence.length - 1)),
      data: { placeholders: quoteList(shown, 3) }, evidence, fix: 'fillIn',
    })];
  },
});
