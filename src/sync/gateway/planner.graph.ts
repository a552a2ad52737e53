/**
 * Planner resources, all with Tasks.ReadWrite (the least privileged delegated scope).
 *
 * The etag rule: every PATCH and DELETE sends `If-Match` with the etag of *that* object. A
 * task and its details are two objects with two etags (the task's etag on the details gives
 * "The If-Match header contains an invalid value"). A 412 means someone changed the object
 * since we read it: re-read it, recompute the change against what is there now, try again.
 * Planner's docs say a conflicting etag gets 412 "or 409"; when each comes is not said, so a
 * 409 is taken the same way (see isEtagConflict).
 */
import { SCOPES } from '../../hosts/auth/scopes';
import type { ExistingBucket, ExistingTask, ExistingTaskDetails, TaskPatch } from '../plan/plannerPlan';
import type { BatchRequest } from './batch';
import { SyncError } from './errors';
import { graphGetAll, graphRequest, type Graph } from './graphClient';

const scopes = SCOPES.planner;
const enc = encodeURIComponent;

export interface PlanInfo {
  readonly id: string;
  readonly title: string;
}

export interface PlanDetails {
  readonly etag: string;
  readonly categoryDescriptions: Readonly<Record<string, string | null>>;
}

export interface RawTask {
  readonly id: string;
  readonly '@odata.etag'?: string;
  readonly title?: string;
  readonly planId?: string;
  readonly bucketId?: string | null;
  readonly dueDateTime?: string | null;
  readonly startDateTime?: string | null;
  readonly percentComplete?: number;
  readonly createdDateTime?: string;
  readonly appliedCategories?: Record<string, boolean>;
  readonly assignments?: Record<string, unknown>;
}

export interface RawTaskDetails {
  readonly id?: string;
  readonly '@odata.etag'?: string;
  readonly description?: string | null;
  readonly references?: Record<string, unknown> | null;
}

/** The If-Match etag no longer fits: 412, or 409 (platform-facts §D5 names both). */
export function isEtagConflict(status: number | undefined): boolean {
  return status === 412 || status === 409;
}

function etagOf(value: { '@odata.etag'?: string }, what: string): string {
  const etag = value['@odata.etag'];
  if (!etag) throw new SyncError('unknown', `Graph returned ${what} without an etag`);
  return etag;
}

export function toExistingDetails(raw: RawTaskDetails): ExistingTaskDetails {
  return {
    etag: etagOf(raw, 'task details'),
    description: raw.description ?? '',
    referenceKeys: Object.entries(raw.references ?? {})
      .filter(([, v]) => v !== null)
      .map(([k]) => k),
  };
}

export function toExistingTask(raw: RawTask, details?: RawTaskDetails): ExistingTask {
  return {
    id: raw.id,
    etag: etagOf(raw, 'a task'),
    title: raw.title ?? '',
    dueDateTime: raw.dueDateTime ?? null,
    startDateTime: raw.startDateTime ?? null,
    appliedCategories: raw.appliedCategories ?? {},
    assignees: Object.entries(raw.assignments ?? {})
      .filter(([, v]) => v !== null)
      .map(([k]) => k),
    percentComplete: raw.percentComplete ?? 0,
    createdDateTime: raw.createdDateTime,
    bucketId: raw.bucketId ?? null,
    details: details ? toExistingDetails(details) : undefined,
  };
}

export async function listPlans(graph: Graph, groupId: string, signal?: AbortSignal): Promise<PlanInfo[]> {
  const rows = await graphGetAll<{ id: string; title?: string }>(graph, { path: `/groups/${enc(groupId)}/planner/plans`, scopes, signal });
  return rows.map((r) => ({ id: r.id, title: r.title ?? '' }));
}

/** The signed-in user must be a member of the group (Planner's rule). */
export async function createPlan(graph: Graph, groupId: string, title: string, signal?: AbortSignal): Promise<PlanInfo> {
  const { body } = await graphRequest<{ id: string; title?: string }>(graph, {
    method: 'POST',
    path: '/planner/plans',
    scopes,
    body: { container: { url: `${graph.root}/groups/${groupId}` }, title },
    signal,
  });
  return { id: body.id, title: body.title ?? title };
}

export async function getPlanDetails(graph: Graph, planId: string, signal?: AbortSignal): Promise<PlanDetails> {
  const { body } = await graphRequest<{ '@odata.etag'?: string; categoryDescriptions?: Record<string, string | null> }>(graph, {
    method: 'GET',
    path: `/planner/plans/${enc(planId)}/details`,
    scopes,
    signal,
  });
  return { etag: etagOf(body, 'plan details'), categoryDescriptions: body.categoryDescriptions ?? {} };
}

/**
 * Names the labels; only the slots that differ are sent. Plan details have their own etag;
 * a 412 (or 409) re-reads them and tries again (at most `attempts` times). `current` is the details as
 * just read, which saves reading them again.
 */
