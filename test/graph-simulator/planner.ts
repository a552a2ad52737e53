/**
 * Planner (platform-facts §D): plans in group containers, plan details with 25 label slots, buckets,
 * tasks and task details, each with its own etag; If-Match on every PATCH/DELETE; order hints; the
 * service limits as 403 with the limit code. Planner error bodies carry an empty `code`.
 */
import type * as MicrosoftGraph from '@microsoft/microsoft-graph-types';
import {
  GraphHttpError, isRecord, json, noContent, parsePrefer, unknownProperty,
  type HandlerContext, type SimRequest, type SimResponse,
} from './http.js';
import { applySelect, page, parseSelect } from './odata.js';
import { resolveOrderHint } from './orderhint.js';
import type {
  BucketRecord, PlanDetailsRecord, PlanRecord, PlannerVersioned, TaskDetailsRecord, TaskRecord,
} from './state.js';

type Kind = 'Plan' | 'PlanDetails' | 'Bucket' | 'Task' | 'TaskDetails';

export const plannerNotFound = (): GraphHttpError => new GraphHttpError(404, '', 'The requested item is not found.');
const plannerBad = (message: string): GraphHttpError => new GraphHttpError(400, '', message);
const limit = (code: string, message: string): GraphHttpError => new GraphHttpError(403, code, message);

export const CATEGORY_KEYS: readonly string[] = Array.from({ length: 25 }, (_, i) => `category${i + 1}`);

// ---------------------------------------------------------------- etags

export function etagOf(kind: Kind, rec: { id: string; version: number }): string {
  return `W/"${Buffer.from(`'${kind}|${rec.id}|${String(rec.version).padStart(10, '0')}'`).toString('base64')}"`;
}

function parseEtag(value: string): { kind: string; id: string; version: number } | undefined {
  const m = /^W\/"([A-Za-z0-9+/=]+)"$/.exec(value.trim());
  if (!m?.[1]) return undefined;
  const decoded = /^'([A-Za-z]+)\|([^|]+)\|(\d{10})'$/.exec(Buffer.from(m[1], 'base64').toString('utf8'));
  if (!decoded?.[1] || !decoded[2] || !decoded[3]) return undefined;
  return { kind: decoded[1], id: decoded[2], version: Number(decoded[3]) };
}

const HISTORY_KEPT = 50;

/**
 * Planner's concurrency rule (platform-facts §D5): If-Match is required; an older etag of the same
 * object is accepted when none of the fields changed since then is touched again; otherwise 412.
 * `fields` = the top-level properties this PATCH sets, or 'delete'.
 */
function checkIfMatch(kind: Kind, rec: { id: string } & PlannerVersioned, req: SimRequest, fields: string[] | 'delete'): void {
  const header = req.headers['if-match'];
  // [obs] Planner answers a missing If-Match with 412 and this message (pnp/pnpjs#1033).
  if (header === undefined || header.trim() === '') throw new GraphHttpError(412, '', 'The If-Match header must be specified for this kind of request.');
  // [unverified] '*' is treated as invalid, so clients always carry the real etag.
  const tag = parseEtag(header);
  if (!tag || tag.kind !== kind || tag.id !== rec.id || tag.version > rec.version) {
    throw new GraphHttpError(412, '', 'The If-Match header contains an invalid value.');
  }
  if (tag.version === rec.version) return;
  const conflict = (): GraphHttpError =>
    // [unverified] wording of the stale-etag conflict.
    new GraphHttpError(412, '', 'The item was changed by another request since the given etag. Read it again and retry.');
  if (fields === 'delete') throw conflict();
  const oldest = rec.history[0]?.version;
  if (oldest === undefined || oldest > tag.version + 1) throw conflict();
  const changed = new Set(rec.history.filter((h) => h.version > tag.version).flatMap((h) => h.fields));
  if (fields.some((f) => changed.has(f))) throw conflict();
}

function bump(rec: PlannerVersioned, fields: string[]): void {
  rec.version += 1;
  rec.history.push({ version: rec.version, fields });
  if (rec.history.length > HISTORY_KEPT) rec.history.splice(0, rec.history.length - HISTORY_KEPT);
}

