export { DeadlineList } from './DeadlineList';
export type { DeadlineListProps, DeadlineListState, ListMode, MonthGroup } from './DeadlineList.types';
export { groupByMonth, useDeadlineList, NEXT_DAYS } from './useDeadlineList';
export { deadlineRowTitle } from './rowTitle';
export { deadlineListClassNames } from './useDeadlineListStyles.styles';
