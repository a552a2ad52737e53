import type { FilterValue } from '../../ui/components/Filters';
import type { CategoryKey } from '../../domain/model/category';
import type { Deadline, DeadlineKey } from '../../domain/model/entry';
import type { PlainDate } from '../../domain/time/plainDate';
import type { HostAdapter } from '../../hosts/HostAdapter';
import type { Locale } from '../../ui/strings/define';
import type { CountyMemory, PushMemory } from '../../app/deviceMemory';
import type { YearData } from '../../app/yearData';
import type { AppointmentFields } from '../office/appointmentFields';
import type { InsertResult } from '../office/appointment';
import type { NoInsertReason } from '../office/outlook';
import type { PaneMessage } from '../insertMessage';

/** Writes one deadline into the open appointment; rejects with an `AppointmentError`. */
export type InsertDeadline = (fields: AppointmentFields) => Promise<InsertResult>;

export interface TaskPaneProps {
  /** The browser adapter with Outlook's language: theme, links back to the tab, clipboard. */
  readonly host: HostAdapter;
  readonly data: YearData;
  readonly today: PlainDate;
  readonly memory: CountyMemory;
  /** The reminder and "show as" of the last push to Outlook, on this device. */
  readonly pushMemory?: PushMemory;
  /**
   * Present when the pane runs in an appointment the user organises; otherwise `noInsert`
   * says why the pane is a list only.
   */
  readonly insert?: InsertDeadline;
  readonly noInsert?: NoInsertReason;
  /** Link from the appointment back to the entry in the tab. */
  readonly linkFor: (deadline: Deadline) => string;
}

export interface TaskPaneState {
  readonly locale: Locale;
  readonly filter: FilterValue;
  readonly setFilter: (value: FilterValue) => void;
  /** The filters fold away so the list is in the pane's first view. */
  readonly filtersOpen: boolean;
  readonly toggleFilters: () => void;
  readonly clearFilter: () => void;
  readonly canClear: boolean;
  readonly categories: readonly CategoryKey[];
  readonly parties: readonly string[];
  readonly shown: readonly Deadline[];
  /** Deadlines of the chosen county (or all), before the other filters. */
  readonly total: number;
  readonly countyName: string | undefined;
  readonly open: Deadline | undefined;
  readonly openDeadline: (deadline: Deadline) => void;
  readonly closeDeadline: () => void;
  /** The deadline being inserted right now. */
  readonly inserting: DeadlineKey | undefined;
  readonly insert: ((deadline: Deadline) => void) | undefined;
  readonly message: PaneMessage | undefined;
  readonly dismissMessage: () => void;
  /** The deadline the push dialog ("Add to my calendar") is open for. */
  readonly pushFor: Deadline | undefined;
  readonly addToCalendar: ((deadline: Deadline) => void) | undefined;
  readonly closePush: () => void;
}
