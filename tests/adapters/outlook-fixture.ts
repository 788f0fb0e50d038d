/**
 * Loads a committed Outlook fixture (tests/fixtures/outlook/<name>.html) into the current happy-dom
 * document: the same HTML the real-browser tests serve. Scripts are not run; tests drive the DOM.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const DIR = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/outlook');

export const OUTLOOK_FIXTURES = ['mail', 'draft', 'reply', 'cs'] as const;

export function loadOutlookFixture(name: (typeof OUTLOOK_FIXTURES)[number]): Document {
  const html = readFileSync(join(DIR, `${name}.html`), 'utf8').replace(
    /<script\b[^>]*><\/script>|<link\b[^>]*>/g,
    '',
  );
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.documentElement.lang = parsed.documentElement.lang;
  document.title = parsed.title;
  document.body.innerHTML = parsed.body.innerHTML;
  return document;
}

/** What outlook.js does on every load: every hashed (Griffel) class gets a new random name. */
export function rehashClasses(doc: Document, seed = 1): void {
  let x = seed;
  const next = () => ((x = (x * 1103515245 + 12345) & 0x7fffffff), x.toString(36));
  for (const el of doc.querySelectorAll('[class]')) {
    el.className = [...el.classList]
      .map((c) => (/^___[a-z0-9]{7}$|^f[a-z0-9]{6}$/.test(c) ? `___${next()}` : c))
      .join(' ');
  }
}
