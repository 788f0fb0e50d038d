/**
 * Scaffolds a draft rule, so adding one touches one file by hand:
 *
 *   npm run new-rule -- <rule-id> [--category body] [--dry-run] [--root <dir>]
 *
 * writes utils/analysis/rules/<id>.ts (meta with the English messages, and a `check` to fill in),
 * tests/analysis/rules/<id>.test.ts (a table test that fails until the rule catches its case), the
 * Czech messages in utils/i18n/cs/analysis.ts, and the registry entry in utils/analysis/rules/index.ts
 * (imports and list kept sorted by id). The English text lives in the rule's meta.messages; an English
 * catalog (utils/i18n/en/analysis.ts) gets entries only while it still lists rule messages by hand.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CATEGORIES = ['subject', 'body', 'html', 'links', 'attachments', 'recipients'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface ScaffoldOptions {
  root: string;
  id: string;
  category?: Category;
  /** Compute the files without writing them. */
  dryRun?: boolean;
}

export interface ScaffoldResult {
  /** Path (relative to root) → new content, for every file written or changed. */
  files: Map<string, string>;
}

const RULES_DIR = 'utils/analysis/rules';
const TESTS_DIR = 'tests/analysis/rules';
const REGISTRY = `${RULES_DIR}/index.ts`;
const CS_CATALOG = 'utils/i18n/cs/analysis.ts';
const EN_CATALOG = 'utils/i18n/en/analysis.ts';

const ID = /^[a-z]+(?:-[a-z]+)*$/;
const camel = (id: string) => id.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/** Message and fix ids the scaffold starts with, and their text. */
const MESSAGES = {
  found: {
    en: 'TODO: say what the draft contains, as a full sentence ({example}).',
    cs: 'TODO: Řekněte česky, co koncept obsahuje ({example}).',
  },
};
const FIXES = {
  fixIt: { en: 'TODO: say what to do about it.', cs: 'TODO: Řekněte česky, co s tím udělat.' },
};

function ruleFile(id: string, category: Category): string {
  const en = (o: Record<string, { en: string }>) =>
    Object.entries(o)
      .map(([k, v]) => `${k}: '${v.en}'`)
      .join(', ');
  return `import { defineRule } from '../rule';

/** TODO: what the rule catches, and why mail filters or readers weigh it (a source if there is one). */
export default defineRule({
  meta: {
    id: '${id}',
    description: 'TODO: one line saying what the rule catches.',
    why: 'TODO: why spam filters or recipients weigh it, in a sentence or two.',
    example: { text: 'TODO: a short draft the rule reports.' },
    category: '${category}',
    defaultWeight: 1,
    messages: { ${en(MESSAGES)} },
    fixes: { ${en(FIXES)} },
  },
  check(draft, ctx) {
    // TODO: look at draft.subject / draft.text / draft.html / draft.attachments / draft.to and
    // report what you find with ctx.finding({ messageId, data, evidence, fix }).
    const at = draft.text.indexOf('TODO');
    if (at < 0) return [];
    return [
      ctx.finding({
        messageId: 'found',
        data: { example: 'TODO' },
        evidence: [{ field: draft.textSource, start: at, end: at + 4 }],
        fix: 'fixIt',
      }),
    ];
  },
});
`;
}

function testFile(id: string): string {
  return `import rule from '../../../utils/analysis/rules/${id}';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [{ subject: 'Quarterly review', text: 'Hello Eva, the numbers are attached.' }],
  invalid: [
    {
      // TODO: replace with drafts the rule must report, and the exact findings.
      draft: { text: 'A draft the rule must catch.' },
      findings: [{ messageId: 'found', fix: 'fixIt' }],
    },
  ],
});
`;
}

/** Inserts the rule into the registry's imports and list, both sorted by id. */
export function addToRegistry(source: string, id: string): string {
  const importRe = /^import (\w+) from '\.\/([a-z-]+)';$/gm;
  const imports = [...source.matchAll(importRe)].map((m) => ({ name: m[1]!, id: m[2]!, line: m[0] }));
  if (!imports.length) throw new Error(`${REGISTRY}: no rule imports found`);
  if (imports.some((i) => i.id === id)) throw new Error(`${REGISTRY}: ${id} is already registered`);
  const line = `import ${camel(id)} from './${id}';`;
  const next = imports.find((i) => i.id > id);
  let out = next
    ? source.replace(next.line, `${line}\n${next.line}`)
    : source.replace(imports.at(-1)!.line, `${imports.at(-1)!.line}\n${line}`);

  const list = /(export const rules[^=]*= \[\n)([\s\S]*?)(\n\];)/.exec(out);
  if (!list) throw new Error(`${REGISTRY}: the "export const rules = [ … ];" list was not found`);
  const entries = list[2]!
    .split('\n')
    .map((l) => l.trim().replace(/,$/, ''))
    .filter(Boolean);
  const byName = new Map(imports.map((i) => [i.name, i.id]));
  byName.set(camel(id), id);
  const sorted = [...entries, camel(id)].sort((a, b) =>
    (byName.get(a) ?? a).localeCompare(byName.get(b) ?? b),
  );
  out = out.replace(list[0], `${list[1]}${sorted.map((e) => `  ${e},`).join('\n')}${list[3]}`);
  return out;
}

