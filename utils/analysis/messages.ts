/**
 * The engine's own notices, in English (rules carry theirs in meta.messages). The Czech catalog
 * (utils/i18n/cs/analysis.ts) has the same ids and placeholders.
 */
export const ENGINE_MESSAGES = {
  'engine.partial':
    'This draft is unusually large or complex, so Preflight read only part of its HTML and text; some problems may have been missed.',
  'engine.checkManually': 'Check the rest of the message yourself before sending.',
} as const;
