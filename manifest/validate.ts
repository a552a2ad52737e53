/**
 * Offline validation of the generated manifest and localisation files against
 * the v1.30 schemas copied into `manifest/schema/`, plus the checks a schema
 * cannot express (action ids that exist, icon files of the right size).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv-draft-04';
import type { ErrorObject, ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { PNG } from 'pngjs';
import type { TeamsAppManifest } from './template';

const SCHEMA_DIR = join(dirname(fileURLToPath(import.meta.url)), 'schema');
export const MANIFEST_SCHEMA_FILE = join(SCHEMA_DIR, 'MicrosoftTeams.schema.json');
export const LOCALIZATION_SCHEMA_FILE = join(SCHEMA_DIR, 'MicrosoftTeams.Localization.schema.json');

let validators: { manifest: ValidateFunction; localization: ValidateFunction } | undefined;

function compile(): { manifest: ValidateFunction; localization: ValidateFunction } {
  if (validators !== undefined) return validators;
  // strict:false because the published schemas have loose spots Ajv's strict mode
  // warns about (e.g. boolean properties with a string "false" default).
  const make = (unicodeRegExp: boolean): Ajv => {
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp });
    addFormats(ajv);
    return ajv;
  };
  const load = (file: string): object => JSON.parse(readFileSync(file, 'utf8')) as object;
  validators = {
    // The manifest schema's patterns use \p{L}, which needs the `u` flag (Ajv's default).
    manifest: make(true).compile(load(MANIFEST_SCHEMA_FILE)),
    // The localisation schema has a pattern with an unescaped `]` that is only
    // valid without the `u` flag; it uses no Unicode property escapes.
    localization: make(false).compile(load(LOCALIZATION_SCHEMA_FILE)),
  };
  return validators;
}

function describe(file: string, errors: readonly ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((e) => {
    const path = e.instancePath === '' ? '/' : e.instancePath;
    const detail =
      e.keyword === 'additionalProperties'
        ? ` (${String((e.params as { additionalProperty?: unknown }).additionalProperty)})`
        : e.keyword === 'enum'
          ? ` (${JSON.stringify((e.params as { allowedValues?: unknown }).allowedValues)})`
          : '';
    return `${file}: ${path} ${e.message ?? e.keyword}${detail}`;
  });
}

/** Schema problems of a manifest object, as `manifest.json: <JSON path> <reason>` lines. */
export function validateManifestSchema(manifest: unknown, file = 'manifest.json'): string[] {
  const { manifest: validate } = compile();
  return validate(manifest) ? [] : describe(file, validate.errors);
}

/** Schema problems of one localisation file. */
export function validateLocalizationSchema(content: unknown, file: string): string[] {
  const { localization: validate } = compile();
  return validate(content) ? [] : describe(file, validate.errors);
}

/** Checks the schema cannot make: every ribbon control's actionId names a runtime action. */
export function validateManifestConsistency(manifest: TeamsAppManifest, file = 'manifest.json'): string[] {
  const problems: string[] = [];
  manifest.extensions.forEach((extension, e) => {
    const actions = new Set(extension.runtimes.flatMap((r) => r.actions.map((a) => a.id)));
    extension.ribbons.forEach((ribbon, r) =>
      ribbon.tabs.forEach((tab, t) =>
        tab.groups.forEach((group, g) =>
          group.controls.forEach((control, c) => {
            if (!actions.has(control.actionId)) {
              problems.push(
                `${file}: /extensions/${e}/ribbons/${r}/tabs/${t}/groups/${g}/controls/${c}/actionId "${control.actionId}" is not a runtime action`,
              );
            }
          }),
        ),
      ),
    );
  });
  return problems;
}

/** Reads a PNG's size; returns a problem line when it is missing, unreadable or not `size`×`size`. */
export function checkPngSize(path: string, size: number, label = path): string | null {
  if (!existsSync(path)) return `${label}: icon file is missing (expected ${size}×${size} PNG)`;
  try {
    const png = PNG.sync.read(readFileSync(path));
    if (png.width !== size || png.height !== size) {
      return `${label}: icon must be ${size}×${size} (got ${png.width}×${png.height})`;
    }
  } catch (error) {
    return `${label}: not a readable PNG (${error instanceof Error ? error.message : String(error)})`;
  }
  return null;
}
