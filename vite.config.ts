import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { prevalidatedData } from './src/data/prevalidate';

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
