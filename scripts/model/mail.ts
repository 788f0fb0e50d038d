/**
 * Raw RFC 822 mail → the Draft a webmail compose would hold: From/To/Cc, the decoded Subject, the
 * visible text and an HTML body (webmail always sends an HTML part), and the attachment list.
 *
 * MIME decoding (multipart, quoted-printable/base64, RFC 2047 words, iso-8859-x/windows-125x charsets)
 * is done by postal-mime, a maintained parser made for the job; it is installed only in tools/corpus, so
 * it is loaded from there at run time.
 */
import { pathToFileURL } from 'node:url';
import type { Draft } from '../../utils/types';
import { scanHtml } from '../../utils/analysis/html';
import { TOOLS_DIR } from './corpus';

interface Mailbox {
  name?: string;
  address?: string;
  group?: Mailbox[];
}
interface ParsedMail {
  from?: Mailbox;
  to?: Mailbox[];
  cc?: Mailbox[];
  subject?: string;
  text?: string;
  html?: string;
  attachments?: { filename?: string | null; mimeType?: string; content?: ArrayBuffer | string }[];
}
type Parse = (raw: Uint8Array) => Promise<ParsedMail>;

let parser: Parse | null = null;

async function loadParser(): Promise<Parse> {
  if (parser) return parser;
  const url = pathToFileURL(`${TOOLS_DIR}node_modules/postal-mime/dist/esm/postal-mime.js`).href;
  const mod = (await import(url)) as { default: { parse(raw: Uint8Array): Promise<ParsedMail> } };
  parser = (raw) => mod.default.parse(raw);
  return parser;
}

function addresses(list: Mailbox[] | undefined): string[] {
  const out: string[] = [];
  for (const m of list ?? []) {
    if (m.group) out.push(...addresses(m.group));
    else if (m.address) out.push(m.name ? `${m.name} <${m.address}>` : m.address);
  }
  return out;
}

const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Plain text as a webmail editor's HTML: one div per line, blank lines as <div><br></div>. */
export function textToHtml(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => (line.trim() ? `<div>${escapeHtml(line)}</div>` : '<div><br></div>'))
    .join('');
}

export async function mailToDraft(raw: Uint8Array): Promise<Draft> {
  const parse = await loadParser();
  const mail = await parse(raw);
  let html = mail.html ?? '';
  let text: string;
  if (html) {
    // What the editor shows: the engine's own HTML-to-text.
    text = scanHtml(html, { text: true }).text;
  } else {
    text = mail.text ?? '';
    html = textToHtml(text);
  }
  return {
    from: addresses(mail.from ? [mail.from] : [])[0] ?? '',
    to: addresses(mail.to),
    cc: addresses(mail.cc),
    bcc: [],
    subject: mail.subject ?? '',
    text,
    html,
    attachments: (mail.attachments ?? [])
      .filter((a) => a.filename)
      .map((a) => ({
        name: a.filename!,
        size: typeof a.content === 'string' ? a.content.length : (a.content?.byteLength ?? NaN),
        type: a.mimeType ?? '',
      })),
    isReply: /^\s*(re|aw|odp|fwd?)\s*:/i.test(mail.subject ?? ''),
  };
}
