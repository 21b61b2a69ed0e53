import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import svelteConfig from './svelte.config.js';

/**
 * One-way layers (ARCHITECTURE.md practice 5):
 * engine ← rules ← calculators.ts ← storage/ui; pwa apart.
 * Tests next to a file obey the same rule as the file.
 */
const layer = (files, forbidden, message) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', { patterns: [{ group: forbidden, message }] }],
  },
});

const browserOnly = ['dexie', 'dexie/*', 'workbox-window', 'virtual:pwa-register', 'svelte', 'svelte/*'];

export default ts.config(
  { ignores: ['dist/', 'dist-*/', 'dev-dist/', 'node_modules/', 'test-results/', 'playwright-report/', 'coverage/'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // Locked down (issue 10): no markup from strings, no code from strings. The CSP and Trusted Types refuse
  // these at run time too; lint says so where the code is written.
  {
    files: ['src/**', 'tests/**', '*.ts', '*.js', 'vite-plugins/**'],
    rules: {
      'svelte/no-at-html-tags': 'error',
      'no-eval': 'error',
      'no-implied-eval': 'error', // setTimeout('…'), setInterval('…')
      'no-new-func': 'error',
      'no-script-url': 'error',
      'no-restricted-properties': [
        'error',
        ...['innerHTML', 'outerHTML', 'insertAdjacentHTML'].map((property) => ({ property, message: 'Build DOM with Svelte markup or textContent, never from an HTML string.' })),
        { object: 'document', property: 'write', message: 'Build DOM with Svelte markup, never document.write.' },
      ],
    },
  },
  // The engine works on civil dates (core/dates.ts): a date string parsed by Date depends on the time zone.
  {
    files: ['src/engine/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...["Literal[raw=/^['\"]/]", 'TemplateLiteral'].map((type) => ({
          selector: `NewExpression[callee.name='Date'] > ${type}.arguments:first-child`,
          message: 'No new Date(<string>) in the engine: parse civil dates with core/dates.ts.',
        })),
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='parse']", message: 'No Date.parse in the engine: parse civil dates with core/dates.ts.' },
      ],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { projectService: true, extraFileExtensions: ['.svelte'], parser: ts.parser, svelteConfig } },
  },
  layer(
    ['src/engine/**'],
    ['**/rules/**', '**/calculators', '**/calculators.ts', '**/storage/**', '**/ui/**', '**/pwa/**', ...browserOnly],
    'The engine is pure: no rules data, no storage, no UI, no browser APIs.',
  ),
  layer(
    ['src/rules/**'],
    ['**/calculators', '**/calculators.ts', '**/storage/**', '**/ui/**', '**/pwa/**', ...browserOnly],
    'Rules are data: they may import engine types, never UI, storage or browser APIs.',
  ),
  layer(['src/calculators.ts', 'src/calculators/**'], ['**/storage/**', '**/ui/**', '**/pwa/**', ...browserOnly], 'calculators.ts and src/calculators/ join engine and rules; they know no UI or storage.'),
  layer(['src/storage/**'], ['**/ui/**', '**/pwa/**', '**/engine/**', '**/rules/**'], 'Storage reaches the engine only through calculators.ts (catalog.ts for ids, dates and the rules version).'),
  // The UI's own folders may be called "rules" (e.g. the Rules page's sections), so this layer matches by path
  // climbing out of src/ui: any import that leaves src/ui and enters src/engine or src/rules.
  {
    files: ['src/ui/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(\\.\\./)+(engine|rules)(/|$)',
              message: 'The UI talks to calculators.ts only, never to engine or rules internals.',
            },
          ],
        },
      ],
    },
  },
  // Every e2e spec goes through fixtures.ts, whose automatic fixture fails a test on a CSP violation or a foreign request.
  {
    files: ['tests/e2e/**/*.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: '@playwright/test', message: "Import test and expect from './fixtures' (the security guard runs in every test)." }] },
      ],
    },
  },
  layer(['src/pwa/**'], ['**/engine/**', '**/rules/**', '**/calculators', '**/calculators.ts', '**/storage/**', '**/ui/**'], 'The PWA layer stands apart.'),
);
