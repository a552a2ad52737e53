/**
 * The simulated tenant: directory, calendars, events, Planner objects, and the counters that make ids
 * and etags deterministic. Plain JSON so it can be persisted (tmp file + rename) and reloaded; a loaded
 * file is validated and a rejection names the file.
 */
import { createHash } from 'node:crypto';
import { readFile, rename, writeFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import type * as MicrosoftGraph from '@microsoft/microsoft-graph-types';

export const STATE_VERSION = 1;

export interface DirectoryUser {
  id: string;
  displayName: string;
  givenName: string;
  surname: string;
  mail: string;
  userPrincipalName: string;
  jobTitle?: string;
}

export interface DirectoryGroup {
  id: string;
  displayName: string;
  description: string;
  mail: string;
  mailNickname: string;
  /** Microsoft 365 group backing a team. */
  isTeam: boolean;
  memberIds: string[];
}

export interface CalendarRecord {
  id: string;
  name: string;
  ownerKind: 'user' | 'group';
  ownerId: string;
  isDefault: boolean;
  color: string;
}

/** The times as the client wrote them; rendering converts to the response zone. */
export interface StoredDateTime {
  /** Normalised local wall time, 7 fractional digits. */
  dateTime: string;
  /** The zone name as sent (Windows or accepted IANA name). */
  timeZone: string;
}

export interface EventRecord {
  id: string;
  calendarId: string;
  /** User oid or group id: the "mailbox" for transactionId and throttling. */
  mailboxId: string;
  ownerKind: 'user' | 'group';
  subject: string;
  body: { contentType: 'html' | 'text'; content: string };
  start: StoredDateTime;
  end: StoredDateTime;
  isAllDay: boolean;
  isReminderOn: boolean;
  reminderMinutesBeforeStart: number;
  showAs: string;
  importance: string;
  sensitivity: string;
  categories: string[];
  location: MicrosoftGraph.Location;
  responseRequested: boolean;
  allowNewTimeProposals: boolean;
  transactionId: string | null;
  createdDateTime: string;
  lastModifiedDateTime: string;
  changeKey: string;
  iCalUId: string;
  /** Extended property id (as first written) → value; keyed by the normalised id. */
  extendedProperties: Record<string, { id: string; value: string }>;
}

export interface PlannerVersioned {
  /** Monotonic per object; the etag encodes kind, id and version. */
  version: number;
  /** Fields changed by each accepted PATCH, for Planner's "older etag is fine if nothing conflicts" rule. */
  history: Array<{ version: number; fields: string[] }>;
}

export interface PlanRecord extends PlannerVersioned {
  id: string;
  title: string;
  groupId: string;
  createdBy: string;
  createdDateTime: string;
}

export interface PlanDetailsRecord extends PlannerVersioned {
  id: string;
  categoryDescriptions: Record<string, string | null>;
  sharedWith: Record<string, boolean>;
}

export interface BucketRecord extends PlannerVersioned {
  id: string;
  name: string;
  planId: string;
  orderHint: string;
}

export interface AssignmentRecord {
  '@odata.type': '#microsoft.graph.plannerAssignment';
  assignedDateTime: string;
  orderHint: string;
  assignedBy: { user: { id: string; displayName: null } };
}

export interface TaskRecord extends PlannerVersioned {
  id: string;
  planId: string;
  bucketId: string | null;
  title: string;
  orderHint: string;
  assigneePriority: string;
  percentComplete: number;
  priority: number;
  startDateTime: string | null;
  dueDateTime: string | null;
  createdDateTime: string;
  createdBy: string;
  completedDateTime: string | null;
  completedBy: string | null;
  conversationThreadId: string | null;
  appliedCategories: Record<string, boolean>;
  assignments: Record<string, AssignmentRecord>;
}

export interface TaskDetailsRecord extends PlannerVersioned {
  id: string;
  description: string;
  previewType: string;
  checklist: Record<string, Record<string, unknown>>;
  references: Record<string, Record<string, unknown>>;
}

export interface StateData {
  version: typeof STATE_VERSION;
  tenant: { id: string; displayName: string };
  demoUserId: string;
  seq: number;
  users: Record<string, DirectoryUser>;
  groups: Record<string, DirectoryGroup>;
  calendars: Record<string, CalendarRecord>;
  events: Record<string, EventRecord>;
  /** mailboxId → transactionId → event id */
  transactions: Record<string, Record<string, string>>;
  masterCategories: Record<string, Array<{ id: string; displayName: string; color: string }>>;
  plans: Record<string, PlanRecord>;
  planDetails: Record<string, PlanDetailsRecord>;
  buckets: Record<string, BucketRecord>;
  tasks: Record<string, TaskRecord>;
  taskDetails: Record<string, TaskDetailsRecord>;
}

export function emptyStateData(): StateData {
  return {
    version: STATE_VERSION,
    tenant: { id: '00000000-0000-0000-0000-000000000000', displayName: 'Empty tenant' },
    demoUserId: '',
    seq: 0,
    users: {}, groups: {}, calendars: {}, events: {}, transactions: {}, masterCategories: {},
    plans: {}, planDetails: {}, buckets: {}, tasks: {}, taskDetails: {},
  };
}

const COLLECTIONS = [
  'users', 'groups', 'calendars', 'events', 'transactions', 'masterCategories',
  'plans', 'planDetails', 'buckets', 'tasks', 'taskDetails',
] as const;

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Throws an Error naming the file and the first problem; never repairs silently. */
export function validateStateData(raw: unknown, source: string): StateData {
  const fail = (why: string): never => {
    throw new Error(`Graph simulator state file ${source} is invalid: ${why}. Fix or delete the file; it was not modified.`);
  };
  if (!isPlainObject(raw)) return fail('top level is not an object');
  if (raw.version !== STATE_VERSION) return fail(`version is ${JSON.stringify(raw.version)}, expected ${STATE_VERSION}`);
  if (typeof raw.seq !== 'number' || !Number.isInteger(raw.seq) || raw.seq < 0) return fail('seq is not a non-negative integer');
  if (typeof raw.demoUserId !== 'string') return fail('demoUserId is not a string');
  if (!isPlainObject(raw.tenant) || typeof raw.tenant.id !== 'string') return fail('tenant is missing');
  for (const key of COLLECTIONS) {
    const coll = raw[key];
    if (!isPlainObject(coll)) return fail(`"${key}" is not an object`);
    if (key === 'transactions' || key === 'masterCategories') continue;
    for (const [id, rec] of Object.entries(coll)) {
      if (!isPlainObject(rec) || rec.id !== id) fail(`"${key}.${id}" is not a record with a matching id`);
    }
  }
  const data = raw as unknown as StateData;
  for (const [id, ev] of Object.entries(data.events)) {
    if (!data.calendars[ev.calendarId]) fail(`event ${id} refers to unknown calendar ${ev.calendarId}`);
    if (!isPlainObject(ev.start) || !isPlainObject(ev.end) || !isPlainObject(ev.extendedProperties)) fail(`event ${id} lacks start/end/extendedProperties`);
  }
  for (const [id, t] of Object.entries(data.tasks)) {
    if (!data.plans[t.planId]) fail(`task ${id} refers to unknown plan ${t.planId}`);
    if (!data.taskDetails[id]) fail(`task ${id} has no details record`);
    if (typeof t.version !== 'number') fail(`task ${id} has no version`);
  }
  return data;
}

export async function loadStateFile(file: string): Promise<StateData | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    throw new Error(`Graph simulator state file ${file} is not valid JSON (${(e as Error).message}). Fix or delete the file; it was not modified.`, {
      cause: e,
    });
  }
  return validateStateData(parsed, file);
}

