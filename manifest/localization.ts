/**
 * Localisation files for the app package (nynorsk and English; bokmål is in the
 * manifest itself). Keys are the manifest paths the v1.30 localisation schema
 * allows (`MicrosoftTeams.Localization.schema.json`), so a path that is not
 * localisable fails validation instead of being silently ignored.
 */
import type { ManifestEnv } from './env';
import { MANIFEST_STRINGS } from './strings';
import type { ManifestLanguage } from './strings';
import { ADDITIONAL_LANGUAGES } from './template';

export const LOCALIZATION_SCHEMA_URL =
  'https://developer.microsoft.com/json-schemas/teams/v1.30/MicrosoftTeams.Localization.schema.json';

export type LocalizationFile = Record<string, string>;

export function buildLocalization(env: ManifestEnv, language: ManifestLanguage): LocalizationFile {
  const text = MANIFEST_STRINGS[language];
  // Index paths follow the order in template.ts: ribbons[0] = organizer, ribbons[1] = read.
  const group = (ribbon: number): string => `extensions[0].ribbons[${ribbon}].tabs[0].groups[0]`;
  return {
    $schema: LOCALIZATION_SCHEMA_URL,
    'name.short': env.appNameShort,
    'name.full': env.appNameFull,
    'description.short': text.descriptionShort,
    'description.full': text.descriptionFull,
    'staticTabs[0].name': text.personalTabName,
    'extensions[0].runtimes[0].actions[0].displayName': text.taskPaneName,
    [`${group(0)}.label`]: text.ribbonGroupLabel,
    [`${group(0)}.controls[0].label`]: text.organizerButtonLabel,
    [`${group(0)}.controls[0].supertip.title`]: text.organizerSupertipTitle,
    [`${group(0)}.controls[0].supertip.description`]: text.organizerSupertipDescription,
    [`${group(1)}.label`]: text.ribbonGroupLabel,
    [`${group(1)}.controls[0].label`]: text.readButtonLabel,
    [`${group(1)}.controls[0].supertip.title`]: text.readSupertipTitle,
    [`${group(1)}.controls[0].supertip.description`]: text.readSupertipDescription,
  };
}

/** Every localisation file the package contains, by file name. */
export function buildLocalizationFiles(env: ManifestEnv): { file: string; content: LocalizationFile }[] {
  return ADDITIONAL_LANGUAGES.map(({ languageTag, file }) => ({ file, content: buildLocalization(env, languageTag) }));
}
