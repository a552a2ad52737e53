import type { DeadlineListProps } from './DeadlineList.types';
import { renderDeadlineList } from './renderDeadlineList';
import { useDeadlineList } from './useDeadlineList';
import { useDeadlineListStyles } from './useDeadlineListStyles.styles';

/**
 * The deadlines as a list: the next 14 days on top, then month by month with date, title,
 * Fra → Til, category and a mark on moved dates. The primary accessible path to everything
 * the wheel shows.
 */
export function DeadlineList(props: DeadlineListProps) {
  const state = useDeadlineList(props);
  const classes = useDeadlineListStyles();
  return renderDeadlineList(state, classes);
}
