/**
 * "Assign in Planner", engine side. One plan in the team's group (chosen, or created and
 * named for the school year), a bucket per month, one task per deadline with labels,
 * assignees, description and a marker reference back to the tab.
 *
 * Order of a push: plan (found by id or by title, created only when missing) → read its
 * labels, buckets, every task and its details → the plan's language → label names → pure plan
 * → buckets → creates → details of the created → updates → deletes. Each step reads before it
 * writes, so a run stopped anywhere and run again finishes the job without duplicates (an
 * unmarked task with our title and due date is adopted).
 *
 * Language: a plan keeps the language it was made in (see plan/planLanguage.ts). The pusher's
 * language only names a plan this push makes; buckets, labels and task texts are always
 * written in the plan's, so a colleague who reads the tab in another language changes nothing
 * by pushing the same deadlines again.
 */
import type { Deadline } from '../domain/model/entry';
import type { SchoolYear } from '../domain/time/schoolYear';
import { abortableSleep, backoffDelayMs, executeBatch, type BatchRequest, type BatchResult, type BatchSettings } from './gateway/batch';
import { cancelledError, SyncError, toSyncError } from './gateway/errors';
import type { Graph } from './gateway/graphClient';
import { listGroupMembers, type GroupMember } from './gateway/groups.graph';
import {
  createBucket,
  createPlan,
  createTaskRequest,
  deleteTaskRequest,
  ensureCategoryDescriptions,
  getPlanDetails,
  getTask,
  getTaskDetails,
  getTaskDetailsRequest,
  isEtagConflict,
  listBuckets,
  listPlans,
  listTasks,
  patchTaskDetailsRequest,
  patchTaskRequest,
  patchWithEtagRetry,
  taskDetailsPath,
  taskPath,
  toExistingDetails,
  toExistingTask,
  deleteTask,
  type PlanDetails,
  type PlanInfo,
  type RawTask,
  type RawTaskDetails,
} from './gateway/planner.graph';
import { SCOPES } from '../hosts/auth/scopes';
import { countPlan, type PlanCounts } from './plan/calendarPlan';
import type { LinkFor } from './plan/deepLink';
import { SYNC_LANGUAGES, type SyncLanguage } from './plan/labels';
import { planLanguage } from './plan/planLanguage';
import {
  bucketsByMonth,
  detailsPatchFor,
  missingBucketMonths,
  planPlanner,
  planPlannerRemoval,
  type RemovedDeadline,
  taskPatchFor,
  type ExistingBucket,
  type ExistingTask,
  type PlannerPlanItem,
} from './plan/plannerPlan';
import {
  assignmentValue,
  bucketName,
  categoryDescriptions,
  planTitle,
  toDesiredTask,
  type DesiredTask,
} from './plan/taskMapping';
import { OutcomeRecorder, type RunOptions, type SyncReport } from './outcome';

/** What the push dialog shows of a plan and of a group member, without reaching the gateway. */
export type { GroupMember, PlanInfo };

export type PlanChoice =
  /** A plan the user picked in the team's group. */
  | { readonly kind: 'existing'; readonly planId: string }
  /** The plan named for the school year: found by title, created when missing. */
  | { readonly kind: 'school-year'; readonly title?: string };

export interface PlannerSyncOptions {
  readonly groupId: string;
  readonly plan: PlanChoice;
  readonly schoolYear: SchoolYear;
  readonly linkFor: LinkFor;
  /**
   * The pusher's UI language: the language of a plan this push makes. A plan that exists is
   * written in its own language (see plan/planLanguage.ts).
   * @default 'nb'
   */
  readonly language?: SyncLanguage;
  /**
   * Start date this many days before the deadline; 0 is none before it. Undefined leaves the
   * start date of a task that exists as it is, and gives a new task none (see taskPatchFor).
   */
  readonly leadDays?: number;
  /** User ids from the team's members, for every task or per deadline. */
  readonly assignees?: readonly string[] | ((deadline: Deadline) => readonly string[]);
  /** Delete our not-completed tasks of the year that are not selected. @default true */
  readonly prune?: boolean;
  /** Every deadline key of the year as the årshjul has it now; pruning then spares those (see planPlanner). */
  readonly current?: ReadonlySet<string>;
}

