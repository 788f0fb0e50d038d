/**
 * npm run train: fits the learned layer on the train split of the development groups (easy-ham-1,
 * spam-1) plus the hand-written Czech training set, and writes utils/analysis/model/model.json.
 * Deterministic: fixed seed and sample order, so every run writes the same file.
 */
import { writeFileSync } from 'node:fs';
import { format } from 'prettier';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { loadDevDrafts, sampleOf } from './data';
import { trainModel } from './trainer';
import { czechTraining } from './czech';

const OUT = fileURLToPath(new URL('../../utils/analysis/model/model.json', import.meta.url));

const drafts = await loadDevDrafts();
const samples = drafts
  .filter((d) => d.split === 'train')
  .map((d) => sampleOf(d.draft, d.label === 'spam' ? 1 : 0));
const czech = czechTraining.map((s) => sampleOf(s.draft, s.label === 'spam' ? 1 : 0, 3));
const model = trainModel([...samples, ...czech]);
// Formatted as the repository's Prettier check expects.
const json = await format(JSON.stringify(model), { parser: 'json', printWidth: 110 });
writeFileSync(OUT, json);
const words = Object.values(model.words).reduce((n, l) => n + l.split(' ').length, 0);
console.log(
  `trained on ${samples.length} development drafts + ${czech.length} Czech; ${Object.keys(model.rules).length} rules, ${words} words; ` +
    `model.json ${json.length} bytes, ${gzipSync(json, { level: 9 }).length} gzipped; k ${model.k}`,
);
