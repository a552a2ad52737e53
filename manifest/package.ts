/**
 * Builds the app package (the zip an admin uploads) for one deployment.
 *
 *   npm run package -- [--env manifest/env/local.env] [--out dist-package/] [--skip-build]
 *
 * Steps: read the env file → generate manifest.json and the localisation files →
 * validate them offline against the v1.30 schemas → check the icons → (unless
 * --skip-build) build the web app with the env file's ids (`webBuildEnv`) and copy the
 * ribbon icons into `dist/assets/` → write `arshjul-vigo-<env>-<version>.zip`. The zip never
 * depends on the web build: it holds only the manifest, its icons and the localisation files.
 * The build depends on the env file, so `dist/` belongs to the deployment it was packaged for.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import type { Zippable } from 'fflate';
import { ICONS_DIR } from '../assets/icons/draw-icons';
import { RIBBON_ICON_SIZES } from '../assets/icons/draw';
import { ManifestEnvError, loadManifestEnv } from './env';
import type { ManifestEnv } from './env';
import { buildLocalizationFiles } from './localization';
import { PACKAGE_ICONS, RIBBON_ICON_PATH, buildManifest, ribbonIconFile } from './template';
import type { TeamsAppManifest } from './template';
import {
  checkPngSize,
  validateLocalizationSchema,
  validateManifestConsistency,
  validateManifestSchema,
} from './validate';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_ENV_FILE = 'manifest/env/local.env';
export const DEFAULT_OUT_DIR = 'dist-package';

export interface PackageOptions {
  /** Env file, relative to `rootDir` or absolute. */
  readonly envFile: string;
  /** Output folder for the zip, relative to `rootDir` or absolute. */
  readonly outDir: string;
  /** Skip `vite build` (and the copy of ribbon icons into `dist/`). */
  readonly skipBuild: boolean;
  /** Repository root; defaults to the folder above `manifest/`. */
  readonly rootDir?: string;
  readonly log?: (line: string) => void;
}

export interface PackageResult {
  readonly zipPath: string;
  readonly env: ManifestEnv;
  readonly manifest: TeamsAppManifest;
  /** File names inside the zip, in the order written. */
  readonly files: readonly string[];
}

/** Thrown when packaging cannot go on; `problems` has one line per problem. */
export class PackageError extends Error {
  readonly code = 'PACKAGE_FAILED';
  constructor(readonly problems: readonly string[]) {
    super(problems.join('\n'));
    this.name = 'PackageError';
  }
}

// A fixed timestamp keeps the zip byte-identical for identical inputs.
const ZIP_MTIME = new Date('2026-01-01T00:00:00Z');

const json = (value: unknown): Uint8Array => new TextEncoder().encode(`${JSON.stringify(value, null, 2)}\n`);

export function packageFileName(env: ManifestEnv): string {
  return `arshjul-vigo-${env.envName}-${env.appVersion}.zip`;
}

/** Checks every icon the manifest and ribbon refer to; returns one line per problem. */
export function checkIcons(iconsDir: string = ICONS_DIR): string[] {
  const label = (file: string): string => relative(process.cwd(), join(iconsDir, file)) || file;
  const expected = new Map<string, number>([
    [PACKAGE_ICONS.color, 192],
    [PACKAGE_ICONS.outline, 32],
    [PACKAGE_ICONS.color32x32, 32],
    ...RIBBON_ICON_SIZES.map((size): [string, number] => [ribbonIconFile(size), size]),
  ]);
  const problems: string[] = [];
  for (const [file, size] of expected) {
    const problem = checkPngSize(join(iconsDir, file), size, label(file));
    if (problem !== null) problems.push(problem);
  }
  return problems;
}

/**
 * The environment `vite build` runs in: the caller's, without any `VITE_` variable of the shell,
 * plus the deployment's values the app reads as `import.meta.env` (Vite gives variables already
 * in the environment precedence over `.env` files). Without them the build would sign in with
 * no Entra app ("VITE_ENTRA_CLIENT_ID is not set", src/app/graphServices.ts) and its Teams deep
 * links would open the local demo app (src/main.tsx); without dropping the shell's, a build made
 * in a terminal that ran `npm start` could talk to the local Graph simulator.
 */
export function webBuildEnv(env: ManifestEnv, inherited: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const kept = Object.fromEntries(Object.entries(inherited).filter(([key]) => !key.startsWith('VITE_')));
  return { ...kept, ...LOCAL_ONLY_VALUES, ...webAppValues(env) };
}

/**
 * The local Graph simulator's settings, empty (which the app reads as unset): set in the
 * environment, they win over a developer's `.env.local` too, so a county build never signs in
 * to the simulator.
 */
const LOCAL_ONLY_VALUES: Readonly<Record<string, string>> = {
  VITE_GRAPH_SIMULATOR_URL: '',
  VITE_GRAPH_BASE_URL: '',
  VITE_DEMO_GROUP_ID: '',
};

/** The values the web app is built with from an env file, by the name the app reads them. */
export function webAppValues(env: ManifestEnv): Record<string, string> {
  return {
    VITE_TEAMS_APP_ID: env.appId,
    VITE_ENTRA_CLIENT_ID: env.entraClientId,
  };
}