export interface PlannerPreview {
  /** `language`: what buckets, labels and task texts are written in (the plan's, or the pusher's for a plan to be made). */
  readonly plan: { readonly id?: string; readonly title: string; readonly willCreate: boolean; readonly language: SyncLanguage };
  /** Bucket names that the push will create. */
  readonly bucketsToCreate: readonly string[];
  readonly items: readonly PlannerPlanItem[];
  readonly counts: PlanCounts;
}

export interface PlannerSyncSettings {
  readonly batch?: BatchSettings;
}

interface ReadState {
  readonly plan: PlanInfo | undefined;
  readonly title: string;
  /** What the push writes in: the plan's language, or the pusher's for a plan not made yet. */
  readonly language: SyncLanguage;
  /** Undefined for a plan not made yet. */
  readonly details: PlanDetails | undefined;
  readonly buckets: readonly ExistingBucket[];
  readonly tasks: readonly ExistingTask[];
}

const scopes = SCOPES.planner;

export class PlannerSync {
  constructor(
    private readonly graph: Graph,
    private readonly settings: PlannerSyncSettings = {},
  ) {}

  listPlans(groupId: string, signal?: AbortSignal): Promise<PlanInfo[]> {
    return listPlans(this.graph, groupId, signal);
  }

  /** For the people picker (GroupMember.Read.All, admin consent). */
  listGroupMembers(groupId: string, signal?: AbortSignal): Promise<GroupMember[]> {
    return listGroupMembers(this.graph, groupId, signal);
  }

  async preview(deadlines: readonly Deadline[], options: PlannerSyncOptions, signal?: AbortSignal): Promise<PlannerPreview> {
    const state = await this.read(options, signal);
    const items = this.plan(deadlines, options, state);
    const creates = items.flatMap((i) => (i.kind === 'create' ? [i.desired] : []));
    const { language } = state;
    return {
      plan: { id: state.plan?.id, title: state.plan?.title ?? state.title, willCreate: state.plan === undefined, language },
      bucketsToCreate: missingBucketMonths(creates, state.buckets).map((m) => bucketName(m, language)),
      items,
      counts: countPlan(items),
    };
  }

  async push(deadlines: readonly Deadline[], options: PlannerSyncOptions, run: RunOptions = {}): Promise<SyncReport & { readonly planId: string }> {
    const { signal } = run;
    if (signal?.aborted) throw cancelledError();
    const plan = await this.ensurePlan(options, signal);
    const state = await this.readPlan(plan, options, signal);
    const { language } = state;
    await ensureCategoryDescriptions(this.graph, plan.id, categoryDescriptions(language), { signal, current: state.details });
    const items = this.plan(deadlines, options, state);
    const recorder = new OutcomeRecorder(items.length, run);
    const slots = items.map((item, index) => ({ item, slot: `${item.kind.charAt(0)}${index}` }));
    const pending = () =>
      slots.map(({ item, slot }) => ({ slot, key: item.key, action: item.kind, id: 'taskId' in item ? item.taskId : undefined }));
    try {
      for (const { item, slot } of slots) {
        if (item.kind === 'keep') recorder.record({ key: item.key, action: 'keep', status: 'done', id: item.taskId }, slot);
      }
      const creates = slots.filter((s) => s.item.kind === 'create') as { item: Extract<PlannerPlanItem, { kind: 'create' }>; slot: string }[];
      if (creates.length > 0) {
        const buckets = await this.ensureBuckets(plan.id, creates.map((c) => c.item.desired), state.buckets, language, signal);
        await this.createTasks(plan.id, creates, buckets, recorder, signal);
      }
      const byId = new Map(state.tasks.map((t) => [t.id, t]));
      const updates = slots.filter((s) => s.item.kind === 'update') as { item: Extract<PlannerPlanItem, { kind: 'update' }>; slot: string }[];
      await this.updateTasks(updates, byId, recorder, signal);
      const deletes = slots.filter((s) => s.item.kind === 'delete') as { item: Extract<PlannerPlanItem, { kind: 'delete' }>; slot: string }[];
      await this.deleteTasks(deletes, byId, recorder, signal);
    } catch (error) {
      // A step failed as a whole (cancel, lost consent): what was not reached is reported, not dropped.
      recorder.skipRest(pending(), toSyncError(error));
    }
    recorder.skipRest(pending());
    return { ...recorder.report(), planId: plan.id };
  }

