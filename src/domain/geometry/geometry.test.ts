import { describe, expect, it } from 'vitest';
import { plainDate, type PlainDate } from '../time/plainDate';
import type { SchoolYear } from '../time/schoolYear';
import { degrees, degreesToRadians, isLowerHalf, normalizeAngle, radians, radiansToDegrees, TAU, turns } from './angle';
import { annularSectorPath, arcPath, labelArcPath, polarToCartesian, uprightTangentRotation } from './arc';
import { testDeadline } from './testDeadlines';
import {
  angleToDate,
  clipSpan,
  dateToAngle,
  partitionByPeriod,
  placeInWindow,
  wheelPeriod,
} from './wheelPeriod';
import { stepZoom, zoomContaining, zoomToLevel, zoomWindow, type WheelZoom, type ZoomLevel } from './zoom';

const d = (text: string) => text as PlainDate;
const year = (text: string) => text as SchoolYear;
const period2026 = wheelPeriod(year('2026-2027'));
const turnOf = (angle: number) => angle / TAU;

describe('angles', () => {
  it('converts between degrees and radians', () => {
    expect(degreesToRadians(degrees(180))).toBeCloseTo(Math.PI, 12);
    expect(radiansToDegrees(radians(Math.PI / 2))).toBeCloseTo(90, 12);
    expect(turns(0.25)).toBeCloseTo(Math.PI / 2, 12);
  });

  it('normalises into one turn', () => {
    expect(normalizeAngle(radians(-Math.PI / 2))).toBeCloseTo((3 * Math.PI) / 2, 12);
    expect(normalizeAngle(radians(5 * Math.PI))).toBeCloseTo(Math.PI, 12);
  });

  it('knows the lower half (between 3 and 9 o\'clock)', () => {
    expect(isLowerHalf(turns(0))).toBe(false);
    expect(isLowerHalf(turns(0.25))).toBe(false);
    expect(isLowerHalf(turns(0.3))).toBe(true);
    expect(isLowerHalf(turns(0.5))).toBe(true);
    expect(isLowerHalf(turns(0.74))).toBe(true);
    expect(isLowerHalf(turns(0.9))).toBe(false);
    expect(isLowerHalf(turns(-0.5))).toBe(true);
  });
});

