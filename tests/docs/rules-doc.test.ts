/** docs/rules.md is generated from the rules' metadata (scripts/docs-rules.ts) and must be current. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULES_DOC, exampleFindings, renderRulesDoc } from '../../scripts/docs-rules';
import { rules } from '../../utils/analysis';

describe('docs/rules.md', () => {
  it('is up to date (run `npm run docs:rules` after changing a rule)', () => {
    const onDisk = readFileSync(fileURLToPath(new URL(`../../${RULES_DOC}`, import.meta.url)), 'utf8');
    expect(onDisk, 'docs/rules.md is stale: run `npm run docs:rules` and commit the result').toBe(
      renderRulesDoc(),
    );
  });

  it('has rules to document', () => {
    expect(rules.length).toBeGreaterThanOrEqual(25);
  });

  it.each(rules.map((r) => [r.meta.id, r] as const))(
    '%s says why it matters and shows a working example',
    (_id, rule) => {
      expect(rule.meta.why, 'meta.why').toMatch(/^\p{Lu}[\s\S]*\.$/u);
      expect(rule.meta.example, 'meta.example').toBeDefined();
      expect(exampleFindings(rule).length, 'findings for meta.example').toBeGreaterThan(0);
    },
  );

  it('lists every rule with its default weight', () => {
    const doc = renderRulesDoc();
    for (const r of rules) {
      expect(doc).toContain(`## ${r.meta.id}\n`);
      expect(doc).toContain(
        `| [${r.meta.id}](#${r.meta.id}) | ${r.meta.category} | ${r.meta.defaultWeight} |`,
      );
    }
  });
});
