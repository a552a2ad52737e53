/** Deadlines for geometry and wheel tests: only what the wheel reads is real. */
import type { CategoryKey } from '../model/category';
import { deadlineKey, type Deadline, type EntryId } from '../model/entry';
import { parsePlainDate, type PlainDate } from '../time/plainDate';
import { schoolYearOf } from '../time/schoolYear';
import { DEFAULT_DIMENSIONS, type WheelLayout } from './layout';

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

/**
 * The marks and clusters that lie under their ring's number badge (by id), and how many were
 * looked at: a mark needs the badge's room plus its own, a cluster its own plus 3 (a count of
 * two or three digits makes it larger).
 */
export function underBadges(layout: WheelLayout): { readonly under: string[]; readonly checked: number } {
  const { badgeRadius, markRadius, clusterRadius } = DEFAULT_DIMENSIONS;
  const under: string[] = [];
  let checked = 0;
  for (const ring of layout.rings) {
    for (const item of layout.items.filter((i) => i.category === ring.category && i.kind !== 'arc')) {
      const room = badgeRadius + (item.kind === 'mark' ? markRadius : clusterRadius + 3);
      if (Math.hypot(item.point.x - ring.badge.x, item.point.y - ring.badge.y) < room) under.push(item.id);
      checked++;
    }
  }
  return { under, checked };
}
