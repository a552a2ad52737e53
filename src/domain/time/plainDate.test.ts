import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  fromEpochDay,
  isoWeekday,
  isoWeekOf,
  isoWeeksInYear,
  mondayOfIsoWeek,
  osloDateAt,
  parsePlainDate,
  plainDate,
  toEpochDay,
  withYear,
  type PlainDate,
} from './plainDate';

const d = (s: string) => parsePlainDate(s) as PlainDate;

describe('parsePlainDate', () => {
  it.each([
    ['2023-02-28', true],
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2023-02-31', false],
    ['2023-04-31', false],
    ['2023-13-01', false],
    ['2023-00-10', false],
    ['2023-1-10', false],
    ['10.02.2023', false],
    ['2000-02-29', true],
    ['1900-02-29', false],
  ])('%s is a date: %s', (text, valid) => {
    expect(parsePlainDate(text) !== undefined).toBe(valid);
  });

  it('refuses to build 31 February', () => {
    expect(() => plainDate(2023, 2, 31)).toThrow(RangeError);
  });
});

describe('day arithmetic', () => {
  it('round-trips epoch days over four centuries', () => {
    for (let day = -150_000; day < 150_000; day += 997) expect(toEpochDay(fromEpochDay(day))).toBe(day);
  });

  it.each([
    ['2023-12-31', 1, '2024-01-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2023-02-28', 1, '2023-03-01'],
    ['2026-03-28', 2, '2026-03-30'], // across the switch to summer time: still whole days
    ['2026-10-24', 2, '2026-10-26'],
    ['2026-01-01', -1, '2025-12-31'],
  ])('%s + %i days = %s', (from, days, expected) => {
    expect(addDays(d(from), days)).toBe(expected);
  });

  it('counts the days of a leap year', () => {
    expect(daysBetween(d('2024-01-01'), d('2025-01-01'))).toBe(366);
    expect(daysBetween(d('2026-08-01'), d('2027-08-01'))).toBe(365);
    expect(daysBetween(d('2027-08-01'), d('2028-08-01'))).toBe(366);
  });

  it.each([
    ['2022-07-15', 5],
    ['2023-07-15', 6],
    ['2023-07-17', 1],
    ['2026-11-28', 6],
    ['2027-01-01', 5],
  ])('%s is ISO weekday %i', (date, weekday) => {
    expect(isoWeekday(d(date))).toBe(weekday);
  });

  it('keeps 29 February as 28 February in a common year', () => {
    expect(withYear(d('2024-02-29'), 2025)).toBe('2025-02-28');
  });
});

describe('ISO weeks', () => {
  it.each([
    [2020, 53],
    [2021, 52],
    [2022, 52],
    [2026, 53],
    [2027, 52],
    [2032, 53],
  ])('%i has %i weeks', (year, weeks) => {
    expect(isoWeeksInYear(year)).toBe(weeks);
  });

  it.each([
    [2022, 40, '2022-10-03'],
    [2023, 8, '2023-02-20'],
    [2023, 31, '2023-07-31'],
    [2026, 1, '2025-12-29'],
    [2026, 53, '2026-12-28'],
    [2027, 1, '2027-01-04'],
  ])('week %i-%i starts %s', (year, week, monday) => {
    expect(mondayOfIsoWeek(year, week)).toBe(monday);
  });

  it('has no week 53 in 2027', () => {
    expect(() => mondayOfIsoWeek(2027, 53)).toThrow(RangeError);
  });

  it.each([
    ['2027-01-01', 2026, 53],
    ['2027-01-04', 2027, 1],
    ['2025-12-29', 2026, 1],
    ['2022-10-07', 2022, 40],
  ])('%s is in week %i-%i', (date, isoYear, week) => {
    expect(isoWeekOf(d(date))).toEqual({ isoYear, week });
  });
});

describe('osloDateAt', () => {
  it.each([
    ['2026-03-31T22:30:00Z', '2026-04-01'], // summer time: UTC+2
    ['2026-12-31T23:30:00Z', '2027-01-01'], // winter time: UTC+1
    ['2026-12-31T22:59:59Z', '2026-12-31'],
    ['2026-06-30T21:59:59Z', '2026-06-30'],
    ['2026-06-30T22:00:00Z', '2026-07-01'],
  ])('%s is %s in Norway', (instant, date) => {
    expect(osloDateAt(new Date(instant))).toBe(date);
  });
});