  /**
   * "Remove from Planner": deletes our tasks (marker reference) in the plan, of the given
   * deadlines, or all of the school year's when none are given; never the plan, nor another
   * year's tasks in it. A July deadline takes its twin's task with it when that task is due on
   * the deadline's day (see planPlannerRemoval).
   */
  async remove(
    options: {
      readonly groupId: string;
      readonly plan: PlanChoice;
      readonly schoolYear: SchoolYear;
      readonly language?: SyncLanguage;
      readonly deadlines?: readonly RemovedDeadline[];
    },
    run: RunOptions = {},
  ): Promise<SyncReport> {
    // Only the tasks: the plan's labels and buckets (its language) play no part in a removal.
    const { plan } = await this.findPlan(options, run.signal);
    const tasks = plan ? await this.readTasks(plan.id, run.signal) : [];
    const items = planPlannerRemoval(tasks, options.deadlines ? { deadlines: options.deadlines } : { schoolYear: options.schoolYear });
    const recorder = new OutcomeRecorder(items.length, run);
    const slots = items.map((item, index) => ({ item: item as Extract<PlannerPlanItem, { kind: 'delete' }>, slot: `d${index}` }));
    try {
      await this.deleteTasks(slots, new Map(tasks.map((t) => [t.id, t])), recorder, run.signal);
    } catch (error) {
      recorder.skipRest(slots.map(({ item, slot }) => ({ slot, key: item.key, action: 'delete' as const, id: item.taskId })), toSyncError(error));
    }
    return recorder.report();
  }

  private plan(deadlines: readonly Deadline[], options: PlannerSyncOptions, state: ReadState): PlannerPlanItem[] {
    const mapping = { language: state.language, linkFor: options.linkFor, leadDays: options.leadDays, assignees: options.assignees } as const;
    return planPlanner(
      deadlines.map((d) => toDesiredTask(d, mapping)),
      state.tasks,
      { prune: options.prune, schoolYear: options.schoolYear, current: options.current },
    );
  }

  private async findPlan(options: { groupId: string; plan: PlanChoice; schoolYear: SchoolYear; language?: SyncLanguage }, signal?: AbortSignal): Promise<{ plan?: PlanInfo; title: string }> {
    const plans = await listPlans(this.graph, options.groupId, signal);
    if (options.plan.kind === 'existing') {
      const planId = options.plan.planId;
      const plan = plans.find((p) => p.id === planId);
      if (!plan) throw new SyncError('not-found', `Plan ${planId} is not in group ${options.groupId}`, { status: 404 });
      return { plan, title: plan.title };
    }
    if (options.plan.title !== undefined) {
      const title = options.plan.title;
      return { plan: plans.find((p) => p.title === title), title };
    }
    // The school year's plan is one plan for the team, whatever language made it: a colleague
    // who reads the tab in English finds the plan a bokmål reader created, and adds no second one.
    const language = options.language ?? 'nb';
    const title = planTitle(options.schoolYear, language);
    const titles = new Set(SYNC_LANGUAGES.map((l) => planTitle(options.schoolYear, l)));
    return { plan: plans.find((p) => p.title === title) ?? plans.find((p) => titles.has(p.title)), title };
  }

  /** The batch's back-off (1 s, doubling), before a create whose outcome is unknown is looked for. */
  private backOff(attempt: number, signal?: AbortSignal): Promise<void> {
    return abortableSleep(backoffDelayMs(this.settings.batch, attempt), signal);
  }

  private async ensurePlan(options: PlannerSyncOptions, signal?: AbortSignal): Promise<PlanInfo> {
    const found = await this.findPlan(options, signal);
    if (found.plan) return found.plan;
    return createOrFind(
      () => createPlan(this.graph, options.groupId, found.title, signal),
      async () => (await this.findPlan(options, signal)).plan,
      (attempt) => this.backOff(attempt, signal),
    );
  }

  private async read(options: { groupId: string; plan: PlanChoice; schoolYear: SchoolYear; language?: SyncLanguage }, signal?: AbortSignal): Promise<ReadState> {
    const found = await this.findPlan(options, signal);
    if (!found.plan) return { plan: undefined, title: found.title, language: options.language ?? 'nb', details: undefined, buckets: [], tasks: [] };
    return this.readPlan(found.plan, options, signal);
  }

  /** The plan's labels and buckets, which say its language, and every task with its details. */
  private async readPlan(plan: PlanInfo, options: { schoolYear: SchoolYear; language?: SyncLanguage }, signal?: AbortSignal): Promise<ReadState> {
    const details = await getPlanDetails(this.graph, plan.id, signal);
    const buckets = await listBuckets(this.graph, plan.id, signal);
    const tasks = await this.readTasks(plan.id, signal);
    const language = planLanguage(
      { title: plan.title, schoolYear: options.schoolYear, categoryDescriptions: details.categoryDescriptions, bucketNames: buckets.map((b) => b.name) },
      options.language ?? 'nb',
    );
    return { plan, title: plan.title, language, details, buckets, tasks };
  }

