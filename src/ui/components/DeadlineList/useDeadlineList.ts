import { useCallback, useMemo } from 'react';
import { upcoming } from '../../../domain/filters/query';
import type { Deadline, DeadlineKey } from '../../../domain/model/entry';
import { formatMonthHeading } from '../../strings/dates';
import { useLocale } from '../../strings/StringsProvider';
import type { DeadlineListProps, DeadlineListState, MonthGroup } from './DeadlineList.types';

/** Groups deadlines by the month they start in, keeping their order. */
export function groupByMonth(deadlines: readonly Deadline[]): { month: string; deadlines: Deadline[] }[] {
  const groups: { month: string; deadlines: Deadline[] }[] = [];
  for (const deadline of deadlines) {
    const month = deadline.start.slice(0, 7);
    const last = groups[groups.length - 1];
    if (last && last.month === month) last.deadlines.push(deadline);
    else groups.push({ month, deadlines: [deadline] });
  }
  return groups;
}

export const NEXT_DAYS = 14;

export function useDeadlineList(props: DeadlineListProps): DeadlineListState {
  const locale = useLocale();
  const { deadlines, today, selectedKeys, onSelectionChange } = props;
  const months = useMemo<MonthGroup[]>(
    () => groupByMonth(deadlines).map((g) => ({ ...g, heading: formatMonthHeading(g.month, locale) })),
    [deadlines, locale],
  );
  const next = useMemo(() => upcoming(deadlines, today, NEXT_DAYS), [deadlines, today]);
  const shownSelected = deadlines.filter((d) => selectedKeys.has(d.key)).length;
  const allShown = shownSelected === 0 ? false : shownSelected === deadlines.length ? true : 'mixed';

  const toggle = useCallback(
    (key: DeadlineKey, selected: boolean) => {
      const next = new Set(selectedKeys);
      if (selected) next.add(key);
      else next.delete(key);
      onSelectionChange(next);
    },
    [selectedKeys, onSelectionChange],
  );
  const toggleAllShown = useCallback(
    (selected: boolean) => {
      const next = new Set(selectedKeys);
      for (const d of deadlines) {
        if (selected) next.add(d.key);
        else next.delete(d.key);
      }
      onSelectionChange(next);
    },
    [deadlines, selectedKeys, onSelectionChange],
  );
  const clearSelection = useCallback(() => onSelectionChange(new Set()), [onSelectionChange]);

  return {
    props,
    locale,
    mode: props.mode ?? 'screen',
    months,
    next,
    allShown,
    selectedCount: selectedKeys.size,
    toggle,
    toggleAllShown,
    clearSelection,
  };
}
