/**
 * Norwegian public holidays (helligdager og høytidsdager, lov om 1. og 17. mai som høgtidsdagar
 * and helligdagsloven): the days on which a working-day deadline cannot fall.
 */
import { addDays, isWeekend, plainDate, toYearMonthDay, type PlainDate } from './plainDate';

export type HolidayKey =
  | 'newYearsDay'
  | 'maundyThursday'
  | 'goodFriday'
  | 'easterSunday'
  | 'easterMonday'
  | 'labourDay'
  | 'constitutionDay'
  | 'ascensionDay'
  | 'whitSunday'
  | 'whitMonday'
  | 'christmasDay'
  | 'boxingDay';

export interface Holiday {
  readonly date: PlainDate;
  readonly key: HolidayKey;
}

/** Easter Sunday in the Gregorian calendar (anonymous Gregorian algorithm, "Meeus/Jones/Butcher"). */
export function easterSunday(year: number): PlainDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return plainDate(year, month, day);
}

const cache = new Map<number, readonly Holiday[]>();

export function norwegianHolidays(year: number): readonly Holiday[] {
  const cached = cache.get(year);
  if (cached) return cached;
  const easter = easterSunday(year);
  const holidays: Holiday[] = [
    { date: plainDate(year, 1, 1), key: 'newYearsDay' },
    { date: addDays(easter, -3), key: 'maundyThursday' },
    { date: addDays(easter, -2), key: 'goodFriday' },
    { date: easter, key: 'easterSunday' },
    { date: addDays(easter, 1), key: 'easterMonday' },
    { date: plainDate(year, 5, 1), key: 'labourDay' },
    { date: plainDate(year, 5, 17), key: 'constitutionDay' },
    { date: addDays(easter, 39), key: 'ascensionDay' },
    { date: addDays(easter, 49), key: 'whitSunday' },
    { date: addDays(easter, 50), key: 'whitMonday' },
    { date: plainDate(year, 12, 25), key: 'christmasDay' },
    { date: plainDate(year, 12, 26), key: 'boxingDay' },
  ];
  holidays.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
  cache.set(year, holidays);
  return holidays;
}

export function holidayOn(date: PlainDate): Holiday | undefined {
  return norwegianHolidays(toYearMonthDay(date).year).find((h) => h.date === date);
}

/** Why a date is not a working day, or undefined when it is one. */
export type NonWorkingReason = { readonly kind: 'weekend' } | { readonly kind: 'holiday'; readonly holiday: HolidayKey };

export function nonWorkingReason(date: PlainDate): NonWorkingReason | undefined {
  if (isWeekend(date)) return { kind: 'weekend' };
  const holiday = holidayOn(date);
  return holiday ? { kind: 'holiday', holiday: holiday.key } : undefined;
}

export function isWorkingDay(date: PlainDate): boolean {
  return nonWorkingReason(date) === undefined;
}

export function nextWorkingDay(date: PlainDate): PlainDate {
  let day = date;
  while (!isWorkingDay(day)) day = addDays(day, 1);
  return day;
}

export function previousWorkingDay(date: PlainDate): PlainDate {
  let day = date;
  while (!isWorkingDay(day)) day = addDays(day, -1);
  return day;
}
