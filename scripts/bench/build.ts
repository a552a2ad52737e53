/**
 * The production build the benchmark measures: the project's own Vite config, plus the bench
 * pages as extra inputs (only here), written to a temporary directory and served by a tiny
 * static server.
 */
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { build } from 'vite';

export interface BenchBuild {
  readonly outDir: string;
  readonly entries: Record<string, string>;
}

export async function buildForBench(root: string): Promise<BenchBuild> {
  const outDir = mkdtempSync(join(tmpdir(), 'arshjul-bench-'));
  const entries: Record<string, string> = {
    blank: 'bench/blank.html',
    wheel: 'bench/wheel.html',
  };
  // The tab is the app's own entry, once the app has one.
  if (existsSync(join(root, 'index.html'))) entries.tab = 'index.html';
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
      rollupOptions: { input: Object.fromEntries(Object.entries(entries).map(([name, file]) => [name, resolve(root, file)])) },
    },
  });
  return { outDir, entries };
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

export function serve(outDir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = normalize(join(outDir, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(outDir) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    response.end(readFileSync(file));
  });
  return new Promise((done) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      done({ url: `http://127.0.0.1:${port}/`, close: () => new Promise((closed) => server.close(() => closed())) });
    });
  });
}
