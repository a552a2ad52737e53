/**
 * The Planner diff. Pure.
 *
 * Ours = tasks whose details carry our marker reference (see taskMapping.ts). Rules:
 * - one task per deadline key; duplicates are healed: completed tasks win, then the oldest
 *   (createdDateTime, then id); the others are deleted;
 * - a task whose marker was lost (a push stopped between creating the task and writing its
 *   details) is adopted when it is unmarked and has exactly our title and due date;
 * - `percentComplete` is never written; a completed task stays completed and is never pruned;
 * - assignees are only added, never removed (people reassign in Planner);
 * - the bucket is chosen at creation only (people move tasks between buckets);
 * - a push with no start date asked for leaves the start date of a task that exists (see
 *   taskPatchFor), so it does not undo the start dates an earlier push or people set;
 * - a July two school years share is one delivery under two keys (`DesiredTask.twin`): in a
 *   plan that holds both years, the twin's task due on the same day stands for the deadline
 *   too, under the same tie-break, and is kept as it is (as for calendar events, see
 *   planCalendar); due on another day, it is the other year's own.
 */
import type { Deadline, DeadlineKey } from '../../domain/model/entry';
import { osloDateAt, type PlainDate } from '../../domain/time/plainDate';
import { compareOldestFirst } from './calendarPlan';
import {
  assignmentValue,
  bucketMonth,
  encodeReferenceKey,
  MANAGED_SLOTS,
  markerKeyOf,
  referenceValue,
  type DesiredTask,
} from './taskMapping';

export interface ExistingTaskDetails {
  readonly etag: string;
  readonly description: string;
  /** Reference property names exactly as Graph returned them (encoded URLs). */
  readonly referenceKeys: readonly string[];
}

export interface ExistingTask {
  readonly id: string;
  readonly etag: string;
  readonly title: string;
  readonly dueDateTime?: string | null;
  readonly startDateTime?: string | null;
  readonly appliedCategories: Readonly<Record<string, boolean>>;
  readonly assignees: readonly string[];
  readonly percentComplete: number;
  readonly createdDateTime?: string;
  readonly bucketId?: string | null;
  /** Undefined when the details could not be read. */
  readonly details?: ExistingTaskDetails;
}

export type TaskPatch = Record<string, unknown>;

export type PlannerPlanItem =
  | { readonly kind: 'create'; readonly key: DeadlineKey; readonly desired: DesiredTask }
  | {
      readonly kind: 'update';
      readonly key: DeadlineKey;
      readonly taskId: string;
      readonly desired: DesiredTask;
      /** True when the task had lost its marker and is taken back. */
      readonly adopted: boolean;
    }
  | {
      readonly kind: 'keep';
      readonly key: DeadlineKey;
      /** Undefined only when the task is the twin's, which this same push creates. */
      readonly taskId: string | undefined;
      readonly completed: boolean;
    }
  | {
      readonly kind: 'delete';
      readonly key: DeadlineKey;
      readonly taskId: string;
      /** As for calendar events: `withdrawn` means the deadline is no longer in the årshjul. */
      readonly reason: 'duplicate' | 'unselected' | 'withdrawn' | 'removed';
    };

export interface PlannerPlanOptions {
  /** Delete our (not completed) tasks of this school year that are not selected (default true). */
  readonly prune?: boolean;
  /**
   * The push's school year: only tasks whose key starts with `<schoolYear>/` are pruned or
   * reported, so a plan several years share keeps the other years' tasks, out of this report.
   */
  readonly schoolYear?: string;
  /** Every deadline key the årshjul has now: when given, only withdrawn deadlines are pruned. */
  readonly current?: ReadonlySet<string>;
}

/** The deadline key of a task, from its marker reference. */
export function taskKey(task: ExistingTask): string | undefined {
  for (const ref of task.details?.referenceKeys ?? []) {
    const key = markerKeyOf(ref);
    if (key) return key;
  }
  return undefined;
}

function sameInstant(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return !a && !b;
  return Date.parse(a) === Date.parse(b);
}

/** Planner refuses a task whose start date is after its due date (400). */
function startAfterDue(start: string | null | undefined, due: string): boolean {
  return !!start && Date.parse(start) > Date.parse(due);
}

/**
 * The PATCH body for the task itself, or undefined when nothing differs. Recomputed after a 412.
 * With `keepStart` (no start date asked for) the task's start date stays as it is, unless the
 * deadline moved before it: then it gets what a new task would get.
 */