export async function ensureCategoryDescriptions(
  graph: Graph,
  planId: string,
  wanted: Readonly<Record<string, string>>,
  options: { readonly signal?: AbortSignal; readonly attempts?: number; readonly current?: PlanDetails } = {},
): Promise<'updated' | 'unchanged'> {
  const { signal, attempts = 3 } = options;
  let details = options.current ?? (await getPlanDetails(graph, planId, signal));
  for (let attempt = 1; ; attempt++) {
    const patch: Record<string, string> = {};
    for (const [slot, name] of Object.entries(wanted)) if (details.categoryDescriptions[slot] !== name) patch[slot] = name;
    if (Object.keys(patch).length === 0) return 'unchanged';
    try {
      await graphRequest(graph, {
        method: 'PATCH',
        path: `/planner/plans/${enc(planId)}/details`,
        scopes,
        headers: { 'If-Match': details.etag },
        body: { categoryDescriptions: patch },
        signal,
      });
      return 'updated';
    } catch (error) {
      if (!(error instanceof SyncError && isEtagConflict(error.status) && attempt < attempts)) throw error;
      details = await getPlanDetails(graph, planId, signal);
    }
  }
}

export async function listBuckets(graph: Graph, planId: string, signal?: AbortSignal): Promise<ExistingBucket[]> {
  const rows = await graphGetAll<{ id: string; name?: string; orderHint?: string }>(graph, { path: `/planner/plans/${enc(planId)}/buckets`, scopes, signal });
  return rows.map((r) => ({ id: r.id, name: r.name ?? '', orderHint: r.orderHint }));
}

/**
 * `orderHint` "<previous> !" places the bucket after the previous one (Planner's order-hint
 * format); the service replaces it with its own value, which we pass on as the next previous.
 */
export async function createBucket(graph: Graph, planId: string, name: string, previousHint: string | undefined, signal?: AbortSignal): Promise<ExistingBucket> {
  const { body } = await graphRequest<{ id: string; name?: string; orderHint?: string }>(graph, {
    method: 'POST',
    path: '/planner/buckets',
    scopes,
    body: { name, planId, orderHint: `${previousHint ?? ''} !` },
    signal,
  });
  return { id: body.id, name: body.name ?? name, orderHint: body.orderHint };
}

export async function listTasks(graph: Graph, planId: string, signal?: AbortSignal): Promise<RawTask[]> {
  return graphGetAll<RawTask>(graph, { path: `/planner/plans/${enc(planId)}/tasks`, scopes, signal });
}

export async function getTask(graph: Graph, taskId: string, signal?: AbortSignal): Promise<RawTask> {
  return (await graphRequest<RawTask>(graph, { method: 'GET', path: `/planner/tasks/${enc(taskId)}`, scopes, signal })).body;
}

export async function getTaskDetails(graph: Graph, taskId: string, signal?: AbortSignal): Promise<RawTaskDetails> {
  return (await graphRequest<RawTaskDetails>(graph, { method: 'GET', path: `/planner/tasks/${enc(taskId)}/details`, scopes, signal })).body;
}

/** Batch items. A task POST is not idempotent (Planner has no transactionId). */
export function createTaskRequest(id: string, body: Record<string, unknown>): BatchRequest {
  return { id, method: 'POST', url: '/planner/tasks', body, idempotent: false };
}

export function getTaskDetailsRequest(id: string, taskId: string): BatchRequest {
  return { id, method: 'GET', url: `/planner/tasks/${enc(taskId)}/details`, idempotent: true };
}

export function patchTaskRequest(id: string, taskId: string, etag: string, patch: TaskPatch): BatchRequest {
  return { id, method: 'PATCH', url: `/planner/tasks/${enc(taskId)}`, headers: { 'If-Match': etag }, body: patch, idempotent: true };
}

export function patchTaskDetailsRequest(id: string, taskId: string, etag: string, patch: TaskPatch): BatchRequest {
  return { id, method: 'PATCH', url: `/planner/tasks/${enc(taskId)}/details`, headers: { 'If-Match': etag }, body: patch, idempotent: true };
}

export function deleteTaskRequest(id: string, taskId: string, etag: string): BatchRequest {
  return { id, method: 'DELETE', url: `/planner/tasks/${enc(taskId)}`, headers: { 'If-Match': etag }, idempotent: true };
}

/**
 * PATCH with the etag rule: on 412 (or 409) re-read the object, recompute the change against the fresh
 * state (it may be empty now), and send it with the fresh etag.
 */
export async function patchWithEtagRetry<T>(
  graph: Graph,
  path: string,
  read: () => Promise<T>,
  etagOfState: (state: T) => string,
  patchFor: (state: T) => TaskPatch | undefined,
  options: { readonly signal?: AbortSignal; readonly attempts?: number; readonly initial?: T } = {},
): Promise<'updated' | 'unchanged'> {
  const attempts = options.attempts ?? 3;
  let state = options.initial ?? (await read());
  for (let attempt = 1; ; attempt++) {
    const patch = patchFor(state);
    if (!patch) return 'unchanged';
    try {
      await graphRequest(graph, { method: 'PATCH', path, scopes, headers: { 'If-Match': etagOfState(state) }, body: patch, signal: options.signal });
      return 'updated';
    } catch (error) {
      if (!(error instanceof SyncError && isEtagConflict(error.status) && attempt < attempts)) throw error;
      state = await read();
    }
  }
}

export function taskPath(taskId: string): string {
  return `/planner/tasks/${enc(taskId)}`;
}

export function taskDetailsPath(taskId: string): string {
  return `/planner/tasks/${enc(taskId)}/details`;
}

export async function deleteTask(graph: Graph, taskId: string, etag: string, signal?: AbortSignal): Promise<void> {
  await graphRequest(graph, { method: 'DELETE', path: taskPath(taskId), scopes, headers: { 'If-Match': etag }, signal });
}
