/**
 * The categories of the årshjul: the ten row colours of the document's legend (FARGEKODER)
 * plus `general` for the uncoloured rows (holidays, application deadlines, exam marking).
 *
 * Colours: `ring` is the mark and ring colour on the page background (≥ 4.5:1, so it can
 * also be used for text); `background`/`text` is a badge (≥ 4.5:1). Contrast is checked in
 * category.test.ts against Teams' light and dark page backgrounds. High contrast uses the
 * system colours instead (forced-colors), so no palette is needed for it.
 */

export const CATEGORY_KEYS = [
  'fpvs',
  'ramboll-conexus',
  'udir-fagopplaering',
  'udir-privatskole',
  'udir-soker-inntak',
  'lanekassen',
  'vigo-intern',
  'oppfolgingstjenesten',
  'ssb-udir',
  'vilbli',
  'general',
] as const;

export type CategoryKey = (typeof CATEGORY_KEYS)[number];

export interface CategoryPalette {
  /** Mark and ring colour; readable on the theme's page background. */
  readonly ring: string;
  /** Badge background. */
  readonly background: string;
  /** Badge text on `background`. */
  readonly text: string;
}

export interface Category {
  readonly key: CategoryKey;
  /** Position in the document's legend (1–10); 11 for `general`. */
  readonly legendOrder: number;
  readonly name: { readonly nb: string; readonly nn: string; readonly en: string };
  readonly light: CategoryPalette;
  readonly dark: CategoryPalette;
}

const category = (
  key: CategoryKey,
  legendOrder: number,
  name: Category['name'],
  light: [ring: string, background: string],
  dark: [ring: string, background: string],
): Category => ({
  key,
  legendOrder,
  name,
  light: { ring: light[0], background: light[1], text: '#242424' },
  dark: { ring: dark[0], background: dark[1], text: '#ffffff' },
});

export const CATEGORIES: readonly Category[] = [
  category('fpvs', 1, {
    nb: 'Forsvarets personell- og vernepliktssenter (FPVS)',
    nn: 'Forsvarets personell- og vernepliktssenter (FPVS)',
    en: 'Armed Forces personnel and conscription centre (FPVS)',
  }, ['#4b6b1f', '#e6eae0'], ['#a5c96a', '#444c37']),
  category('ramboll-conexus', 2, {
    nb: 'Hjernen og Hjertet (Rambøll) / PULS (Conexus)',
    nn: 'Hjernen og Hjertet (Rambøll) / PULS (Conexus)',
    en: 'Hjernen og Hjertet (Rambøll) / PULS (Conexus)',
  }, ['#6b3fa0', '#eae4f2'], ['#c4a5f0', '#4b4455']),
  category('udir-fagopplaering', 3, {
    nb: 'Utdanningsdirektoratet fagopplæringsfiler',
    nn: 'Utdanningsdirektoratet fagopplæringsfiler',
    en: 'Directorate for Education: apprenticeship files',
  }, ['#00707a', '#dbebec'], ['#5cc8d1', '#344c4e']),
  category('udir-privatskole', 4, {
    nb: 'Utdanningsdirektoratet privatskolerapportering',
    nn: 'Utdanningsdirektoratet privatskulerapportering',
    en: 'Directorate for Education: private school reporting',
  }, ['#8a4b08', '#efe6dc'], ['#e6a35c', '#534434']),
  category('udir-soker-inntak', 5, {
    nb: 'Utdanningsdirektoratet søker- og inntaksfil',
    nn: 'Utdanningsdirektoratet søkjar- og inntaksfil',
    en: 'Directorate for Education: applicant and admission file',
  }, ['#1f5fbf', '#e0e9f6'], ['#8fb5f5', '#3f4856']),
  category('lanekassen', 6, {
    nb: 'Lånekassen',
    nn: 'Lånekassen',
    en: 'State Educational Loan Fund (Lånekassen)',
  }, ['#b3261e', '#f4e1df'], ['#f28b82', '#553f3d']),
  category('vigo-intern', 7, {
    nb: 'Interne datoer for VIGO',
    nn: 'Interne datoar for VIGO',
    en: 'VIGO internal dates',
  }, ['#4a5568', '#e6e7ea'], ['#aab4c3', '#45484b']),
  category('oppfolgingstjenesten', 8, {
    nb: 'Oppfølgingstjenesten',
    nn: 'Oppfølgingstenesta',
    en: 'Follow-up service (OT)',
  }, ['#a3246b', '#f2e0ea'], ['#f08cc0', '#553f4a']),
  category('ssb-udir', 9, {
    nb: 'SSB og Utdanningsdirektoratet ssbResultat og ssbElev',
    nn: 'SSB og Utdanningsdirektoratet ssbResultat og ssbElev',
    en: 'Statistics Norway and Directorate: ssbResultat and ssbElev',
  }, ['#2e7d32', '#e2ede2'], ['#8ed694', '#3f4f41']),
  category('vilbli', 10, {
    nb: 'vilbli.no (Fagbokforlaget)',
    nn: 'vilbli.no (Fagbokforlaget)',
    en: 'vilbli.no (Fagbokforlaget)',
  }, ['#7a6000', '#ece9db'], ['#e8c84a', '#534c30']),
  category('general', 11, {
    nb: 'Generelt',
    nn: 'Generelt',
    en: 'General',
  }, ['#616161', '#e9e9e9'], ['#bdbdbd', '#4a4a4a']),
];

const byKey = new Map(CATEGORIES.map((c) => [c.key, c]));

export function isCategoryKey(value: unknown): value is CategoryKey {
  return typeof value === 'string' && byKey.has(value as CategoryKey);
}

export function categoryByKey(key: CategoryKey): Category {
  const found = byKey.get(key);
  if (!found) throw new RangeError(`Unknown category ${key}`);
  return found;
}
