/**
 * Norway's counties (fylker). Since 1 January 2024 there are fifteen; the 2022–2023 årshjul
 * names the eleven of 2022 and sometimes the old parts of them, which map here.
 */

export const COUNTY_KEYS = [
  'oslo',
  'rogaland',
  'more-og-romsdal',
  'nordland',
  'ostfold',
  'akershus',
  'buskerud',
  'innlandet',
  'vestfold',
  'telemark',
  'agder',
  'vestland',
  'trondelag',
  'troms',
  'finnmark',
] as const;

export type CountyKey = (typeof COUNTY_KEYS)[number];

export interface County {
  readonly key: CountyKey;
  /** Official name; nynorsk where the county uses it (Vestland, Møre og Romsdal). */
  readonly name: string;
  /** Official county number (fylkesnummer) from 2024. */
  readonly number: string;
}

export const COUNTIES: readonly County[] = [
  { key: 'oslo', name: 'Oslo', number: '03' },
  { key: 'rogaland', name: 'Rogaland', number: '11' },
  { key: 'more-og-romsdal', name: 'Møre og Romsdal', number: '15' },
  { key: 'nordland', name: 'Nordland', number: '18' },
  { key: 'ostfold', name: 'Østfold', number: '31' },
  { key: 'akershus', name: 'Akershus', number: '32' },
  { key: 'buskerud', name: 'Buskerud', number: '33' },
  { key: 'innlandet', name: 'Innlandet', number: '34' },
  { key: 'vestfold', name: 'Vestfold', number: '39' },
  { key: 'telemark', name: 'Telemark', number: '40' },
  { key: 'agder', name: 'Agder', number: '42' },
  { key: 'vestland', name: 'Vestland', number: '46' },
  { key: 'trondelag', name: 'Trøndelag', number: '50' },
  { key: 'troms', name: 'Troms', number: '55' },
  { key: 'finnmark', name: 'Finnmark', number: '56' },
];

const byKey = new Map(COUNTIES.map((c) => [c.key, c]));

export function isCountyKey(value: unknown): value is CountyKey {
  return typeof value === 'string' && byKey.has(value as CountyKey);
}

export function countyByKey(key: CountyKey): County {
  const county = byKey.get(key);
  if (!county) throw new RangeError(`Unknown county ${key}`);
  return county;
}

/** What a county name in a document resolves to today. */
export interface CountyMapping {
  readonly counties: readonly CountyKey[];
  /** The part of a county the name covers, when it is not all of it (e.g. the former Hordaland). */
  readonly part?: string;
}

/**
 * Names of 2020–2023 and their parts, lower-cased with spacing folded. "Viken (tidl. Akershus og
 * Østfold)" means the part of Viken that was Akershus and Østfold, which are counties again.
 */
const LEGACY_NAMES: ReadonlyArray<readonly [string, readonly CountyKey[]]> = [
  ['viken', ['ostfold', 'akershus', 'buskerud']],
  ['vestfold og telemark', ['vestfold', 'telemark']],
  ['troms og finnmark', ['troms', 'finnmark']],
  ['troms og finnmark romsa ja finnmárku', ['troms', 'finnmark']],
];

function fold(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFC')
    .replace(/[.,]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function countiesNamedIn(text: string): CountyKey[] {
  const folded = ` ${fold(text)} `;
  return COUNTIES.filter((c) => folded.includes(` ${fold(c.name)} `)).map((c) => c.key);
}

/**
 * Maps a county name as written in an årshjul (2022 or today) to today's counties.
 * Returns undefined for a name that is not a county, so callers can report it.
 */
export function mapCountyName(name: string): CountyMapping | undefined {
  const trimmed = name.trim();
  const paren = /^(.*?)\s*\((.*)\)\s*$/.exec(trimmed);
  const base = fold(paren ? paren[1]! : trimmed);
  const detail = paren ? paren[2]! : undefined;

  const legacy = LEGACY_NAMES.find(([legacyName]) => legacyName === base);
  if (legacy) {
    if (detail) {
      // "Viken (tidl. Akershus og Østfold)", "Viken (Buskerud)": the named former counties only.
      const named = countiesNamedIn(detail).filter((k) => legacy[1].includes(k));
      if (named.length > 0) return { counties: named };
    }
    return { counties: legacy[1] };
  }
  const current = COUNTIES.find((c) => fold(c.name) === base);
  if (!current) return undefined;
  // "Vestland (tidl. Hordaland utenom Ullensvang og Odda)": still one county today, but only a part of it.
  return detail ? { counties: [current.key], part: detail } : { counties: [current.key] };
}
