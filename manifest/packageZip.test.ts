/**
 * The app package as an admin and the web server get it: the files in the zip, the manifest
 * and localisation files against the copied schemas, the icon sizes, and that every page and
 * icon the manifest points at under APP_URL exists, with Office.js on the task pane only.
 *
 * CI (.ci/run) runs the REAL `npm run package` after the tests and then this file with
 * PACKAGE_ZIP set: the zip it wrote and the build in dist/ are checked. Without PACKAGE_ZIP
 * (in `npm test`) the package is made here with --skip-build and checked against the sources
 * the build is made from: the pages at the repository root and the committed ribbon icons.
 * What only the real build can show (the web app built for the manifest's deployment) is in
 * builtPackage.test.ts, which CI runs on the same package.
 *
 *   npm run package -- --env manifest/env/example.env
 *   PACKAGE_ZIP=dist-package/arshjul-vigo-example-1.0.0.zip npx vitest run --project unit manifest/packageZip.test.ts
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ICONS_DIR } from '../assets/icons/draw-icons';
import { REPO_ROOT, buildPackage } from './package';
import { RIBBON_ICON_PATH, type TeamsAppManifest } from './template';
import { validateLocalizationSchema, validateManifestConsistency, validateManifestSchema } from './validate';

const built = process.env['PACKAGE_ZIP'];
const distDir = resolve(REPO_ROOT, process.env['PACKAGE_DIST'] ?? 'dist');
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/** Where a path under APP_URL is served from: dist/ after a real build, else its source. */
function fileFor(pathname: string): string {
  if (built) return join(distDir, pathname);
  if (pathname.startsWith(`/${RIBBON_ICON_PATH}/`)) return join(ICONS_DIR, basename(pathname));
  return join(REPO_ROOT, pathname);
}

describe(`the app package (${built ? `${built} and ${distDir}` : 'made with --skip-build, against the sources'})`, () => {
  let entries: Record<string, Uint8Array> = {};
  let manifest = {} as TeamsAppManifest;
  const decode = (name: string): unknown => JSON.parse(new TextDecoder().decode(entries[name]));
  const tmp = mkdtempSync(join(tmpdir(), 'arshjul-package-zip-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  beforeAll(async () => {
    const zip = built
      ? resolve(REPO_ROOT, built)
      : (await buildPackage({ envFile: 'manifest/env/local.env', outDir: tmp, skipBuild: true, rootDir: REPO_ROOT, log: () => undefined })).zipPath;
    entries = unzipSync(readFileSync(zip));
    manifest = decode('manifest.json') as TeamsAppManifest;
  });

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
      // On APP_URL's host only when the deployment uses the app's own pages (local.env does).
      manifest.developer.privacyUrl,
      manifest.developer.termsOfUseUrl,
    ];
    const files = [...new Set(urls.map((u) => new URL(u)).filter((u) => u.origin === appUrl.origin).map((u) => (u.pathname.endsWith('/') ? `${u.pathname}index.html` : u.pathname)))];
    expect(files).toContain('/taskpane.html');
    for (const file of files) expect(existsSync(fileFor(file)), `${file} at ${fileFor(file)}`).toBe(true);
  });

  it('loads Office.js on the task pane only, with the history methods kept', () => {
    const page = (name: string) => readFileSync(fileFor(`/${name}`), 'utf8');
    const pane = page('taskpane.html');
    expect(pane).toContain(`<script src="${OFFICE_JS}"></script>`);
    expect(pane.indexOf('window._historyCache =')).toBeLessThan(pane.indexOf(OFFICE_JS));
    expect(pane.indexOf('window.history.replaceState = window._historyCache.replaceState')).toBeGreaterThan(pane.indexOf(OFFICE_JS));
    for (const other of ['index.html', 'config.html']) expect(page(other)).not.toContain('appsforoffice');
  });
});