const fresh = (): PlannerVersioned => ({ version: 1, history: [] });

/** PATCH answers 204, or 200 + body with `Prefer: return=representation` (platform-facts §D2). */
function patchResponse(req: SimRequest, render: () => unknown): SimResponse {
  if (parsePrefer(req.headers.prefer).get('return') === 'representation') {
    // [unverified] header: Preference-Applied is echoed as for other Graph preferences.
    return json(200, render(), { 'Preference-Applied': 'return=representation' });
  }
  return noContent();
}

function requireBody(req: SimRequest): Record<string, unknown> {
  if (!isRecord(req.body)) throw plannerBad('The request body is missing or is not a JSON object.');
  return req.body;
}

function checkProps(body: Record<string, unknown>, allowed: readonly string[], typeName: string): string[] {
  const keys = Object.keys(body).filter((k) => !k.startsWith('@odata.'));
  for (const k of keys) if (!allowed.includes(k)) throw unknownProperty(k, typeName);
  return keys;
}

const graphInstant = (ms: number): string => new Date(ms).toISOString().replace(/\.000Z$/, 'Z');

function parseInstant(v: unknown, name: string): string | null {
  if (v === null) return null;
  if (typeof v !== 'string' || Number.isNaN(Date.parse(v)) || !/^\d{4}-\d{2}-\d{2}T/.test(v)) {
    throw plannerBad(`The value of '${name}' is not a valid DateTimeOffset.`);
  }
  return graphInstant(Date.parse(v));
}

// Planner leaves displayName null in identity sets; clients look names up themselves.
const identity = (_ctx: HandlerContext, userId: string): MicrosoftGraph.IdentitySet => ({
  user: { displayName: null, id: userId },
  application: { displayName: null, id: 'graph-simulator-app' },
});

// ---------------------------------------------------------------- plans

function getPlanRecord(ctx: HandlerContext, id: string): PlanRecord {
  const p = ctx.state.data.plans[id];
  if (!p) throw plannerNotFound();
  return p;
}

export function renderPlan(ctx: HandlerContext, p: PlanRecord): MicrosoftGraph.PlannerPlan & { '@odata.etag': string } {
  return {
    '@odata.etag': etagOf('Plan', p),
    id: p.id,
    title: p.title,
    owner: p.groupId,
    createdDateTime: p.createdDateTime,
    createdBy: identity(ctx, p.createdBy),
    container: { containerId: p.groupId, type: 'group', url: `https://graph.microsoft.com/v1.0/groups/${p.groupId}` },
  };
}

function renderPlanDetails(d: PlanDetailsRecord): MicrosoftGraph.PlannerPlanDetails & { '@odata.etag': string } {
  return {
    '@odata.etag': etagOf('PlanDetails', d),
    id: d.id,
    sharedWith: { ...d.sharedWith },
    categoryDescriptions: { ...d.categoryDescriptions } as MicrosoftGraph.PlannerCategoryDescriptions,
  };
}

