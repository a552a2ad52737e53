import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, runnerImport, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The pages of the app, each an HTML input of the build. Add a page here (the Outlook task
 * pane is `taskpane.html`); pages whose file does not exist yet are skipped.
 */
export const PAGES: Record<string, string> = {
  tab: 'index.html',
  config: 'config.html',
  taskpane: 'taskpane.html',
};

export function pageInputs(base: string = root): Record<string, string> {
  return Object.fromEntries(
    Object.entries(PAGES)
      .map(([name, file]) => [name, `${base}/${file}`] as const)
      .filter(([, path]) => existsSync(path)),
  );
}

const SHIPPED = /[\\/]src[\\/]data[\\/]shipped\.ts$/;

/**
 * Validates the shipped data at build time: `src/data/shipped.ts` becomes a module holding the
 * datasets as `src/data/datasets.ts` validates them (the same code as the CLI and the tests),
 * as a JSON string, which parses faster than an object literal. The tab then ships no
 * validator and does no validation work before the wheel is drawn; a data file with a problem
 * fails the build, naming every one. Loaded through Vite's runner so the config itself imports
 * no app code.
 */
export function prevalidatedData(base: string = root): Plugin {
  return {
    name: 'arshjul:prevalidated-data',
    async transform(_code, id) {
      if (!SHIPPED.test(id.split('?')[0]!)) return null;
      const { module, dependencies } = await runnerImport<{ builtInDatasets: () => unknown }>(`${base}/src/data/datasets.ts`, {
        configFile: false,
        logLevel: 'error',
      });
      for (const file of dependencies) this.addWatchFile(file);
      let datasets: unknown;
      try {
        datasets = module.builtInDatasets();
      } catch (error) {
        this.error(error instanceof Error ? error.message : String(error));
      }
      const code =
        '// Validated at build time by the prevalidatedData plugin (vite.config.ts).\n' +
        `const DATASETS = JSON.parse(${JSON.stringify(JSON.stringify(datasets))});\n` +
        'export function shippedDatasets() { return DATASETS; }\n';
      return { code, map: null };
    },
  };
}

export default defineConfig({
  // The shipped data is validated here, at build time, so the tab ships no validator.
  plugins: [react(), prevalidatedData()],
  server: { port: 5173, strictPort: false },
  build: {
    target: 'es2022',
    sourcemap: true,
    rollupOptions: { input: pageInputs() },
  },
});
