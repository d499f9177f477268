// Lint says where code may run (see README › Architecture):
//  - electron/shared is platform-free: no Node, no Electron, no DOM libraries, nothing outside shared;
//  - the renderer never imports Node-side code (core, import, export, server, cli, main, preload);
//  - only the Electron shell (electron/main, electron/preload) may import `electron`;
//  - the Node side is layered one way (VS Code's layering rule): transports (main, server, cli) → api
//    (dispatcher and handlers) → features (import, export) → core (store, domain services) → shared.
//    A folder may import only folders below it;
//  - renderer features never import the app shell (app/ composes the features, not the reverse).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';

const nodeSideDirs = ['core', 'import', 'export', 'board', 'server', 'cli', 'main', 'preload', 'launch'];
// Each folder is reachable by a relative path or by its import alias (build/path-aliases.mjs).
const nodeSidePatterns = [
  ...nodeSideDirs.map((dir) => `**/electron/${dir}/**`),
  ...nodeSideDirs.map((dir) => `@${dir}/**`),
];
const onlyShellImportsElectron = {
  name: 'electron',
  message: 'Only electron/main and electron/preload may import electron.',
};

/** Which Node-side folders each layer must not import: everything above it. */
const layersAbove = {
  core: ['api', 'import', 'export', 'board', 'server', 'cli', 'main', 'preload', 'launch'],
  import: ['api', 'export', 'board', 'server', 'cli', 'main', 'preload', 'launch'],
  export: ['api', 'import', 'board', 'server', 'cli', 'main', 'preload', 'launch'],
  // Cross-review board services sit beside import and export: core and shared below, api above.
  board: ['api', 'import', 'export', 'server', 'cli', 'main', 'preload', 'launch'],
  api: ['server', 'cli', 'main', 'preload', 'launch'],
};
const layerRules = Object.entries(layersAbove).map(([layer, above]) => ({
  files: [`electron/${layer}/**/*.ts`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        paths: [onlyShellImportsElectron],
        patterns: [
          {
            // Relative specifiers that climb out to electron/<folder>, or its alias (`@api/…`);
            // `shared/api` is not `api`.
            regex: `^((\\.\\./)+|@)(${above.join('|')})(/|$)`,
            message: `electron/${layer} sits below ${above.join(', ')}: move the code that needs both up a layer (see README › Architecture).`,
          },
        ],
      },
    ],
  },
}));

// The renderer runs in a browser: no Node modules, and nothing from the Node side but electron/shared.
// Written once because a later block's no-restricted-imports replaces an earlier one instead of adding to it.
const rendererNodePaths = ['fs', 'path', 'os', 'child_process', 'electron', 'better-sqlite3'].map((name) => ({
  name,
  message: 'The renderer runs without Node; use the API client.',
}));
const rendererNodePatterns = [
  { group: ['node:*'], message: 'The renderer runs without Node; use the API client.' },
  { group: nodeSidePatterns, message: 'The renderer may import only electron/shared from the Node side.' },
];

export default tseslint.config(
  {
    ignores: ['node_modules/**', '**/dist/**', 'test/fixtures/**', 'coverage/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-restricted-imports': ['error', { paths: [onlyShellImportsElectron] }],
    },
  },
  ...layerRules,
  {
    files: ['electron/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            'fs',
            'path',
            'os',
            'crypto',
            'child_process',
            'electron',
            'better-sqlite3',
            'react',
            'react-dom',
            'lexical',
            'docx',
            'jszip',
          ].map((name) => ({
            name,
            message: 'electron/shared must stay platform-free (zod and other shared files only).',
          })),
          patterns: [
            {
              group: ['node:*', '@lexical/*'],
              message: 'electron/shared must stay platform-free (zod and other shared files only).',
            },
            {
              group: [
                ...nodeSidePatterns.map((pattern) => pattern.replace('**/electron/', '**/')),
                '**/renderer/**',
                '@api/**',
                '@renderer/**',
                '@test/**',
              ],
              message: 'electron/shared may not import from outside electron/shared.',
            },
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
      // The kit's Select renders a native <select>: a label around it labels it.
      'jsx-a11y/label-has-associated-control': ['error', { controlComponents: ['Select'] }],
      'no-restricted-imports': [
        'error',
        {
          paths: rendererNodePaths,
          patterns: rendererNodePatterns,
        },
      ],
    },
  },
  {
    files: [
      'renderer/src/features/**/*.{ts,tsx}',
      'renderer/src/components/**/*.{ts,tsx}',
      'renderer/src/editor/**/*.{ts,tsx}',
      'renderer/src/api/**/*.{ts,tsx}',
      'renderer/src/navigation/**/*.{ts,tsx}',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: rendererNodePaths,
          patterns: [
            ...rendererNodePatterns,
            {
              regex: '^((\\.\\./)+|@renderer/)app(/|$)',
              message:
                'Features are composed by app/, never the reverse: put what both need in navigation/ or components/.',
            },
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
