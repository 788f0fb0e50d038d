/**
 * Preflight in Outlook on the web: live checks in every compose (reading pane, inline reply, pop-out
 * window) and the send gate. All the work is in utils/compose over utils/adapters/outlook.ts.
 *
 * Pop-out composes are `about:blank` windows that the main page fills with its own script. A content
 * script declared for the Outlook hosts runs there only with `match_about_blank` (Chrome and Firefox,
 * for a blank document whose opener matches) and, in Chrome, `match_origin_as_fallback` (documents
 * whose URL has no origin of its own: about:blank, blob:, data:). Each window gets its own instance with
 * its own listeners on its own window; the instance recognises an Outlook compose by its content (the
 * adapter) once the opener has filled it, and does nothing in blank windows that never hold one.
 * `all_frames` covers composes Outlook renders in a same-origin frame.
 */
import { outlookAdapter } from '../../utils/adapters/outlook';
import { startComposeIntegration } from '../../utils/compose/start';

export default defineContentScript({
  // Whole hosts, not just /mail/: Outlook is one app that moves between Mail and Calendar without a
  // page load, and Chrome requires the path `/*` with match_origin_as_fallback.
  matches: [
    'https://outlook.live.com/*',
    'https://outlook.office.com/*',
    'https://outlook.office365.com/*',
    'https://outlook.cloud.microsoft/*',
  ],
  allFrames: true,
  matchAboutBlank: true,
  matchOriginAsFallback: { chrome: true },
  runAt: 'document_idle',
  main(ctx) {
    startComposeIntegration(ctx, outlookAdapter).catch((err) => console.debug('[Preflight]', err));
  },
});
