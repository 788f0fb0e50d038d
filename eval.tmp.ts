import { analyzeDraft } from './utils/analysis';
import { corpus } from './tests/corpus';
const rows = corpus.map((s) => ({ s, r: analyzeDraft(s.draft) }));
for (const { s, r } of rows.sort((a, b) => a.r.score - b.r.score)) {
  const bad = (s.label === 'clean' && (r.level === 'warning' || r.level === 'danger')) || (s.label === 'spam' && (r.level === 'ok' || r.level === 'notice'));
  console.log(`${bad ? '!!' : '  '} ${s.label.padEnd(5)} ${r.score.toFixed(2).padStart(6)} ${r.level.padEnd(7)} ${s.id.padEnd(34)} ${r.findings.map((f) => `${f.messageId.replace(/^[a-z-]+\./, (m) => m.split('-').map(w=>w[0]).join('') + '.')}:${f.weight}`).join(' ')}`);
}
