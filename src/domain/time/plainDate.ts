/**
 * Calendar dates without a time of day or a time zone.
 *
 * Every deadline in the årshjul is a date in Norway. A `Date` object would carry an
 * instant and shift the day when formatted in another zone (1 March becomes
 * 28 February in UTC-minus views), so dates are plain `YYYY-MM-DD` strings and all
 * arithmetic here is on whole days counted from 1970-01-01, with no clock and no
 * time zone involved.
 */

declare const plainDateBrand: unique symbol;
/** A calendar date written `YYYY-MM-DD`. Construct with {@link parsePlainDate} or {@link plainDate}. */
export type PlainDate = string & { readonly [plainDateBrand]: true };

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export interface YearMonthDay {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const PLAIN_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isValidYearMonthDay(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** Builds a date from its parts; throws a RangeError for an impossible date such as 31 February. */
export function plainDate(year: number, month: number, day: number): PlainDate {
  if (!isValidYearMonthDay(year, month, day)) {
    throw new RangeError(`${year}-${month}-${day} is not a calendar date`);
  }
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` as PlainDate;
}

/** Parses `YYYY-MM-DD`; returns undefined when the text is not a real calendar date. */
export function parsePlainDate(text: string): PlainDate | undefined {
  const match = PLAIN_DATE_PATTERN.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isValidYearMonthDay(year, month, day) ? (text as PlainDate) : undefined;
}

export function isPlainDate(text: unknown): text is PlainDate {
  return typeof text === 'string' && parsePlainDate(text) !== undefined;
}

export function toYearMonthDay(date: PlainDate): YearMonthDay {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

// Days from civil (Howard Hinnant's algorithm): exact for the proleptic Gregorian calendar.
export function toEpochDay(date: PlainDate): number {
  const { year, month, day } = toYearMonthDay(date);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function fromEpochDay(epochDay: number): PlainDate {
  const z = epochDay + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return plainDate(year, month, day);
}

export function addDays(date: PlainDate, days: number): PlainDate {
  return fromEpochDay(toEpochDay(date) + days);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: PlainDate, to: PlainDate): number {
  return toEpochDay(to) - toEpochDay(from);
}

export function compareDates(a: PlainDate, b: PlainDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function minDate(a: PlainDate, b: PlainDate): PlainDate {
  return a <= b ? a : b;
}

export function maxDate(a: PlainDate, b: PlainDate): PlainDate {
  return a >= b ? a : b;
}

export function isoWeekday(date: PlainDate): IsoWeekday {
  // 1970-01-01 was a Thursday (ISO weekday 4).
  return ((((toEpochDay(date) + 3) % 7) + 7) % 7 + 1) as IsoWeekday;
}

export function isWeekend(date: PlainDate): boolean {
  return isoWeekday(date) >= 6;
}

/** The same day and month in another year; 29 February becomes 28 February in a common year. */
export function withYear(date: PlainDate, year: number): PlainDate {
  const { month, day } = toYearMonthDay(date);
  return plainDate(year, month, Math.min(day, daysInMonth(year, month)));
}

/** Days between the same calendar date this year and the next (365 or 366), used by the wheel. */
export function daysInYearFrom(date: PlainDate): number {
  const { year } = toYearMonthDay(date);
  return daysBetween(date, withYear(date, year + 1));
}

// ---------------------------------------------------------------------------------------------
// ISO 8601 weeks: Monday–Sunday; week 1 is the week with the year's first Thursday.

export interface IsoWeek {
  readonly isoYear: number;
  readonly week: number;
}

/** Number of ISO weeks in an ISO week-year: 53 when 1 January or 31 December is a Thursday. */
export function isoWeeksInYear(isoYear: number): 52 | 53 {
  const jan1 = isoweekdayOf(isoYear, 1, 1);
  const dec31 = isoweekdayOf(isoYear, 12, 31);
  return jan1 === 4 || dec31 === 4 ? 53 : 52;
}

function isoweekdayOf(year: number, month: number, day: number): IsoWeekday {
  return isoWeekday(plainDate(year, month, day));
}

/** The Monday that starts ISO week `week` of `isoYear`; throws for a week the year does not have. */
export function mondayOfIsoWeek(isoYear: number, week: number): PlainDate {
  if (!Number.isInteger(week) || week < 1 || week > isoWeeksInYear(isoYear)) {
    throw new RangeError(`${isoYear} has no ISO week ${week}`);
  }
  const jan4 = plainDate(isoYear, 1, 4);
  const mondayOfWeek1 = addDays(jan4, 1 - isoWeekday(jan4));
  return addDays(mondayOfWeek1, (week - 1) * 7);
}

export function isoWeekOf(date: PlainDate): IsoWeek {
  const thursday = addDays(date, 4 - isoWeekday(date));
  const isoYear = toYearMonthDay(thursday).year;
  const week = Math.floor(daysBetween(plainDate(isoYear, 1, 1), thursday) / 7) + 1;
  return { isoYear, week };
}

// ---------------------------------------------------------------------------------------------
// The one place where an instant becomes a date: callers pass the instant in (no implicit clock).

const MS_PER_HOUR = 3_600_000;
const MS_PER_DAY = 86_400_000;

/** 01:00 UTC on the last Sunday of `month`, as milliseconds since the epoch: when EU summer time starts or ends. */
function lastSundayAtOneUtc(year: number, month: number): number {
  const last = plainDate(year, month, daysInMonth(year, month));
  const sunday = toEpochDay(last) - (isoWeekday(last) % 7);
  return sunday * MS_PER_DAY + MS_PER_HOUR;
}

/**
 * Norway's offset from UTC at an instant, in hours: CET (+1), and CEST (+2) from 01:00 UTC on
 * the last Sunday of March to 01:00 UTC on the last Sunday of October, the EU rule Norway has
 * followed since 1996. Computed rather than asked of `Intl` with `timeZone: 'Europe/Oslo'`:
 * the first such formatter costs tens of milliseconds on a slow device, before the wheel can
 * be drawn. The tests hold it against Intl across every transition from 2020 to 2030; if
 * Norway ever leaves the rule, this is the one place to change.
 */
export function osloOffsetHours(instant: Date): 1 | 2 {
  const t = instant.getTime();
  const year = instant.getUTCFullYear();
  return t >= lastSundayAtOneUtc(year, 3) && t < lastSundayAtOneUtc(year, 10) ? 2 : 1;
}

/**
 * The instant at which the clock in Norway shows `hour`:00 on `date`: 0 for the start of the
 * day, 12 for noon. Norway's clock changes at 01:00 UTC (02:00 or 03:00 local), so these hours
 * exist on every day and are unique.
 */
export function osloInstant(date: PlainDate, hour: 0 | 12 = 0): Date {
  const { year, month, day } = toYearMonthDay(date);
  const wall = Date.UTC(year, month - 1, day, hour);
  // The offset an hour before the wall time read as UTC is right unless a change lies between
  // that guess and the answer; asking again at the answer settles it.
  const guess = wall - osloOffsetHours(new Date(wall - MS_PER_HOUR)) * MS_PER_HOUR;
  return new Date(wall - osloOffsetHours(new Date(guess)) * MS_PER_HOUR);
}

/** The months in Norwegian, January first; bokmål and nynorsk write them alike. */
export const NORWEGIAN_MONTHS = ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'] as const;

/** English month names, as the tab, events and tasks in English write them. */
export const ENGLISH_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

/** The calendar date in Norway (Europe/Oslo) at the given instant. */
export function osloDateAt(instant: Date): PlainDate {
  const t = instant.getTime();
  if (!Number.isFinite(t)) throw new RangeError('osloDateAt needs a valid instant');
  return fromEpochDay(Math.floor((t + osloOffsetHours(instant) * MS_PER_HOUR) / MS_PER_DAY));
}
