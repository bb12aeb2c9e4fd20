// Lint: typescript-eslint's recommended rules, no import cycles (type-only ones included), and
// production code never importing test helpers (the graphql-js rules this project copies).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import atlas from './eslint-rules/no-type-cycle.js';

export default tseslint.config(
  { ignores: ['node_modules/', 'client/dist/', 'server/neo4j/target/', 'server/src/http/ide/dist/', 'bench/corpus/', 'tests/artifacts/', '.scratch/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX, atlas },
    settings: { 'import-x/resolver-next': [createNodeResolver()] },
    languageOptions: { parserOptions: { ecmaVersion: 2023, sourceType: 'module' } },
    rules: {
      'import-x/no-cycle': 'error',
      // import-x skips type-only imports; this one does not (eslint-rules/no-type-cycle.js).
      'atlas/no-type-cycle': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['server/src/**/*.ts', 'client/src/**/*.ts'],
    ignores: ['**/__tests__/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/tests/**', '**/__tests__/**', 'vitest', 'vitest/*'], message: 'Production code must not import test code.' }] }],
    },
  },
);
