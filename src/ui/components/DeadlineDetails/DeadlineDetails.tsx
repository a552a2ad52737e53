import type { DeadlineDetailsProps } from './DeadlineDetails.types';
import { renderDeadlineDetails } from './renderDeadlineDetails';
import { useDeadlineDetails } from './useDeadlineDetails';
import { useDeadlineDetailsStyles } from './useDeadlineDetailsStyles.styles';

/**
 * Every field of one deadline in a dialog: dates, the date as the document wrote it, Fra/Til,
 * comment, category, counties, VIGO report codes, "se også" links that open the linked entry,
 * the notes it cites, and the dates roll-forward moved with the reason.
 */
export function DeadlineDetails(props: DeadlineDetailsProps) {
  const state = useDeadlineDetails(props);
  const classes = useDeadlineDetailsStyles();
  return renderDeadlineDetails(state, classes);
}
