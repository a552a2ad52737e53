/**
 * Maps a Graph v1.0 path to its handler (platform-facts §I.1). `/me` is rewritten to `/users/{oid}`
 * first, so every mailbox route has one shape. The route also names the Outlook mailbox it touches,
 * which the throttling model needs.
 */
import * as calendar from './calendar.js';
import * as directory from './directory.js';
import { GraphHttpError, type HandlerContext, type SimRequest, type SimResponse } from './http.js';
import * as planner from './planner.js';

type Handler = (ctx: HandlerContext, req: SimRequest, params: string[]) => SimResponse;

interface Route {
  pattern: RegExp;
  methods: Partial<Record<'GET' | 'POST' | 'PATCH' | 'DELETE', Handler>>;
  /** Outlook routes: which parameter is the mailbox (user or group). */
  mailbox?: { kind: 'user' | 'group'; param: number };
}

export interface ResolvedRoute {
  handler: Handler;
  params: string[];
  /** Set for Outlook (calendar, categories) routes: `user:{id}` or `group:{id}`. */
  mailboxKey?: string;
  /** The canonical path (after /me rewriting), used for scope checks. */
  path: string;
}

const S = '([^/]+)';
const r = (src: string): RegExp => new RegExp(`^${src}$`, 'i');

const user = (p: string[]): calendar.MailboxRef => ({ kind: 'user', id: p[0] ?? '' });
const group = (p: string[]): calendar.MailboxRef => ({ kind: 'group', id: p[0] ?? '' });
const at = (p: string[], i: number): string => p[i] ?? '';

/** Event collections and items reachable under one mailbox; `cal` = index of the calendar id or -1. */
function eventRoutes(prefix: string, mb: (p: string[]) => calendar.MailboxRef, kind: 'user' | 'group', shapes: Array<[string, number]>): Route[] {
  return shapes.flatMap(([middle, cal]): Route[] => {
    const calId = (p: string[]): string | undefined => (cal < 0 ? undefined : at(p, cal));
    const itemIndex = cal < 0 ? 1 : 2;
    return [
      {
        pattern: r(`${prefix}${middle}/events`),
        mailbox: { kind, param: 0 },
        methods: {
          GET: (ctx, req, p) => calendar.listEvents(ctx, mb(p), calId(p), req),
          POST: (ctx, req, p) => calendar.createEvent(ctx, mb(p), calId(p), req),
        },
      },
      {
        pattern: r(`${prefix}${middle}/events/${S}`),
        mailbox: { kind, param: 0 },
        methods: {
          GET: (ctx, req, p) => calendar.getEvent(ctx, mb(p), calId(p), at(p, itemIndex), req),
          PATCH: (ctx, req, p) => calendar.updateEvent(ctx, mb(p), calId(p), at(p, itemIndex), req),
          DELETE: (ctx, req, p) => calendar.deleteEvent(ctx, mb(p), calId(p), at(p, itemIndex), req),
        },
      },
    ];
  });
}

