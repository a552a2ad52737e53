import type { Deadline } from '../../../domain/model/entry';
import type { CalendarInfo, CalendarSync } from '../../../sync/CalendarSync';
import type { GroupMember, PlanInfo, PlannerSync } from '../../../sync/PlannerSync';
import type { PlanCounts } from '../../../sync/plan/calendarPlan';
import type { SyncReport } from '../../../sync/outcome';
import type { CalendarChoices, Reminder, ShowAs } from '../../../sync/plan/eventChoices';
import type { Locale } from '../../strings/define';

/** What the dialog pushes through: the sync engines, signed in, and the team's group. */
export interface PushServices {
  readonly calendar: CalendarSync;
  readonly planner: PlannerSync;
  /** The team's group, when known (Teams context, or the demo group). */
  readonly groupId: string | undefined;
}

export interface PushDialogProps {
  /** The selected deadlines, in date order. */
  readonly deadlines: readonly Deadline[];
  /**
   * Every deadline of the school year as the årshjul has it now. A push removes only what of
   * ours is no longer among them (withdrawn), never what was pushed earlier and is simply not
   * selected now.
   */
  readonly yearDeadlines: readonly Deadline[];
  readonly locale: Locale;
  /** Signs in and builds the services; called once when the dialog opens. */
  readonly connect: () => Promise<PushServices>;
  /** Link back from an event or task to the entry in the tab. */
  readonly linkFor: (deadline: Deadline) => string;
  readonly onClose: () => void;
  /** The reminder and "show as" the user last pushed events with; the defaults otherwise. */
  readonly lastChoices?: Partial<CalendarChoices>;
  /** Called with the reminder and "show as" of each push to a calendar. */
  readonly onCalendarPush?: (choices: CalendarChoices) => void;
}

export type PushTab = 'outlook' | 'planner';
/** `mine`, `group`, or the id of another of my calendars. */
export type TargetChoice = string;
/** `school-year` or the id of an existing plan. */
export type PlanSelection = string;

export type Phase = 'idle' | 'loading' | 'previewing' | 'pushing' | 'done';

/** An error shown in the dialog: a sync or auth code, with the auth remedy when there is one. */
export interface ShownError {
  readonly code: string;
  readonly remedy?: string;
  readonly message: string;
}

export interface PushDialogState {
  readonly tab: PushTab;
  readonly phase: Phase;
  readonly calendars: readonly CalendarInfo[];
  readonly target: TargetChoice;
  readonly reminder: Reminder;
  readonly showAs: ShowAs;
  readonly plans: readonly PlanInfo[];
  readonly plan: PlanSelection;
  readonly leadDays: string;
  readonly members: readonly GroupMember[];
  readonly assignees: readonly string[];
  readonly groupId: string | undefined;
  readonly counts: PlanCounts | undefined;
  readonly progress: { readonly done: number; readonly total: number } | undefined;
  readonly report: SyncReport | undefined;
  /** What the report is of: a removal that found nothing says so instead of counting zeros. */
  readonly reportOf: 'push' | 'remove' | undefined;
  readonly error: ShownError | undefined;
  /** "Remove selected" asked and waiting for the user to confirm. */
  readonly confirmingRemove: boolean;
  /** Plans and members are being read (first opening of the Planner tab). */
  readonly plannerLoading: boolean;
}

export interface PushDialogActions {
  readonly setTab: (tab: PushTab) => void;
  readonly setTarget: (target: TargetChoice) => void;
  readonly setReminder: (reminder: Reminder) => void;
  readonly setShowAs: (showAs: ShowAs) => void;
  readonly setPlan: (plan: PlanSelection) => void;
  readonly setLeadDays: (days: string) => void;
  readonly setAssignees: (ids: readonly string[]) => void;
  readonly preview: () => void;
  readonly push: () => void;
  readonly cancel: () => void;
  /** Asks to remove the selected deadlines; `confirmRemove` does it, `keepItems` backs out. */
  readonly askRemove: () => void;
  readonly confirmRemove: () => void;
  readonly keepItems: () => void;
}
