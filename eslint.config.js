// Lint: TypeScript, Lit templates, web-component rules and accessibility of Lit templates.
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';
import { importX, createNodeResolver } from 'eslint-plugin-import-x';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'storybook-static/**',
      '**/generated/**',
      '**/custom-elements.json',
      '**/media/**',
    ],
  },
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  {
    plugins: { 'lit-a11y': litA11y },
    rules: litA11y.configs.recommended.rules,
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Our define() registers tags (it guards against double definition, which the rule cannot see).
      'wc/define-tag-after-class-definition': 'off',
    },
  },
  {
    // No import circles in the widgets' sources (docs/architecture.md, "Import rules"). The
    // resolver maps the `.js` of our TypeScript imports to the `.ts` file and reads workspace
    // packages through their `source` export condition, as the test runner does.
    files: ['packages/*/src/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/resolver-next': [
        createNodeResolver({
          extensionAlias: { '.js': ['.ts', '.js'] },
          conditionNames: ['source', 'import', 'default'],
        }),
      ],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      // No `@internal` public members: what a view needs goes through the host interface, what
      // a test needs through the DOM, events, the public API or a test seam (architecture.md).
      'no-warning-comments': ['error', { terms: ['@internal'], location: 'anywhere' }],
    },
  },
  {
    // Small files with one job (issue 25): a source, test or script over 400 lines of code
    // (blank lines and comments not counted) fails the lint; split it along its seams.
    files: ['**/*.ts', '**/*.mjs', '**/*.js'],
    ignores: [
      // Data, not code: the glossary's term table and its per-language texts, other locale
      // tables, and the fixtures and examples tests and docs read. Their length is their content.
      'packages/glossary/src/terms.ts',
      '**/locales/**',
      '**/fixtures/**',
      '**/examples/**',
    ],
    rules: {
      'max-lines': ['error', { max: 400, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    // Chai assertions are expressions; hostile-input tests use invalid hrefs on purpose.
    files: ['**/test/**/*.ts', 'test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-expressions': 'off',
      'lit-a11y/anchor-is-valid': 'off',
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { console: 'readonly', process: 'readonly', URL: 'readonly' } },
  },
);
