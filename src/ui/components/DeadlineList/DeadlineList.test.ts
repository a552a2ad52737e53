import { describe, expect, it } from 'vitest';
import { upcoming } from '../../../domain/filters/query';
import { resolveDataset } from '../../../domain/rules/resolve';
import type { PlainDate } from '../../../domain/time/plainDate';
import type { SchoolYear } from '../../../domain/time/schoolYear';
import { datasetForYear } from '../../../data/datasets';
import { NEXT_DAYS, groupByMonth } from './useDeadlineList';

const all = resolveDataset(datasetForYear('2026-2027' as SchoolYear).dataset);

describe('the list of deadlines', () => {
  it('groups by the month a deadline starts in, in date order, losing none', () => {
    const groups = groupByMonth(all);
    expect(groups.map((g) => g.month)).toEqual([...new Set(all.map((d) => d.start.slice(0, 7)))]);
    expect(groups.flatMap((g) => g.deadlines)).toEqual(all);
    for (const g of groups) expect(g.deadlines.every((d) => d.start.startsWith(g.month))).toBe(true);
  });

  it('shows on top what is not over and starts within 14 days', () => {
    const today = '2026-11-28' as PlainDate;
    const next = upcoming(all, today, NEXT_DAYS);
    expect(next.length).toBeGreaterThan(0);
    expect(next.every((d) => d.end >= today && d.start <= '2026-12-11')).toBe(true);
  });
});
