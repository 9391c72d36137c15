// Lint rules, including the layer boundaries: shared/ imports no runtime, renderer/ and electron/ never import each other.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const runtimeImports = [
  'electron',
  'react',
  'react-dom',
  'react/*',
  'dexie',
  'dexie-*',
  '@tiptap/*',
  'zustand',
  'node:*',
];

const rendererReachesNoDesktop = {
  group: ['electron', 'node:*', '**/electron/**', '**/cli/**'],
  message: 'renderer/ reaches the desktop only through the platform adapter.',
};

/** Transient UI state has one home: the slices of renderer/store/ui-store.ts (conventions: one store built from slices). */
const oneUiStore = [
  ...['zustand', 'zustand/vanilla', 'zustand/traditional'].map((name) => ({
    name,
    message:
      'UI state lives in a slice of renderer/store/ui-store.ts; select from useUiStore (useShallow for several values).',
  })),
  {
    name: 'react',
    importNames: ['useSyncExternalStore'],
    message: 'UI state lives in a slice of renderer/store/ui-store.ts, not in a hand-written store.',
  },
];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', 'coverage/**', '.tmp/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'error',
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [...runtimeImports, '**/electron/**', '**/renderer/**', '**/cli/**'],
              message: 'shared/ is pure TypeScript: it imports no runtime and no other layer.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'require', 'localStorage', 'indexedDB'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: oneUiStore,
          patterns: [rendererReachesNoDesktop],
        },
      ],
    },
  },
  {
    // The one store is built here, from slices.
    files: ['renderer/store/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [rendererReachesNoDesktop] }] },
  },
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', 'dexie', '@tiptap/*', 'zustand', '**/renderer/**', '**/cli/**'],
              message: 'electron/ never imports the renderer.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['cli/**/*.{ts,mjs}', 'scripts/**/*.mjs', 'bench/**/*.{ts,mjs}', '*.config.{ts,js}'],
    languageOptions: { globals: globals.node },
    rules: { 'no-console': 'off' },
  },
  {
    files: ['test/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.property.name='only']", message: '.only is not committed.' },
      ],
    },
  },
);