function buildWebApp(rootDir: string, env: ManifestEnv, log: (line: string) => void): string[] {
  const values = Object.entries(webAppValues(env)).map(([key, value]) => `${key}=${value}`);
  log(`building the web app (npx vite build) with ${values.join(', ')}…`);
  const result = spawnSync('npx', ['vite', 'build'], {
    cwd: rootDir,
    env: webBuildEnv(env),
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (result.status === 0) return [];
  const why = result.error !== undefined ? result.error.message : `exit code ${String(result.status)}`;
  return [`vite build failed (${why}); fix the build or package with --skip-build`];
}

/** Copies the ribbon icons to where the manifest's icon URLs point: `<APP_URL>/assets/icon-<n>.png`. */
function copyRibbonIcons(rootDir: string, log: (line: string) => void): void {
  const target = join(rootDir, 'dist', RIBBON_ICON_PATH);
  mkdirSync(target, { recursive: true });
  for (const size of RIBBON_ICON_SIZES) copyFileSync(join(ICONS_DIR, ribbonIconFile(size)), join(target, ribbonIconFile(size)));
  log(`copied ${RIBBON_ICON_SIZES.length} ribbon icons to ${relative(rootDir, target)}/`);
}

export async function buildPackage(options: PackageOptions): Promise<PackageResult> {
  const rootDir = options.rootDir ?? REPO_ROOT;
  const log = options.log ?? ((line: string) => console.log(line));
  const envPath = resolve(rootDir, options.envFile);
  const envLabel = options.envFile;

  let env: ManifestEnv;
  try {
    env = loadManifestEnv(envPath);
  } catch (error) {
    if (error instanceof ManifestEnvError) {
      // Report paths as the user typed them, not as resolved.
      throw new PackageError(error.problems.map((p) => p.split(envPath).join(envLabel)));
    }
    throw error;
  }

  const manifest = buildManifest(env);
  const localizations = buildLocalizationFiles(env);
  const problems = [
    ...validateManifestSchema(manifest),
    ...validateManifestConsistency(manifest),
    ...localizations.flatMap(({ file, content }) => validateLocalizationSchema(content, file)),
    ...checkIcons(),
  ];
  if (problems.length > 0) throw new PackageError(problems);

  if (!options.skipBuild) {
    const buildProblems = buildWebApp(rootDir, env, log);
    if (buildProblems.length > 0) throw new PackageError(buildProblems);
    copyRibbonIcons(rootDir, log);
  }

  const entries: [string, Uint8Array][] = [
    ['manifest.json', json(manifest)],
    ...Object.values(PACKAGE_ICONS).map((file): [string, Uint8Array] => [file, readFileSync(join(ICONS_DIR, file))]),
    ...localizations.map(({ file, content }): [string, Uint8Array] => [file, json(content)]),
  ];
  const zippable: Zippable = {};
  for (const [name, data] of entries) zippable[name] = [data, { mtime: ZIP_MTIME }];

  const outDir = resolve(rootDir, options.outDir);
  mkdirSync(outDir, { recursive: true });
  const zipPath = join(outDir, packageFileName(env));
  writeFileSync(zipPath, zipSync(zippable, { level: 9 }));
  log(`wrote ${relative(process.cwd(), zipPath) || zipPath} (${entries.map(([name]) => name).join(', ')})`);
  return { zipPath, env, manifest, files: entries.map(([name]) => name) };
}

const USAGE = `usage: npm run package -- [--env manifest/env/<name>.env] [--out dist-package/] [--skip-build]`;

export function parseArgs(argv: readonly string[]): PackageOptions | { help: true } | { error: string } {
  let envFile = DEFAULT_ENV_FILE;
  let outDir = DEFAULT_OUT_DIR;
  let skipBuild = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg?.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string | undefined => inline ?? argv[++i];
    switch (flag) {
      case '--env': {
        const v = value();
        if (v === undefined || v === '') return { error: '--env needs a file' };
        envFile = v;
        break;
      }
      case '--out': {
        const v = value();
        if (v === undefined || v === '') return { error: '--out needs a folder' };
        outDir = v;
        break;
      }
      case '--skip-build':
        skipBuild = true;
        break;
      case '--help':
      case '-h':
        return { help: true };
      default:
        return { error: `unknown argument "${String(arg)}"` };
    }
  }
  return { envFile, outDir, skipBuild, rootDir: process.cwd() };
}

async function main(): Promise<number> {
  const parsed = parseArgs(process.argv.slice(2));
  if ('help' in parsed) {
    console.log(USAGE);
    return 0;
  }
  if ('error' in parsed) {
    console.error(`${parsed.error}\n${USAGE}`);
    return 1;
  }
  if (!existsSync(resolve(parsed.rootDir ?? REPO_ROOT, 'manifest'))) {
    console.error('run this from the repository root (the folder with package.json)');
    return 1;
  }
  try {
    await buildPackage(parsed);
    return 0;
  } catch (error) {
    if (error instanceof PackageError) {
      console.error(`packaging failed (${error.problems.length} problem${error.problems.length === 1 ? '' : 's'}):`);
      for (const problem of error.problems) console.error(`  ✗ ${problem}`);
      return 1;
    }
    throw error;
  }
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
