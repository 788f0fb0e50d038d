/**
 * The architecture's lint rules fail where they should. Each file in tests/lint/fixtures is linted by
 * ESLint's Node API with the project's own eslint.config.js, as if it lived at the path its
 * `// lint-as:` line names; its `// expect: <rule> <message part>` lines list the errors it must
 * produce, exactly (a fixture without expect lines must lint clean). Type-aware rules are switched
 * off here because the virtual paths are not files of the TypeScript project; the boundary, import
 * and selector rules need no types. The fixtures are excluded from the normal lint run and from tsc.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));

const eslint = new ESLint({
  cwd: ROOT,
  overrideConfig: [
    tseslint.configs.disableTypeChecked,
    { languageOptions: { parserOptions: { projectService: false, project: null } } },
  ],
});

interface Fixture {
  name: string;
  code: string;
  lintAs: string;
  expected: { ruleId: string; message: string }[];
}

const fixtures: Fixture[] = readdirSync(FIXTURES)
  .filter((f) => /\.tsx?$/.test(f))
  .sort()
  .map((name) => {
    const code = readFileSync(join(FIXTURES, name), 'utf8');
    const lintAs = /^\/\/ lint-as: (\S+)$/m.exec(code)?.[1];
    if (!lintAs) throw new Error(`${name}: no "// lint-as: <path>" line`);
    const expected = [...code.matchAll(/^\/\/ expect: (\S+) (.+)$/gm)].map((m) => ({
      ruleId: m[1]!,
      message: m[2]!,
    }));
    return { name, code, lintAs, expected };
  });

describe('lint rules on fixtures', () => {
  it('has fixtures that expect errors and fixtures that must stay clean', () => {
    expect(fixtures.filter((f) => f.expected.length).length).toBeGreaterThanOrEqual(10);
    expect(fixtures.filter((f) => !f.expected.length).length).toBeGreaterThanOrEqual(1);
  });

  // The first lint loads the config, the parser and the import resolver: seconds on a loaded machine.
  it.each(fixtures.map((f) => [f.name, f] as const))('%s', { timeout: 60_000 }, async (_name, f) => {
    const [result] = await eslint.lintText(f.code, { filePath: join(ROOT, f.lintAs) });
    const got = result!.messages.map((m) => ({ ruleId: m.ruleId ?? 'fatal', message: m.message }));
    expect(got.map((m) => m.ruleId).sort()).toEqual(f.expected.map((e) => e.ruleId).sort());
    for (const e of f.expected) {
      expect(
        got.some((m) => m.ruleId === e.ruleId && m.message.includes(e.message)),
        `${e.ruleId}: "${e.message}" in ${JSON.stringify(got)}`,
      ).toBe(true);
    }
  });
});
