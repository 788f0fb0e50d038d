import type { Evidence, Finding } from '../../types';
import { defineRule } from '../rule';
import type { HiddenText } from '../html';

type Message = 'hidden' | 'tinyFont' | 'sameColor';

const MESSAGE: Record<HiddenText['reason'], Message> = {
  displayNone: 'hidden',
  visibilityHidden: 'hidden',
  collapsed: 'hidden',
  transparent: 'sameColor',
  tinyFont: 'tinyFont',
  sameColor: 'sameColor',
};

/**
 * Text the reader cannot see but filters do: a classic way to stuff innocent words in to dilute spam
 * (or to hide keywords). Newsletters legitimately hide a short preview line (a preheader) with
 * display:none, so a little hidden text weighs little; invisible colours and 1px fonts weigh more.
 */
export default defineRule({
  meta: {
    id: 'html-hidden-text',
    description:
      'The HTML contains text hidden from the reader (display:none, 0–1px fonts, text coloured like its background).',
    why: 'Hiding text from the reader is a known way to feed words to filters, so filters penalise hidden text itself.',
    example: { html: '<div style="display:none;max-height:0">Spring sale inside</div><p>Hello</p>' },
    category: 'html',
    defaultWeight: 1,
    messages: {
      hidden: 'Some text is hidden from the reader ({chars} characters).',
      tinyFont: 'Some text is set in a font too small to read ({chars} characters).',
      sameColor: 'Some text has the same colour as its background ({chars} characters).',
    },
    fixes: { removeHidden: 'Remove the hidden text or make it visible.' },
  },
  check(draft, ctx) {
    // Stryker disable next-line ConditionalExpression: a shortcut; a draft without HTML has an empty scan
    if (!draft.html) return [];
    const groups = new Map<Message, HiddenText[]>();
    for (const h of ctx.facts.html.hidden) {
      const m = MESSAGE[h.reason];
      let g = groups.get(m);
      if (!g) groups.set(m, (g = []));
      g.push(h);
    }
    const out: Finding[] = [];
    for (const [messageId, runs] of groups) {
      const chars = runs.reduce((n, r) => n + r.chars, 0);
      // A preheader-sized hidden line is common in newsletters; bulk hidden text is not.
      const size = chars <= 150 ? 0.3 : Math.min(3, 0.8 + chars / 400);
      const deceit = messageId === 'hidden' ? 1 : 1.6;
      const evidence: Evidence[] = runs.map((r) => ({ field: 'html', start: r.start, end: r.end }));
      out.push(
        ctx.finding({ messageId, factor: size * deceit, data: { chars }, evidence, fix: 'removeHidden' }),
      );
    }
    return out;
  },
});