export function taskPatchFor(desired: DesiredTask, task: ExistingTask): TaskPatch | undefined {
  const patch: TaskPatch = {};
  if (task.title !== desired.fields.title) patch.title = desired.fields.title;
  if (!sameInstant(task.dueDateTime, desired.fields.dueDateTime)) patch.dueDateTime = desired.fields.dueDateTime;
  if (!sameInstant(task.startDateTime, desired.fields.startDateTime) && (!desired.keepStart || startAfterDue(task.startDateTime, desired.fields.dueDateTime))) {
    patch.startDateTime = desired.fields.startDateTime ?? null;
  }
  const categories: Record<string, boolean> = {};
  for (const slot of MANAGED_SLOTS) {
    const want = desired.fields.appliedCategories[slot] === true;
    if ((task.appliedCategories[slot] === true) !== want) categories[slot] = want;
  }
  if (Object.keys(categories).length > 0) patch.appliedCategories = categories;
  const assignments: Record<string, unknown> = {};
  for (const userId of desired.assignees) if (!task.assignees.includes(userId)) assignments[userId] = assignmentValue();
  if (Object.keys(assignments).length > 0) patch.assignments = assignments;
  return Object.keys(patch).length > 0 ? patch : undefined;
}

/** The PATCH body for the task details, or undefined when nothing differs. */
export function detailsPatchFor(desired: DesiredTask, details: ExistingTaskDetails | undefined): TaskPatch | undefined {
  const patch: TaskPatch = {};
  if ((details?.description ?? '') !== desired.details.description) patch.description = desired.details.description;
  const ourRef = encodeReferenceKey(desired.details.referenceUrl);
  const references: Record<string, unknown> = {};
  const have = details?.referenceKeys ?? [];
  if (!have.some((ref) => ref === ourRef)) references[ourRef] = referenceValue(desired.details.referenceAlias);
  // An older marker (another link to the same deadline) is replaced, so there is one marker.
  for (const ref of have) if (ref !== ourRef && markerKeyOf(ref) !== undefined) references[ref] = null;
  if (Object.keys(references).length > 0) patch.references = references;
  return Object.keys(patch).length > 0 ? patch : undefined;
}

/** The day (Europe/Oslo) a task is due, or undefined when it has no valid due date. */
function dueDay(dueDateTime: string | null | undefined): PlainDate | undefined {
  const time = dueDateTime ? Date.parse(dueDateTime) : NaN;
  return Number.isFinite(time) ? osloDateAt(new Date(time)) : undefined;
}

function completedFirstThenOldest(a: ExistingTask, b: ExistingTask): number {
  const ca = a.percentComplete >= 100 ? 0 : 1;
  const cb = b.percentComplete >= 100 ? 0 : 1;
  return ca !== cb ? ca - cb : compareOldestFirst(a, b);
}

export function planPlanner(
  desired: readonly DesiredTask[],
  existing: readonly ExistingTask[],
  options: PlannerPlanOptions = {},
): PlannerPlanItem[] {
  const prune = options.prune ?? true;
  const ours = new Map<string, ExistingTask[]>();
  const unmarked: ExistingTask[] = [];
  for (const task of existing) {
    const key = taskKey(task);
    if (key === undefined) {
      // Only tasks whose details we could read and found without any marker can be adopted.
      if (task.details) unmarked.push(task);
      continue;
    }
    const list = ours.get(key);
    if (list) list.push(task);
    else ours.set(key, [task]);
  }
  for (const list of ours.values()) list.sort(completedFirstThenOldest);
  unmarked.sort(compareOldestFirst);

  const items: PlannerPlanItem[] = [];
  const wanted = new Set<string>();
  const adopted = new Set<string>();
  // Tasks planned for a deadline of this push (its own, and its twin's on the same day): each
  // is planned once, also when a push holds both twins (deadlines of two years, as planCalendar).
  const taken = new Set<string>();
  const planned = new Map<string, { readonly day: PlainDate | undefined; readonly taskId: string | undefined; readonly completed: boolean }>();
  for (const want of desired) {
    if (wanted.has(want.key)) continue;
    wanted.add(want.key);
    const day = dueDay(want.fields.dueDateTime);
    const pair = want.twin ? planned.get(want.twin) : undefined;
    if (pair && pair.day === day) {
      // Both twins in one push, on one day: the one planned first has the task for both.
      items.push({ kind: 'keep', key: want.key, taskId: pair.taskId, completed: pair.completed });
      planned.set(want.key, pair);
      continue;
    }
    const own = (ours.get(want.key) ?? []).filter((task) => !taken.has(task.id));
    const twins = want.twin ? (ours.get(want.twin) ?? []).filter((task) => !taken.has(task.id) && dueDay(task.dueDateTime) === day) : [];
    const [kept, ...duplicates] = [...own, ...twins].sort(completedFirstThenOldest);
    if (kept) {
      for (const task of [kept, ...duplicates]) taken.add(task.id);
      const completed = kept.percentComplete >= 100;
      planned.set(want.key, { day, taskId: kept.id, completed });
      const changed = own.includes(kept) && (taskPatchFor(want, kept) !== undefined || detailsPatchFor(want, kept.details) !== undefined);
      items.push(
        changed
          ? { kind: 'update', key: want.key, taskId: kept.id, desired: want, adopted: false }
          : { kind: 'keep', key: want.key, taskId: kept.id, completed },
      );
      for (const dup of duplicates) items.push({ kind: 'delete', key: want.key, taskId: dup.id, reason: 'duplicate' });
      continue;
    }
    const orphan = unmarked.find(
      (task) => !adopted.has(task.id) && task.title === want.fields.title && sameInstant(task.dueDateTime, want.fields.dueDateTime),
    );
    if (orphan) {
      adopted.add(orphan.id);
      planned.set(want.key, { day, taskId: orphan.id, completed: orphan.percentComplete >= 100 });
      items.push({ kind: 'update', key: want.key, taskId: orphan.id, desired: want, adopted: true });
    } else {
      planned.set(want.key, { day, taskId: undefined, completed: false });
      items.push({ kind: 'create', key: want.key, desired: want });
    }
  }

  for (const [key, all] of ours) {
    // Not selected but still in the årshjul: not this push's business, so not in its report.
    if (wanted.has(key) || options.current?.has(key)) continue;
    // Nor is another year's task in a plan several years share, unless it is a twin's (above).
    const inYear = options.schoolYear === undefined || key.startsWith(`${options.schoolYear}/`);
    if (!inYear) continue;
    const tasks = all.filter((task) => !taken.has(task.id));
    const [first, ...rest] = tasks;
    if (!first) continue;
    for (const dup of rest) items.push({ kind: 'delete', key: key as DeadlineKey, taskId: dup.id, reason: 'duplicate' });
    if (prune && first.percentComplete < 100) {
      items.push({ kind: 'delete', key: key as DeadlineKey, taskId: first.id, reason: options.current ? 'withdrawn' : 'unselected' });
    } else {
      items.push({ kind: 'keep', key: key as DeadlineKey, taskId: first.id, completed: first.percentComplete >= 100 });
    }
  }
  return items;
}

