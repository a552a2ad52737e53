// @ts-check
/**
 * Lint for the whole tree. Beyond the recommended sets, it keeps the layers apart:
 * - src/domain is pure: no React, Fluent, TeamsJS, MSAL or Graph, and nothing from the
 *   layers around it (ui, app, hosts, sync, data);
 * - src/ui reaches Graph only through the sync engines, never src/sync/gateway.
 * Type-only imports are allowed across layers (they vanish at build time).
 */
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const UI_LIBRARIES = ['react', 'react-dom', 'react/*', 'react-dom/*', '@fluentui/*'];
const HOST_LIBRARIES = ['@microsoft/teams-js', '@azure/msal-browser', '@microsoft/microsoft-graph-client', '@microsoft/microsoft-graph-client/*'];

export default tseslint.config(
  {
    ignores: ['node_modules/', 'dist/', 'dist-*/', 'coverage/', 'test-results/', '.data/', '**/*.min.js'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { prefer: 'type-imports', fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      'no-empty': ['error', { allowEmptyCatch: false }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'bench/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    // Tests beside the domain may read the real data (src/data) as their fixture; the code may not.
    files: ['src/domain/**/*.ts'],
    ignores: ['src/domain/**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [...UI_LIBRARIES, ...HOST_LIBRARIES],
              allowTypeImports: true,
              message: 'src/domain is pure: no UI, host, sign-in or Graph libraries (type imports are fine).',
            },
            {
              group: ['**/ui', '**/ui/**', '**/app', '**/app/**', '**/hosts', '**/hosts/**', '**/sync', '**/sync/**', '**/data', '**/data/**'],
              allowTypeImports: true,
              message: 'src/domain must not depend on the layers around it.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/sync/gateway', '**/sync/gateway/**'],
              message: 'The UI reaches Graph through the sync engines (src/sync/*Sync.ts), not the gateway.',
            },
          ],
        },
      ],
    },
  },
);
