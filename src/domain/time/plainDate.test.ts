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
  osloInstant,
  osloOffsetHours,
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

describe('osloDateAt against Intl (Europe/Oslo), 2020–2030', () => {
  const intl = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', hourCycle: 'h23' });
  const intlDate = (at: Date) => {
    const parts = intl.formatToParts(at);
    const part = (type: string) => parts.find((p) => p.type === type)!.value;
    return `${part('year')}-${part('month')}-${part('day')}`;
  };
  const intlOffset = (at: Date) => {
    const parts = intl.formatToParts(at);
    const hour = Number(parts.find((p) => p.type === 'hour')!.value);
    return (((hour - at.getUTCHours()) % 24) + 24) % 24;
  };

  // The transitions: last Sunday of March and of October at 01:00 UTC.
  it.each([
    [2020, '2020-03-29', '2020-10-25'],
    [2021, '2021-03-28', '2021-10-31'],
    [2022, '2022-03-27', '2022-10-30'],
    [2023, '2023-03-26', '2023-10-29'],
    [2024, '2024-03-31', '2024-10-27'],
    [2025, '2025-03-30', '2025-10-26'],
    [2026, '2026-03-29', '2026-10-25'],
    [2027, '2027-03-28', '2027-10-31'],
    [2028, '2028-03-26', '2028-10-29'],
    [2029, '2029-03-25', '2029-10-28'],
    [2030, '2030-03-31', '2030-10-27'],
  ])('%i: summer time from %s to %s at 01:00 UTC, as Intl says', (_year, spring, autumn) => {
    for (const [day, before, after] of [
      [spring, 1, 2],
      [autumn, 2, 1],
    ] as const) {
      const switchAt = Date.parse(`${day}T01:00:00Z`);
      expect(osloOffsetHours(new Date(switchAt - 1))).toBe(before);
      expect(osloOffsetHours(new Date(switchAt))).toBe(after);
      for (const delta of [-1, 0, 1]) expect(intlOffset(new Date(switchAt + delta * 1000))).toBe(osloOffsetHours(new Date(switchAt + delta * 1000)));
    }
  });

  it('gives the date Intl gives at every half hour from 2020 to 2030, and at the minute before and after each local midnight', () => {
    const mismatches: string[] = [];
    const check = (t: number) => {
      const at = new Date(t);
      const ours = osloDateAt(at);
      const theirs = intlDate(at);
      if (ours !== theirs) mismatches.push(`${at.toISOString()}: ${ours} ≠ ${theirs}`);
    };
    const end = Date.parse('2031-01-01T00:00:00Z');
    for (let t = Date.parse('2020-01-01T00:00:00Z'); t < end; t += 1_800_000) {
      check(t);
      const minute = new Date(t).getUTCMinutes();
      if (minute === 0 && [22, 23].includes(new Date(t).getUTCHours())) {
        check(t - 60_000);
        check(t + 60_000);
        check(t - 1);
      }
    }
    expect(mismatches.slice(0, 10)).toEqual([]);
  });

  it('refuses an invalid instant', () => {
    expect(() => osloDateAt(new Date(Number.NaN))).toThrow(RangeError);
  });

  it.each([
    ['2026-12-01', 0, '2026-11-30T23:00:00.000Z'], // winter: UTC+1
    ['2027-06-15', 0, '2027-06-14T22:00:00.000Z'], // summer: UTC+2
    ['2027-03-28', 0, '2027-03-27T23:00:00.000Z'], // summer time starts at 01:00 UTC this day
    ['2027-03-29', 0, '2027-03-28T22:00:00.000Z'],
    ['2026-10-25', 0, '2026-10-24T22:00:00.000Z'], // summer time ends at 01:00 UTC this day
    ['2026-10-26', 0, '2026-10-25T23:00:00.000Z'],
    ['2027-03-28', 12, '2027-03-28T10:00:00.000Z'],
    ['2026-10-25', 12, '2026-10-25T11:00:00.000Z'],
  ] as const)('osloInstant(%s, %i) is %s', (date, hour, instant) => {
    expect(osloInstant(d(date), hour).toISOString()).toBe(instant);
  });

  it('osloInstant is midnight and noon by Intl on every day from 2020 to 2030', () => {
    const wall = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    const read = (at: Date) => {
      const parts = wall.formatToParts(at);
      const part = (type: string) => parts.find((p) => p.type === type)!.value;
      return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`;
    };
    const mismatches: string[] = [];
    for (let day = d('2020-01-01'); day <= d('2030-12-31'); day = addDays(day, 1)) {
      for (const hour of [0, 12] as const) {
        const shown = read(osloInstant(day, hour));
        const want = `${day} ${hour === 0 ? '00' : '12'}:00`;
        if (shown !== want) mismatches.push(`${want} shows as ${shown}`);
      }
    }
    expect(mismatches.slice(0, 10)).toEqual([]);
  });
});
