/**
 * Builds the app once for the browser tests with Vite's JS API (the project's own config plus
 * the Teams host harness page, so the harness and the tab share an origin as TeamsJS expects
 * of a trusted host) into a temporary directory, and serves it with `vite preview`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build, preview, type PreviewServer } from 'vite';
import { pageInputs } from '../../../vite.config';

export const HARNESS_PATH = 'test/e2e/harness/host.html';

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createNetServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

export interface ServedBuild {
  readonly url: string;
  close(): Promise<void>;
}

export async function buildAndServe(root: string): Promise<ServedBuild> {
  const outDir = mkdtempSync(join(tmpdir(), 'arshjul-e2e-'));
  await build({
    root,
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'warn',
    mode: 'production',
    build: {
      outDir,
      emptyOutDir: true,
      sourcemap: false,
      reportCompressedSize: false,
      chunkSizeWarningLimit: 2000,
      rollupOptions: { input: { ...pageInputs(root), harness: resolve(root, HARNESS_PATH) } },
    },
  });
  const port = await freePort();
  const server: PreviewServer = await preview({
    root,
    configFile: false,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port, strictPort: true },
  });
  return {
    url: `http://127.0.0.1:${port}/`,
    async close() {
      await server.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}
