/** State and effects of the push dialog: loads the choices, previews, pushes with progress and cancel. */
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { AuthError } from '../../../hosts/auth/tokenProvider';
import type { CalendarSyncOptions, CalendarTarget } from '../../../sync/CalendarSync';
import type { PlannerSyncOptions } from '../../../sync/PlannerSync';
import type { PlanCounts } from '../../../sync/plan/calendarPlan';
import type { PushDialogActions, PushDialogProps, PushDialogState, PushServices, ShownError } from './PushDialog.types';

export function toShownError(error: unknown): ShownError {
  if (error instanceof AuthError) return { code: error.code, remedy: error.remedy, message: error.message };
  if (error instanceof Error && 'code' in error && typeof error.code === 'string') return { code: error.code, message: error.message };
  return { code: 'unknown', message: error instanceof Error ? error.message : String(error) };
}

/** The most days before a deadline a Planner task can start: a school year. */
export const MAX_LEAD_DAYS = 365;

/**
 * The "start date, days before" field: a whole number from 0 to {@link MAX_LEAD_DAYS}, or empty.
 * Empty is no choice: a new task starts no days before its deadline, a task that exists keeps
 * the start date it has. 0 is a choice: no days before, also for tasks that had some. Anything
 * else is `invalid`, and nothing is pushed until it is fixed.
 */
export function parseLeadDays(text: string): number | undefined | 'invalid' {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  if (!/^\d+$/.test(trimmed)) return 'invalid';
  const days = Number(trimmed);
  return days <= MAX_LEAD_DAYS ? days : 'invalid';
}

/**
 * Something is read or run: the choices wait, and so do the tabs (switching would start the
 * other tab's reads under a run, or show its report under the wrong tab).
 */
export function isBusy(state: PushDialogState): boolean {
  return state.phase === 'loading' || state.phase === 'previewing' || state.phase === 'pushing' || state.plannerLoading;
}

const initial: PushDialogState = {
  tab: 'outlook',
  phase: 'loading',
  calendars: [],
  target: 'mine',
  reminder: 'none',
  showAs: 'free',
  plans: [],
  plan: 'school-year',
  leadDays: '',
  members: [],
  assignees: [],
  groupId: undefined,
  counts: undefined,
  progress: undefined,
  report: undefined,
  reportOf: undefined,
  error: undefined,
  confirmingRemove: false,
  plannerLoading: false,
};

