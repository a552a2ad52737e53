/** Deadlines for geometry and wheel tests: only what the wheel reads is real. */
import type { CategoryKey } from '../model/category';
import { deadlineKey, type Deadline, type EntryId } from '../model/entry';
import { parsePlainDate, type PlainDate } from '../time/plainDate';
import { schoolYearOf } from '../time/schoolYear';

const date = (text: string): PlainDate => {
  const parsed = parsePlainDate(text);
  if (!parsed) throw new RangeError(`${text} is not a date`);
  return parsed;
};

export function testDeadline(id: string, start: string, end: string = start, category: CategoryKey = 'vigo-intern', title = `Frist ${id}`): Deadline {
  const schoolYear = schoolYearOf(date(start));
  const entry = {
    id: id as EntryId,
    when: start === end ? { kind: 'date' as const, date: date(start) } : { kind: 'range' as const, start: date(start), end: date(end) },
    whenAsWritten: start,
    rollForward: 'keep' as const,
    from: 'VIGO Sentralbasen (IST)',
    title,
    to: 'Udir',
    category,
    categoryInferred: false,
    counties: 'all' as const,
    reportCodes: [],
    references: [],
    moves: [],
  };
  return { key: deadlineKey(schoolYear, entry.id, 1, 1), schoolYear, entry, occurrence: 1, occurrences: 1, start: date(start), end: date(end), moves: [] };
}