/** Atomic write: a crash mid-write leaves the previous file intact. */
export async function saveStateFile(file: string, data: StateData): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, JSON.stringify(data, null, 1), 'utf8');
  await rename(tmp, file);
}

const ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** The store plus deterministic id/etag generation (ids survive a restart because `seq` is persisted). */
export class SimulatorState {
  constructor(public data: StateData) {}

  private digest(kind: string): Buffer {
    this.data.seq += 1;
    return createHash('sha256').update(`${this.data.tenant.id}:${kind}:${this.data.seq}`).digest();
  }

  /** Outlook-like item id: long, case-sensitive, ends with '='. */
  newOutlookId(): string {
    // URL-safe base64 with '=' padding, as Outlook ids look; clients must still URL-encode them.
    const a = this.digest('outlook').toString('base64url');
    const b = this.digest('outlook2').toString('base64url');
    return `AAMkADNhZjY3${a}${b}AAA=`;
  }

  /** Planner ids are 28 characters, case-sensitive (platform-facts §D1). */
  newPlannerId(): string {
    const bytes = this.digest('planner');
    let out = '';
    for (let i = 0; i < 28; i++) out += ID_ALPHABET[(bytes[i % bytes.length] ?? 0) % 64];
    return out;
  }

  newGuid(): string {
    const h = this.digest('guid').toString('hex');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
  }

  newChangeKey(): string {
    return this.digest('changekey').subarray(0, 21).toString('base64');
  }

  newHex(bytes: number): string {
    return this.digest('hex').subarray(0, bytes).toString('hex').toUpperCase();
  }

  /** Deep copy for callers that must not mutate (the `/_sim/state` route, tests). */
  snapshot(): StateData {
    return structuredClone(this.data);
  }
}
