import { analyzeDraft } from './utils/analysis';
import { corpus } from './tests/corpus';
let text = '';
let i = 0;
while (text.length < 10000) { const d = corpus[i++ % corpus.length]!.draft; text += (d.text || '') + '\n\n'; }
text = text.slice(0, 10000);
const html = corpus.find(c => c.id === 'en-newsletter-saas')!.draft.html;
const draft = { from: 'a@b.com', to: ['x@gmail.com', 'y@seznam.cz'], cc: [], bcc: [], subject: 'Quarterly update and invoice', text, html: '', attachments: [{ name: 'a.pdf', size: 100000, type: '' }] };
const draft2 = { ...draft, html: html + html.slice(0, 10000 - html.length) };
for (const d of [draft, draft2]) {
  for (let k = 0; k < 300; k++) analyzeDraft(d as any);
  const times: number[] = [];
  for (let k = 0; k < 2000; k++) { const t = performance.now(); analyzeDraft(d as any); times.push(performance.now() - t); }
  times.sort((a, b) => a - b);
  console.log('median', times[1000]!.toFixed(4), 'p99', times[1980]!.toFixed(4), 'len', d.text.length, d.html.length);
}
