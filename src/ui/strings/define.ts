/**
 * The mechanism every string table uses. A feature writes one table in its own file
 * (`app.ts`, `sync.ts`, …): bokmål is the source of truth and nynorsk and English must have
 * exactly its keys, so a missing or extra key fails `tsc`. Templates use `{name}`
 * placeholders; `strings.test.ts` checks that every language uses the same ones.
 */

export const LOCALES = ['nb', 'nn', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** BCP 47 tags for `Intl`. English uses British conventions (day before month, 24-hour clock). */
export const INTL_LOCALE: Readonly<Record<Locale, string>> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };

/**
 * The language of the årshjul's own texts (titles, parties, comments, notes): the national
 * document's bokmål, whatever language the interface speaks. Set as `lang` on what shows them,
 * so a screen reader reads them as Norwegian in the English and nynorsk interface too.
 */
export const ARSHJUL_LANG = INTL_LOCALE.nb;

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

declare const tableBrand: unique symbol;

/** One feature's strings in every language. Build it with `defineStrings`. */
export type StringTable<T extends Record<string, string>> = {
  readonly [L in Locale]: Readonly<T>;
} & { readonly [tableBrand]: true; readonly name: string };

/**
 * Declares a feature's strings. `nb` decides the keys; `nn` and `en` are typed against it.
 * `name` is the feature, used in test failures ("sync.nn.retry is empty").
 */
export function defineStrings<const T extends Record<string, string>>(
  name: string,
  tables: { readonly nb: T; readonly nn: { readonly [K in keyof T]: string }; readonly en: { readonly [K in keyof T]: string } },
): StringTable<{ readonly [K in keyof T]: string }> {
  return { name, nb: tables.nb, nn: tables.nn, en: tables.en } as unknown as StringTable<{ readonly [K in keyof T]: string }>;
}

export function isStringTable(value: unknown): value is StringTable<Record<string, string>> {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.name === 'string' && LOCALES.every((l) => typeof v[l] === 'object' && v[l] !== null);
}

/** The `{name}` placeholders of a template, sorted. */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
}

/** Fills `{name}` placeholders; a missing value is left visible so it is noticed. */
export function format(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
