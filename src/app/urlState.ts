/**
 * The view as URL query parameters, so a copied link shows the same view. Unknown
 * parameters (`tab=personal` from the manifest, `lang`, `theme`) are kept as they are;
 * invalid values are dropped on read, never passed on.
 *
 * | parameter  | meaning                                        | example                         |
 * | ---------- | ---------------------------------------------- | ------------------------------- |
 * | `year`     | school year (default: the one of today)        | `year=2026-2027`                |
 * | `county`   | national rows plus this county's               | `county=vestland`               |
 * | `cat`      | categories, comma separated (none = all)       | `cat=lanekassen,ssb-udir`       |
 * | `party`    | text the Fra/Til party contains                | `party=Udir`                    |
 * | `role`     | which side the party is on: `from`, `to`       | `role=to` (absent: either)      |
 * | `q`        | free text                                      | `q=5A001`                       |
 * | `upcoming` | only deadlines not over                        | `upcoming=1`                    |
 * | `deadline` | the deadline whose details are open            | `deadline=2026-2027/entry-id`   |
 */
import { CATEGORIES, isCategoryKey, type CategoryKey } from '../domain/model/category';
import { isCountyKey, type CountyKey } from '../domain/model/county';
import type { DeadlineKey } from '../domain/model/entry';
import type { DeadlineFilter, PartyRole } from '../domain/filters/query';
import type { PlainDate } from '../domain/time/plainDate';
import { parseSchoolYear, type SchoolYear } from '../domain/time/schoolYear';

export interface ViewState {
  readonly year?: SchoolYear;
  readonly county?: CountyKey;
  /** In legend order; empty means every category. */
  readonly categories: readonly CategoryKey[];
  readonly party?: string;
  readonly partyRole: PartyRole;
  readonly text?: string;
  readonly upcoming: boolean;
  readonly deadline?: DeadlineKey;
}

export const EMPTY_VIEW: ViewState = { categories: [], partyRole: 'either', upcoming: false };

/** The parameters this module owns; everything else in the query is left alone. */
export const VIEW_PARAMS = ['year', 'county', 'cat', 'party', 'role', 'q', 'upcoming', 'deadline'] as const;

const DEADLINE_KEY = /^(\d{4}-\d{4})\/[a-z0-9]+(?:-[a-z0-9]+)*(?:\/\d+)?$/;
const MAX_TEXT = 200;

export function parseDeadlineKey(text: string | null | undefined): DeadlineKey | undefined {
  if (!text) return undefined;
  const match = DEADLINE_KEY.exec(text.trim());
  return match && parseSchoolYear(match[1]!) ? (text.trim() as DeadlineKey) : undefined;
}

const legendIndex = new Map(CATEGORIES.map((c, i) => [c.key, i]));
const inLegendOrder = (keys: Iterable<CategoryKey>): CategoryKey[] =>
  [...new Set(keys)].sort((a, b) => (legendIndex.get(a) ?? 0) - (legendIndex.get(b) ?? 0));

function cleanText(value: string | null): string | undefined {
  const text = value?.replace(/\s+/g, ' ').trim().slice(0, MAX_TEXT);
  return text ? text : undefined;
}

export function readViewState(search: string | URLSearchParams): ViewState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const year = parseSchoolYear(params.get('year') ?? '');
  const county = params.get('county');
  const categories = (params.get('cat') ?? '').split(',').map((c) => c.trim()).filter(isCategoryKey);
  const role = params.get('role');
  const party = cleanText(params.get('party'));
  const text = cleanText(params.get('q'));
  const deadline = parseDeadlineKey(params.get('deadline'));
  return {
    ...(year ? { year } : {}),
    ...(isCountyKey(county) ? { county } : {}),
    categories: inLegendOrder(categories),
    ...(party ? { party } : {}),
    partyRole: role === 'from' || role === 'to' ? role : 'either',
    ...(text ? { text } : {}),
    upcoming: params.get('upcoming') === '1' || params.get('upcoming') === 'true',
    ...(deadline ? { deadline } : {}),
  };
}

/** The query string (with `?`, or empty) for `state`, keeping the parameters of `base` this module does not own. */
export function writeViewState(state: ViewState, base: string | URLSearchParams = ''): string {
  const params = new URLSearchParams(base);
  for (const key of VIEW_PARAMS) params.delete(key);
  if (state.year) params.set('year', state.year);
  if (state.county) params.set('county', state.county);
  if (state.categories.length > 0) params.set('cat', inLegendOrder(state.categories).join(','));
  if (state.party) {
    params.set('party', state.party);
    if (state.partyRole !== 'either') params.set('role', state.partyRole);
  }
  if (state.text) params.set('q', state.text);
  if (state.upcoming) params.set('upcoming', '1');
  if (state.deadline) params.set('deadline', state.deadline);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The domain filter for a view on `today`. */
export function filterOf(state: ViewState, today: PlainDate): DeadlineFilter {
  return {
    ...(state.categories.length > 0 ? { categories: state.categories } : {}),
    ...(state.county ? { county: state.county } : {}),
    ...(state.party ? { party: state.party, partyRole: state.partyRole } : {}),
    ...(state.text ? { text: state.text } : {}),
    ...(state.upcoming ? { upcomingFrom: today } : {}),
  };
}

/** True when any filter narrows the list (the county is the workspace, not a filter to clear). */
export function hasFilters(state: ViewState): boolean {
  return state.categories.length > 0 || Boolean(state.party) || Boolean(state.text) || state.upcoming;
}

export function clearFilters(state: ViewState): ViewState {
  return { ...EMPTY_VIEW, ...(state.year ? { year: state.year } : {}), ...(state.county ? { county: state.county } : {}) };
}

export function toggleCategory(state: ViewState, key: CategoryKey): ViewState {
  const has = state.categories.includes(key);
  return { ...state, categories: inLegendOrder(has ? state.categories.filter((c) => c !== key) : [...state.categories, key]) };
}

/** Sets or clears one optional field, keeping the object free of `undefined` values. */
export function withField<K extends 'year' | 'county' | 'party' | 'text' | 'deadline'>(
  state: ViewState,
  key: K,
  value: ViewState[K] | undefined,
): ViewState {
  const next: Record<string, unknown> = { ...state };
  if (value === undefined || value === '') delete next[key];
  else next[key] = value;
  return next as unknown as ViewState;
}