  /** Every task with its details. A task whose details cannot be read stops the run: guessing could duplicate. */
  private async readTasks(planId: string, signal?: AbortSignal): Promise<ExistingTask[]> {
    const rawTasks = await listTasks(this.graph, planId, signal);
    const taskDetails = await this.readDetails(rawTasks.map((t) => t.id), signal);
    return rawTasks.map((raw) => toExistingTask(raw, taskDetails.get(raw.id)));
  }

  private async readDetails(taskIds: readonly string[], signal?: AbortSignal): Promise<Map<string, RawTaskDetails>> {
    const results = await executeBatch(
      this.graph,
      taskIds.map((id, i) => getTaskDetailsRequest(`g${i}`, id)),
      { ...this.settings.batch, scopes, signal },
    );
    const out = new Map<string, RawTaskDetails>();
    taskIds.forEach((id, i) => {
      const result = results.get(`g${i}`);
      if (!result?.ok) throw result?.error ?? new SyncError('unknown', `No details for task ${id}`);
      out.set(id, result.body as RawTaskDetails);
    });
    return out;
  }

  /** The bucket id of each month the creates need; a missing month's bucket is made, in order after the last. */
  private async ensureBuckets(planId: string, creates: readonly DesiredTask[], existing: readonly ExistingBucket[], language: SyncLanguage, signal?: AbortSignal): Promise<Map<string, string>> {
    const nameOf = (month: string) => bucketName(month, language);
    const byMonth = bucketsByMonth(existing, nameOf);
    // Buckets are few (one per month): created one by one so each goes after the previous.
    let previousHint = [...existing].sort((a, b) => ((a.orderHint ?? '') < (b.orderHint ?? '') ? -1 : 1)).at(-1)?.orderHint;
    for (const month of missingBucketMonths(creates, existing)) {
      const bucket = await createOrFind(
        () => createBucket(this.graph, planId, nameOf(month), previousHint, signal),
        async () => bucketsByMonth(await listBuckets(this.graph, planId, signal), nameOf).get(month),
        (attempt) => this.backOff(attempt, signal),
      );
      byMonth.set(month, bucket);
      previousHint = bucket.orderHint ?? previousHint;
    }
    return new Map([...byMonth].map(([month, bucket]) => [month, bucket.id]));
  }

  private createBody(planId: string, desired: DesiredTask, bucketId: string | undefined): Record<string, unknown> {
    const assignments: Record<string, unknown> = {};
    for (const userId of desired.assignees) assignments[userId] = assignmentValue();
    return {
      planId,
      ...(bucketId ? { bucketId } : {}),
      title: desired.fields.title,
      dueDateTime: desired.fields.dueDateTime,
      ...(desired.fields.startDateTime ? { startDateTime: desired.fields.startDateTime } : {}),
      appliedCategories: desired.fields.appliedCategories,
      ...(desired.assignees.length > 0 ? { assignments } : {}),
    };
  }

