/**
 * The development drafts: easy-ham-1 and spam-1 parsed into drafts (cached under tools/corpus/.cache),
 * split deterministically into train and validation, and turned into model samples.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Draft } from '../../utils/types';
import { analyzeRules } from '../../utils/analysis/engine';
import { DraftFacts } from '../../utils/analysis/facts';
import { normalizeDraft } from '../../utils/analysis/normalize';
import { resolveSettings } from '../../utils/analysis/settings';
import { rules } from '../../utils/analysis/rules';
import { draftTokens, ruleFeatures } from '../../utils/analysis/model/features';
import { DEV_GROUPS, isValidation, loadGroup, TOOLS_DIR } from './corpus';
import { mailToDraft } from './mail';
import type { Sample } from './trainer';
import { withoutPromo } from './promo';

export interface DevDraft {
  id: string;
  label: 'ham' | 'spam';
  split: 'train' | 'validation';
  draft: Draft;
}

const CACHE = `${TOOLS_DIR}.cache/drafts-v2.json`;

export async function loadDevDrafts(): Promise<DevDraft[]> {
  if (existsSync(CACHE)) return JSON.parse(readFileSync(CACHE, 'utf8')) as DevDraft[];
  const out: DevDraft[] = [];
  for (const group of DEV_GROUPS) {
    for (const mail of loadGroup(group)) {
      let draft: Draft;
      try {
        draft = await mailToDraft(mail.bytes);
      } catch {
        continue; // unparseable mail is skipped (none so far)
      }
      out.push({
        id: `${group}/${mail.file}`,
        label: mail.label,
        split: isValidation(mail) ? 'validation' : 'train',
        draft,
      });
    }
  }
  mkdirSync(`${TOOLS_DIR}.cache`, { recursive: true });
  writeFileSync(CACHE, JSON.stringify(out));
  return out;
}

/** The model's inputs for one draft, computed as the engine computes them. */
export function sampleOf(draft: Draft, label: 0 | 1, weight = 1): Sample {
  const settings = resolveSettings();
  const report = analyzeRules(rules, draft, settings);
  const { draft: nd, html } = normalizeDraft(draft);
  const facts = new DraftFacts(nd, settings, html);
  return {
    rules: Object.fromEntries(ruleFeatures(rules, report.findings)),
    tokens: withoutPromo([...draftTokens(facts)].sort()),
    label,
    ...(weight !== 1 ? { weight } : {}),
  };
}
