import type { Attachment, Draft } from '../../../utils/types';

export interface CorpusSample {
  id: string;
  label: 'clean' | 'spam';
  lang: 'en' | 'cs' | 'sk' | 'de' | 'fr' | 'es';
  draft: Draft;
}

/** A draft with the usual defaults, so samples only spell out what matters. */
export function draft(p: Partial<Draft>): Draft {
  return {
    from: 'jana.novak@example.com',
    to: ['petr@example.org'],
    cc: [],
    bcc: [],
    subject: '',
    text: '',
    html: '',
    attachments: [],
    ...p,
  };
}

export const file = (name: string, size: number, type = ''): Attachment => ({ name, size, type });

/** Plain text to the HTML an editor would produce, for samples that need both. */
export function paragraphs(text: string): string {
  return text
    .split(/\n{2,}/)
    .map((p) => `<div>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/\n/g, '<br>')}</div>`)
    .join('<div><br></div>');
}
