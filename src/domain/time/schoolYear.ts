/**
 * School years (skoleår) such as `2026-2027`. The school year turns in August; the årshjul
 * document of a school year also carries the July before it (summer close-out), so a
 * dataset's dates may start a month early.
 */
import { daysInMonth, plainDate, toYearMonthDay, type PlainDate } from './plainDate';

declare const schoolYearBrand: unique symbol;
/** A school year written `YYYY-YYYY`, the second year one more than the first. */
export type SchoolYear = string & { readonly [schoolYearBrand]: true };

/** The month in which a school year starts (August). */
export const SCHOOL_YEAR_START_MONTH = 8;

const SCHOOL_YEAR_PATTERN = /^(\d{4})[-–](\d{4})$/;

/** Parses `2026-2027` (an en dash is accepted too); undefined when malformed or not consecutive years. */
export function parseSchoolYear(text: string): SchoolYear | undefined {
  const match = SCHOOL_YEAR_PATTERN.exec(text.trim());
  if (!match) return undefined;
  const first = Number(match[1]);
  const second = Number(match[2]);
  return second === first + 1 ? schoolYearStarting(first) : undefined;
}

/** The school year as people write it, with an en dash: "2026–2027". */
export function schoolYearText(year: SchoolYear): string {
  return year.replace('-', '–');
}

export function schoolYearStarting(firstYear: number): SchoolYear {
  return `${firstYear}-${firstYear + 1}` as SchoolYear;
}

export function firstCalendarYear(year: SchoolYear): number {
  return Number(year.slice(0, 4));
}

/** The school year a date belongs to: from 1 August to 31 July. */
export function schoolYearOf(date: PlainDate, startMonth: number = SCHOOL_YEAR_START_MONTH): SchoolYear {
  const { year, month } = toYearMonthDay(date);
  return schoolYearStarting(month >= startMonth ? year : year - 1);
}

/** Years from one school year to another (positive when `to` is later). */
export function schoolYearOffset(from: SchoolYear, to: SchoolYear): number {
  return firstCalendarYear(to) - firstCalendarYear(from);
}

export function addSchoolYears(year: SchoolYear, years: number): SchoolYear {
  return schoolYearStarting(firstCalendarYear(year) + years);
}

/** First and last day of the school year's main period (1 August – 31 July). */
export function schoolYearBounds(
  year: SchoolYear,
  startMonth: number = SCHOOL_YEAR_START_MONTH,
): { readonly start: PlainDate; readonly end: PlainDate } {
  const first = firstCalendarYear(year);
  const start = plainDate(first, startMonth, 1);
  const endMonth = startMonth === 1 ? 12 : startMonth - 1;
  const endYear = startMonth === 1 ? first : first + 1;
  const end = plainDate(endYear, endMonth, daysInMonth(endYear, endMonth));
  return { start, end };
}
