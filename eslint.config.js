import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Modules that need a browser's DOM (or a React tree) to mean anything. */
const BROWSER_ONLY = ['react', 'react/*', 'react-dom', 'react-dom/*', 'idb', 'file-type', 'file-type/*', '@zip.js/*', '@simplewebauthn/browser'];
const NODE = ['node:*'];
const NODE_GLOBALS = ['Buffer', 'process', 'require', 'module', '__dirname', '__filename', 'global', 'setImmediate'];
const BROWSER_GLOBALS = ['window', 'document', 'navigator', 'location', 'localStorage', 'sessionStorage', 'indexedDB', 'self'];

/**
 * Which package may import what (docs/decisions/0014-case-domain-package.md). The case domain runs
 * in the browser and on the server, so it imports neither the browser's packages nor Node's; the
 * device package is the browser's and knows nothing of the UI; the server never loads the browser's
 * code. Read by the lint rules below and by packages/case/test/boundaries.test.ts.
 */
export const PACKAGE_BOUNDARIES = [
  {
    name: 'case',
    files: ['packages/case/src/**/*.ts'],
    ignores: ['packages/case/src/**/*.test.ts', 'packages/case/src/pdf.ts', 'packages/case/src/pdf/**'],
    packages: ['@jikim/device', '@jikim/web', '@jikim/server', '@jikim/cli', '@jikim/contracts', 'pdfkit', ...BROWSER_ONLY, ...NODE],
    // The core never reaches into the PDF documents: importing the domain must not load pdfkit.
    paths: ['**/pdf/**', '**/pdf.js', '**/device/**', '**/web/**', '**/server/**'],
    globals: [...BROWSER_GLOBALS, ...NODE_GLOBALS],
  },
  {
    name: 'case/pdf',
    files: ['packages/case/src/pdf.ts', 'packages/case/src/pdf/**/*.ts'],
    ignores: ['packages/case/src/**/*.test.ts', 'packages/case/src/pdf/report-font-files.ts'],
    packages: ['@jikim/device', '@jikim/web', '@jikim/server', '@jikim/cli', '@jikim/contracts', ...BROWSER_ONLY, ...NODE],
    paths: ['**/device/**', '**/web/**', '**/server/**'],
    globals: [...BROWSER_GLOBALS, ...NODE_GLOBALS],
  },
  {
    name: 'device',
    files: ['packages/device/src/**/*.ts'],
    ignores: ['packages/device/src/**/*.test.ts'],
    packages: ['@jikim/web', '@jikim/server', '@jikim/cli', 'react', 'react/*', 'react-dom', 'react-dom/*', ...NODE],
    paths: ['**/web/**', '**/server/**'],
    globals: NODE_GLOBALS,
  },
  {
    name: 'server',
    files: ['packages/server/src/**/*.ts'],
    ignores: ['packages/server/src/**/*.test.ts'],
    packages: ['@jikim/device', '@jikim/web', ...BROWSER_ONLY],
    paths: ['**/device/**', '**/web/src/**'],
    globals: [],
  },
];

const boundaryRules = PACKAGE_BOUNDARIES.map(({ name, files, ignores, packages, paths, globals: forbiddenGlobals }) => ({
  files,
  ignores,
  rules: {
    'no-restricted-imports': ['error', {
      patterns: [
        { group: packages, message: `The ${name} package may not import this (docs/decisions/0014-case-domain-package.md).` },
        { group: paths, message: `The ${name} package may not reach into this folder (docs/decisions/0014-case-domain-package.md).` },
      ],
    }],
    ...(forbiddenGlobals.length > 0 ? { 'no-restricted-globals': ['error', ...forbiddenGlobals] } : {}),
  },
}));

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', 'e2e/test-results/**', 'data/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node }, ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      'no-console': ['error', { allow: ['warn', 'error'] }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Tests and benchmarks print their tables and figures on purpose.
    files: ['**/*.test.ts', 'e2e/**/*.ts', 'bench/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['packages/web/src/client/**/*.ts', 'packages/device/src/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  ...boundaryRules,
);
