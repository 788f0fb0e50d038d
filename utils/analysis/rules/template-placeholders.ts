import type { Evidence } from '../../types';
import { defineRule } from '../rule';
import type { TextField } from '../facts';
import { excerpt, quoteList } from '../text';

// Mail-merge syntaxes left unfilled: {{first_name}} (Handlebars, Mailchimp templates), *|FNAME|*
// (Mailchimp), %FIRSTNAME% (older tools), [Name] / [Company] (hand-made templates), <<Name>> and
// «Name» (Word mail merge), ${name}. Each syntax has a literal trigger checked first with a cheap
// `includes`; the regexes use bounded repetitions only, so "{{{{…" stays linear.
const SYNTAXES: readonly (readonly [string, RegExp])[] = [
  ['{{', /\{\{\s?[^{}\n]{1,40}?\s?\}\}/g],
  ['*|', /\*\|[A-Za-z0-9_:]{1,30}\|\*/g],
  ['%', /%[A-Za-z][A-Za-z0-9_]{2,29}%/g],
  ['<<', /<<\s?[A-Za-z][A-Za-z _]{0,29}\s?>>/g],
  ['«', /«\s?[A-Za-z][A-Za-z _]{0,29}\s?»/g],
  ['${', /\$\{[A-Za-z_][A-Za-z0-9_.]{0,29}\}/g],
  [
    '[',
    /\[(?:(?:your|recipient'?s?|client'?s?|customer'?s?|contact'?s?|first|last|full|company)\s?)?(?:name|first\s?name|last\s?name|company(?:\s?name)?|title|position|job\s?title|date|address|city|recipient|client|customer|organi[sz]ation|phone(?:\s?number)?|email|e-mail|insert[^\]\n]{0,30}|jméno|příjmení|firma|společnost|oslovení)\]/gi,
  ],
];

/** An unfilled mail-merge field ("Dear {{first_name}}") shows the message is a template, and looks careless. */
export default defineRule({
  meta: {
    id: 'template-placeholders',
    description: 'The subject or text still contains unfilled mail-merge placeholders.',
    why: 'An unfilled mail-merge field shows the recipient that the message was mass-produced and looks like bulk mail to filters.',
    example: { text: 'Dear {{first_name}}, welcome!' },
    category: 'body',
    defaultWeight: 1.5,
    messages: { unfilled: 'The message contains unfilled mail-merge fields: {placeholders}.' },
    fixes: { fillIn: 'Replace each field with the real value.' },
  },
  check(draft, ctx) {
    const evidence: Evidence[] = [];
    const shown: string[] = [];
    for (const field of ['subject', 'text'] as TextField[]) {
      const s = draft[field];
      const end = field === 'text' ? ctx.facts.ownTextEnd : s.length;
      for (const [trigger, re] of SYNTAXES) {
        const at = s.indexOf(trigger);
        // "%" needs a pair; percentages alone are common.
        if (at < 0 || (trigger === '%' && s.indexOf('%', at + 1) < 0)) continue;
        re.lastIndex = 0;
        for (let m = re.exec(s); m && m.index < end && evidence.length < 20; m = re.exec(s)) {
          evidence.push(ctx.facts.evidence(field, m.index, m.index + m[0].length));
          shown.push(excerpt(s, m.index, m.index + m[0].length));
        }
      }
    }
    if (evidence.length === 0) return [];
    return [
      ctx.finding({
        messageId: 'unfilled',
        severity: 'warning',
        factor: Math.min(2, 1 + 0.2 * (evidence.length - 1)),
        data: { placeholders: quoteList(shown, 3) },
        evidence,
        fix: 'fillIn',
      }),
    ];
  },
});
