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
    // Unit tests of the renderer's pure logic (the editor's nodes and helpers) run headless in Node
    // but import renderer code, so they follow the renderer's rules rather than the Node side's.
    files: ['tests/unit/renderer/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electron],
          patterns: [
            nodeBuiltins,
            {
              group: ['**/main/**', '**/preload/**'],
              message: 'Renderer tests import renderer and shared code only, as the renderer does.',
            },
          ],
        },
      ],
    },
  },
  {
    // The Electron security checklist, where a lint rule can hold it (SECURITY.md maps every item).
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    rules: {
      'no-restricted-properties': [
        'error',
        {
          object: 'shell',
          property: 'openExternal',
          message: 'Parallax opens nothing outside itself: no shell.openExternal (checklist 15).',
        },
        {
          property: 'innerHTML',
          message: 'Text is rendered as text; Trusted Types would refuse this anyway.',
        },
        {
          property: 'outerHTML',
          message: 'Text is rendered as text; Trusted Types would refuse this anyway.',
        },
        {
          property: 'insertAdjacentHTML',
          message: 'Text is rendered as text; Trusted Types would refuse this anyway.',
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'Property[key.name=/^(nodeIntegration|nodeIntegrationInWorker|nodeIntegrationInSubFrames|webviewTag|allowRunningInsecureContent|experimentalFeatures)$/][value.value=true]',
          message: 'Electron security checklist: this web preference stays off.',
        },
        {
          selector:
            'Property[key.name=/^(contextIsolation|sandbox|webSecurity)$/][value.value=false]',
          message: 'Electron security checklist: this web preference stays on.',
        },
        {
          selector: "Property[key.name='enableBlinkFeatures']",
          message: 'Electron security checklist 10: no enableBlinkFeatures.',
        },
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Text is rendered as text, never as HTML.',
        },
        {
          selector: "JSXOpeningElement[name.name='webview']",
          message: 'Electron security checklist 11-12: no <webview>.',
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
