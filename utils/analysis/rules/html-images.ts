import type { Evidence, Finding } from '../../types';
import { defineRule } from '../rule';

const REMOTE = /^\s*(?:https?:)?\/\//i;

/**
 * Images instead of words: filters cannot read a picture, so image-only mail is a known way around
 * them and is scored accordingly; image-heavy mail a little. Only remote images count: a photo pasted
 * into a personal mail travels inside it (cid: or data:). Tiny remote images are tracking pixels.
 */
export default defineRule({
  meta: {
    id: 'html-images',
    description: 'The message is mostly images with little text, or contains tracking pixels.',
    why: 'A message that is mostly images hides its text from content filters, so filters distrust it; tracking pixels mark bulk mail.',
    example: {
      html: '<a href="http://promo.example.xyz"><img src="http://promo.example.xyz/offer.jpg" width="600"></a>',
    },
    category: 'html',
    defaultWeight: 1,
    messages: {
      imageOnly: 'The message consists of images with almost no text.',
      imageHeavy: 'The message has many images and little text ({images} images).',
      trackingPixel: 'The message contains tiny remote images that track when it is opened ({count}).',
    },
    fixes: {
      addText: 'Put the content in text and keep images as illustrations.',
      removePixel: 'Remove tracking images from personal mail.',
    },
  },
  check(draft, ctx) {
    // Stryker disable next-line ConditionalExpression: a shortcut; a draft without HTML has an empty scan
    if (!draft.html) return [];
    const scan = ctx.facts.html;
    const pixels: Evidence[] = [];
    const pictures: Evidence[] = [];
    for (const img of scan.images) {
      const tiny = (img.width <= 1 && img.height <= 1) || img.width === 0 || img.height === 0;
      if (!REMOTE.test(img.src)) continue;
      if (tiny || img.hidden) pixels.push({ field: 'html', start: img.start, end: img.end });
      else pictures.push({ field: 'html', start: img.start, end: img.end });
    }
    const out: Finding[] = [];
    const text = scan.visibleChars;
    if (pictures.length >= 1 && text < 40) {
      out.push(
        ctx.finding({ messageId: 'imageOnly', factor: 3, evidence: pictures.slice(0, 20), fix: 'addText' }),
      );
    } else if (pictures.length >= 3 && text / pictures.length < 120) {
      const factor = Math.min(1, 0.3 + 0.05 * pictures.length);
      out.push(
        ctx.finding({
          messageId: 'imageHeavy',
          factor,
          data: { images: pictures.length },
          evidence: pictures.slice(0, 20),
          fix: 'addText',
        }),
      );
    }
    if (pixels.length) {
      out.push(
        ctx.finding({
          messageId: 'trackingPixel',
          factor: 0.4,
          data: { count: pixels.length },
          evidence: pixels.slice(0, 20),
          fix: 'removePixel',
        }),
      );
    }
    return out;
  },
});