  private async createTasks(
    planId: string,
    creates: readonly { item: Extract<PlannerPlanItem, { kind: 'create' }>; slot: string }[],
    buckets: ReadonlyMap<string, string>,
    recorder: OutcomeRecorder,
    signal?: AbortSignal,
  ): Promise<void> {
    const created = new Map<string, string>(); // slot → task id
    const results = await executeBatch(
      this.graph,
      creates.map(({ item, slot }) => createTaskRequest(slot, this.createBody(planId, item.desired, buckets.get(item.desired.month)))),
      { ...this.settings.batch, scopes, signal },
    );
    const unknown: (typeof creates)[number][] = [];
    for (const entry of creates) {
      const result = results.get(entry.slot);
      const id = (result?.body as { id?: string } | null)?.id;
      if (result?.ok && id) created.set(entry.slot, id);
      else if (result?.error?.outcomeUnknown) unknown.push(entry);
      else this.recordFailure(recorder, entry.item, entry.slot, result);
    }
    if (unknown.length > 0) {
      // The response was lost: the task may exist. Look before creating it again.
      const tasks = await listTasks(this.graph, planId, signal);
      for (const entry of unknown) {
        const { title, dueDateTime } = entry.item.desired.fields;
        const taken = new Set(created.values());
        const match = tasks.find((t) => !taken.has(t.id) && t.title === title && t.dueDateTime && Date.parse(t.dueDateTime) === Date.parse(dueDateTime));
        if (match) {
          created.set(entry.slot, match.id);
          continue;
        }
        const retry = await executeBatch(this.graph, [createTaskRequest(entry.slot, this.createBody(planId, entry.item.desired, buckets.get(entry.item.desired.month)))], {
          ...this.settings.batch,
          scopes,
          signal,
        });
        const result = retry.get(entry.slot);
        const id = (result?.body as { id?: string } | null)?.id;
        if (result?.ok && id) created.set(entry.slot, id);
        else this.recordFailure(recorder, entry.item, entry.slot, result);
      }
    }
    // Details exist as soon as the task does; read their etag, then write description and marker.
    const entries = creates.filter((c) => created.has(c.slot));
    const reads = await executeBatch(
      this.graph,
      entries.map((c) => getTaskDetailsRequest(c.slot, created.get(c.slot) ?? '')),
      { ...this.settings.batch, scopes, signal },
    );
    const writes: BatchRequest[] = [];
    const writeEntries = new Map<string, (typeof entries)[number]>();
    for (const entry of entries) {
      const taskId = created.get(entry.slot) ?? '';
      const read = reads.get(entry.slot);
      if (!read?.ok) {
        this.recordFailure(recorder, entry.item, entry.slot, read, taskId);
        continue;
      }
      const details = toExistingDetails(read.body as RawTaskDetails);
      const patch = detailsPatchFor(entry.item.desired, details);
      if (!patch) {
        recorder.record({ key: entry.item.key, action: 'create', status: 'done', id: taskId }, entry.slot);
        continue;
      }
      writes.push(patchTaskDetailsRequest(entry.slot, taskId, details.etag, patch));
      writeEntries.set(entry.slot, entry);
    }
    const written = await executeBatch(this.graph, writes, { ...this.settings.batch, scopes, signal });
    for (const [slot, entry] of writeEntries) {
      const taskId = created.get(slot) ?? '';
      const result = written.get(slot);
      if (result?.ok) {
        recorder.record({ key: entry.item.key, action: 'create', status: 'done', id: taskId }, slot);
      } else if (isEtagConflict(result?.status)) {
        await this.settle(recorder, entry.item.key, 'create', slot, taskId, () => this.patchDetails(taskId, entry.item.desired, signal));
      } else {
        this.recordFailure(recorder, entry.item, slot, result, taskId);
      }
    }
  }

  private async updateTasks(
    updates: readonly { item: Extract<PlannerPlanItem, { kind: 'update' }>; slot: string }[],
    byId: ReadonlyMap<string, ExistingTask>,
    recorder: OutcomeRecorder,
    signal?: AbortSignal,
  ): Promise<void> {
    const requests: BatchRequest[] = [];
    for (const { item, slot } of updates) {
      const task = byId.get(item.taskId);
      if (!task) {
        recorder.record({ key: item.key, action: 'update', status: 'failed', error: new SyncError('not-found', `Task ${item.taskId} was not read`), id: item.taskId }, slot);
        continue;
      }
      const taskPatch = taskPatchFor(item.desired, task);
      const detailsPatch = detailsPatchFor(item.desired, task.details);
      if (taskPatch) requests.push(patchTaskRequest(`${slot}t`, task.id, task.etag, taskPatch));
      if (detailsPatch && task.details) requests.push(patchTaskDetailsRequest(`${slot}d`, task.id, task.details.etag, detailsPatch));
    }
    const results = await executeBatch(this.graph, requests, { ...this.settings.batch, scopes, signal });
    for (const { item, slot } of updates) {
      const taskId = item.taskId;
      const parts: (BatchResult | undefined)[] = [results.get(`${slot}t`), results.get(`${slot}d`)];
      const failed = parts.find((r) => r && !r.ok && !isEtagConflict(r.status));
      if (failed) {
        this.recordFailure(recorder, item, slot, failed, taskId);
        continue;
      }
      // A 412 (or 409): someone changed the task (or its details) since we read it. Re-read, recompute, retry.
      await this.settle(recorder, item.key, 'update', slot, taskId, async () => {
        if (isEtagConflict(results.get(`${slot}t`)?.status)) await this.patchTask(taskId, item.desired, signal);
        if (isEtagConflict(results.get(`${slot}d`)?.status)) await this.patchDetails(taskId, item.desired, signal);
      });
    }
  }

