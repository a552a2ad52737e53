/**
 * Build-time validation of the shipped data, as a Vite plugin: `shipped.ts` becomes a module
 * holding the validated datasets (as a JSON string, which parses faster than an object
 * literal). The validation is `datasets.ts`'s own, so the app, the CLI and the tests accept
 * exactly the same files; a problem stops the build with the full list.
 */
import type { Plugin } from 'vite';
import { builtInDatasets } from './datasets';

const SHIPPED = /[\\/]src[\\/]data[\\/]shipped\.ts$/;

export function prevalidatedData(): Plugin {
  return {
    name: 'arshjul:prevalidated-data',
    transform(_code, id) {
      if (!SHIPPED.test(id.split('?')[0]!)) return null;
      let datasets: unknown;
      try {
        datasets = builtInDatasets();
      } catch (error) {
        this.error(error instanceof Error ? error.message : String(error));
      }
      const code =
        '// Validated at build time by src/data/prevalidate.ts.\n' +
        `const DATASETS = JSON.parse(${JSON.stringify(JSON.stringify(datasets))});\n` +
        'export function shippedDatasets() { return DATASETS; }\n';
      return { code, map: null };
    },
  };
}
