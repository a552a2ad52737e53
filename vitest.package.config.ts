import { defineConfig } from 'vitest/config';

/**
 * The check of a real app package build (manifest/builtPackage.test.ts), run by CI after
 * `npm run package` with PACKAGE_ZIP set; `npm test` leaves it out, having no such build.
 */
export default defineConfig({
  test: {
    reporters: ['default', './test/summary-reporter.ts'],
    include: ['manifest/builtPackage.test.ts'],
    environment: 'node',
  },
});