  private async deleteTasks(
    deletes: readonly { item: Extract<PlannerPlanItem, { kind: 'delete' }>; slot: string }[],
    byId: ReadonlyMap<string, ExistingTask>,
    recorder: OutcomeRecorder,
    signal?: AbortSignal,
  ): Promise<void> {
    const requests = deletes.flatMap(({ item, slot }) => {
      const task = byId.get(item.taskId);
      return task ? [deleteTaskRequest(slot, task.id, task.etag)] : [];
    });
    const results = await executeBatch(this.graph, requests, { ...this.settings.batch, scopes, signal });
    for (const { item, slot } of deletes) {
      const result = results.get(slot);
      if (result?.ok || result?.status === 404) {
        recorder.record({ key: item.key, action: 'delete', status: 'done', id: item.taskId }, slot);
      } else if (isEtagConflict(result?.status)) {
        await this.settle(recorder, item.key, 'delete', slot, item.taskId, async () => {
          try {
            const fresh = await getTask(this.graph, item.taskId, signal);
            // Completed meanwhile: a completed task stays unless the user asked to remove it. A
            // prune is 'withdrawn' whenever the årshjul's keys are given (always, from the dialog),
            // and a duplicate completed now is the one the tie-break keeps on the next push.
            if (item.reason !== 'removed' && (fresh.percentComplete ?? 0) >= 100) return;
            await deleteTask(this.graph, item.taskId, fresh['@odata.etag'] ?? '', signal);
          } catch (error) {
            // Deleted by someone else meanwhile: gone is what the delete wanted, as for a 404 above.
            if (!(error instanceof SyncError && error.status === 404)) throw error;
          }
        });
      } else {
        this.recordFailure(recorder, item, slot, result, item.taskId);
      }
    }
  }

  private patchTask(taskId: string, desired: DesiredTask, signal?: AbortSignal): Promise<'updated' | 'unchanged'> {
    return patchWithEtagRetry<RawTask>(
      this.graph,
      taskPath(taskId),
      () => getTask(this.graph, taskId, signal),
      (raw) => raw['@odata.etag'] ?? '',
      (raw) => taskPatchFor(desired, toExistingTask(raw)),
      { signal },
    );
  }

  private patchDetails(taskId: string, desired: DesiredTask, signal?: AbortSignal): Promise<'updated' | 'unchanged'> {
    return patchWithEtagRetry<RawTaskDetails>(
      this.graph,
      taskDetailsPath(taskId),
      () => getTaskDetails(this.graph, taskId, signal),
      (raw) => raw['@odata.etag'] ?? '',
      (raw) => detailsPatchFor(desired, toExistingDetails(raw)),
      { signal },
    );
  }

  private async settle(recorder: OutcomeRecorder, key: DesiredTask['key'], action: 'create' | 'update' | 'delete', slot: string, id: string, work: () => Promise<unknown>): Promise<void> {
    try {
      await work();
      recorder.record({ key, action, status: 'done', id }, slot);
    } catch (error) {
      const e = toSyncError(error);
      if (e.code === 'cancelled') throw e;
      recorder.record({ key, action, status: 'failed', error: e, id }, slot);
    }
  }

  private recordFailure(recorder: OutcomeRecorder, item: PlannerPlanItem, slot: string, result: BatchResult | undefined, id?: string): void {
    const error = result?.error ?? new SyncError('unknown', `HTTP ${result?.status ?? 0}`);
    const status = error.code === 'cancelled' ? 'skipped' : 'failed';
    recorder.record({ key: item.key, action: item.kind, status, error, id: id ?? ('taskId' in item ? item.taskId : undefined) }, slot);
  }
}

/**
 * Planner has no transactionId: a create whose answer was lost or a 5xx may have been carried
 * out. Look for what it made before making it again (at most `attempts` creates). The look waits
 * first, longer each time: a service that has just failed is given room, and what it made may
 * take a moment to be listed [unverified: how long Planner's lists lag a create].
 */
async function createOrFind<T>(
  create: () => Promise<T>,
  find: () => Promise<T | undefined>,
  wait: (attempt: number) => Promise<void>,
  attempts = 3,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await create();
    } catch (error) {
      if (!(error instanceof SyncError && error.outcomeUnknown)) throw error;
      await wait(attempt);
      const made = await find();
      if (made) return made;
      if (attempt >= attempts) throw error;
    }
  }
}
