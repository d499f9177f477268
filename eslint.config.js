// Lint says where code may run (see README › Architecture):
//  - electron/shared is platform-free: no Node, no Electron, no DOM libraries, nothing outside shared;
//  - the renderer never imports Node-side code (core, import, export, server, cli, main, preload);
//  - only the Electron shell (electron/main, electron/preload) may import `electron`.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';

const nodeSideDirs = ['core', 'import', 'export', 'server', 'cli', 'main', 'preload', 'launch'];
const nodeSidePatterns = nodeSideDirs.map((dir) => `**/electron/${dir}/**`);

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      '**/dist/**',
      'test/fixtures/**',
      'coverage/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: 'Only electron/main and electron/preload may import electron.' }] }],
    },
  },
  {
    files: ['electron/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['fs', 'path', 'os', 'crypto', 'child_process', 'electron', 'better-sqlite3', 'react', 'react-dom', 'lexical', 'docx', 'jszip'].map(
            (name) => ({ name, message: 'electron/shared must stay platform-free (zod and other shared files only).' }),
          ),
          patterns: [
            { group: ['node:*', '@lexical/*'], message: 'electron/shared must stay platform-free (zod and other shared files only).' },
            { group: [...nodeSidePatterns.map((pattern) => pattern.replace('**/electron/', '**/')), '**/renderer/**'], message: 'electron/shared may not import from outside electron/shared.' },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: ['fs', 'path', 'os', 'child_process', 'electron', 'better-sqlite3'].map(
            (name) => ({ name, message: 'The renderer runs without Node; use the API client.' }),
          ),
          patterns: [
            { group: ['node:*'], message: 'The renderer runs without Node; use the API client.' },
            { group: nodeSidePatterns, message: 'The renderer may import only electron/shared from the Node side.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/main/**/*.ts', 'electron/preload/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['test/**/*.{ts,tsx}'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
