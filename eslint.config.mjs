// One linter for both processes. The boundary rule keeps the domain core pure: it must run in
// Vitest, a Web Worker and the Node CLI alike, so it may not import React, Dexie, the DOM's
// libraries, Electron or Node's I/O.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

// Test support (fixtures, fake stores, fake I/O) lives in test-support/ folders, outside the
// production type-check (tsconfig.web.json); production code may not import it.
const testSupportForbidden = {
  group: ['**/test-support/**', '**/test-support'],
  message: 'Test support is for tests only: production code may not import it.',
}
const testFiles = ['**/*.test.ts', '**/*.test.tsx', '**/test-support/**']

const domainForbidden = {
  paths: [
    { name: 'react', message: 'The domain core is pure: no React.' },
    { name: 'react-dom', message: 'The domain core is pure: no React.' },
    { name: 'dexie', message: 'The domain core is pure: no storage.' },
    { name: 'dexie-react-hooks', message: 'The domain core is pure: no storage.' },
    { name: 'electron', message: 'The domain core is pure: no Electron.' },
    { name: 'zustand', message: 'The domain core is pure: no UI state.' },
    { name: 'antd', message: 'The domain core is pure: no UI.' },
    { name: 'exceljs', message: 'The domain core is pure: Excel lives in src-renderer/src/excel.' },
  ],
  patterns: [
    { group: ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process'], message: 'The domain core does no I/O.' },
    { group: ['**/db/**', '**/features/**', '**/components/**', '**/stores/**', '**/bridge/**'], message: 'The domain core depends on nothing outside it.' },
    testSupportForbidden,
  ],
}

export default tseslint.config(
  {
    ignores: ['out/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'dist/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-empty': ['error', { allowEmptyCatch: false }],
    },
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    files: ['src-renderer/src/domain/**/*.ts'],
    ignores: testFiles,
    languageOptions: { globals: {} },
    rules: { 'no-restricted-imports': ['error', domainForbidden] },
  },
  {
    // One way to write (db/repos/write.ts): a repo's write opens its transaction and records its
    // history through writeWithHistory, so no write can forget either.
    files: ['src-renderer/src/db/repos/**/*.ts'],
    ignores: ['src-renderer/src/db/repos/**/*.test.ts', 'src-renderer/src/db/repos/write.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='transaction'][arguments.0.value='rw']",
          message: 'Write through writeWithHistory (db/repos/write.ts): one transaction with its history entry.',
        },
        {
          selector: "CallExpression[callee.object.property.name='history'][callee.property.name=/^(add|bulkAdd|put|bulkPut)$/]",
          message: 'Record history through write.record (db/repos/write.ts), inside writeWithHistory.',
        },
      ],
    },
  },
  {
    files: ['src-renderer/src/**/*.{ts,tsx}'],
    ignores: ['src-renderer/src/domain/**', 'src-renderer/src/excel/**', 'src-renderer/src/workers/**', ...testFiles],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The renderer reaches main only through window.capdo.' }],
          patterns: [testSupportForbidden],
        },
      ],
    },
  },
  {
    files: ['src-renderer/src/excel/**/*.ts', 'src-renderer/src/workers/**/*.ts', 'src-main/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.ts'],
    ignores: testFiles,
    rules: { 'no-restricted-imports': ['error', { patterns: [testSupportForbidden] }] },
  },
)
