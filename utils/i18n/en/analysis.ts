/**
 * Messages for the analysis area in 'en', keyed '<rule-id>.<message>'. There is one English source:
 * each rule's meta.messages and meta.fixes ARE its English text (ESLint-style), and the engine's own
 * notices live in ENGINE_MESSAGES; this catalog is derived from them. The Czech catalog is checked
 * against it (same ids, same placeholders) by tests/analysis/meta.test.ts.
 */
import { rules } from '../../analysis/rules';
import { ENGINE_MESSAGES } from '../../analysis/messages';
import { MODEL_META } from '../../analysis/model';

const catalog: Record<string, string> = {};
for (const rule of rules) {
  for (const [id, text] of Object.entries<string>(rule.meta.messages))
    catalog[`${rule.meta.id}.${id}`] = text;
  for (const [id, text] of Object.entries<string>(rule.meta.fixes)) catalog[`${rule.meta.id}.${id}`] = text;
}
Object.assign(catalog, ENGINE_MESSAGES);

// The learned layer's word finding (utils/analysis/model) is not a rule but speaks the same way.
for (const [id, text] of [...Object.entries(MODEL_META.messages), ...Object.entries(MODEL_META.fixes)])
  catalog[`${MODEL_META.id}.${id}`] = text;

export default catalog;
