// ESLint for Preflight: typescript-eslint with type information, the architecture's import boundaries
// (eslint-plugin-boundaries), selector strings only in adapters, relative imports only. Formatting is
// Prettier's job (eslint-config-prettier turns off every stylistic rule); `npm run lint` runs both.
// docs/architecture.md draws the layers these rules keep apart; docs/notes/lint.md lists the commands.
import { existsSync, readFileSync } from 'node:fs';
import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Layers of the code base (first matching pattern wins). Paths are relative to the repository root. */
const elements = [
  { type: 'engine', pattern: 'utils/analysis/**', partialMatch: false },
  { type: 'adapters', pattern: 'utils/adapters/**', partialMatch: false },
  { type: 'compose', pattern: 'utils/compose/**', partialMatch: false },
  { type: 'dns', pattern: 'utils/dns/**', partialMatch: false },
  { type: 'auth', pattern: 'utils/auth/**', partialMatch: false },
  { type: 'i18n', pattern: 'utils/i18n/**', partialMatch: false },
  // Files directly in utils/ (types, messages, storage, status, findings); see `files` for which of
  // them are the shared vocabulary.
  { type: 'shared', pattern: 'utils', partialMatch: false },
  { type: 'components', pattern: 'components/**', partialMatch: false },
  { type: 'entrypoints', pattern: 'entrypoints/**', partialMatch: false },
  { type: 'scripts', pattern: 'scripts/**', partialMatch: false },
  { type: 'tests', pattern: 'tests/**', partialMatch: false },
];

/** Single files with a role of their own (element patterns match folders, file descriptors files). */
const files = [
  // The shared vocabulary: every layer may use it, it uses none of them.
  {
    category: 'vocabulary',
    pattern: ['utils/types.ts', 'utils/storage.ts', 'utils/messages.ts', 'utils/i18n/**'],
  },
  // The background's wire contract: vocabulary that may name the report shapes it carries (types only).
  { category: 'wire', pattern: 'utils/messages.ts' },
  // Shared files built on WXT's storage (an extension API): pure layers may import their types only.
  { category: 'extension-storage', pattern: ['utils/storage.ts', 'utils/status.ts'] },
  // The domain checks' contract: constants (CHECK_KEYS) and types only, importing nothing but utils/types.ts.
  { category: 'auth-contract', pattern: 'utils/auth/contract.ts' },
  // The English analysis catalog: derived from the rules' meta.messages (one English source by design).
  { category: 'engine-catalog', pattern: 'utils/i18n/en/analysis.ts' },
];

const anyOf = (...types) => ({ to: { element: { types: { anyOf: types } } } });
const external = (...sources) => ({ to: { module: { origin: 'external', source: sources } } });
const EXTENSION_API = ['wxt', '#imports', 'webextension-polyfill', '@wxt-dev/*', 'chrome', '@types/chrome'];
const UI = ['preact', '@preact/*'];

/**
 * Who may not import whom. Every message names the boundary and the reason, so a failing line says
 * what to do. Messages may use {{from.type}} / {{to.type}} / {{dependency.source}}.
 */
