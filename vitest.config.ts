import { defineConfig } from 'vitest/config';

/**
 * Two projects, both run by `npm test`:
 * - unit: everything but the browser tests, in node;
 * - e2e: the browser tests in test/e2e (real headless Chromium), after one production build
 *   served by `vite preview` (test/e2e/setup/globalSetup.ts), one file at a time.
 * `npx vitest run --project unit` runs the fast band alone.
 */
export default defineConfig({
  test: {
    reporters: ['default', './test/summary-reporter.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/**/*.test.ts', 'manifest/**/*.test.ts', 'assets/**/*.test.ts', 'scripts/**/*.test.ts'],
          // A real package build's check runs in CI after `npm run package` (vitest.package.config.ts).
          exclude: ['test/e2e/**', '**/node_modules/**', 'manifest/builtPackage.test.ts'],
          environment: 'node',
          testTimeout: 20_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/e2e/setup/globalSetup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
