/**
 * Dates → angles. A window of whole days is laid around the full circle: its first day starts
 * at 12 o'clock, angles grow clockwise and each day gets the same share of the turn, so the
 * real length of the window (365 or 366 days for a year, 28–31 for a month) sets the scale.
 *
 * Out of the window, angles are linear: neither clamped nor wrapped. A date before the window
 * gets a negative angle and one after it an angle of a full turn or more, so nothing is ever
 * drawn at a wrong place by accident; callers ask {@link placeInWindow} or {@link clipSpan}
 * first. In particular the dataset's July rows before 1 August belong to the previous
 * period: {@link partitionByPeriod} lists them as `before` for the list, and the wheel
 * leaves them out.
 */
import type { Deadline } from '../model/entry';
import { addDays, daysBetween, maxDate, minDate, type PlainDate } from '../time/plainDate';
import { SCHOOL_YEAR_START_MONTH, schoolYearBounds, type SchoolYear } from '../time/schoolYear';
import { radians, TAU, type Radians } from './angle';

/** Consecutive whole days, both ends inclusive. */
export interface DateWindow {
  readonly start: PlainDate;
  /** Inclusive. */
  readonly end: PlainDate;
  /** Number of days, `end − start + 1`. */
  readonly days: number;
}

/** The wheel's whole year: twelve months from the start month of a school year. */
export interface WheelPeriod extends DateWindow {
  readonly schoolYear: SchoolYear;
  /** 1–12; the month at 12 o'clock. */
  readonly startMonth: number;
}

/** Where in a day an angle points: the day's first moment, its middle or its end. */
export type DayPoint = 'start' | 'middle' | 'end';

export function dateWindow(start: PlainDate, end: PlainDate): DateWindow {
  const days = daysBetween(start, end) + 1;
  if (days < 1) throw new RangeError(`Window ${start}…${end} ends before it starts`);
  return { start, end, days };
}

/**
 * The period a school year's wheel shows: from the first day of `startMonth` for twelve
 * months. 2026–2027 from August: 1 August 2026 – 31 July 2027, 365 days; 2027–2028 has 366.
 */
export function wheelPeriod(schoolYear: SchoolYear, startMonth: number = SCHOOL_YEAR_START_MONTH): WheelPeriod {
  if (!Number.isInteger(startMonth) || startMonth < 1 || startMonth > 12) {
    throw new RangeError(`Start month ${startMonth} is not 1–12`);
  }
  const { start, end } = schoolYearBounds(schoolYear, startMonth);
  return { ...dateWindow(start, end), schoolYear, startMonth };
}

const POINT_OFFSET: Record<DayPoint, number> = { start: 0, middle: 0.5, end: 1 };

/** Days from the window's start to the point of the date (fractional for `middle`). */
export function dayOffset(window: DateWindow, date: PlainDate, at: DayPoint = 'start'): number {
  return daysBetween(window.start, date) + POINT_OFFSET[at];
}

/**
 * The angle of a date: 0 at the start of the window's first day, a full turn at the end of its
 * last. Linear outside the window (see the module comment).
 */
export function dateToAngle(window: DateWindow, date: PlainDate, at: DayPoint = 'start'): Radians {
  return radians((dayOffset(window, date, at) / window.days) * TAU);
}

/** The date whose day contains the angle (angles are taken as they are, not wrapped). */
export function angleToDate(window: DateWindow, angle: Radians): PlainDate {
  return addDays(window.start, Math.floor((angle / TAU) * window.days));
}

export type Placement = 'before' | 'within' | 'after';

export function placeInWindow(window: DateWindow, date: PlainDate): Placement {
  return date < window.start ? 'before' : date > window.end ? 'after' : 'within';
}

/** Where an inclusive span lies: `within` when any of its days is in the window. */
export function placeSpan(window: DateWindow, start: PlainDate, end: PlainDate): Placement {
  return end < window.start ? 'before' : start > window.end ? 'after' : 'within';
}

export interface ClippedSpan {
  readonly start: PlainDate;
  /** Inclusive. */
  readonly end: PlainDate;
  /** The span began before the window. */
  readonly clippedStart: boolean;
  /** The span goes on after the window. */
  readonly clippedEnd: boolean;
}

/** The part of an inclusive span inside the window, or undefined when none of it is. */
export function clipSpan(window: DateWindow, start: PlainDate, end: PlainDate): ClippedSpan | undefined {
  if (placeSpan(window, start, end) !== 'within') return undefined;
  return {
    start: maxDate(start, window.start),
    end: minDate(end, window.end),
    clippedStart: start < window.start,
    clippedEnd: end > window.end,
  };
}

export interface PeriodPartition<T> {
  /** Over before the period starts (e.g. the July rows of the dataset before 1 August). */
  readonly before: readonly T[];
  /** At least one day inside the period; these are drawn. */
  readonly within: readonly T[];
  /** Not begun when the period ends. */
  readonly after: readonly T[];
}

/** Splits deadlines by where they lie relative to the wheel's window, keeping their order. */
export function partitionByPeriod<T extends Pick<Deadline, 'start' | 'end'>>(
  items: readonly T[],
  window: DateWindow,
): PeriodPartition<T> {
  const before: T[] = [];
  const within: T[] = [];
  const after: T[] = [];
  for (const item of items) {
    const place = placeSpan(window, item.start, item.end);
    (place === 'before' ? before : place === 'after' ? after : within).push(item);
  }
  return { before, within, after };
}
