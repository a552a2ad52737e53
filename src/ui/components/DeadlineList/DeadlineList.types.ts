import type { Deadline, DeadlineKey } from '../../../domain/model/entry';
import type { PlainDate } from '../../../domain/time/plainDate';
import type { ReactNode } from 'react';
import type { Locale } from '../../strings/define';

export interface DeadlineListProps {
  /** The deadlines to show, already filtered, in date order. */
  readonly deadlines: readonly Deadline[];
  /** Today in Norway: the "next 14 days" section and the today marker. */
  readonly today: PlainDate;
  /**
   * The deadlines are narrowed by a filter (categories, party, text, only upcoming): an empty
   * "next 14 days" then says that nothing there matches the filter, not that nothing is due.
   * @default false
   */
  readonly filtered?: boolean;
  /** Deadlines ticked for an action on the selection (e.g. adding them to Outlook). */
  readonly selectedKeys: ReadonlySet<DeadlineKey>;
  readonly onSelectionChange: (keys: ReadonlySet<DeadlineKey>) => void;
  /** Opens a deadline's details. */
  readonly onOpen: (deadline: Deadline) => void;
  /** The deadline whose details are open; its row is marked. */
  readonly openKey?: DeadlineKey;
  /**
   * `screen`: selection and the "next 14 days" section; `print`: a compact list without controls;
   * `compact`: one column for a narrow pane (the Outlook task pane), no selection and no
   * "next 14 days" section, with `rowActions` under each row.
   * @default 'screen'
   */
  readonly mode?: ListMode;
  /** Extra actions on the selection, shown next to the count (e.g. "Legg til i Outlook / Planner"). */
  readonly selectionActions?: ReactNode;
  /** Actions of one deadline, shown under its row (compact mode only). */
  readonly rowActions?: (deadline: Deadline) => ReactNode;
}

export type ListMode = 'screen' | 'print' | 'compact';

export interface MonthGroup {
  /** `YYYY-MM` */
  readonly month: string;
  readonly heading: string;
  readonly deadlines: readonly Deadline[];
}

export interface DeadlineListState {
  readonly props: DeadlineListProps;
  readonly locale: Locale;
  readonly mode: ListMode;
  readonly months: readonly MonthGroup[];
  readonly next: readonly Deadline[];
  /** `mixed` when some but not all shown deadlines are selected. */
  readonly allShown: boolean | 'mixed';
  readonly selectedCount: number;
  readonly toggle: (key: DeadlineKey, selected: boolean) => void;
  readonly toggleAllShown: (selected: boolean) => void;
  readonly clearSelection: () => void;
}
