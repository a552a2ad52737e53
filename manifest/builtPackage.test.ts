/**
 * What only the real build can show about the app package: that the web app in dist/ was built
 * for the manifest's deployment. Run by CI (.ci/run) after `npm run package` with a county's env
 * file, with PACKAGE_ZIP naming the zip it wrote; not part of `npm test`, which has no build of
 * a county's package (see vitest.package.config.ts):
 *
 *   npm run package -- --env manifest/env/example.env
 *   PACKAGE_ZIP=dist-package/arshjul-vigo-example-1.0.0.zip npx vitest run --config vitest.package.config.ts
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadManifestEnv } from './env';
import { REPO_ROOT } from './package';
import type { TeamsAppManifest } from './template';

const built = process.env['PACKAGE_ZIP'];
const distDir = resolve(REPO_ROOT, process.env['PACKAGE_DIST'] ?? 'dist');

describe(`the built app package (${built ?? 'PACKAGE_ZIP not set'} and ${distDir})`, () => {
  let manifest = {} as TeamsAppManifest;

  beforeAll(() => {
    if (!built) throw new Error('PACKAGE_ZIP must name the zip `npm run package` wrote (see the top of this file)');
    manifest = JSON.parse(new TextDecoder().decode(unzipSync(readFileSync(resolve(REPO_ROOT, built)))['manifest.json'])) as TeamsAppManifest;
  });

  it("is built for the manifest's deployment: its app id and Entra client id, not the local demo app's", () => {
    const scripts = readdirSync(join(distDir, 'assets'))
      .filter((file) => file.endsWith('.js'))
      .map((file) => readFileSync(join(distDir, 'assets', file), 'utf8'))
      .join('\n');
    // Deep links (src/main.tsx) and sign-in (src/app/graphServices.ts) read these at build time.
    // Booleans: a failure should name the id, not print the scripts.
    expect(scripts.includes(manifest.id), `the app id ${manifest.id} in dist/assets/*.js`).toBe(true);
    expect(scripts.includes(manifest.webApplicationInfo.id), `the Entra client id ${manifest.webApplicationInfo.id} in dist/assets/*.js`).toBe(true);
    // Nor the local Graph simulator's address (npm start's), whatever a developer's .env.local says.
    for (const local of ['127.0.0.1:4000', 'localhost:4000']) expect(scripts.includes(local), `${local} in dist/assets/*.js`).toBe(false);
    const demoAppId = loadManifestEnv(join(REPO_ROOT, 'manifest/env/local.env')).appId;
    if (manifest.id !== demoAppId) expect(scripts.includes(demoAppId), `the demo app id ${demoAppId} in dist/assets/*.js`).toBe(false);
  });

  it("has the app's own privacy and terms pages, which local.env points at", () => {
    const local = loadManifestEnv(join(REPO_ROOT, 'manifest/env/local.env'));
    for (const url of [local.privacyUrl, local.termsUrl]) {
      const page = new URL(url).pathname;
      expect(existsSync(join(distDir, page)), `${page} in ${distDir}`).toBe(true);
    }
  });

  it('loads its scripts from /assets/ at the root of the host, which is why APP_URL may have no path (env.ts)', () => {
    for (const page of ['index.html', 'config.html', 'taskpane.html']) {
      expect(readFileSync(join(distDir, page), 'utf8')).toMatch(/<script type="module" crossorigin src="\/assets\//);
    }
    expect(new URL(manifest.staticTabs[0]!.websiteUrl).pathname).toBe('/');
  });

});