describe('the wheel period', () => {
  it('of 2026–2027 runs 1 August 2026 – 31 July 2027, 365 days', () => {
    expect(period2026).toMatchObject({ start: '2026-08-01', end: '2027-07-31', days: 365, startMonth: 8 });
  });

  it('of 2027–2028 has 366 days, since 29 February 2028 exists', () => {
    const leap = wheelPeriod(year('2027-2028'));
    expect(leap.days).toBe(366);
    expect(turnOf(dateToAngle(leap, d('2028-02-29')))).toBeCloseTo(212 / 366, 12);
    expect(turnOf(dateToAngle(leap, d('2028-03-01')))).toBeCloseTo(213 / 366, 12);
    expect(turnOf(dateToAngle(leap, d('2028-07-31'), 'end'))).toBeCloseTo(1, 12);
  });

  it('puts table-driven dates at their angle: 0 at 12 o\'clock, clockwise', () => {
    const cases: Array<[string, number]> = [
      ['2026-08-01', 0],
      ['2026-08-02', 1 / 365],
      ['2026-09-12', 42 / 365],
      ['2027-01-01', 153 / 365],
      ['2027-02-01', 184 / 365],
      ['2027-03-01', 212 / 365],
      ['2027-07-31', 364 / 365],
    ];
    for (const [date, fraction] of cases) expect(turnOf(dateToAngle(period2026, d(date))), date).toBeCloseTo(fraction, 12);
    expect(turnOf(dateToAngle(period2026, d('2027-07-31'), 'end'))).toBeCloseTo(1, 12);
    expect(turnOf(dateToAngle(period2026, d('2026-08-01'), 'middle'))).toBeCloseTo(0.5 / 365, 12);
  });

  it('sends 1 August to 12 o\'clock and 1 February (184/365) a little past 6 o\'clock', () => {
    const top = polarToCartesian(100, dateToAngle(period2026, d('2026-08-01')));
    expect(top.x).toBeCloseTo(0, 9);
    expect(top.y).toBeCloseTo(-100, 9);
    const feb = polarToCartesian(100, dateToAngle(period2026, d('2027-02-01')));
    expect(feb.y).toBeGreaterThan(99);
    expect(feb.x).toBeLessThan(0);
  });

  it('starts from another month when asked (January: the calendar year)', () => {
    const calendar = wheelPeriod(year('2027-2028'), 1);
    expect(calendar).toMatchObject({ start: '2027-01-01', end: '2027-12-31', days: 365 });
    expect(turnOf(dateToAngle(calendar, d('2027-07-02')))).toBeCloseTo(182 / 365, 12);
    const september = wheelPeriod(year('2026-2027'), 9);
    expect(september).toMatchObject({ start: '2026-09-01', end: '2027-08-31', days: 365 });
    expect(dateToAngle(september, d('2026-09-01'))).toBe(0);
    expect(() => wheelPeriod(year('2026-2027'), 13)).toThrow(RangeError);
  });

  it('is linear outside the period (no clamping, no wrapping) and says where a date lies', () => {
    expect(dateToAngle(period2026, d('2026-07-31'))).toBeLessThan(0);
    expect(turnOf(dateToAngle(period2026, d('2027-08-01')))).toBeCloseTo(1, 12);
    expect(placeInWindow(period2026, d('2026-07-06'))).toBe('before');
    expect(placeInWindow(period2026, d('2027-07-31'))).toBe('within');
    expect(placeInWindow(period2026, d('2027-08-02'))).toBe('after');
  });

  it('turns angles back into dates', () => {
    expect(angleToDate(period2026, dateToAngle(period2026, d('2027-02-01'), 'middle'))).toBe('2027-02-01');
    expect(angleToDate(period2026, radians(0))).toBe('2026-08-01');
  });

  it('lists the July rows before 1 August as before the period, and clips spans at its edges', () => {
    const rows = [
      testDeadline('stopp-sluttere', '2026-07-03'),
      testDeadline('rambøll', '2026-07-06'),
      testDeadline('over-kanten', '2026-07-27', '2026-08-07'),
      testDeadline('skolestart', '2026-08-17'),
      testDeadline('neste-sommer', '2027-08-02', '2027-08-13'),
    ];
    const { before, within, after } = partitionByPeriod(rows, period2026);
    expect(before.map((r) => r.entry.id)).toEqual(['stopp-sluttere', 'rambøll']);
    expect(within.map((r) => r.entry.id)).toEqual(['over-kanten', 'skolestart']);
    expect(after.map((r) => r.entry.id)).toEqual(['neste-sommer']);
    expect(clipSpan(period2026, d('2026-07-27'), d('2026-08-07'))).toEqual({ start: '2026-08-01', end: '2026-08-07', clippedStart: true, clippedEnd: false });
    expect(clipSpan(period2026, d('2026-07-01'), d('2026-07-07'))).toBeUndefined();
  });
});

describe('ranges and weeks as arcs', () => {
  it('sweep their inclusive days: 21–23 June is three days', () => {
    const start = dateToAngle(period2026, d('2027-06-21'), 'start');
    const end = dateToAngle(period2026, d('2027-06-23'), 'end');
    expect(turnOf(end - start)).toBeCloseTo(3 / 365, 12);
  });

  it('sweep Monday to Friday for a week (uke 40: 28 September – 2 October 2026)', () => {
    const start = dateToAngle(period2026, d('2026-09-28'), 'start');
    const end = dateToAngle(period2026, d('2026-10-02'), 'end');
    expect(turnOf(start)).toBeCloseTo(58 / 365, 12);
    expect(turnOf(end - start)).toBeCloseTo(5 / 365, 12);
  });

  it('draw as SVG arcs: a quarter turn from 12 to 3 o\'clock, and a large arc over half a turn', () => {
    expect(arcPath(100, turns(0), turns(0.25))).toBe('M0 -100A100 100 0 0 1 100 0');
    expect(arcPath(100, turns(0), turns(0.75))).toBe('M0 -100A100 100 0 1 1 -100 0');
    expect(arcPath(100, turns(0), turns(1))).toBe('M0 -100A100 100 0 0 1 0 100A100 100 0 0 1 0 -100');
  });

  it('close annular sectors through both radii', () => {
    expect(annularSectorPath(50, 100, turns(0), turns(0.25))).toBe('M0 -100A100 100 0 0 1 100 0L50 0A50 50 0 0 0 0 -50Z');
    expect(annularSectorPath(50, 100, turns(0.25), turns(0.25))).toBe('');
    expect(annularSectorPath(50, 100, turns(0), turns(1)).match(/M/g)).toHaveLength(2);
  });
});

