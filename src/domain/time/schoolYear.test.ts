import { describe, expect, it } from 'vitest';
import { parsePlainDate, type PlainDate } from './plainDate';
import { addSchoolYears, parseSchoolYear, schoolYearBounds, schoolYearOf, schoolYearOffset, type SchoolYear } from './schoolYear';

const d = (s: string) => parsePlainDate(s) as PlainDate;
const y = (s: string) => parseSchoolYear(s) as SchoolYear;

describe('school years', () => {
  it.each([
    ['2026-2027', '2026-2027'],
    ['2026–2027', '2026-2027'],
    [' 2022-2023 ', '2022-2023'],
    ['2026-2028', undefined],
    ['2026/2027', undefined],
    ['26-27', undefined],
  ])('parses %s as %s', (text, expected) => {
    expect(parseSchoolYear(text)).toBe(expected);
  });

  it.each([
    ['2026-11-28', '2026-2027'],
    ['2026-08-01', '2026-2027'],
    ['2026-07-31', '2025-2026'],
    ['2027-06-30', '2026-2027'],
  ])('%s is in %s', (date, year) => {
    expect(schoolYearOf(d(date))).toBe(year);
  });

  it('honours another start month', () => {
    expect(schoolYearOf(d('2026-07-15'), 7)).toBe('2026-2027');
  });

  it('knows its bounds, offsets and successors', () => {
    expect(schoolYearBounds(y('2026-2027'))).toEqual({ start: '2026-08-01', end: '2027-07-31' });
    expect(schoolYearBounds(y('2027-2028'), 3)).toEqual({ start: '2027-03-01', end: '2028-02-29' });
    expect(schoolYearOffset(y('2022-2023'), y('2026-2027'))).toBe(4);
    expect(addSchoolYears(y('2022-2023'), 5)).toBe('2027-2028');
  });
});