/** Adds '<id>.<key>' entries to a catalog file, as a block before the first rule id sorting after it. */
export function addToCatalog(source: string, id: string, entries: Record<string, string>): string {
  const keys = Object.keys(entries).map((k) => `${id}.${k}`);
  if (keys.some((k) => source.includes(`'${k}'`))) throw new Error(`catalog already has messages of ${id}`);
  const block = Object.entries(entries)
    .map(([k, v]) => `  '${id}.${k}': '${v.replace(/'/g, "\\'")}',`)
    .join('\n');
  const lines = source.split('\n');
  const at = lines.findIndex((l) => {
    const m = /^ {2}'([a-z]+(?:-[a-z]+)*)\.\w+':/.exec(l);
    return m !== null && m[1]! > id;
  });
  if (at >= 0) {
    lines.splice(at, 0, block, '');
    return lines.join('\n');
  }
  const end = source.lastIndexOf('};');
  if (end < 0) throw new Error('catalog: closing "};" not found');
  const before = source.slice(0, end).replace(/\n*$/, '\n');
  return `${before}\n${block}\n${source.slice(end)}`;
}

/** True when a catalog still lists rule messages by hand (keys of a registered rule id). */
function catalogHasRuleMessages(source: string, registry: string): boolean {
  const ids = [...registry.matchAll(/^import \w+ from '\.\/([a-z-]+)';$/gm)].map((m) => m[1]!);
  return ids.some((id) => source.includes(`'${id}.`));
}

export function scaffoldRule(o: ScaffoldOptions): ScaffoldResult {
  const { root, id } = o;
  const category = o.category ?? 'body';
  if (!ID.test(id)) throw new Error(`rule id "${id}" must be lower-case words joined by hyphens`);
  if (!CATEGORIES.includes(category)) throw new Error(`category must be one of ${CATEGORIES.join(', ')}`);
  const rulePath = `${RULES_DIR}/${id}.ts`;
  const testPath = `${TESTS_DIR}/${id}.test.ts`;
  for (const p of [rulePath, testPath]) if (existsSync(join(root, p))) throw new Error(`${p} already exists`);

  const read = (p: string) => readFileSync(join(root, p), 'utf8');
  const registry = read(REGISTRY);
  const files = new Map<string, string>();
  files.set(rulePath, ruleFile(id, category));
  files.set(testPath, testFile(id));
  files.set(REGISTRY, addToRegistry(registry, id));
  const pick = (lang: 'en' | 'cs') =>
    Object.fromEntries(Object.entries({ ...MESSAGES, ...FIXES }).map(([k, v]) => [k, v[lang]] as const));
  files.set(CS_CATALOG, addToCatalog(read(CS_CATALOG), id, pick('cs')));
  if (existsSync(join(root, EN_CATALOG)) && catalogHasRuleMessages(read(EN_CATALOG), registry)) {
    files.set(EN_CATALOG, addToCatalog(read(EN_CATALOG), id, pick('en')));
  }
  if (!o.dryRun) for (const [p, content] of files) writeFileSync(join(root, p), content);
  return { files };
}

function main(argv: string[]): void {
  const args = [...argv];
  const flag = (name: string) => {
    const i = args.indexOf(name);
    if (i < 0) return undefined;
    const [, value] = args.splice(i, 2);
    if (!value) throw new Error(`${name} needs a value`);
    return value;
  };
  const dryRun = args.includes('--dry-run');
  if (dryRun) args.splice(args.indexOf('--dry-run'), 1);
  const root = resolve(flag('--root') ?? fileURLToPath(new URL('..', import.meta.url)));
  const category = flag('--category') as Category | undefined;
  const [id, ...rest] = args;
  if (!id || rest.length) {
    console.error('usage: npm run new-rule -- <rule-id> [--category body] [--dry-run] [--root <dir>]');
    process.exit(2);
  }
  const { files } = scaffoldRule({ root, id, category, dryRun });
  for (const p of files.keys()) console.log(`${dryRun ? 'would write' : 'wrote'} ${p}`);
  if (!dryRun) {
    console.log(
      `\nNext: write the check in ${RULES_DIR}/${id}.ts (messages, why, example), its cases in ` +
        `${TESTS_DIR}/${id}.test.ts, the Czech text in ${CS_CATALOG}; then npm run docs:rules.`,
    );
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main(process.argv.slice(2));
  } catch (err) {
    console.error(`new-rule: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  }
}