describe('labels that follow the arcs', () => {
  it('run clockwise on the upper half and backwards on the lower half, so they stay upright', () => {
    const september = labelArcPath(100, turns(1 / 12), turns(2 / 12));
    expect(september.reversed).toBe(false);
    expect(september.d.startsWith('M50 -86.6')).toBe(true);
    const february = labelArcPath(100, turns(6 / 12), turns(7 / 12));
    expect(february.reversed).toBe(true);
    // Starts at the later angle (7/12, lower left) and sweeps counter-clockwise (flag 0).
    expect(february.d).toMatch(/^M-50 86\.6\d*A100 100 0 0 0 0 100$/);
  });

  it('move the baseline so the glyphs centre on the radius on both halves', () => {
    expect(labelArcPath(100, turns(0), turns(0.1), 20).radius).toBeCloseTo(93, 9);
    expect(labelArcPath(100, turns(0.45), turns(0.55), 20).radius).toBeCloseTo(107, 9);
  });

  it('rotate upright along the tangent', () => {
    expect(uprightTangentRotation(turns(0))).toBe(0);
    expect(uprightTangentRotation(turns(0.125))).toBe(45);
    expect(uprightTangentRotation(turns(0.5))).toBe(0);
    expect(uprightTangentRotation(turns(0.625))).toBe(45);
  });
});

describe('zoom windows', () => {
  it('cover a quarter or a month of the period from its start month', () => {
    expect(zoomWindow(period2026, { level: 'year' })).toBe(period2026);
    expect(zoomWindow(period2026, { level: 'quarter', index: 0 })).toEqual({ start: '2026-08-01', end: '2026-10-31', days: 92 });
    expect(zoomWindow(period2026, { level: 'quarter', index: 2 })).toEqual({ start: '2027-02-01', end: '2027-04-30', days: 89 });
    expect(zoomWindow(period2026, { level: 'month', index: 6 })).toEqual({ start: '2027-02-01', end: '2027-02-28', days: 28 });
    expect(zoomWindow(wheelPeriod(year('2027-2028')), { level: 'month', index: 6 }).days).toBe(29);
    expect(() => zoomWindow(period2026, { level: 'month', index: 12 })).toThrow(RangeError);
  });

  it('map the zoomed days to the full circle', () => {
    const february = zoomWindow(period2026, { level: 'month', index: 6 });
    expect(turnOf(dateToAngle(february, plainDate(2027, 2, 15)))).toBeCloseTo(14 / 28, 12);
  });

  it('step within the period and find the window of a date', () => {
    expect(stepZoom({ level: 'month', index: 11 }, 1)).toBeUndefined();
    expect(stepZoom({ level: 'quarter', index: 1 }, -1)).toEqual({ level: 'quarter', index: 0 });
    expect(zoomContaining(period2026, 'month', d('2026-11-28'))).toEqual({ level: 'month', index: 3 });
    expect(zoomContaining(period2026, 'quarter', d('2027-07-31'))).toEqual({ level: 'quarter', index: 3 });
    expect(zoomContaining(period2026, 'month', d('2026-07-01'))).toEqual({ level: 'month', index: 0 });
  });

  // Today is 28 November 2026: month 3, quarter 1 (November–January).
  it.each<[string, WheelZoom, ZoomLevel, WheelZoom]>([
    ['a quarter without today to its first month', { level: 'quarter', index: 2 }, 'month', { level: 'month', index: 6 }],
    ['the quarter with today to today\'s month', { level: 'quarter', index: 1 }, 'month', { level: 'month', index: 3 }],
    ['the last quarter to its first month', { level: 'quarter', index: 3 }, 'month', { level: 'month', index: 9 }],
    ['a month to its quarter', { level: 'month', index: 8 }, 'quarter', { level: 'quarter', index: 2 }],
    ['the last month of a quarter to that quarter', { level: 'month', index: 5 }, 'quarter', { level: 'quarter', index: 1 }],
    ['the year to today\'s month', { level: 'year' }, 'month', { level: 'month', index: 3 }],
    ['the year to today\'s quarter', { level: 'year' }, 'quarter', { level: 'quarter', index: 1 }],
    ['a month to the year', { level: 'month', index: 8 }, 'year', { level: 'year' }],
    ['a quarter to itself', { level: 'quarter', index: 2 }, 'quarter', { level: 'quarter', index: 2 }],
  ])('change level from %s', (_, from, level, expected) => {
    expect(zoomToLevel(period2026, from, level, d('2026-11-28'))).toEqual(expected);
  });

  it('change level from a quarter to its first month when today is outside the year', () => {
    expect(zoomToLevel(period2026, { level: 'quarter', index: 1 }, 'month', d('2025-11-28'))).toEqual({ level: 'month', index: 3 });
    expect(zoomToLevel(period2026, { level: 'year' }, 'month', d('2025-11-28'))).toEqual({ level: 'month', index: 0 });
  });
});
