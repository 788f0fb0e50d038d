/**
 * Preflight in Gmail: live checks in every compose, and the send gate. All the work is in
 * utils/compose (watcher, controller, gate) over utils/adapters/gmail.ts; this file only starts it.
 */
import { gmailAdapter } from '../../utils/adapters/gmail';
import { startComposeIntegration } from '../../utils/compose/start';

export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    startComposeIntegration(ctx, gmailAdapter).catch((err) => console.debug('[Preflight]', err));
  },
});