const ROUTES: Route[] = [
  { pattern: r(`/users/${S}`), methods: { GET: (ctx, req, p) => directory.getUser(ctx, at(p, 0), req) } },
  { pattern: r(`/users/${S}/joinedTeams`), methods: { GET: (ctx, req, p) => directory.listJoinedTeams(ctx, at(p, 0), req) } },
  { pattern: r(`/users/${S}/calendars`), mailbox: { kind: 'user', param: 0 }, methods: { GET: (ctx, req, p) => calendar.listCalendars(ctx, user(p), req) } },
  { pattern: r(`/users/${S}/calendar`), mailbox: { kind: 'user', param: 0 }, methods: { GET: (ctx, req, p) => calendar.getCalendar(ctx, user(p), undefined, req) } },
  { pattern: r(`/users/${S}/calendars/${S}`), mailbox: { kind: 'user', param: 0 }, methods: { GET: (ctx, req, p) => calendar.getCalendar(ctx, user(p), at(p, 1), req) } },
  ...eventRoutes(`/users/${S}`, user, 'user', [['', -1], ['/calendar', -1], [`/calendars/${S}`, 1]]),
  {
    pattern: r(`/users/${S}/outlook/masterCategories`),
    mailbox: { kind: 'user', param: 0 },
    methods: {
      GET: (ctx, req, p) => calendar.listMasterCategories(ctx, at(p, 0), req),
      POST: (ctx, req, p) => calendar.createMasterCategory(ctx, at(p, 0), req),
    },
  },
  {
    pattern: r(`/users/${S}/outlook/masterCategories/${S}`),
    mailbox: { kind: 'user', param: 0 },
    methods: { DELETE: (ctx, _req, p) => calendar.deleteMasterCategory(ctx, at(p, 0), at(p, 1)) },
  },
  { pattern: r(`/groups/${S}`), methods: { GET: (ctx, req, p) => directory.getGroup(ctx, at(p, 0), req) } },
  { pattern: r(`/groups/${S}/members`), methods: { GET: (ctx, req, p) => directory.listGroupMembers(ctx, at(p, 0), req) } },
  { pattern: r(`/groups/${S}/calendar`), mailbox: { kind: 'group', param: 0 }, methods: { GET: (ctx, req, p) => calendar.getCalendar(ctx, group(p), undefined, req) } },
  ...eventRoutes(`/groups/${S}`, group, 'group', [['', -1], ['/calendar', -1]]),
  { pattern: r(`/groups/${S}/planner/plans`), methods: { GET: (ctx, req, p) => planner.listGroupPlans(ctx, at(p, 0), req) } },
  { pattern: r('/planner/plans'), methods: { POST: (ctx, req) => planner.createPlan(ctx, req) } },
  {
    pattern: r(`/planner/plans/${S}`),
    methods: {
      GET: (ctx, req, p) => planner.getPlan(ctx, at(p, 0), req),
      PATCH: (ctx, req, p) => planner.updatePlan(ctx, at(p, 0), req),
      DELETE: (ctx, req, p) => planner.deletePlan(ctx, at(p, 0), req),
    },
  },
  {
    pattern: r(`/planner/plans/${S}/details`),
    methods: {
      GET: (ctx, _req, p) => planner.getPlanDetails(ctx, at(p, 0)),
      PATCH: (ctx, req, p) => planner.updatePlanDetails(ctx, at(p, 0), req),
    },
  },
  { pattern: r(`/planner/plans/${S}/tasks`), methods: { GET: (ctx, req, p) => planner.listPlanTasks(ctx, at(p, 0), req) } },
  { pattern: r(`/planner/plans/${S}/buckets`), methods: { GET: (ctx, req, p) => planner.listPlanBuckets(ctx, at(p, 0), req) } },
  { pattern: r('/planner/buckets'), methods: { POST: (ctx, req) => planner.createBucket(ctx, req) } },
  {
    pattern: r(`/planner/buckets/${S}`),
    methods: {
      GET: (ctx, req, p) => planner.getBucket(ctx, at(p, 0), req),
      PATCH: (ctx, req, p) => planner.updateBucket(ctx, at(p, 0), req),
      DELETE: (ctx, req, p) => planner.deleteBucket(ctx, at(p, 0), req),
    },
  },
  { pattern: r(`/planner/buckets/${S}/tasks`), methods: { GET: (ctx, req, p) => planner.listBucketTasks(ctx, at(p, 0), req) } },
  { pattern: r('/planner/tasks'), methods: { POST: (ctx, req) => planner.createTask(ctx, req) } },
  {
    pattern: r(`/planner/tasks/${S}`),
    methods: {
      GET: (ctx, req, p) => planner.getTask(ctx, at(p, 0), req),
      PATCH: (ctx, req, p) => planner.updateTask(ctx, at(p, 0), req),
      DELETE: (ctx, req, p) => planner.deleteTask(ctx, at(p, 0), req),
    },
  },
  {
    pattern: r(`/planner/tasks/${S}/details`),
    methods: {
      GET: (ctx, _req, p) => planner.getTaskDetails(ctx, at(p, 0)),
      PATCH: (ctx, req, p) => planner.updateTaskDetails(ctx, at(p, 0), req),
    },
  },
];

/**
 * Rewrites `/me…` and `/users/{upn}…` to `/users/{oid}…`. Only the signed-in user's own mailbox is
 * reachable; another user's calendar is 403 (no shared-calendar permissions are modelled).
 */
export function canonicalPath(ctx: HandlerContext, path: string): string {
  let p = path.replace(/\/+$/, '') || '/';
  if (/^\/me(\/|$)/i.test(p)) p = `/users/${ctx.userId}${p.slice(3)}`;
  const m = /^\/users\/([^/]+)(\/.*)?$/i.exec(p);
  if (m?.[1]) {
    const u = directory.findUser(ctx, m[1]);
    if (u) p = `/users/${u.id}${m[2] ?? ''}`;
    if (m[2] && u?.id !== ctx.userId && !/^\/joinedTeams$/i.test(m[2])) {
      throw new GraphHttpError(403, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again.');
    }
  }
  return p;
}

export function resolveRoute(ctx: HandlerContext, method: string, rawPath: string): ResolvedRoute {
  const path = canonicalPath(ctx, rawPath);
  for (const route of ROUTES) {
    const m = route.pattern.exec(path);
    if (!m) continue;
    const params = m.slice(1).map((s) => s ?? '');
    const handler = route.methods[method as keyof Route['methods']];
    if (!handler) throw new GraphHttpError(405, 'Request_BadRequest', `The HTTP method '${method}' is not allowed for the resource.`);
    const mailboxKey = route.mailbox ? `${route.mailbox.kind}:${params[route.mailbox.param] ?? ''}` : undefined;
    return { handler, params, path, ...(mailboxKey ? { mailboxKey } : {}) };
  }
  const segment = path.split('/').filter(Boolean).pop() ?? '';
  throw new GraphHttpError(400, 'BadRequest', `Resource not found for the segment '${segment}'.`);
}

/** Outlook routes (calendars, events, categories) run at most 4 in parallel inside a `$batch`. */
export function isOutlookPath(path: string): boolean {
  return /^\/(me|users\/[^/]+)\/(events|calendar|calendars|outlook)(\/|$)/i.test(path) || /^\/groups\/[^/]+\/(events|calendar)(\/|$)/i.test(path);
}
