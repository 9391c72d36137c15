// Lint rules, including the layer boundaries: shared/ imports no runtime, renderer/ and electron/ never import each other,
// and the zones inside them (model below exchange/import/interop; store, db and platform below features and app).
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

const sharedIsPure = {
  group: [...runtimeImports, '**/electron/**', '**/renderer/**', '**/cli/**'],
  message: 'shared/ is pure TypeScript: it imports no runtime and no other layer.',
};

/** Zones inside shared/: the model and its text sit below what reads, writes and converts files. */
const modelBelowFiles = {
  group: ['**/exchange', '**/exchange/**', '**/import', '**/import/**', '**/interop', '**/interop/**'],
  message: 'shared/model, text and richtext sit below exchange, import and interop: they import none of them.',
};

/** The table of file formats is bundled into the sandboxed preload: it stands alone. */
const formatsStandAlone = {
  group: ['**'],
  message: 'shared/formats is bundled by the sandboxed preload: it imports nothing.',
};

const rendererReachesNoDesktop = {
  group: ['electron', 'node:*', '**/electron/**', '**/cli/**'],
  message: 'renderer/ reaches the desktop only through the platform adapter.',
};

/** Zones inside renderer/: the store, the database and the host adapter sit below the screens that use them. */
const baseBelowFeatures = {
  group: ['**/features', '**/features/**', '**/app', '**/app/**'],
  message: 'renderer/store, db and platform sit below features/ and app/: they import neither.',
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

/** One no-restricted-imports setting (a file gets the last one that matches it, so each zone lists all its limits). */
function restrictImports({ paths = [], patterns }) {
  return { 'no-restricted-imports': ['error', { paths, patterns }] };
}

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
      ...restrictImports({ patterns: [sharedIsPure] }),
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'require', 'localStorage', 'indexedDB'],
    },
  },
  {
    files: ['shared/{model,text,richtext}/**/*.ts'],
    rules: restrictImports({ patterns: [sharedIsPure, modelBelowFiles] }),
  },
  {
    files: ['shared/formats/**/*.ts'],
    rules: restrictImports({ patterns: [formatsStandAlone] }),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    rules: restrictImports({ paths: oneUiStore, patterns: [rendererReachesNoDesktop] }),
  },
  {
    files: ['renderer/{db,platform}/**/*.ts'],
    rules: restrictImports({ paths: oneUiStore, patterns: [rendererReachesNoDesktop, baseBelowFeatures] }),
  },
  {
    // The one store is built here, from slices.
    files: ['renderer/store/**/*.ts'],
    rules: restrictImports({ patterns: [rendererReachesNoDesktop, baseBelowFeatures] }),
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
