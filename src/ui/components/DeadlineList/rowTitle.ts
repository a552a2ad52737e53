import type { DeadlineKey } from '../../../domain/model/entry';
import { deadlineListClassNames } from './useDeadlineListStyles.styles';

/**
 * The title of a deadline's row in the list on screen: the row of its month, not its copy in
 * "next 14 days", so it is the same row whatever today is. `null` when the list does not show
 * the deadline (a filter leaves it out) or is not on the page.
 */
export function deadlineRowTitle(key: DeadlineKey): HTMLElement | null {
  return document.querySelector<HTMLElement>(
    `.${deadlineListClassNames.root} li[data-section="month"][data-deadline-key="${CSS.escape(key)}"] .${deadlineListClassNames.title}`,
  );
}