const policies = [
  {
    from: { element: { type: 'engine' } },
    disallow: anyOf('adapters', 'compose', 'components', 'dns', 'auth', 'entrypoints', 'scripts', 'tests'),
    message:
      'utils/analysis (the engine) is pure: it must not import {{to.type}}. Pass data in (a Draft, settings) instead.',
  },
  {
    from: { element: { type: 'engine' } },
    disallow: external(...EXTENSION_API, ...UI),
    message:
      'utils/analysis (the engine) is pure: no extension API or UI ({{dependency.source}}). It runs in Node, workers and tests too.',
  },
  {
    from: { element: { types: { anyOf: ['engine', 'adapters', 'dns', 'auth'] } } },
    disallow: { dependency: { kind: 'value' }, to: { file: { categories: 'extension-storage' } } },
    message:
      '{{from.type}} runs outside the extension too (Node, tests, CLI): import only types from utils/storage.ts and utils/status.ts (they use WXT storage); pass settings in.',
  },
  {
    from: { element: { type: 'adapters' } },
    disallow: anyOf('components', 'engine', 'compose', 'entrypoints', 'dns', 'auth', 'scripts', 'tests'),
    message:
      'utils/adapters read the webmail DOM and return plain data: they must not import {{to.type}} (UI, engine and compose sit above them).',
  },
  {
    from: { element: { type: 'adapters' } },
    disallow: external(...UI),
    message: 'utils/adapters render nothing: no UI library ({{dependency.source}}).',
  },
  {
    from: { element: { type: 'components' } },
    disallow: anyOf('adapters', 'dns', 'compose', 'entrypoints', 'scripts', 'tests'),
    message:
      'components/ render what they are given: they must not import {{to.type}}. Let utils/compose or the entrypoint pass the data in.',
  },
  {
    from: { element: { type: 'dns' } },
    disallow: anyOf('auth', 'engine', 'compose', 'adapters', 'components', 'entrypoints', 'scripts', 'tests'),
    message:
      'utils/dns is the resolver layer and knows no protocol or UI above it: it must not import {{to.type}}.',
  },
  {
    from: { element: { type: 'auth' } },
    disallow: anyOf('adapters', 'compose', 'components', 'entrypoints', 'engine', 'scripts', 'tests'),
    message:
      'utils/auth checks domains over an injected resolver and knows no webmail, engine or UI: it must not import {{to.type}}.',
  },
  {
    from: { element: { type: 'auth' } },
    disallow: external(...UI),
    message: 'utils/auth knows no UI: no UI library ({{dependency.source}}).',
  },
  {
    from: { file: { categories: 'vocabulary' } },
    disallow: anyOf(
      'engine',
      'adapters',
      'compose',
      'dns',
      'auth',
      'components',
      'entrypoints',
      'scripts',
      'tests',
    ),
    message:
      'The shared vocabulary (utils/types.ts, messages.ts, storage.ts, i18n/) imports nothing above it: {{to.type}} is above it. Move the shared type down into utils/types.ts.',
  },
  {
    // messages.ts types the background's answers, which are domain reports: a type-only import of their
    // shape is erased at build time and adds no dependency.
    from: { file: { categories: 'wire' } },
    allow: { dependency: { kind: 'type' }, ...anyOf('auth') },
  },
  {
    // messages.ts validates requests against CHECK_KEYS at run time; contract.ts is a pure list of
    // constants and types (no resolver, no protocol code), i.e. shared vocabulary that lives with auth.
    from: { file: { categories: 'wire' } },
    allow: { to: { file: { categories: 'auth-contract' } } },
  },
  {
    // The English catalog IS the rules' meta.messages (one English source): it reads them from the engine.
    from: { file: { categories: 'engine-catalog' } },
    allow: anyOf('engine'),
  },
  {
    from: { element: { type: 'scripts' } },
    disallow: anyOf('tests'),
    message:
      'scripts/ must not import from tests/: move the helper into scripts/lib/ (tests may import it from there).',
  },
  {
    from: { element: { types: { anyOf: ['entrypoints', 'components', 'compose', 'shared', 'i18n'] } } },
    disallow: anyOf('tests', 'scripts'),
    message: 'Production code must not import test-only or command-line code ({{to.type}}).',
  },
];

/**
 * WXT auto-imports (`.wxt/types/imports-module.d.ts`, written by `wxt prepare`) make names such as
 * `storage`, `browser` or `sortFindings` usable without an import, which the boundary rules cannot
 * see. Outside entrypoints every such name must be imported explicitly.
 */
