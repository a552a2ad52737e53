/**
 * Zoom windows: the wheel always spends the full circle on what it shows, so zooming into a
 * quarter or a month maps those days to the whole turn (angles stay proportional to days).
 * Quarters and months count from the period's start month: quarter 0 of a year from August
 * is August–October, month 0 is August.
 */
import { daysInMonth, plainDate, toYearMonthDay, type PlainDate } from '../time/plainDate';
import { dateWindow, type DateWindow, type WheelPeriod } from './wheelPeriod';

export type WheelZoom =
  | { readonly level: 'year' }
  | { readonly level: 'quarter'; /** 0–3 */ readonly index: number }
  | { readonly level: 'month'; /** 0–11 */ readonly index: number };

export type ZoomLevel = WheelZoom['level'];

export const YEAR_ZOOM: WheelZoom = { level: 'year' };

const COUNT: Record<ZoomLevel, number> = { year: 1, quarter: 4, month: 12 };
const MONTHS: Record<ZoomLevel, number> = { year: 12, quarter: 3, month: 1 };

/** Calendar year and month of the period's n-th month (0 = the start month). */
export function periodMonth(period: WheelPeriod, index: number): { readonly year: number; readonly month: number } {
  const { year } = toYearMonthDay(period.start);
  const zeroBased = period.startMonth - 1 + index;
  return { year: year + Math.floor(zeroBased / 12), month: (zeroBased % 12) + 1 };
}

function zoomIndex(zoom: WheelZoom): number {
  return zoom.level === 'year' ? 0 : zoom.index;
}

export function isValidZoom(zoom: WheelZoom): boolean {
  const index = zoomIndex(zoom);
  return Number.isInteger(index) && index >= 0 && index < COUNT[zoom.level];
}

/** The days a zoom shows. */
export function zoomWindow(period: WheelPeriod, zoom: WheelZoom): DateWindow {
  if (!isValidZoom(zoom)) throw new RangeError(`No ${zoom.level} ${zoomIndex(zoom)} in a year`);
  if (zoom.level === 'year') return period;
  const first = zoomIndex(zoom) * MONTHS[zoom.level];
  const from = periodMonth(period, first);
  const to = periodMonth(period, first + MONTHS[zoom.level] - 1);
  return dateWindow(plainDate(from.year, from.month, 1), plainDate(to.year, to.month, daysInMonth(to.year, to.month)));
}

/** The neighbouring window at the same level, or undefined at the period's edge. */
export function stepZoom(zoom: WheelZoom, delta: number): WheelZoom | undefined {
  if (zoom.level === 'year') return undefined;
  const index = zoom.index + delta;
  return index >= 0 && index < COUNT[zoom.level] ? { level: zoom.level, index } : undefined;
}

/** The zoom of a level that contains a date (or the first one when the date is outside the period). */
export function zoomContaining(period: WheelPeriod, level: ZoomLevel, date: PlainDate): WheelZoom {
  if (level === 'year') return YEAR_ZOOM;
  const { year, month } = toYearMonthDay(date);
  const start = toYearMonthDay(period.start);
  const monthIndex = (year - start.year) * 12 + (month - period.startMonth);
  const inside = date >= period.start && date <= period.end ? monthIndex : 0;
  return { level, index: Math.floor(inside / MONTHS[level]) };
}

/**
 * The zoom to show when someone picks another level: the window at that level that holds what
 * they are looking at. Between a quarter and a month that is today when today is in view (the
 * level's window that holds it), else the start of the window in view; from the whole year,
 * which holds every window, it is today's.
 */
export function zoomToLevel(period: WheelPeriod, from: WheelZoom, level: ZoomLevel, today: PlainDate): WheelZoom {
  if (level === from.level) return from;
  if (from.level === 'year') return zoomContaining(period, level, today);
  const shown = zoomWindow(period, from);
  const inView = today >= shown.start && today <= shown.end;
  return zoomContaining(period, level, inView ? today : shown.start);
}

export function sameZoom(a: WheelZoom, b: WheelZoom): boolean {
  return a.level === b.level && zoomIndex(a) === zoomIndex(b);
}
