import { describe, expect, it } from 'vitest';
import { filterDeadlines } from '../domain/filters/query';
import { schoolYearOfKey } from '../domain/model/entry';
import { resolveDataset } from '../domain/rules/resolve';
import { datasetForYear } from '../data/datasets';
import type { PlainDate } from '../domain/time/plainDate';
import type { SchoolYear } from '../domain/time/schoolYear';
import {
  EMPTY_VIEW,
  clearFilters,
  filterOf,
  hasFilters,
  parseDeadlineKey,
  readViewState,
  toggleCategory,
  withField,
  writeViewState,
  type ViewState,
} from './urlState';

const today = '2026-11-28' as PlainDate;

describe('reading the view from the URL', () => {
  it.each<[string, ViewState]>([
    ['', EMPTY_VIEW],
    ['?county=vestland', { ...EMPTY_VIEW, county: 'vestland' }],
    ['?cat=ssb-udir,lanekassen', { ...EMPTY_VIEW, categories: ['lanekassen', 'ssb-udir'] }],
    ['?party=Udir&role=to', { ...EMPTY_VIEW, party: 'Udir', partyRole: 'to' }],
    ['?q=%20%205A001%20', { ...EMPTY_VIEW, text: '5A001' }],
    ['?upcoming=1', { ...EMPTY_VIEW, upcoming: true }],
    ['?year=2026-2027', { ...EMPTY_VIEW, year: '2026-2027' as SchoolYear }],
    ['?deadline=2026-2027%2Fsokerfil-udir%2F3', { ...EMPTY_VIEW, deadline: parseDeadlineKey('2026-2027/sokerfil-udir/3')! }],
  ])('%s', (query, expected) => {
    expect(readViewState(query)).toEqual(expected);
  });

  it.each([
    ['?county=viken', 'an old county'],
    ['?cat=nope,,', 'unknown categories'],
    ['?role=sideways', 'an unknown role'],
    ['?upcoming=yes', 'a value that is not 1'],
    ['?year=2026-2028', 'a school year that is not one year'],
    ['?deadline=../../etc', 'a malformed deadline key'],
    ['?deadline=2026-2027/Upper', 'an entry id with capitals'],
    ['?q=%20%20', 'blank text'],
  ])('drops %s (%s)', (query) => {
    expect(readViewState(query)).toEqual(EMPTY_VIEW);
  });

  it('caps very long text', () => {
    expect(readViewState(`?q=${'a'.repeat(500)}`).text).toHaveLength(200);
  });
});

describe('writing the view to the URL', () => {
  it('round-trips every field', () => {
    const state: ViewState = {
      year: '2026-2027' as SchoolYear,
      county: 'more-og-romsdal',
      categories: ['fpvs', 'vilbli'],
      party: 'Lånekassen',
      partyRole: 'from',
      text: 'inntak 1. runde',
      upcoming: true,
      deadline: parseDeadlineKey('2026-2027/a-b/2')!,
    };
    expect(readViewState(writeViewState(state))).toEqual(state);
  });

  it('writes nothing for the empty view, and a canonical order for categories', () => {
    expect(writeViewState(EMPTY_VIEW)).toBe('');
    expect(writeViewState({ ...EMPTY_VIEW, categories: ['vilbli', 'fpvs'] })).toBe('?cat=fpvs%2Cvilbli');
  });

  it('keeps parameters it does not own and replaces those it does', () => {
    const query = writeViewState({ ...EMPTY_VIEW, county: 'oslo' }, '?tab=personal&county=agder&q=old&lang=nn');
    expect(new URLSearchParams(query).get('tab')).toBe('personal');
    expect(new URLSearchParams(query).get('lang')).toBe('nn');
    expect(new URLSearchParams(query).get('county')).toBe('oslo');
    expect(new URLSearchParams(query).has('q')).toBe(false);
  });

  it('leaves out the role when there is no party', () => {
    expect(writeViewState({ ...EMPTY_VIEW, partyRole: 'to' })).toBe('');
  });
});

describe('from view to filter', () => {
  it('maps each field to the domain filter', () => {
    expect(filterOf(EMPTY_VIEW, today)).toEqual({});
    expect(
      filterOf({ ...EMPTY_VIEW, county: 'agder', categories: ['fpvs'], party: 'IST', partyRole: 'from', text: 'x', upcoming: true }, today),
    ).toEqual({ county: 'agder', categories: ['fpvs'], party: 'IST', partyRole: 'from', text: 'x', upcomingFrom: today });
  });

  it('narrows the real year: county rows, categories, upcoming', () => {
    const all = resolveDataset(datasetForYear('2026-2027' as SchoolYear).dataset);
    const national = all.filter((d) => d.entry.counties === 'all');
    const vestland = filterDeadlines(all, filterOf({ ...EMPTY_VIEW, county: 'vestland' }, today));
    expect(vestland.length).toBeGreaterThanOrEqual(national.length);
    expect(vestland.length).toBeLessThan(all.length);
    expect(vestland.every((d) => d.entry.counties === 'all' || d.entry.counties.includes('vestland'))).toBe(true);
    const lanekassen = filterDeadlines(all, filterOf({ ...EMPTY_VIEW, categories: ['lanekassen'] }, today));
    expect(lanekassen.length).toBeGreaterThan(0);
    expect(lanekassen.every((d) => d.entry.category === 'lanekassen')).toBe(true);
    const upcoming = filterDeadlines(all, filterOf({ ...EMPTY_VIEW, upcoming: true }, today));
    expect(upcoming.every((d) => d.end >= today)).toBe(true);
    expect(upcoming.length).toBeLessThan(all.length);
  });
});

describe('changing the view', () => {
  it('toggles categories in legend order', () => {
    const one = toggleCategory(EMPTY_VIEW, 'vilbli');
    const two = toggleCategory(one, 'fpvs');
    expect(two.categories).toEqual(['fpvs', 'vilbli']);
    expect(toggleCategory(two, 'vilbli').categories).toEqual(['fpvs']);
  });

  it('clears filters but keeps the county and year', () => {
    const state: ViewState = { ...EMPTY_VIEW, county: 'oslo', year: '2026-2027' as SchoolYear, text: 'x', upcoming: true };
    expect(hasFilters(state)).toBe(true);
    expect(clearFilters(state)).toEqual({ ...EMPTY_VIEW, county: 'oslo', year: '2026-2027' });
    expect(hasFilters(clearFilters(state))).toBe(false);
  });

  it('sets and removes optional fields without leaving undefined behind', () => {
    const withText = withField(EMPTY_VIEW, 'text', 'abc');
    expect(withText.text).toBe('abc');
    expect(Object.keys(withField(withText, 'text', ''))).not.toContain('text');
  });

  it('knows the school year of a deadline key', () => {
    expect(schoolYearOfKey(parseDeadlineKey('2027-2028/x')!)).toBe('2027-2028');
  });
});
