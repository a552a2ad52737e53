/**
 * Checks the zip and the web build that the REAL `npm run package` made (CI runs it after the
 * tests, then this file with PACKAGE_ZIP set; see .ci/run). package.test.ts checks the zip
 * logic with --skip-build; this one checks the artefacts an admin and the web server get:
 * the files in the zip, the manifest and localisation files against the copied schemas, the
 * icon sizes, and that every page and icon the manifest points at under APP_URL was built,
 * with Office.js on the task pane only. Skipped when PACKAGE_ZIP is not set.
 *
 *   npm run package -- --env manifest/env/local.env
 *   PACKAGE_ZIP=dist-package/arshjul-vigo-local-0.1.0.zip npx vitest run --project unit manifest/packageZip.test.ts
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './package';
import type { TeamsAppManifest } from './template';
import { validateLocalizationSchema, validateManifestConsistency, validateManifestSchema } from './validate';

const zipPath = process.env['PACKAGE_ZIP'];
const distDir = resolve(REPO_ROOT, process.env['PACKAGE_DIST'] ?? 'dist');
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

describe.skipIf(!zipPath)('the app package from the real build', () => {
  const entries = zipPath ? unzipSync(readFileSync(resolve(REPO_ROOT, zipPath))) : {};
  const decode = (name: string): unknown => JSON.parse(new TextDecoder().decode(entries[name]));
  const manifest = (zipPath ? decode('manifest.json') : {}) as TeamsAppManifest;

  it('holds the manifest, its icons and the localisation files, nothing else', () => {
    expect(Object.keys(entries).sort()).toEqual(['color.png', 'color32x32.png', 'en-US.json', 'manifest.json', 'nn-NO.json', 'outline.png']);
  });

  it('has a manifest and localisation files the v1.30 schemas accept', () => {
    expect(validateManifestSchema(manifest)).toEqual([]);
    expect(validateManifestConsistency(manifest)).toEqual([]);
    for (const file of manifest.localizationInfo?.additionalLanguages ?? []) expect(validateLocalizationSchema(decode(file.file), file.file)).toEqual([]);
    expect(manifest.localizationInfo?.additionalLanguages?.map((l) => l.file).sort()).toEqual(['en-US.json', 'nn-NO.json']);
  });

  it('has icons of the sizes the manifest requires', () => {
    const size = (name: string) => {
      const png = PNG.sync.read(Buffer.from(entries[name]!));
      return [png.width, png.height];
    };
    expect(size(manifest.icons.color)).toEqual([192, 192]);
    expect(size(manifest.icons.outline)).toEqual([32, 32]);
    expect(size(manifest.icons.color32x32!)).toEqual([32, 32]);
  });

  it('points only at pages and icons the web build contains', () => {
    const appUrl = new URL(manifest.staticTabs[0]!.websiteUrl);
    const urls = [
      manifest.staticTabs[0]!.contentUrl,
      manifest.staticTabs[0]!.websiteUrl,
      manifest.configurableTabs[0]!.configurationUrl,
      ...manifest.extensions.flatMap((e) => e.runtimes.map((r) => r.code.page)),
      ...manifest.extensions.flatMap((e) => e.ribbons.flatMap((r) => r.tabs.flatMap((t) => t.groups.flatMap((g) => [...(g.icons ?? []), ...g.controls.flatMap((c) => c.icons)])))).map((i) => i.url),
    ];
    const files = [...new Set(urls.map((u) => new URL(u)).filter((u) => u.origin === appUrl.origin).map((u) => (u.pathname.endsWith('/') ? `${u.pathname}index.html` : u.pathname)))];
    expect(files).toContain('/taskpane.html');
    for (const file of files) expect(existsSync(join(distDir, file)), `${file} in ${distDir}`).toBe(true);
  });

  it('loads Office.js on the task pane only, with the history methods kept', () => {
    const page = (name: string) => readFileSync(join(distDir, name), 'utf8');
    const pane = page('taskpane.html');
    expect(pane).toContain(`<script src="${OFFICE_JS}"></script>`);
    expect(pane.indexOf('window._historyCache =')).toBeLessThan(pane.indexOf(OFFICE_JS));
    expect(pane.indexOf('window.history.replaceState = window._historyCache.replaceState')).toBeGreaterThan(pane.indexOf(OFFICE_JS));
    for (const other of ['index.html', 'config.html']) expect(page(other)).not.toContain('appsforoffice');
  });
});
