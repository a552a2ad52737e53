/**
 * Per-deployment values for the app manifest, read from `manifest/env/<name>.env`.
 *
 * The format is deliberately small: `KEY=VALUE` lines, `#` comments and blank
 * lines, optional surrounding double or single quotes. No interpolation, no
 * `export`. Every problem in a file is reported at once, each naming the file
 * and the key, so a county admin can fix a file in one pass.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

/** The validated values one deployment needs. */
export interface ManifestEnv {
  /** Name of the env file without `.env` (e.g. `local`, `viken`); used in the package file name. */
  readonly envName: string;
  readonly appId: string;
  readonly appVersion: string;
  /** Origin the static build is served from, at its root; no path and no trailing slash. */
  readonly appUrl: string;
  readonly entraClientId: string;
  readonly appNameShort: string;
  readonly appNameFull: string;
  readonly developerName: string;
  readonly developerWebsiteUrl: string;
  readonly privacyUrl: string;
  readonly termsUrl: string;
}

export const ENV_KEYS = [
  'APP_ID',
  'APP_VERSION',
  'APP_URL',
  'ENTRA_CLIENT_ID',
  'APP_NAME_SHORT',
  'APP_NAME_FULL',
  'DEVELOPER_NAME',
  'DEVELOPER_WEBSITE_URL',
  'PRIVACY_URL',
  'TERMS_URL',
] as const;

export type EnvKey = (typeof ENV_KEYS)[number];

/** Thrown when an env file is missing, unreadable or has invalid values; `problems` lists them all. */
export class ManifestEnvError extends Error {
  readonly code = 'MANIFEST_ENV_INVALID';
  constructor(readonly problems: readonly string[]) {
    super(problems.join('\n'));
    this.name = 'ManifestEnvError';
  }
}

const GUID = /^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;
// Office add-ins require n.n.n with at most five digits per part (unified-manifest-overview);
// the Teams schema only asks for semver, so this is the stricter of the two.
const VERSION = /^(0|[1-9][0-9]{0,4})\.(0|[1-9][0-9]{0,4})\.(0|[1-9][0-9]{0,4})$/;

/** Parses KEY=VALUE text. Returns the values and the syntax problems (unknown and duplicate keys included). */
export function parseEnvText(text: string, file: string): { values: Map<string, string>; problems: string[] } {
  const values = new Map<string, string>();
  const problems: string[] = [];
  const known = new Set<string>(ENV_KEYS);
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const eq = line.indexOf('=');
    const key = eq === -1 ? line : line.slice(0, eq).trim();
    if (eq === -1 || !/^[A-Z][A-Z0-9_]*$/.test(key)) {
      problems.push(`${file}:${index + 1}: expected KEY=VALUE (got "${line}")`);
      return;
    }
    if (!known.has(key)) {
      problems.push(`${file}: ${key} is not a known key (known: ${ENV_KEYS.join(', ')})`);
      return;
    }
    if (values.has(key)) {
      problems.push(`${file}: ${key} is set twice (line ${index + 1})`);
      return;
    }
    values.set(key, unquote(line.slice(eq + 1).trim()));
  });
  return { values, problems };
}

function unquote(value: string): string {
  const first = value[0];
  if (value.length >= 2 && (first === '"' || first === "'") && value.endsWith(first)) return value.slice(1, -1);
  return value;
}

type Check = (value: string) => string | null;

const maxLength =
  (n: number): Check =>
  (v) =>
    [...v].length > n ? `must be at most ${n} characters (got ${[...v].length}: "${v}")` : null;

