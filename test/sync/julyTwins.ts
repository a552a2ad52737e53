/**
 * Two school years of the shipped årshjul and the nine July deliveries they share, for the
 * twin tests of the calendar and Planner pushes.
 */
import { datasetForYear } from '../../src/data/datasets';
import type { Deadline } from '../../src/domain/model/entry';
import { resolveDataset } from '../../src/domain/rules/resolve';
import { addDays } from '../../src/domain/time/plainDate';
import type { SchoolYear } from '../../src/domain/time/schoolYear';

export const EARLIER = '2026-2027' as SchoolYear;
export const LATER = '2027-2028' as SchoolYear;

const yearDeadlines = (year: SchoolYear): Deadline[] => resolveDataset(datasetForYear(year).dataset);
export const earlier = yearDeadlines(EARLIER);
export const later = yearDeadlines(LATER);

/** The nine deliveries of July 2027: the July after of 2026–2027, the July before of 2027–2028. */
export const pairs = datasetForYear(LATER)
  .dataset.entries.filter((e) => e.repeatedBy)
  .map((e) => ({ before: `${LATER}/${e.id}`, after: `${EARLIER}/${e.repeatedBy!}` }));

/** `later` as if 2027–2028's file were written by hand with the delivery `key` a day later than its twin's. */
export const laterWithDayAfter = (key: string): Deadline[] =>
  later.map((d) => (d.key === key ? { ...d, start: addDays(d.start, 1), end: addDays(d.end, 1) } : d));
