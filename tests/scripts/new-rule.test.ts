/**
 * `npm run new-rule` (scripts/new-rule.ts) scaffolds a rule into a copy of the project: the files it
 * writes type-check, the registry stays sorted, the Czech catalog gets the messages, and the English
 * catalog gets them only while it still lists rule messages by hand.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addToCatalog, addToRegistry, scaffoldRule } from '../../scripts/new-rule';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
let copy = '';

beforeAll(() => {
  copy = mkdtempSync(join(tmpdir(), 'preflight-new-rule-'));
  for (const dir of ['utils', 'tests/analysis'])
    cpSync(join(ROOT, dir), join(copy, dir), { recursive: true });
  for (const f of ['tsconfig.json', '.wxt']) cpSync(join(ROOT, f), join(copy, f), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
});
afterAll(() => rmSync(copy, { recursive: true, force: true }));

const registryIds = (src: string) =>
  [...src.matchAll(/^import \w+ from '\.\/([a-z-]+)';$/gm)].map((m) => m[1]!);
const listNames = (src: string) =>
  /export const rules[^=]*= \[\n([\s\S]*?)\n\];/
    .exec(src)![1]!
    .split('\n')
    .map((l) => l.trim().replace(/,$/, ''));

describe('new-rule', () => {
  it('writes nothing on --dry-run', () => {
    const { files } = scaffoldRule({ root: copy, id: 'body-dry-run', dryRun: true });
    expect([...files.keys()]).toContain('utils/analysis/rules/body-dry-run.ts');
    expect(existsSync(join(copy, 'utils/analysis/rules/body-dry-run.ts'))).toBe(false);
  });

  it(
    'scaffolds a rule whose files type-check, with a sorted registry and both catalogs',
    { timeout: 120_000 },
    () => {
      const { files } = scaffoldRule({ root: copy, id: 'html-forms', category: 'html' });
      expect([...files.keys()].sort()).toEqual([
        'tests/analysis/rules/html-forms.test.ts',
        'utils/analysis/rules/html-forms.ts',
        'utils/analysis/rules/index.ts',
        'utils/i18n/cs/analysis.ts',
        // The English catalog is derived from the rules' meta.messages: the scaffold never writes it.
      ]);
      const registry = readFileSync(join(copy, 'utils/analysis/rules/index.ts'), 'utf8');
      const ids = registryIds(registry);
      expect(ids).toContain('html-forms');
      expect(ids).toEqual([...ids].sort());
      expect(listNames(registry)).toContain('htmlForms');
      expect(listNames(registry).length).toBe(ids.length);
      const cs = readFileSync(join(copy, 'utils/i18n/cs/analysis.ts'), 'utf8');
      expect(cs).toContain("'html-forms.found':");
      expect(cs).toContain("'html-forms.fixIt':");

      const program = ts.createProgram(
        [
          join(copy, 'utils/analysis/rules/html-forms.ts'),
          join(copy, 'utils/analysis/rules/index.ts'),
          join(copy, 'tests/analysis/rules/html-forms.test.ts'),
          join(copy, 'utils/i18n/cs/analysis.ts'),
        ],
        {
          strict: true,
          noUncheckedIndexedAccess: true,
          noEmit: true,
          skipLibCheck: true,
          target: ts.ScriptTarget.ESNext,
          module: ts.ModuleKind.ESNext,
          moduleResolution: ts.ModuleResolutionKind.Bundler,
          allowImportingTsExtensions: true,
          types: ['node'],
        },
      );
      const errors = ts
        .getPreEmitDiagnostics(program)
        .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      expect(errors).toEqual([]);
    },
  );

  it('refuses a bad id, an existing rule and an unknown category', () => {
    expect(() => scaffoldRule({ root: copy, id: 'Bad_Id', dryRun: true })).toThrow(/lower-case/);
    expect(() => scaffoldRule({ root: copy, id: 'subject-missing', dryRun: true })).toThrow(/exists/);
    // @ts-expect-error: an unknown category, as a command line could pass
    expect(() => scaffoldRule({ root: copy, id: 'x-y', category: 'dns', dryRun: true })).toThrow(/category/);
  });

  it('keeps the registry sorted at the start, middle and end', () => {
    const src = [
      "import b from './b';",
      "import d from './d';",
      '',
      'export const rules: readonly Rule[] = [',
      '  b,',
      '  d,',
      '];',
    ].join('\n');
    for (const id of ['a', 'c', 'e']) {
      const out = addToRegistry(src, id);
      expect(registryIds(out)).toEqual([...registryIds(out)].sort());
      expect(listNames(out)).toEqual([...registryIds(out)]);
    }
  });

  it('adds catalog entries in id order, and works without an English catalog', () => {
    const src = "export default {\n  'a-rule.x': 'A.',\n\n  'c-rule.x': 'C.',\n};\n";
    const out = addToCatalog(src, 'b-rule', { found: 'B.' });
    expect(out.indexOf("'b-rule.found'")).toBeGreaterThan(out.indexOf("'a-rule.x'"));
    expect(out.indexOf("'b-rule.found'")).toBeLessThan(out.indexOf("'c-rule.x'"));
    expect(addToCatalog(src, 'z-rule', { found: 'Z.' })).toMatch(/'z-rule\.found': 'Z\.',\n};/);

    const en = join(copy, 'utils/i18n/en/analysis.ts');
    if (existsSync(en)) unlinkSync(en);
    const { files } = scaffoldRule({ root: copy, id: 'link-forms', dryRun: true });
    expect([...files.keys()]).not.toContain('utils/i18n/en/analysis.ts');
  });
});