const httpsUrl: Check = (v) => {
  if (!/^https:\/\//i.test(v)) return `must start with https:// (got "${v}")`;
  try {
    new URL(v);
  } catch {
    return `is not a valid URL (got "${v}")`;
  }
  return v.length > 2048 ? 'must be at most 2048 characters' : null;
};

const CHECKS: Record<EnvKey, readonly Check[]> = {
  APP_ID: [(v) => (GUID.test(v) ? null : `must be a GUID like 8c5f0a3e-…-…-…-… (got "${v}")`)],
  APP_VERSION: [(v) => (VERSION.test(v) ? null : `must be n.n.n with up to five digits per part (got "${v}")`)],
  APP_URL: [
    httpsUrl,
    (v) => {
      let url: URL;
      try {
        url = new URL(v);
      } catch {
        return null; // reported by httpsUrl
      }
      if (url.search !== '' || url.hash !== '') return `must not have a query or fragment (got "${v}")`;
      // The build's pages load their scripts and styles from /assets/ at the root of the host
      // (Vite's default base), so served under a path they would find none and show a blank page.
      if (!/^\/*$/.test(url.pathname)) {
        return `must be the host's root, without a path (got "${v}"): the web app loads its scripts from /assets/ at the root of the host, so under "${url.pathname}" it would show a blank page. Serve dist/ at the root of its own host name and set APP_URL=${url.origin}`;
      }
      return null;
    },
  ],
  ENTRA_CLIENT_ID: [(v) => (GUID.test(v) ? null : `must be a GUID (the Entra application (client) ID) (got "${v}")`)],
  APP_NAME_SHORT: [maxLength(30)],
  APP_NAME_FULL: [maxLength(100)],
  DEVELOPER_NAME: [maxLength(32)],
  DEVELOPER_WEBSITE_URL: [httpsUrl],
  PRIVACY_URL: [httpsUrl],
  TERMS_URL: [httpsUrl],
};

/** Validates parsed values; returns the env or every problem found. */
export function validateEnv(
  values: ReadonlyMap<string, string>,
  file: string,
): { env: ManifestEnv; problems: [] } | { env: null; problems: string[] } {
  const problems: string[] = [];
  for (const key of ENV_KEYS) {
    const value = values.get(key);
    if (value === undefined) {
      problems.push(`${file}: ${key} is missing`);
      continue;
    }
    if (value === '') {
      problems.push(`${file}: ${key} is empty`);
      continue;
    }
    for (const check of CHECKS[key]) {
      const problem = check(value);
      if (problem !== null) problems.push(`${file}: ${key} ${problem}`);
    }
  }
  if (problems.length > 0) return { env: null, problems };
  const get = (key: EnvKey): string => values.get(key) ?? '';
  return {
    env: {
      envName: envNameOf(file),
      appId: get('APP_ID').toLowerCase(),
      appVersion: get('APP_VERSION'),
      appUrl: get('APP_URL').replace(/\/+$/, ''),
      entraClientId: get('ENTRA_CLIENT_ID').toLowerCase(),
      appNameShort: get('APP_NAME_SHORT'),
      appNameFull: get('APP_NAME_FULL'),
      developerName: get('DEVELOPER_NAME'),
      developerWebsiteUrl: get('DEVELOPER_WEBSITE_URL'),
      privacyUrl: get('PRIVACY_URL'),
      termsUrl: get('TERMS_URL'),
    },
    problems: [],
  };
}

export function envNameOf(file: string): string {
  return basename(file).replace(/\.env$/, '');
}

/** Parses and validates env text; throws `ManifestEnvError` listing every problem. */
export function parseManifestEnv(text: string, file: string): ManifestEnv {
  const parsed = parseEnvText(text, file);
  const validated = validateEnv(parsed.values, file);
  const problems = [...parsed.problems, ...validated.problems];
  if (problems.length > 0 || validated.env === null) throw new ManifestEnvError(problems);
  return validated.env;
}

/** Reads, parses and validates an env file; throws `ManifestEnvError` listing every problem. */
export function loadManifestEnv(file: string): ManifestEnv {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ManifestEnvError([`${file}: cannot read the env file (${reason})`]);
  }
  return parseManifestEnv(text, file);
}