function groupIdFromContainer(body: Record<string, unknown>): string {
  if (isRecord(body.container)) {
    const c = body.container;
    if (typeof c.url === 'string') {
      const m = /\/groups\/([^/?#]+)\/?$/i.exec(c.url);
      if (!m?.[1]) throw plannerBad('The container url must point to a group.');
      return decodeURIComponent(m[1]);
    }
    if (typeof c.containerId === 'string') {
      if (c.type !== undefined && c.type !== 'group') throw plannerBad(`Container type '${String(c.type)}' is not supported.`);
      return c.containerId;
    }
    throw plannerBad('The container needs a url or a containerId.');
  }
  if (typeof body.owner === 'string') return body.owner; // older API shape
  throw plannerBad('A plan needs a container.');
}

export function createPlan(ctx: HandlerContext, req: SimRequest): SimResponse {
  const body = requireBody(req);
  checkProps(body, ['container', 'title', 'owner'], 'microsoft.graph.plannerPlan');
  if (typeof body.title !== 'string' || body.title.trim() === '') throw plannerBad('The plan title is required.');
  const groupId = groupIdFromContainer(body);
  const group = ctx.state.data.groups[groupId];
  if (!group) throw plannerNotFound();
  // The creating user must be a member of the group; owning or creating it is not enough (§D1).
  if (!group.memberIds.includes(ctx.userId)) throw new GraphHttpError(403, '', 'You do not have the required permissions to access this item.');
  const id = ctx.state.newPlannerId();
  const plan: PlanRecord = { id, title: body.title, groupId, createdBy: ctx.userId, createdDateTime: graphInstant(ctx.now()), ...fresh() };
  ctx.state.data.plans[id] = plan;
  ctx.state.data.planDetails[id] = {
    id, sharedWith: {}, categoryDescriptions: Object.fromEntries(CATEGORY_KEYS.map((k) => [k, null])), ...fresh(),
  };
  return json(201, renderPlan(ctx, plan));
}

export function listGroupPlans(ctx: HandlerContext, groupId: string, req: SimRequest): SimResponse {
  if (!ctx.state.data.groups[groupId]) throw plannerNotFound();
  const select = parseSelect(req.query.get('$select'));
  const plans = Object.values(ctx.state.data.plans).filter((p) => p.groupId === groupId).map((p) => applySelect(renderPlan(ctx, p), select));
  const { value, nextLink } = page(req, plans, undefined);
  return json(200, { value, ...(nextLink ? { '@odata.nextLink': nextLink } : {}) });
}

export function getPlan(ctx: HandlerContext, id: string, req: SimRequest): SimResponse {
  return json(200, applySelect(renderPlan(ctx, getPlanRecord(ctx, id)), parseSelect(req.query.get('$select'))));
}

export function updatePlan(ctx: HandlerContext, id: string, req: SimRequest): SimResponse {
  const plan = getPlanRecord(ctx, id);
  const body = requireBody(req);
  const fields = checkProps(body, ['title', 'container', 'owner'], 'microsoft.graph.plannerPlan');
  checkIfMatch('Plan', plan, req, fields);
  if ('container' in body || 'owner' in body) throw plannerBad('The container of a plan cannot be changed.');
  if (typeof body.title !== 'string' || body.title.trim() === '') throw plannerBad('The plan title is required.');
  plan.title = body.title;
  bump(plan, fields);
  return patchResponse(req, () => renderPlan(ctx, plan));
}

export function deletePlan(ctx: HandlerContext, id: string, req: SimRequest): SimResponse {
  const plan = getPlanRecord(ctx, id);
  checkIfMatch('Plan', plan, req, 'delete');
  const d = ctx.state.data;
  for (const t of Object.values(d.tasks)) if (t.planId === id) { delete d.tasks[t.id]; delete d.taskDetails[t.id]; }
  for (const b of Object.values(d.buckets)) if (b.planId === id) delete d.buckets[b.id];
  delete d.planDetails[id];
  delete d.plans[id];
  return noContent();
}

export function getPlanDetails(ctx: HandlerContext, id: string): SimResponse {
  getPlanRecord(ctx, id);
  const details = ctx.state.data.planDetails[id];
  if (!details) throw plannerNotFound();
  return json(200, renderPlanDetails(details));
}

export function updatePlanDetails(ctx: HandlerContext, id: string, req: SimRequest): SimResponse {
  getPlanRecord(ctx, id);
  const details = ctx.state.data.planDetails[id];
  if (!details) throw plannerNotFound();
  const body = requireBody(req);
  const fields = checkProps(body, ['categoryDescriptions', 'sharedWith'], 'microsoft.graph.plannerPlanDetails');
  checkIfMatch('PlanDetails', details, req, fields);
  const next = structuredClone(details);
  if ('categoryDescriptions' in body) {
    if (!isRecord(body.categoryDescriptions)) throw plannerBad('categoryDescriptions must be an object.');
    for (const [k, v] of Object.entries(body.categoryDescriptions)) {
      if (k.startsWith('@odata.')) continue;
      // v1.0 has 25 label slots now (platform-facts §D4).
      if (!CATEGORY_KEYS.includes(k)) throw unknownProperty(k, 'microsoft.graph.plannerCategoryDescriptions');
      if (v !== null && typeof v !== 'string') throw plannerBad(`The value of '${k}' must be a string or null.`);
      next.categoryDescriptions[k] = v;
    }
  }
  if ('sharedWith' in body) {
    if (!isRecord(body.sharedWith)) throw plannerBad('sharedWith must be an object.');
    for (const [k, v] of Object.entries(body.sharedWith)) {
      if (k.startsWith('@odata.')) continue;
      if (v === false || v === null) delete next.sharedWith[k];
      else if (v === true) next.sharedWith[k] = true;
      else throw plannerBad(`The value of sharedWith '${k}' must be a boolean.`);
    }
  }
  Object.assign(details, next);
  bump(details, fields);
  return patchResponse(req, () => renderPlanDetails(details));
}

// ---------------------------------------------------------------- buckets

function getBucketRecord(ctx: HandlerContext, id: string): BucketRecord {
  const b = ctx.state.data.buckets[id];
  if (!b) throw plannerNotFound();
  return b;
}

function renderBucket(b: BucketRecord): MicrosoftGraph.PlannerBucket & { '@odata.etag': string } {
  return { '@odata.etag': etagOf('Bucket', b), id: b.id, name: b.name, planId: b.planId, orderHint: b.orderHint };
}

const bucketsOf = (ctx: HandlerContext, planId: string): BucketRecord[] => Object.values(ctx.state.data.buckets).filter((b) => b.planId === planId);

export function createBucket(ctx: HandlerContext, req: SimRequest): SimResponse {
  const body = requireBody(req);
  checkProps(body, ['name', 'planId', 'orderHint'], 'microsoft.graph.plannerBucket');
  if (typeof body.planId !== 'string') throw plannerBad('The planId is required.');
  if (typeof body.name !== 'string' || body.name.trim() === '') throw plannerBad('The bucket name is required.');
  const plan = getPlanRecord(ctx, body.planId);
  const siblings = bucketsOf(ctx, plan.id);
  if (siblings.length >= ctx.limits.bucketsPerPlan) throw limit('MaximumBucketsInProject', 'The maximum number of buckets in the plan has been reached.');
  const bucket: BucketRecord = {
    id: ctx.state.newPlannerId(), name: body.name, planId: plan.id,
    orderHint: resolveOrderHint(body.orderHint ?? ' !', siblings.map((b) => b.orderHint)), ...fresh(),
  };
  ctx.state.data.buckets[bucket.id] = bucket;
  return json(201, renderBucket(bucket));
}

export function listPlanBuckets(ctx: HandlerContext, planId: string, req: SimRequest): SimResponse {
  getPlanRecord(ctx, planId);
  const select = parseSelect(req.query.get('$select'));
  const { value, nextLink } = page(req, bucketsOf(ctx, planId).map((b) => applySelect(renderBucket(b), select)), undefined);
  return json(200, { value, ...(nextLink ? { '@odata.nextLink': nextLink } : {}) });
}

export function getBucket(ctx: HandlerContext, id: string, req: SimRequest): SimResponse {
  return json(200, applySelect(renderBucket(getBucketRecord(ctx, id)), parseSelect(req.query.get('$select'))));
}

export function updateBucket(ctx: HandlerContext, id: string, req: SimRequest): SimResponse {
  const bucket = getBucketRecord(ctx, id);
  const body = requireBody(req);
  const fields = checkProps(body, ['name', 'orderHint', 'planId'], 'microsoft.graph.plannerBucket');
  checkIfMatch('Bucket', bucket, req, fields);
  if ('planId' in body && body.planId !== bucket.planId) throw plannerBad('A bucket cannot be moved to another plan.');
  if ('name' in body) {
    if (typeof body.name !== 'string' || body.name.trim() === '') throw plannerBad('The bucket name is required.');
    bucket.name = body.name;
  }
  if ('orderHint' in body) {
    bucket.orderHint = resolveOrderHint(body.orderHint, bucketsOf(ctx, bucket.planId).filter((b) => b.id !== id).map((b) => b.orderHint));
  }
  bump(bucket, fields);
  return patchResponse(req, () => renderBucket(bucket));
}

export function deleteBucket(ctx: HandlerContext, id: string, req: SimRequest): SimResponse {
  const bucket = getBucketRecord(ctx, id);
  checkIfMatch('Bucket', bucket, req, 'delete');
  const d = ctx.state.data;
  for (const t of Object.values(d.tasks)) if (t.bucketId === id) { delete d.tasks[t.id]; delete d.taskDetails[t.id]; }
  delete d.buckets[id];
  return noContent();
}

// ---------------------------------------------------------------- tasks

const TASK_PROPS = [
  'planId', 'bucketId', 'title', 'orderHint', 'assigneePriority', 'percentComplete', 'priority',
  'startDateTime', 'dueDateTime', 'appliedCategories', 'assignments', 'conversationThreadId',
] as const;

function getTaskRecord(ctx: HandlerContext, id: string): TaskRecord {
  const t = ctx.state.data.tasks[id];
  if (!t) throw plannerNotFound();
  return t;
}

const tasksOf = (ctx: HandlerContext, planId: string): TaskRecord[] => Object.values(ctx.state.data.tasks).filter((t) => t.planId === planId);

/**
 * The counters on the task (hasDescription, referenceCount, …) are derived from the details when read.
 * [unverified] Changing details does not move the task's etag here.
 */
export function renderTask(ctx: HandlerContext, t: TaskRecord): MicrosoftGraph.PlannerTask & { '@odata.etag': string } {
  const details = ctx.state.data.taskDetails[t.id];
  const checklist = Object.values(details?.checklist ?? {});
  return {
    '@odata.etag': etagOf('Task', t),
    planId: t.planId,
    bucketId: t.bucketId,
    title: t.title,
    orderHint: t.orderHint,
    assigneePriority: t.assigneePriority,
    percentComplete: t.percentComplete,
    priority: t.priority,
    startDateTime: t.startDateTime,
    createdDateTime: t.createdDateTime,
    dueDateTime: t.dueDateTime,
    hasDescription: (details?.description ?? '') !== '',
    previewType: (details?.previewType ?? 'automatic') as MicrosoftGraph.PlannerPreviewType,
    completedDateTime: t.completedDateTime,
    completedBy: t.completedBy === null ? null : identity(ctx, t.completedBy),
    referenceCount: Object.keys(details?.references ?? {}).length,
    checklistItemCount: checklist.length,
    activeChecklistItemCount: checklist.filter((c) => c.isChecked !== true).length,
    conversationThreadId: t.conversationThreadId,
    id: t.id,
    createdBy: identity(ctx, t.createdBy),
    appliedCategories: { ...t.appliedCategories } as MicrosoftGraph.PlannerAppliedCategories,
    assignments: structuredClone(t.assignments) as unknown as MicrosoftGraph.PlannerAssignments,
  };
}

const isAssignmentType = (v: unknown): boolean => v === '#microsoft.graph.plannerAssignment' || v === 'microsoft.graph.plannerAssignment';

/** Applies writable task properties onto `t` (already a draft copy). */
function applyTaskProps(ctx: HandlerContext, t: TaskRecord, body: Record<string, unknown>, creating: boolean): void {
  if ('title' in body) {
    // [unverified] no title length limit is enforced (none is documented).
    if (typeof body.title !== 'string') throw plannerBad('The title must be a string.');
    t.title = body.title;
  }
  if ('bucketId' in body) {
    const b = body.bucketId;
    if (b !== null) {
      if (typeof b !== 'string') throw plannerBad('The bucketId must be a string.');
      const bucket = ctx.state.data.buckets[b];
      if (!bucket) throw plannerBad(`The bucket '${b}' does not exist.`);
      if (bucket.planId !== t.planId) throw plannerBad(`The bucket '${b}' does not belong to the plan of the task.`);
    }
    t.bucketId = b;
  }
  const siblings = (): string[] => tasksOf(ctx, t.planId).filter((x) => x.id !== t.id).map((x) => x.orderHint);
  if ('orderHint' in body) t.orderHint = resolveOrderHint(body.orderHint, siblings());
  else if (creating) t.orderHint = resolveOrderHint(' !', siblings());
  if ('assigneePriority' in body) t.assigneePriority = resolveOrderHint(body.assigneePriority, []);
  if ('percentComplete' in body) {
    const p = body.percentComplete;
    if (typeof p !== 'number' || !Number.isInteger(p) || p < 0 || p > 100) throw plannerBad('percentComplete must be an integer from 0 to 100.');
    if (p === 100 && t.percentComplete !== 100) { t.completedDateTime = graphInstant(ctx.now()); t.completedBy = ctx.userId; }
    if (p !== 100) { t.completedDateTime = null; t.completedBy = null; }
    t.percentComplete = p;
  }
  if ('priority' in body) {
    const p = body.priority;
    if (typeof p !== 'number' || !Number.isInteger(p) || p < 0 || p > 10) throw plannerBad('priority must be an integer from 0 to 10.');
    t.priority = p;
  }
  if ('startDateTime' in body) t.startDateTime = parseInstant(body.startDateTime, 'startDateTime');
  if ('dueDateTime' in body) t.dueDateTime = parseInstant(body.dueDateTime, 'dueDateTime');
  if (t.startDateTime !== null && t.dueDateTime !== null && Date.parse(t.startDateTime) > Date.parse(t.dueDateTime)) {
    // [unverified] wording; the 400 for a start after the due date is documented.
    throw plannerBad('The start date of a task cannot be later than its due date.');
  }
  if ('conversationThreadId' in body) t.conversationThreadId = body.conversationThreadId === null ? null : String(body.conversationThreadId);
  if ('appliedCategories' in body) {
    if (!isRecord(body.appliedCategories)) throw plannerBad('appliedCategories must be an object.');
    for (const [k, v] of Object.entries(body.appliedCategories)) {
      if (k.startsWith('@odata.')) continue;
      if (!CATEGORY_KEYS.includes(k)) throw unknownProperty(k, 'microsoft.graph.plannerAppliedCategories');
      if (typeof v !== 'boolean') throw plannerBad(`The value of '${k}' must be a boolean.`);
      if (v) t.appliedCategories[k] = true;
      else delete t.appliedCategories[k];
    }
  }
  if ('assignments' in body) {
    if (!isRecord(body.assignments)) throw plannerBad('assignments must be an object.');
    for (const [userId, v] of Object.entries(body.assignments)) {
      if (userId.startsWith('@odata.')) continue;
      if (v === null) { delete t.assignments[userId]; continue; }
      // Open-type values must be annotated, else 400 (platform-facts §D2).
      if (!isRecord(v) || !isAssignmentType(v['@odata.type'])) {
        throw plannerBad(`The assignment for '${userId}' needs "@odata.type": "#microsoft.graph.plannerAssignment".`);
      }
      const existing = t.assignments[userId];
      const others = Object.values(t.assignments).map((a) => a.orderHint);
      t.assignments[userId] = {
        '@odata.type': '#microsoft.graph.plannerAssignment',
        assignedDateTime: existing?.assignedDateTime ?? graphInstant(ctx.now()),
        orderHint: resolveOrderHint(v.orderHint ?? ' !', others),
        assignedBy: existing?.assignedBy ?? { user: { id: ctx.userId, displayName: null } },
      };
    }
    if (Object.keys(t.assignments).length > ctx.limits.assigneesPerTask) {
      throw limit('MaximumAssigneesInTasks', 'The maximum number of assignees on the task has been reached.');
    }
  }
}

export function createTask(ctx: HandlerContext, req: SimRequest): SimResponse {
  const body = requireBody(req);
  checkProps(body, TASK_PROPS, 'microsoft.graph.plannerTask');
  if (typeof body.planId !== 'string') throw plannerBad('The planId is required.');
  const plan = getPlanRecord(ctx, body.planId);
  const inPlan = tasksOf(ctx, plan.id);
  if (inPlan.length >= ctx.limits.tasksPerPlan) throw limit('MaximumTasksInProject', 'The maximum number of tasks in the plan has been reached.');
  if (inPlan.filter((t) => t.percentComplete < 100).length >= ctx.limits.activeTasksPerPlan) {
    throw limit('MaximumActiveTasksInProject', 'The maximum number of active tasks in the plan has been reached.');
  }
  const id = ctx.state.newPlannerId();
  const task: TaskRecord = {
    id, planId: plan.id, bucketId: null, title: '', orderHint: '', assigneePriority: '', percentComplete: 0, priority: 5,
    startDateTime: null, dueDateTime: null, createdDateTime: graphInstant(ctx.now()), createdBy: ctx.userId,
    completedDateTime: null, completedBy: null, conversationThreadId: null, appliedCategories: {}, assignments: {}, ...fresh(),
  };
  applyTaskProps(ctx, task, body, true);
  ctx.state.data.tasks[id] = task;
  // Details exist from the start, with their own etag (platform-facts §D3).
  ctx.state.data.taskDetails[id] = { id, description: '', previewType: 'automatic', checklist: {}, references: {}, ...fresh() };
  return json(201, renderTask(ctx, task));
}

export function listPlanTasks(ctx: HandlerContext, planId: string, req: SimRequest): SimResponse {
  getPlanRecord(ctx, planId);
  return listTasks(ctx, tasksOf(ctx, planId), req);
}

export function listBucketTasks(ctx: HandlerContext, bucketId: string, req: SimRequest): SimResponse {
  getBucketRecord(ctx, bucketId);
  return listTasks(ctx, Object.values(ctx.state.data.tasks).filter((t) => t.bucketId === bucketId), req);
}

function listTasks(ctx: HandlerContext, tasks: TaskRecord[], req: SimRequest): SimResponse {
  const select = parseSelect(req.query.get('$select'));
  const { value, nextLink } = page(req, tasks.map((t) => applySelect(renderTask(ctx, t), select)), undefined);
  return json(200, { value, ...(nextLink ? { '@odata.nextLink': nextLink } : {}) });
}

export function getTask(ctx: HandlerContext, id: string, req: SimRequest): SimResponse {
  return json(200, applySelect(renderTask(ctx, getTaskRecord(ctx, id)), parseSelect(req.query.get('$select'))));
}

export function updateTask(ctx: HandlerContext, id: string, req: SimRequest): SimResponse {
  const task = getTaskRecord(ctx, id);
  const body = requireBody(req);
  const fields = checkProps(body, TASK_PROPS, 'microsoft.graph.plannerTask');
  checkIfMatch('Task', task, req, fields);
  if ('planId' in body && body.planId !== task.planId) throw plannerBad('A task cannot be moved to another plan.');
  const draft = structuredClone(task);
  applyTaskProps(ctx, draft, body, false);
  bump(draft, fields);
  ctx.state.data.tasks[id] = draft;
  return patchResponse(req, () => renderTask(ctx, draft));
}

export function deleteTask(ctx: HandlerContext, id: string, req: SimRequest): SimResponse {
  const task = getTaskRecord(ctx, id);
  checkIfMatch('Task', task, req, 'delete');
  delete ctx.state.data.tasks[id];
  delete ctx.state.data.taskDetails[id];
  return noContent();
}

// ---------------------------------------------------------------- task details

const PREVIEW_TYPES = new Set(['automatic', 'noPreview', 'checklist', 'description', 'reference']);

function getDetailsRecord(ctx: HandlerContext, id: string): TaskDetailsRecord {
  getTaskRecord(ctx, id);
  const d = ctx.state.data.taskDetails[id];
  if (!d) throw plannerNotFound();
  return d;
}

function renderTaskDetails(d: TaskDetailsRecord): MicrosoftGraph.PlannerTaskDetails & { '@odata.etag': string } {
  return {
    '@odata.etag': etagOf('TaskDetails', d),
    description: d.description,
    previewType: d.previewType as MicrosoftGraph.PlannerPreviewType,
    id: d.id,
    references: structuredClone(d.references) as MicrosoftGraph.PlannerExternalReferences,
    checklist: structuredClone(d.checklist) as MicrosoftGraph.PlannerChecklistItems,
  };
}

export function getTaskDetails(ctx: HandlerContext, id: string): SimResponse {
  return json(200, renderTaskDetails(getDetailsRecord(ctx, id)));
}

const typed = (v: Record<string, unknown>, name: string): boolean => v['@odata.type'] === name || v['@odata.type'] === `#${name}`;

export function updateTaskDetails(ctx: HandlerContext, id: string, req: SimRequest): SimResponse {
  const details = getDetailsRecord(ctx, id);
  const body = requireBody(req);
  const fields = checkProps(body, ['description', 'previewType', 'checklist', 'references'], 'microsoft.graph.plannerTaskDetails');
  // The task's etag is not the details' etag: that gives "The If-Match header contains an invalid value." (§D3)
  checkIfMatch('TaskDetails', details, req, fields);
  const next = structuredClone(details);
  const stamp = { lastModifiedDateTime: graphInstant(ctx.now()), lastModifiedBy: { user: { displayName: null, id: ctx.userId } } };
  if ('description' in body) {
    if (typeof body.description !== 'string') throw plannerBad('description must be a string.');
    next.description = body.description;
  }
  if ('previewType' in body) {
    if (typeof body.previewType !== 'string' || !PREVIEW_TYPES.has(body.previewType)) throw plannerBad(`Invalid previewType '${String(body.previewType)}'.`);
    next.previewType = body.previewType;
  }
  if ('checklist' in body) {
    if (!isRecord(body.checklist)) throw plannerBad('checklist must be an object.');
    for (const [key, v] of Object.entries(body.checklist)) {
      if (v === null) { delete next.checklist[key]; continue; }
      if (!isRecord(v) || !typed(v, 'microsoft.graph.plannerChecklistItem')) {
        throw plannerBad(`The checklist item '${key}' needs "@odata.type": "microsoft.graph.plannerChecklistItem".`);
      }
      const prev = next.checklist[key];
      const title = v.title ?? prev?.title;
      if (typeof title !== 'string') throw plannerBad(`The checklist item '${key}' needs a title.`);
      const others = Object.entries(next.checklist).filter(([k]) => k !== key).map(([, c]) => String(c.orderHint ?? ''));
      next.checklist[key] = {
        '@odata.type': '#microsoft.graph.plannerChecklistItem',
        isChecked: typeof v.isChecked === 'boolean' ? v.isChecked : (prev?.isChecked ?? false),
        title,
        orderHint: 'orderHint' in v ? resolveOrderHint(v.orderHint, others) : (prev?.orderHint ?? resolveOrderHint(' !', others)),
        ...stamp,
      };
    }
    if (Object.keys(next.checklist).length > ctx.limits.checklistItemsPerTask) {
      throw limit('MaximumChecklistItemsOnTask', 'The maximum number of checklist items on the task has been reached.');
    }
  }
  if ('references' in body) {
    if (!isRecord(body.references)) throw plannerBad('references must be an object.');
    for (const [key, v] of Object.entries(body.references)) {
      // Keys are encoded URLs: OData property names cannot hold . : @ # (platform-facts §D3).
      if (/[.:@#]/.test(key)) throw plannerBad(`The reference key '${key}' must be an encoded URL (encode . : @ # and %).`);
      if (v === null) { delete next.references[key]; continue; }
      if (!isRecord(v) || !typed(v, 'microsoft.graph.plannerExternalReference')) {
        throw plannerBad(`The reference '${key}' needs "@odata.type": "microsoft.graph.plannerExternalReference".`);
      }
      const prev = next.references[key];
      const others = Object.entries(next.references).filter(([k]) => k !== key).map(([, r]) => String(r.previewPriority ?? ''));
      next.references[key] = {
        '@odata.type': '#microsoft.graph.plannerExternalReference',
        alias: typeof v.alias === 'string' ? v.alias : (prev?.alias ?? null),
        type: typeof v.type === 'string' ? v.type : (prev?.type ?? 'Other'),
        previewPriority: 'previewPriority' in v ? resolveOrderHint(v.previewPriority, others) : (prev?.previewPriority ?? resolveOrderHint(' !', others)),
        ...stamp,
      };
    }
    if (Object.keys(next.references).length > ctx.limits.referencesPerTask) {
      throw limit('MaximumReferencesOnTask', 'The maximum number of references on the task has been reached.');
    }
  }
  Object.assign(details, next);
  bump(details, fields);
  return patchResponse(req, () => renderTaskDetails(details));
}
