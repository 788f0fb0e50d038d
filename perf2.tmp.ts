import { analyzeRules, rules } from './utils/analysis';
import { fold } from './utils/analysis/text';
import { spamMatcher, attachmentMatcher } from './utils/analysis/phrases';
import { corpus } from './tests/corpus';
let text = '';
let i = 0;
while (text.length < 10000) { const d = corpus[i++ % corpus.length]!.draft; text += (d.text || '') + '\n\n'; }
text = text.slice(0, 10000);
const draft = { from: 'a@b.com', to: ['x@gmail.com', 'y@seznam.cz'], cc: [], bcc: [], subject: 'Quarterly update and invoice', text, html: '', attachments: [{ name: 'a.pdf', size: 100000, type: '' }] };
function time(label: string, fn: () => void) {
  for (let k = 0; k < 200; k++) fn();
  const times: number[] = [];
  for (let k = 0; k < 1000; k++) { const t = performance.now(); fn(); times.push(performance.now() - t); }
  times.sort((a, b) => a - b);
  console.log(label.padEnd(30), times[500]!.toFixed(4));
}
const f = fold(text);
time('fold', () => fold(text));
time('spam match', () => spamMatcher.match(f));
time('attach match', () => attachmentMatcher.match(f));
time('empty rules', () => analyzeRules([], draft));
for (const r of rules) time(r.meta.id, () => analyzeRules([r], draft));