function autoImportNames() {
  const file = new URL('.wxt/types/imports-module.d.ts', import.meta.url);
  const fallback = ['browser', 'storage', 'defineBackground', 'defineContentScript', 'createShadowRootUi'];
  if (!existsSync(file)) return fallback;
  const names = [...readFileSync(file, 'utf8').matchAll(/export \{([^}]*)\} from/g)].flatMap((m) =>
    m[1].split(',').map((n) => n.trim().replace(/^type /, '')),
  );
  return [...new Set([...fallback, ...names.filter(Boolean)])];
}
const autoImportGlobals = autoImportNames().map((name) => ({
  name,
  message: `WXT auto-imports ${name}; import it explicitly so the import boundaries can see the dependency.`,
}));

/** Selector strings belong in utils/adapters (and tests). A call with a literal selector elsewhere fails. */
const SELECTOR_CALL =
  'CallExpression[callee.property.name=/^(querySelector|querySelectorAll|closest|matches)$/][arguments.0.type=/^(Literal|TemplateLiteral)$/]';

export default tseslint.config(
  {
    ignores: [
      '.output/**',
      '.wxt/**',
      'dist/**',
      'node_modules/**',
      '.demo/**',
      'bench-results/**',
      'tests/e2e/.cache/**',
      'tests/fixtures/**',
      // Deliberately wrong code that tests/lint/boundaries.test.ts feeds to ESLint's Node API.
      'tests/lint/fixtures/**',
      '**/*.tmp.ts',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: {
          // Config files outside tsconfig's include are linted with the default project.
          allowDefaultProject: ['*.js', '*.mjs', 'tests/integration/*.mjs'],
        },
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.browser, ...globals.node },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Relative imports are the project's style; WXT's aliases (@/, ~/, @@/, ~~/) are not used.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(@|~|@@|~~)(/|$)',
              message: 'Use a relative import (the project style), not the @/ or ~/ alias.',
            },
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      // preact/test-utils' act() flushes synchronously for a synchronous callback; its promise is moot.
      '@typescript-eslint/no-floating-promises': [
        'error',
        { allowForKnownSafeCalls: [{ from: 'package', name: 'act', package: 'preact/test-utils' }] },
      ],
      // Node's createServer/on('message') and the extension's onMessage take async callbacks by design
      // (webextension-polyfill sends a returned promise's value as the response); other misuse is caught.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false } }],
      // Off: an async function that implements a Promise-returning contract without awaiting (resolvers,
      // storage fakes) is clearer than Promise.resolve wrappers and turns a throw into a rejection.
      '@typescript-eslint/require-await': 'off',
      // Off: Preflight reads untrusted text and DNS names; matching control characters is the point of
      // those patterns (stripping them, refusing them).
      'no-control-regex': 'off',
    },
  },
  {
    files: ['tests/**'],
    rules: {
      // Off in tests: vitest's asymmetric matchers (expect.any, expect.stringContaining) and JSON.parse
      // output are typed any; a wrong shape fails the assertion that reads it.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
    },
  },
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': elements,
      'boundaries/files': files,
      'boundaries/include': ['**/*.{ts,tsx,js,mjs}'],
      'import/resolver': { typescript: { alwaysTryTypes: true } },
    },
    rules: {
      'boundaries/dependencies': ['error', { default: 'allow', checkAllOrigins: true, policies }],
    },
  },
  {
    files: ['utils/**', 'components/**'],
    rules: { 'no-restricted-globals': ['error', ...autoImportGlobals] },
  },
  {
    files: ['utils/analysis/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'browser', message: 'utils/analysis (the engine) is pure: no extension API (browser).' },
        { name: 'chrome', message: 'utils/analysis (the engine) is pure: no extension API (chrome).' },
        ...autoImportGlobals.filter((g) => g.name !== 'browser'),
      ],
    },
  },
  {
    files: ['**/*.{ts,tsx}'],
    ignores: ['utils/adapters/**', 'tests/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: SELECTOR_CALL,
          message:
            'Selector strings live only in utils/adapters/ (tied to fixtures by tests/adapters/selectors.test.ts): export a selector list or a finder from the adapter and use it here.',
        },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    ...tseslint.configs.disableTypeChecked,
  },
  prettier,
);