export function usePushDialog(props: PushDialogProps): {
  readonly state: PushDialogState;
  readonly actions: PushDialogActions;
  /** "Fjern valgte": where the focus goes back when the user keeps the items. */
  readonly removeButtonRef: RefObject<HTMLButtonElement | null>;
  /** The dialog's title: where reading starts when it opens. */
  readonly titleRef: RefObject<HTMLHeadingElement | null>;
} {
  const { deadlines, yearDeadlines, connect, linkFor, locale, onCalendarPush } = props;
  // The reminder and "show as" of the last push: a later push with the defaults would undo them.
  const [state, setState] = useState<PushDialogState>(() => ({ ...initial, ...props.lastChoices }));
  const services = useRef<PushServices | undefined>(undefined);
  const removeButtonRef = useRef<HTMLButtonElement | null>(null);
  const titleRef = useRef<HTMLHeadingElement | null>(null);
  const running = useRef<AbortController | undefined>(undefined);
  const patch = useCallback((p: Partial<PushDialogState>) => setState((s) => ({ ...s, ...p })), []);

  // Each permission is asked for when its action is first used: opening the dialog reads only
  // my calendars (Calendars.ReadWrite); plans and members (Tasks.ReadWrite, GroupMember.Read.All)
  // are read when the Planner tab is first opened.
  useEffect(() => {
    const abort = new AbortController();
    void (async () => {
      try {
        const svc = await connect();
        services.current = svc;
        patch({ groupId: svc.groupId });
        const calendars = await svc.calendar.listCalendars(abort.signal);
        if (!abort.signal.aborted) patch({ phase: 'idle', calendars: calendars.filter((c) => !c.isDefaultCalendar && c.canEdit) });
      } catch (error) {
        if (!abort.signal.aborted) patch({ phase: 'idle', error: toShownError(error) });
      }
    })();
    return () => abort.abort();
  }, [connect, patch]);

  // The dialog puts the focus on its first control, which while the calendars load is the first
  // action button ("Fjern valgte"): the title takes it instead, so a screen reader starts with what
  // the dialog is and Tab goes on to its tabs and fields before its actions.
  useEffect(() => {
    const frame = requestAnimationFrame(() => titleRef.current?.focus({ preventScroll: true }));
    return () => cancelAnimationFrame(frame);
  }, []);

  const plannerRead = useRef(false);
  const ready = state.phase !== 'loading';
  useEffect(() => {
    if (state.tab !== 'planner' || plannerRead.current || !ready) return;
    const svc = services.current;
    if (!svc?.groupId) return;
    plannerRead.current = true;
    const groupId = svc.groupId;
    const abort = new AbortController();
    patch({ plannerLoading: true });
    void (async () => {
      // Each list failing alone leaves the other usable.
      const [plans, members] = await Promise.allSettled([svc.planner.listPlans(groupId, abort.signal), svc.planner.listGroupMembers(groupId, abort.signal)]);
      if (abort.signal.aborted) {
        plannerRead.current = false; // read again when the tab is opened again
        patch({ plannerLoading: false });
        return;
      }
      const failed = [plans, members].find((r) => r.status === 'rejected');
      patch({
        plannerLoading: false,
        plans: plans.status === 'fulfilled' ? plans.value : [],
        members: members.status === 'fulfilled' ? members.value : [],
        error: failed?.status === 'rejected' ? toShownError(failed.reason) : undefined,
      });
    })();
    return () => abort.abort();
  }, [state.tab, ready, patch]);

  useEffect(() => () => running.current?.abort(), []);

  const schoolYear = deadlines[0]?.schoolYear;

  // Pruning spares every deadline still in the årshjul (see `yearDeadlines`).
  const pruning = useMemo(() => ({ current: new Set<string>(yearDeadlines.map((d) => d.key)) }), [yearDeadlines]);

  const calendarOptions = useCallback((): CalendarSyncOptions | undefined => {
    if (!schoolYear) return undefined;
    let target: CalendarTarget;
    if (state.target === 'mine') target = { kind: 'my-calendar' };
    else if (state.target === 'group') {
      if (!state.groupId) return undefined;
      target = { kind: 'group-calendar', groupId: state.groupId };
    } else target = { kind: 'my-other-calendar', calendarId: state.target };
    return { target, schoolYear, language: locale, reminder: state.reminder, showAs: state.showAs, linkFor, ...pruning };
  }, [schoolYear, state.target, state.groupId, state.reminder, state.showAs, locale, linkFor, pruning]);

  const plannerOptions = useCallback((): PlannerSyncOptions | undefined => {
    const lead = parseLeadDays(state.leadDays);
    if (!schoolYear || !state.groupId || lead === 'invalid') return undefined;
    return {
      groupId: state.groupId,
      plan: state.plan === 'school-year' ? { kind: 'school-year' } : { kind: 'existing', planId: state.plan },
      schoolYear,
      linkFor,
      language: locale,
      ...(lead !== undefined ? { leadDays: lead } : {}),
      assignees: state.assignees,
      ...pruning,
    };
  }, [schoolYear, state.groupId, state.leadDays, state.plan, state.assignees, locale, linkFor, pruning]);

  const preview = useCallback(() => {
    const svc = services.current;
    if (!svc) return;
    running.current?.abort();
    const abort = new AbortController();
    running.current = abort;
    patch({ phase: 'previewing', counts: undefined, report: undefined, error: undefined });
    void (async () => {
      try {
        let counts: PlanCounts | undefined;
        if (state.tab === 'outlook') {
          const options = calendarOptions();
          if (options) counts = (await svc.calendar.preview(deadlines, options, abort.signal)).counts;
        } else {
          const options = plannerOptions();
          if (options) counts = (await svc.planner.preview(deadlines, options, abort.signal)).counts;
        }
        if (!abort.signal.aborted) patch({ phase: 'idle', counts });
      } catch (error) {
        if (!abort.signal.aborted) patch({ phase: 'idle', error: toShownError(error) });
      }
    })();
  }, [state.tab, calendarOptions, plannerOptions, deadlines, patch]);

  /** Runs a push or a removal with progress and cancel, and shows its report. */
  const run = useCallback(
    (
      kind: 'push' | 'remove',
      work: (svc: PushServices, run: { signal: AbortSignal; onProgress: (p: { done: number; total: number }) => void }) => Promise<PushDialogState['report']>,
    ) => {
      const svc = services.current;
      if (!svc) return;
      running.current?.abort();
      const abort = new AbortController();
      running.current = abort;
      patch({ phase: 'pushing', confirmingRemove: false, progress: { done: 0, total: deadlines.length }, counts: undefined, report: undefined, error: undefined });
      const options = { signal: abort.signal, onProgress: ({ done, total }: { done: number; total: number }) => patch({ progress: { done, total } }) };
      void (async () => {
        try {
          patch({ phase: 'done', report: await work(svc, options), reportOf: kind });
        } catch (error) {
          patch({ phase: 'done', error: toShownError(error) });
        } finally {
          if (running.current === abort) running.current = undefined;
        }
      })();
    },
    [deadlines.length, patch],
  );

  const push = useCallback(
    () =>
      run('push', async (svc, options) => {
        if (state.tab === 'outlook') {
          const calendar = calendarOptions();
          if (calendar) onCalendarPush?.({ reminder: calendar.reminder ?? 'none', showAs: calendar.showAs ?? 'free' });
          return calendar ? svc.calendar.push(deadlines, calendar, options) : undefined;
        }
        const planner = plannerOptions();
        return planner ? svc.planner.push(deadlines, planner, options) : undefined;
      }),
    [run, state.tab, calendarOptions, plannerOptions, deadlines, onCalendarPush],
  );

  // Removal deletes only what carries the app's marker, and only for the selected deadlines
  // (with the event or task a July deadline shares with its twin of the other year).
  const confirmRemove = useCallback(
    () =>
      run('remove', async (svc, options) => {
        if (state.tab === 'outlook') {
          const calendar = calendarOptions();
          return calendar ? svc.calendar.remove({ target: calendar.target, schoolYear: calendar.schoolYear, deadlines }, options) : undefined;
        }
        const planner = plannerOptions();
        return planner
          ? svc.planner.remove({ groupId: planner.groupId, plan: planner.plan, schoolYear: planner.schoolYear, language: locale, deadlines }, options)
          : undefined;
      }),
    [run, state.tab, calendarOptions, plannerOptions, deadlines, locale],
  );

  const cancel = useCallback(() => running.current?.abort(), []);

  const actions: PushDialogActions = {
    // The tabs are not `disabled` while busy (that would take the focus from the one just
    // chosen, and send it behind the modal): a switch asked for then is ignored here.
    setTab: (tab) => setState((s) => (isBusy(s) ? s : { ...s, tab, counts: undefined, report: undefined, error: undefined, confirmingRemove: false })),
    setTarget: (target) => patch({ target, counts: undefined }),
    setReminder: (reminder) => patch({ reminder, counts: undefined }),
    setShowAs: (showAs) => patch({ showAs, counts: undefined }),
    setPlan: (plan) => patch({ plan, counts: undefined }),
    setLeadDays: (leadDays) => patch({ leadDays, counts: undefined }),
    setAssignees: (assignees) => patch({ assignees, counts: undefined }),
    preview,
    push,
    cancel,
    askRemove: () => patch({ confirmingRemove: true, report: undefined, error: undefined }),
    confirmRemove,
    keepItems: () => {
      patch({ confirmingRemove: false });
      // The question goes away with the focus on its Avbryt; "Fjern valgte", enabled again, takes it.
      requestAnimationFrame(() => removeButtonRef.current?.focus());
    },
  };
  return { state, actions, removeButtonRef, titleRef };
}
