/**
 * Hooks for the end-to-end tests, compiled into the e2e build only.
 *
 * `npm run build` (mode "production") replaces `import.meta.env.MODE` by the literal "production", so
 * TEST_BUILD is a literal false and the bundler drops every branch that reads it, with the strings below:
 * a page or a link can never turn the gate off in a shipped build. tests/e2e/global-setup.ts builds with
 * `wxt build --mode e2e` into .output/<browser>-e2e, a separate folder that is never zipped or shipped,
 * and tests/e2e/production-bundle.test.ts greps the production files for the hook names.
 */
export const TEST_BUILD = (import.meta.env as { MODE?: string }).MODE === 'e2e';

/** `<html data-preflight-test-throw>` or `?preflight-test-throw`: the gate and the analysis throw. */
export function testThrowRequested(doc: Document): boolean {
  if (!TEST_BUILD) return false;
  return (
    doc.documentElement.hasAttribute('data-preflight-test-throw') ||
    /[?&]preflight-test-throw\b/.test(doc.location?.search ?? '')
  );
}

/**
 * `<html data-preflight-test-partial>`: every analysis reports that it stopped at its work budget, as the
 * engine does on a draft too large to check in time (the gate must then fail open and say so).
 */
export function testPartialRequested(doc: Document): boolean {
  if (!TEST_BUILD) return false;
  return doc.documentElement.hasAttribute('data-preflight-test-partial');
}
