import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, describe, it, expect } from 'vitest';
import { loadManifestEnv } from './env';
import { PackageError, REPO_ROOT, buildPackage, checkIcons, parseArgs, webBuildEnv } from './package';
import { validateLocalizationSchema, validateManifestSchema } from './validate';

const tmp = mkdtempSync(join(tmpdir(), 'arshjul-package-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const quiet = (): void => undefined;

describe('buildPackage', () => {
  it('writes a zip with the manifest, icons and localisation files, and the manifest validates', async () => {
    const result = await buildPackage({ envFile: 'manifest/env/local.env', outDir: tmp, skipBuild: true, rootDir: REPO_ROOT, log: quiet });
    expect(result.zipPath).toBe(join(tmp, 'arshjul-vigo-local-0.1.0.zip'));
    const entries = unzipSync(readFileSync(result.zipPath));
    expect(Object.keys(entries).sort()).toEqual(
      ['color.png', 'color32x32.png', 'en-US.json', 'manifest.json', 'nn-NO.json', 'outline.png'].sort(),
    );
    const decode = (name: string): unknown => JSON.parse(new TextDecoder().decode(entries[name]));
    const manifest = decode('manifest.json');
    expect(validateManifestSchema(manifest)).toEqual([]);
    expect(manifest).toEqual(result.manifest);
    for (const file of ['nn-NO.json', 'en-US.json']) expect(validateLocalizationSchema(decode(file), file)).toEqual([]);
    expect(entries['color.png']).toEqual(new Uint8Array(readFileSync(join(REPO_ROOT, 'assets/icons/color.png'))));
  });

  it('is reproducible: the same inputs give the same bytes', async () => {
    const a = await buildPackage({ envFile: 'manifest/env/example.env', outDir: join(tmp, 'a'), skipBuild: true, rootDir: REPO_ROOT, log: quiet });
    const b = await buildPackage({ envFile: 'manifest/env/example.env', outDir: join(tmp, 'b'), skipBuild: true, rootDir: REPO_ROOT, log: quiet });
    expect(readFileSync(a.zipPath)).toEqual(readFileSync(b.zipPath));
  });

  it('fails with every env problem, naming the file as given', async () => {
    const envFile = join(tmp, 'broken.env');
    writeFileSync(envFile, 'APP_ID=x\nAPP_URL=http://x\n');
    const error: unknown = await buildPackage({ envFile, outDir: tmp, skipBuild: true, rootDir: REPO_ROOT, log: quiet }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(PackageError);
    const problems = error instanceof PackageError ? error.problems : [];
    expect(problems).toContain(`${envFile}: APP_URL must start with https:// (got "http://x")`);
    expect(problems).toContain(`${envFile}: APP_VERSION is missing`);
    expect(problems.length).toBe(10); // bad APP_ID, bad APP_URL and eight missing keys
  });

  it('fails clearly when the env file does not exist', async () => {
    await expect(
      buildPackage({ envFile: 'manifest/env/nope.env', outDir: tmp, skipBuild: true, rootDir: REPO_ROOT, log: quiet }),
    ).rejects.toThrow('manifest/env/nope.env: cannot read the env file');
  });
});

describe('webBuildEnv', () => {
  const county = loadManifestEnv(join(REPO_ROOT, 'manifest/env/example.env'));

  it("builds the web app with the env file's app id and Entra client id", () => {
    const env = webBuildEnv(county, { PATH: '/usr/bin' });
    expect(env).toEqual({
      PATH: '/usr/bin',
      VITE_TEAMS_APP_ID: '2d7c1f04-8b3e-4c55-9a61-3f0e2b7d9c18',
      VITE_ENTRA_CLIENT_ID: '9b1e5a27-4c0d-4f83-b6e2-71d8a0c3f946',
      // Empty in the environment, so a developer's .env.local cannot point the build at the simulator.
      VITE_GRAPH_SIMULATOR_URL: '',
      VITE_GRAPH_BASE_URL: '',
      VITE_DEMO_GROUP_ID: '',
    });
  });

  it("keeps the shell's VITE_ variables (the Graph simulator of npm start, another county's ids) out of the build", () => {
    const env = webBuildEnv(county, {
      HOME: '/home/x',
      VITE_TEAMS_APP_ID: '6f1304a9-bcb7-4599-a188-07c9e19e7c6e',
      VITE_GRAPH_SIMULATOR_URL: 'http://127.0.0.1:4000',
      VITE_GRAPH_BASE_URL: 'http://127.0.0.1:4000/v1.0',
      VITE_DEMO_GROUP_ID: 'demo',
    });
    expect(Object.keys(env).sort()).toEqual(['HOME', 'VITE_DEMO_GROUP_ID', 'VITE_ENTRA_CLIENT_ID', 'VITE_GRAPH_BASE_URL', 'VITE_GRAPH_SIMULATOR_URL', 'VITE_TEAMS_APP_ID']);
    expect(env['VITE_TEAMS_APP_ID']).toBe(county.appId);
    expect([env['VITE_GRAPH_SIMULATOR_URL'], env['VITE_GRAPH_BASE_URL'], env['VITE_DEMO_GROUP_ID']]).toEqual(['', '', '']);
  });
});

describe('checkIcons', () => {
  it('finds every committed icon at its size', () => {
    expect(checkIcons()).toEqual([]);
  });

  it('reports missing and mis-sized icons', () => {
    const dir = mkdtempSync(join(tmp, 'icons-'));
    writeFileSync(join(dir, 'color.png'), readFileSync(join(REPO_ROOT, 'assets/icons/outline.png')));
    const problems = checkIcons(dir);
    expect(problems).toContainEqual(expect.stringMatching(/color\.png: icon must be 192×192 \(got 32×32\)$/));
    expect(problems).toContainEqual(expect.stringMatching(/outline\.png: icon file is missing/));
    expect(problems).toHaveLength(11);
  });
});

describe('parseArgs', () => {
  it('defaults to the local env and dist-package/', () => {
    expect(parseArgs([])).toMatchObject({ envFile: 'manifest/env/local.env', outDir: 'dist-package', skipBuild: false });
  });

  it('reads --env, --out and --skip-build in both spellings', () => {
    expect(parseArgs(['--env', 'manifest/env/agder.env', '--out=out/', '--skip-build'])).toMatchObject({
      envFile: 'manifest/env/agder.env',
      outDir: 'out/',
      skipBuild: true,
    });
  });

  it('rejects unknown arguments and missing values', () => {
    expect(parseArgs(['--evn', 'x'])).toEqual({ error: 'unknown argument "--evn"' });
    expect(parseArgs(['--env'])).toEqual({ error: '--env needs a file' });
  });
});
