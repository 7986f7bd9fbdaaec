// Lint rules double as architecture rules: each folder may import only what runs where it runs.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const electron = {
  name: 'electron',
  message: 'Only the Electron shell (src/main/*.ts) and preload may import electron.',
};
const nodeBuiltins = {
  group: ['node:*'],
  message: 'This code runs in the renderer or anywhere: no Node built-ins.',
};

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'node_modules/**',
      'dist/**',
      'test-results/**',
      'playwright-report/**',
      'tests/fixtures/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  {
    // Tests index into arrays they just checked; `!` there reads better than a guard per line.
    files: ['tests/**/*.ts', 'bench/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electron, { name: 'react', message: 'src/shared has no UI.' }],
          patterns: [
            nodeBuiltins,
            {
              group: ['**/main/**', '**/renderer/**', '**/preload/**'],
              message: 'src/shared depends on nothing else in src.',
            },
          ],
        },
      ],
    },
  },
  {
    files: [
      'src/main/core/**/*.ts',
      'src/main/web/**/*.ts',
      'src/main/cli/**/*.ts',
      'tests/unit/**/*.ts',
      'bench/**/*.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              ...electron,
              message:
                'core, web and cli run in plain Node: they never import electron (DESIGN.md).',
            },
          ],
          patterns: [
            {
              group: ['**/renderer/**', '**/preload/**'],
              message: 'Node-side code does not import UI code.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/main/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              ...electron,
              message: 'core never imports electron: ports are passed in (DESIGN.md).',
            },
          ],
          patterns: [
            {
              group: [
                '**/web/**',
                '**/cli/**',
                '**/renderer/**',
                '**/preload/**',
                '../index',
                '../ipc/**',
                '../windows/**',
                '../platform/**',
              ],
              message: 'core depends only on src/shared.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.flat.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [electron],
          patterns: [
            nodeBuiltins,
            {
              group: ['**/main/**', '**/preload/**'],
              message: 'The renderer talks to main only through window.parallax.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/main/**', '**/renderer/**'],
              message: 'preload builds window.parallax from the contract; nothing else.',
            },
          ],
        },
      ],
    },
  },
);
