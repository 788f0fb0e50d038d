/**
 * npm run eval: scores the development drafts (easy-ham-1 + spam-1, see corpus.ts) with the engine as
 * shipped and prints, for the validation split (and the train split for comparison): AUC, detection at
 * 1% and 5% false positives, and the share of ham and spam that reaches 'warning'.
 *   --rules-only   the engine without the learned layer (the plain sum of rule weights)
 */
import { analyzeDraft, analyzeRules } from '../../utils/analysis/engine';
import { rules } from '../../utils/analysis/rules';
import { levelRank } from '../../utils/types';
import { loadDevDrafts } from './data';
import { auc, detectionAt, type Scored } from './metrics';

const rulesOnly = process.argv.includes('--rules-only');
const verbose = process.argv.includes('--verbose');
const drafts = await loadDevDrafts();

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
for (const split of ['train', 'validation'] as const) {
  const set = drafts.filter((d) => d.split === split);
  const scored: (Scored & { warning: boolean; id: string })[] = set.map((d) => {
    const r = rulesOnly ? analyzeRules(rules, d.draft) : analyzeDraft(d.draft);
    return {
      spam: d.label === 'spam',
      score: r.score,
      warning: levelRank(r.level) >= 2,
      id: `${d.id} ${r.findings.map((f) => `${f.messageId}:${f.severity}:${f.weight}`).join(' ')}`,
    };
  });
  const ham = scored.filter((x) => !x.spam);
  const spam = scored.filter((x) => x.spam);
  console.log(
    `${split.padEnd(10)} ${ham.length} ham, ${spam.length} spam | AUC ${auc(scored).toFixed(3)} | ` +
      `detection at 1% FP ${detectionAt(scored, 0.01).toFixed(3)}, at 5% FP ${detectionAt(scored, 0.05).toFixed(3)} | ` +
      `warning: ham ${pct(ham.filter((x) => x.warning).length / ham.length)}, spam ${pct(spam.filter((x) => x.warning).length / spam.length)}`,
  );
  if (verbose && split === 'validation') {
    for (const x of ham.filter((h) => h.warning)) console.log('  ham at warning', x.id, x.score);
    for (const x of spam.filter((h) => !h.warning)) console.log('  spam below warning', x.id, x.score);
  }
}
