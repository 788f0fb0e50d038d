/**
 * Loads a committed Gmail fixture into the current (happy-dom) document for adapter and controller
 * tests: the same HTML the real-browser tests serve. Scripts are not run; tests drive the DOM directly.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Not `new URL(…, import.meta.url)`: under happy-dom, URL is the DOM's, not Node's.
const DIR = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/gmail');

export const FIXTURE_NAMES = ['inbox', 'draft', 'reply', 'fullscreen', 'two', 'cs'] as const;

export function fixtureHtml(name: string): string {
  return readFileSync(join(DIR, `${name}.html`), 'utf8');
}

/** Replaces the current document's content with the fixture's (title, lang, head, body). */
export function loadFixture(name: string): Document {
  // The fixture's script and stylesheet are for real browsers; happy-dom would try to fetch them.
  const html = fixtureHtml(name).replace(/<script\b[^>]*><\/script>|<link\b[^>]*>/g, '');
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.documentElement.lang = parsed.documentElement.lang;
  document.title = parsed.title;
  document.body.innerHTML = parsed.body.innerHTML;
  return document;
}
