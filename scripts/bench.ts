/**
 * `npm run bench`: builds the app for production, serves it, measures it in headless Chromium
 * and prints a table of figures against their targets. It never fails on a figure; it fails
 * only when it cannot measure.
 *
 * Each file in scripts/bench/sections/ default-exports a `BenchSection`; add a file to add
 * figures. Chromium is Debian's /usr/bin/chromium (CHROMIUM_PATH overrides); none is downloaded.
 * `npm run bench -- push` runs only the named sections; when none of them needs the browser
 * (`needs = 'node'`), nothing is built.
 */
import { readdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { buildForBench, serve } from './bench/build';
import type { BenchContext, BenchModule, BenchRow } from './bench/types';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');

function printTable(rows: readonly BenchRow[]): void {
  const header = ['section', 'metric', 'target', 'measured', ''];
  const lines = rows.map((r) => [r.section, r.metric, r.target, r.measured, r.verdict === 'ok' ? 'ok' : r.verdict === 'over' ? 'OVER' : '']);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const format = (cells: readonly string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  console.log(format(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const line of lines) console.log(format(line));
  const notes = rows.filter((r) => r.note);
  if (notes.length > 0) {
    console.log('');
    for (const r of notes) console.log(`${r.section} / ${r.metric}: ${r.note}`);
  }
}

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const sectionsDir = join(here, 'bench', 'sections');
  const files = readdirSync(sectionsDir)
    .filter((f) => /\.ts$/.test(f) && !f.endsWith('.test.ts'))
    .filter((f) => only.length === 0 || only.includes(f.replace(/\.ts$/, '')))
    .sort();

  const sections: Array<{ name: string; module: BenchModule }> = [];
  for (const file of files) {
    sections.push({ name: file.replace(/\.ts$/, ''), module: (await import(pathToFileURL(join(sectionsDir, file)).href)) as BenchModule });
  }

  const rows: BenchRow[] = [];
  if (sections.every((s) => s.module.needs === 'node')) {
    // Nothing selected needs the build or a browser: measure without them.
    for (const { name, module } of sections) {
      console.log(`Measuring ${name} …`);
      if (module.needs === 'node') rows.push(...(await module.default()));
    }
    console.log('');
    printTable(rows);
    return;
  }

  console.log('Building for production …');
  const { outDir, entries } = await buildForBench(root);
  const server = await serve(outDir);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const context: BenchContext = {
    baseUrl: server.url,
    outDir,
    entries,
    browser,
    async newPage(cpuSlowdown = 1) {
      const browserContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await browserContext.newPage();
      if (cpuSlowdown > 1) {
        const cdp = await browserContext.newCDPSession(page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
      }
      return page;
    },
  };

  try {
    for (const { name, module } of sections) {
      console.log(`Measuring ${name} …`);
      rows.push(...(await (module.needs === 'node' ? module.default() : module.default(context))));
    }
  } finally {
    await browser.close();
    await server.close();
    rmSync(outDir, { recursive: true, force: true });
  }
  console.log('');
  printTable(rows);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
