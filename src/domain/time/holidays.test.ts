import { describe, expect, it } from 'vitest';
import { easterSunday, holidayOn, isWorkingDay, nextWorkingDay, norwegianHolidays, previousWorkingDay } from './holidays';
import { parsePlainDate, type PlainDate } from './plainDate';

const d = (s: string) => parsePlainDate(s) as PlainDate;

describe('Norwegian public holidays', () => {
  it.each([
    [2022, '2022-04-17'],
    [2023, '2023-04-09'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2028, '2028-04-16'],
    [2038, '2038-04-25'],
  ])('Easter Sunday %i is %s', (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });

  it('lists the twelve holidays of 2027', () => {
    expect(norwegianHolidays(2027).map((h) => `${h.date} ${h.key}`)).toEqual([
      '2027-01-01 newYearsDay',
      '2027-03-25 maundyThursday',
      '2027-03-26 goodFriday',
      '2027-03-28 easterSunday',
      '2027-03-29 easterMonday',
      '2027-05-01 labourDay',
      '2027-05-06 ascensionDay',
      '2027-05-16 whitSunday',
      '2027-05-17 constitutionDay',
      '2027-05-17 whitMonday',
      '2027-12-25 christmasDay',
      '2027-12-26 boxingDay',
    ]);
  });

  it.each([
    ['2026-11-27', true],
    ['2026-11-28', false],
    ['2026-12-24', true], // Christmas Eve is not a public holiday
    ['2026-12-25', false],
    ['2027-03-25', false],
    ['2027-05-06', false],
  ])('%s is a working day: %s', (date, working) => {
    expect(isWorkingDay(d(date))).toBe(working);
  });

  it('finds the next and previous working day around Easter 2023', () => {
    expect(nextWorkingDay(d('2023-04-06'))).toBe('2023-04-11');
    expect(previousWorkingDay(d('2023-04-10'))).toBe('2023-04-05');
    expect(holidayOn(d('2023-04-07'))?.key).toBe('goodFriday');
  });
});