/** A deadline being removed: its key, its twin's and the day it is due. */
export type RemovedDeadline = Pick<Deadline, 'key' | 'twin' | 'end'>;

/**
 * "Remove from Planner": every task of ours of `schoolYear`, or those of `deadlines`. The twin's
 * task due on a removed deadline's day stands for it too (see planPlanner), so it goes as well,
 * reported as that deadline's; due on another day, it is the other year's own and stays.
 */
export function planPlannerRemoval(existing: readonly ExistingTask[], scope: { readonly schoolYear: string } | { readonly deadlines: readonly RemovedDeadline[] }): PlannerPlanItem[] {
  const deadlines = 'deadlines' in scope ? scope.deadlines : [];
  const removed = new Set<string>(deadlines.map((d) => d.key));
  const inScope = 'deadlines' in scope ? (key: string) => removed.has(key) : (key: string) => key.startsWith(`${scope.schoolYear}/`);
  const twins = new Map(deadlines.flatMap((d) => (d.twin ? [[d.twin as string, d] as const] : [])));
  const items: PlannerPlanItem[] = [];
  for (const task of existing) {
    const key = taskKey(task);
    if (key === undefined) continue;
    if (inScope(key)) {
      items.push({ kind: 'delete', key: key as DeadlineKey, taskId: task.id, reason: 'removed' });
      continue;
    }
    const twin = twins.get(key);
    if (twin && dueDay(task.dueDateTime) === twin.end) items.push({ kind: 'delete', key: twin.key, taskId: task.id, reason: 'removed' });
  }
  return items;
}

export interface ExistingBucket {
  readonly id: string;
  readonly name: string;
  readonly orderHint?: string;
}

function ordinal(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The bucket of each month (`YYYY-MM`), found by the month its name says in any of our
 * languages (see bucketMonth), never by one language's name. A month with two buckets (from
 * pushes in two languages before buckets were matched by month) uses the one named as
 * `nameOf` names it, else the first in the plan's order; the other is left alone, since
 * deleting a bucket deletes the tasks in it.
 */
export function bucketsByMonth(buckets: readonly ExistingBucket[], nameOf: (month: string) => string): Map<string, ExistingBucket> {
  const out = new Map<string, ExistingBucket>();
  const inOrder = [...buckets].sort((a, b) => ordinal(a.orderHint ?? '', b.orderHint ?? '') || ordinal(a.id, b.id));
  for (const bucket of inOrder) {
    const month = bucketMonth(bucket.name);
    if (month === undefined) continue;
    const chosen = out.get(month);
    if (!chosen || (chosen.name !== nameOf(month) && bucket.name === nameOf(month))) out.set(month, bucket);
  }
  return out;
}

/** Months (`YYYY-MM`) that need a bucket for the tasks to be created, in calendar order. */
export function missingBucketMonths(creates: readonly DesiredTask[], buckets: readonly ExistingBucket[]): string[] {
  const have = new Set(buckets.flatMap((b) => bucketMonth(b.name) ?? []));
  return [...new Set(creates.map((t) => t.month))].filter((m) => !have.has(m)).sort();
}
