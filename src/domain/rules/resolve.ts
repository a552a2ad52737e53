/**
 * Date rules → concrete deadlines. A dataset is written for one school year, so every rule
 * already names real dates; resolving turns weeks into their working days and a monthly
 * routine into its occurrences.
 */
import {
  deadlineKey,
  earlierTwins,
  type DateMove,
  type DateRule,
  type Dataset,
  type Deadline,
  type Entry,
  type EntryId,
} from '../model/entry';
import { nonWorkingReason, nextWorkingDay } from '../time/holidays';
import { addDays, daysInMonth, mondayOfIsoWeek, plainDate, toYearMonthDay, type PlainDate } from '../time/plainDate';
import { addSchoolYears } from '../time/schoolYear';

export interface Span {
  readonly start: PlainDate;
  /** Inclusive. */
  readonly end: PlainDate;
  readonly moves: readonly DateMove[];
}

/** The spans a rule covers, in date order. Weeks: Monday to Friday of the first and last week. */
export function resolveRule(rule: DateRule): Span[] {
  switch (rule.kind) {
    case 'date':
      return [{ start: rule.date, end: rule.date, moves: [] }];
    case 'range':
      return [{ start: rule.start, end: rule.end, moves: [] }];
    case 'weeks': {
      const first = rule.weeks[0] ?? 1;
      const last = rule.weeks[rule.weeks.length - 1] ?? first;
      const start = mondayOfIsoWeek(rule.isoYear, first);
      return [{ start, end: addDays(mondayOfIsoWeek(rule.isoYear, last), 4), moves: [] }];
    }
    case 'monthly':
      return monthlyOccurrences(rule.from, rule.until, rule.day);
  }
}

/**
 * A routine "once a month after 1 September": one occurrence each month from `from` to `until`,
 * on `day`, moved to the next working day when that is a weekend or holiday (and the move shown).
 */
function monthlyOccurrences(from: PlainDate, until: PlainDate, day: number): Span[] {
  const spans: Span[] = [];
  let { year, month } = toYearMonthDay(from);
  for (;;) {
    const nominal = plainDate(year, month, Math.min(day, daysInMonth(year, month)));
    if (nominal > until) break;
    if (nominal >= from) {
      const actual = nextWorkingDay(nominal);
      const reason = nonWorkingReason(nominal);
      const moves: DateMove[] =
        actual !== nominal && reason
          ? [{ field: 'occurrence', from: nominal, to: actual, reason: reason.kind === 'weekend' ? { kind: 'weekend' } : { kind: 'holiday', holiday: reason.holiday } }]
          : [];
      spans.push({ start: actual, end: actual, moves });
    }
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return spans;
}

/**
 * The deadlines of one entry. `repeats`: the entry of the same dataset that names this one in
 * `repeatedBy` (its July before), when one does; with `repeatedBy`, it gives each deadline its
 * twin in the year after or before.
 */
export function resolveEntry(dataset: Pick<Dataset, 'schoolYear'>, entry: Entry, repeats?: EntryId): Deadline[] {
  const spans = resolveRule(entry.when);
  // The July before is the year before's July after; the July after is the year after's July
  // before. One year takes the twin's date rule as it is (see rollForward), so the two have the
  // same occurrences and occurrence n pairs with occurrence n; the document's are single days.
  const twin = entry.repeatedBy
    ? { schoolYear: addSchoolYears(dataset.schoolYear, -1), id: entry.repeatedBy }
    : repeats
      ? { schoolYear: addSchoolYears(dataset.schoolYear, 1), id: repeats }
      : undefined;
  return spans.map((span, index) => ({
    key: deadlineKey(dataset.schoolYear, entry.id, index + 1, spans.length),
    schoolYear: dataset.schoolYear,
    entry,
    occurrence: index + 1,
    occurrences: spans.length,
    start: span.start,
    end: span.end,
    moves: [...entry.moves, ...span.moves],
    ...(twin ? { twin: deadlineKey(twin.schoolYear, twin.id, index + 1, spans.length) } : {}),
  }));
}

/** Every deadline of a dataset, in date order (then by the data's own order). */
export function resolveDataset(dataset: Dataset): Deadline[] {
  const repeats = earlierTwins(dataset.entries);
  const deadlines = dataset.entries.flatMap((entry, order) => resolveEntry(dataset, entry, repeats.get(entry.id)).map((d) => ({ d, order })));
  deadlines.sort((a, b) => (a.d.start < b.d.start ? -1 : a.d.start > b.d.start ? 1 : a.order - b.order || a.d.occurrence - b.d.occurrence));
  return deadlines.map(({ d }) => d);
}
