/**
 * Outlook calendars and events (platform-facts §C): user and group calendars, event CRUD with Graph's
 * defaults and all-day rules, single-value extended properties, transactionId, master categories.
 */
import type * as MicrosoftGraph from '@microsoft/microsoft-graph-types';
import {
  GraphHttpError, badRequest, isRecord, json, noContent, parsePrefer, unknownProperty,
  type HandlerContext, type SimRequest, type SimResponse,
} from './http.js';
import { applySelect, page, parseEventFilter, parseExtendedExpand, parseSelect, testValue, type FilterClause } from './odata.js';
import type { CalendarRecord, EventRecord, StoredDateTime } from './state.js';
import {
  daysBetween, formatLocal, isMidnight, isoTicks, localToUtcMs, parseLocal, requireTimeZone, resolveTimeZone, utcMsToLocal,
} from './timezones.js';

export const itemNotFound = (): GraphHttpError => new GraphHttpError(404, 'ErrorItemNotFound', 'The specified object was not found in the store.');

/** The mailbox an Outlook path addresses, for routing, throttling and transactionId scope. */
export interface MailboxRef {
  kind: 'user' | 'group';
  id: string;
}

const EVENT_WRITABLE = new Set([
  'subject', 'body', 'start', 'end', 'isAllDay', 'isReminderOn', 'reminderMinutesBeforeStart', 'showAs',
  'importance', 'sensitivity', 'categories', 'location', 'responseRequested', 'allowNewTimeProposals',
  'transactionId', 'singleValueExtendedProperties',
]);
const SHOW_AS = new Set(['free', 'tentative', 'busy', 'oof', 'workingElsewhere', 'unknown']);
const IMPORTANCE = new Set(['low', 'normal', 'high']);
const SENSITIVITY = new Set(['normal', 'personal', 'private', 'confidential']);
/** [unverified] Graph documents no subject limit; Outlook/EWS keep 255 and EWS truncates. We truncate. */
export const SUBJECT_MAX = 255;

const ALL_DAY_MIN_MESSAGE = "Your request can't be completed. The duration of an event marked as All day must be at least 24 hours.";
// [unverified] wording of the two other all-day rejections; the code and status are documented.
const ALL_DAY_MIDNIGHT_MESSAGE = "Your request can't be completed. The start and end times of an event marked as All day must be set to midnight.";
const ALL_DAY_ZONE_MESSAGE = "Your request can't be completed. The start and end of an event marked as All day must be in the same time zone.";

// ---------------------------------------------------------------- calendars

function calendarsOf(ctx: HandlerContext, mb: MailboxRef): CalendarRecord[] {
  return Object.values(ctx.state.data.calendars).filter((c) => c.ownerKind === mb.kind && c.ownerId === mb.id);
}

export function defaultCalendar(ctx: HandlerContext, mb: MailboxRef): CalendarRecord {
  const cal = calendarsOf(ctx, mb).find((c) => c.isDefault);
  if (!cal) throw itemNotFound();
  return cal;
}

function findCalendar(ctx: HandlerContext, mb: MailboxRef, calendarId: string | undefined): CalendarRecord {
  if (calendarId === undefined) return defaultCalendar(ctx, mb);
  const cal = ctx.state.data.calendars[calendarId];
  if (!cal || cal.ownerKind !== mb.kind || cal.ownerId !== mb.id) throw itemNotFound();
  return cal;
}

function renderCalendar(ctx: HandlerContext, cal: CalendarRecord): MicrosoftGraph.Calendar & { '@odata.etag'?: string } {
  const owner = cal.ownerKind === 'user' ? ctx.state.data.users[cal.ownerId] : ctx.state.data.groups[cal.ownerId];
  return {
    id: cal.id,
    name: cal.name,
    color: cal.color as MicrosoftGraph.CalendarColor,
    isDefaultCalendar: cal.isDefault,
    canEdit: true,
    canShare: cal.ownerKind === 'user',
    canViewPrivateItems: true,
    isRemovable: !cal.isDefault,
    owner: { name: owner?.displayName ?? '', address: owner?.mail ?? '' },
  };
}

export function listCalendars(ctx: HandlerContext, mb: MailboxRef, req: SimRequest): SimResponse {
  const select = parseSelect(req.query.get('$select'));
  const all = calendarsOf(ctx, mb).map((c) => applySelect(renderCalendar(ctx, c), select));
  const { value, nextLink } = page(req, all, 10);
  return json(200, { '@odata.context': `${req.baseUrl}/$metadata#calendars`, value, ...(nextLink ? { '@odata.nextLink': nextLink } : {}) });
}

export function getCalendar(ctx: HandlerContext, mb: MailboxRef, calendarId: string | undefined, req: SimRequest): SimResponse {
  const cal = findCalendar(ctx, mb, calendarId);
  return json(200, applySelect(renderCalendar(ctx, cal), parseSelect(req.query.get('$select'))));
}

// ---------------------------------------------------------------- extended properties

const EXT_ID_RE = /^(String|Integer|Boolean|SystemTime|Double|Float|Long|Currency|Short|Binary|CLSID|StringArray|IntegerArray)\s+\{([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\}\s+(Name|Id)\s+(.+)$/i;
const EXT_TAG_RE = /^(String|Integer|Boolean|SystemTime)\s+(0x[0-9a-f]{4,8})$/i;

/** Type and GUID are case-insensitive; the Name part is case-sensitive (platform-facts §C6). */
export function normaliseExtendedId(id: string): string {
  const named = EXT_ID_RE.exec(id.trim());
  if (named?.[1] && named[2] && named[3] && named[4]) {
    const kind = named[3].toLowerCase();
    const name = kind === 'id' ? named[4].toLowerCase() : named[4];
    return `${named[1].toLowerCase()} {${named[2].toLowerCase()}} ${kind} ${name}`;
  }
  const tag = EXT_TAG_RE.exec(id.trim());
  if (tag?.[1] && tag[2]) return `${tag[1].toLowerCase()} ${tag[2].toLowerCase()}`;
  throw badRequest('ErrorInvalidExtendedPropertyValue', `The extended property id '${id}' is not valid.`);
}

function applyExtended(rec: EventRecord, raw: unknown): void {
  if (!Array.isArray(raw)) throw badRequest('BadRequest', 'singleValueExtendedProperties must be an array.');
  for (const item of raw) {
    if (!isRecord(item) || typeof item.id !== 'string' || typeof item.value !== 'string') {
      throw badRequest('BadRequest', 'Each single value extended property needs a string id and a string value.');
    }
    rec.extendedProperties[normaliseExtendedId(item.id)] = { id: item.id, value: item.value };
  }
}

// ---------------------------------------------------------------- validation of writable properties

function parseDateTimeTimeZone(raw: unknown, name: 'start' | 'end'): StoredDateTime {
  if (!isRecord(raw) || typeof raw.dateTime !== 'string' || typeof raw.timeZone !== 'string') {
    throw badRequest('ErrorInvalidRequest', `The property '${name}' needs dateTime and timeZone.`);
  }
  requireTimeZone(raw.timeZone);
  const local = parseLocal(raw.dateTime);
  if (!local) throw badRequest('BadRequest', `Cannot convert the literal '${raw.dateTime}' to the expected type 'Edm.String'.`);
  return { dateTime: formatLocal(local), timeZone: raw.timeZone };
}

const utcOf = (dt: StoredDateTime): number => {
  const local = parseLocal(dt.dateTime);
  const iana = resolveTimeZone(dt.timeZone);
  if (!local || !iana) throw new Error(`corrupt stored dateTime ${JSON.stringify(dt)}`);
  return localToUtcMs(local, iana);
};

/** The all-day rule (platform-facts §C3): midnight, same zone, end exclusive and at least one day on. */
function validateTimes(rec: EventRecord): void {
  const start = parseLocal(rec.start.dateTime);
  const end = parseLocal(rec.end.dateTime);
  if (!start || !end) throw new Error('corrupt stored times');
  if (rec.isAllDay) {
    if (rec.start.timeZone.toLowerCase() !== rec.end.timeZone.toLowerCase()) throw badRequest('ErrorInvalidRequest', ALL_DAY_ZONE_MESSAGE);
    if (!isMidnight(start) || !isMidnight(end)) throw badRequest('ErrorInvalidRequest', ALL_DAY_MIDNIGHT_MESSAGE);
    if (daysBetween(start, end) < 1) throw badRequest('ErrorInvalidRequest', ALL_DAY_MIN_MESSAGE);
    return;
  }
  // [unverified] Outlook refuses an end before the start; the exact code/message is not documented.
  if (utcOf(rec.end) < utcOf(rec.start)) throw badRequest('ErrorInvalidRequest', 'The end time of the event must not be earlier than its start time.');
}

function wrapHtml(content: string): string {
  if (/^\s*<html[\s>]/i.test(content)) return content;
  return `<html><head>\r\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\r\n</head>\r\n<body>\r\n${content}\r\n</body>\r\n</html>\r\n`;
}

function applyWritable(rec: EventRecord, body: Record<string, unknown>, creating: boolean): void {
  for (const key of Object.keys(body)) {
    if (key.startsWith('@odata.')) continue;
    if (!EVENT_WRITABLE.has(key)) throw unknownProperty(key, 'microsoft.graph.event');
  }
  const b = body;
  if ('subject' in b) {
    if (typeof b.subject !== 'string') throw badRequest('BadRequest', 'subject must be a string.');
    rec.subject = b.subject.length > SUBJECT_MAX ? `${b.subject.slice(0, SUBJECT_MAX - 1)}…` : b.subject;
  }
  if ('body' in b) {
    if (!isRecord(b.body) || typeof b.body.content !== 'string') throw badRequest('BadRequest', 'body needs content.');
    const type = String(b.body.contentType ?? 'text').toLowerCase();
    if (type !== 'html' && type !== 'text') throw badRequest('BadRequest', `Invalid body contentType '${String(b.body.contentType)}'.`);
    // Graph answers contentType lower-case and wraps HTML in a full document (platform-facts §C2).
    rec.body = type === 'html' ? { contentType: 'html', content: wrapHtml(b.body.content) } : { contentType: 'text', content: b.body.content };
  }
  if ('start' in b) rec.start = parseDateTimeTimeZone(b.start, 'start');
  if ('end' in b) rec.end = parseDateTimeTimeZone(b.end, 'end');
  if ('isAllDay' in b) {
    if (typeof b.isAllDay !== 'boolean') throw badRequest('BadRequest', 'isAllDay must be a boolean.');
    rec.isAllDay = b.isAllDay;
  }
  if ('isReminderOn' in b) {
    if (typeof b.isReminderOn !== 'boolean') throw badRequest('BadRequest', 'isReminderOn must be a boolean.');
    rec.isReminderOn = b.isReminderOn;
  }
  if ('reminderMinutesBeforeStart' in b) {
    const v = b.reminderMinutesBeforeStart;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) throw badRequest('BadRequest', 'reminderMinutesBeforeStart must be a non-negative Int32.');
    rec.reminderMinutesBeforeStart = v;
  }
  const enumProp = (name: 'showAs' | 'importance' | 'sensitivity', allowed: Set<string>): void => {
    if (!(name in b)) return;
    const v = b[name];
    if (typeof v !== 'string' || !allowed.has(v)) throw badRequest('BadRequest', `Invalid value '${String(v)}' for ${name}.`);
    rec[name] = v;
  };
  enumProp('showAs', SHOW_AS);
  enumProp('importance', IMPORTANCE);
  enumProp('sensitivity', SENSITIVITY);
  if ('categories' in b) {
    // [unverified] names missing from the master list are accepted silently (platform-facts §J).
    if (!Array.isArray(b.categories) || !b.categories.every((c) => typeof c === 'string')) throw badRequest('BadRequest', 'categories must be an array of strings.');
    rec.categories = [...b.categories] as string[];
  }
  if ('location' in b) {
    if (!isRecord(b.location)) throw badRequest('BadRequest', 'location must be an object.');
    rec.location = { displayName: String(b.location.displayName ?? ''), locationType: 'default', uniqueIdType: 'unknown' };
  }
  if ('responseRequested' in b) rec.responseRequested = Boolean(b.responseRequested);
  if ('allowNewTimeProposals' in b) rec.allowNewTimeProposals = Boolean(b.allowNewTimeProposals);
  if ('transactionId' in b) {
    const t = b.transactionId;
    if (t !== null && typeof t !== 'string') throw badRequest('BadRequest', 'transactionId must be a string.');
    // transactionId is immutable once the event exists (platform-facts §C5).
    if (!creating && t !== rec.transactionId) throw badRequest('ErrorInvalidRequest', 'The transactionId of an existing event cannot be changed.');
    rec.transactionId = t;
  }
  if ('singleValueExtendedProperties' in b) applyExtended(rec, b.singleValueExtendedProperties);
}

// ---------------------------------------------------------------- rendering

export interface RenderOptions {
  /** Windows or accepted IANA name from `Prefer: outlook.timezone`; undefined = UTC. */
  zone?: string;
  expandPropertyId?: string;
}

function renderTime(dt: StoredDateTime, isAllDay: boolean, zone: string): MicrosoftGraph.DateTimeTimeZone {
  // All-day events come back midnight-to-midnight whatever zone is asked for (Graph does this "by
  // design": microsoft-graph-docs issue #1802); only the label follows the requested zone.
  if (isAllDay) return { dateTime: dt.dateTime, timeZone: zone };
  const iana = resolveTimeZone(zone) ?? 'UTC';
  return { dateTime: formatLocal(utcMsToLocal(utcOf(dt), iana)), timeZone: zone };
}

function bodyPreview(rec: EventRecord): string {
  const text = rec.body.contentType === 'html'
    ? rec.body.content.replace(/<head>[\s\S]*?<\/head>/i, '').replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim()
    : rec.body.content;
  return text.slice(0, 255);
}

export type RenderedEvent = MicrosoftGraph.Event & { '@odata.etag': string };

export function renderEvent(ctx: HandlerContext, rec: EventRecord, opts: RenderOptions = {}): RenderedEvent {
  const zone = opts.zone ?? 'UTC';
  const owner = rec.ownerKind === 'user' ? ctx.state.data.users[rec.mailboxId] : ctx.state.data.groups[rec.mailboxId];
  const out: RenderedEvent = {
    '@odata.etag': `W/"${rec.changeKey}"`,
    id: rec.id,
    createdDateTime: rec.createdDateTime,
    lastModifiedDateTime: rec.lastModifiedDateTime,
    changeKey: rec.changeKey,
    categories: [...rec.categories],
    ...(rec.transactionId !== null ? { transactionId: rec.transactionId } : {}),
    originalStartTimeZone: rec.start.timeZone,
    originalEndTimeZone: rec.end.timeZone,
    iCalUId: rec.iCalUId,
    reminderMinutesBeforeStart: rec.reminderMinutesBeforeStart,
    isReminderOn: rec.isReminderOn,
    hasAttachments: false,
    subject: rec.subject,
    bodyPreview: bodyPreview(rec),
    importance: rec.importance as MicrosoftGraph.Importance,
    sensitivity: rec.sensitivity as MicrosoftGraph.Sensitivity,
    isAllDay: rec.isAllDay,
    isCancelled: false,
    isOrganizer: true,
    responseRequested: rec.responseRequested,
    seriesMasterId: null,
    showAs: rec.showAs as MicrosoftGraph.FreeBusyStatus,
    type: 'singleInstance',
    webLink: `https://outlook.office365.com/owa/?itemid=${encodeURIComponent(rec.id)}&exvsurl=1&path=/calendar/item`,
    onlineMeetingUrl: null,
    isOnlineMeeting: false,
    onlineMeetingProvider: 'unknown',
    allowNewTimeProposals: rec.allowNewTimeProposals,
    isDraft: false,
    hideAttendees: false,
    responseStatus: { response: 'organizer', time: '0001-01-01T00:00:00Z' },
    body: { ...rec.body },
    start: renderTime(rec.start, rec.isAllDay, zone),
    end: renderTime(rec.end, rec.isAllDay, zone),
    location: { ...rec.location },
    locations: rec.location.displayName ? [{ ...rec.location }] : [],
    recurrence: null,
    attendees: [],
    organizer: { emailAddress: { name: owner?.displayName ?? '', address: owner?.mail ?? '' } },
  };
  if (opts.expandPropertyId !== undefined) {
    const prop = rec.extendedProperties[normaliseExtendedId(opts.expandPropertyId)];
    // Graph leaves the navigation property out when nothing matches.
    if (prop) out.singleValueExtendedProperties = [{ id: prop.id, value: prop.value }];
  }
  return out;
}

function responseZone(req: SimRequest): { zone?: string; applied: Record<string, string> } {
  const prefer = parsePrefer(req.headers.prefer);
  const tz = prefer.get('outlook.timezone');
  if (tz && resolveTimeZone(tz)) return { zone: tz, applied: { 'Preference-Applied': `outlook.timezone="${tz}"` } };
  return { applied: {} };
}

// ---------------------------------------------------------------- events

function eventsIn(ctx: HandlerContext, mb: MailboxRef, cal: CalendarRecord): EventRecord[] {
  return Object.values(ctx.state.data.events).filter((e) => e.mailboxId === mb.id && e.calendarId === cal.id);
}

function findEvent(ctx: HandlerContext, mb: MailboxRef, calendarId: string | undefined, eventId: string): EventRecord {
  const rec = ctx.state.data.events[eventId];
  if (!rec || rec.mailboxId !== mb.id) throw itemNotFound();
  // /me/events/{id} reaches any calendar of the mailbox; /calendars/{cid}/events/{id} only that one.
  if (calendarId !== undefined && rec.calendarId !== calendarId) throw itemNotFound();
  return rec;
}

function utcString(dt: StoredDateTime, isAllDay: boolean): string {
  return isAllDay ? dt.dateTime : formatLocal(utcMsToLocal(utcOf(dt), 'UTC'));
}

function matches(rec: EventRecord, clauses: FilterClause[]): boolean {
  return clauses.every((c) => {
    if (c.kind === 'extendedProperty') {
      return testValue(c.test, rec.extendedProperties[normaliseExtendedId(c.propertyId)]?.value);
    }
    let actual: string | boolean;
    let wanted: string | boolean = c.value;
    if (c.field === 'isAllDay') actual = rec.isAllDay;
    else if (c.field === 'subject') actual = rec.subject;
    else {
      actual = utcString(c.field === 'start/dateTime' ? rec.start : rec.end, rec.isAllDay);
      const parsed = parseLocal(String(c.value));
      if (!parsed) throw badRequest('BadRequest', `Invalid dateTime literal '${String(c.value)}'.`);
      wanted = formatLocal(parsed);
    }
    switch (c.op) {
      case 'eq': return typeof actual === 'string' && typeof wanted === 'string' ? actual.toLowerCase() === wanted.toLowerCase() : actual === wanted;
      case 'ne': return actual !== wanted;
      case 'ge': return actual >= wanted;
      case 'gt': return actual > wanted;
      case 'le': return actual <= wanted;
      case 'lt': return actual < wanted;
    }
  });
}

export function listEvents(ctx: HandlerContext, mb: MailboxRef, calendarId: string | undefined, req: SimRequest): SimResponse {
  const cal = findCalendar(ctx, mb, calendarId);
  const clauses = parseEventFilter(req.query.get('$filter'));
  const expandPropertyId = parseExtendedExpand(req.query.get('$expand'));
  const select = parseSelect(req.query.get('$select'));
  const { zone, applied } = responseZone(req);
  const found = eventsIn(ctx, mb, cal).filter((e) => matches(e, clauses));
  const { value, nextLink } = page(req, found, 10);
  return json(200, {
    '@odata.context': `${req.baseUrl}/$metadata#events`,
    value: value.map((e) => {
      const rendered = renderEvent(ctx, e, { ...(zone ? { zone } : {}), ...(expandPropertyId !== undefined ? { expandPropertyId } : {}) });
      return applySelect(rendered, select && expandPropertyId !== undefined ? [...select, 'singleValueExtendedProperties'] : select);
    }),
    ...(nextLink ? { '@odata.nextLink': nextLink } : {}),
  }, applied);
}

export function getEvent(ctx: HandlerContext, mb: MailboxRef, calendarId: string | undefined, eventId: string, req: SimRequest): SimResponse {
  const rec = findEvent(ctx, mb, calendarId, eventId);
  const expandPropertyId = parseExtendedExpand(req.query.get('$expand'));
  const select = parseSelect(req.query.get('$select'));
  const { zone, applied } = responseZone(req);
  const rendered = renderEvent(ctx, rec, { ...(zone ? { zone } : {}), ...(expandPropertyId !== undefined ? { expandPropertyId } : {}) });
  return json(200, applySelect(rendered, select && expandPropertyId !== undefined ? [...select, 'singleValueExtendedProperties'] : select), applied);
}

export function createEvent(ctx: HandlerContext, mb: MailboxRef, calendarId: string | undefined, req: SimRequest): SimResponse {
  const cal = findCalendar(ctx, mb, calendarId);
  if (!isRecord(req.body)) throw badRequest('BadRequest', 'Empty Payload. JSON content expected.');
  const data = ctx.state.data;
  const txn = req.body.transactionId;
  if (typeof txn === 'string') {
    const existingId = data.transactions[mb.id]?.[txn];
    const existing = existingId ? data.events[existingId] : undefined;
    if (existing) {
      // [unverified] A repeated transactionId returns the event created first (201, nothing new is
      // created); Graph documents the dedupe but not the status of the repeat.
      const { zone, applied } = responseZone(req);
      return json(201, renderEvent(ctx, existing, zone ? { zone } : {}), applied);
    }
  }
  if (!('start' in req.body) || !('end' in req.body)) throw badRequest('ErrorInvalidRequest', 'An event needs a start and an end.');
  const now = isoTicks(ctx.now());
  const rec: EventRecord = {
    id: ctx.state.newOutlookId(),
    calendarId: cal.id,
    mailboxId: mb.id,
    ownerKind: mb.kind,
    subject: '',
    body: { contentType: 'html', content: '' },
    start: { dateTime: '', timeZone: 'UTC' },
    end: { dateTime: '', timeZone: 'UTC' },
    isAllDay: false,
    isReminderOn: true,
    reminderMinutesBeforeStart: 15,
    showAs: 'busy',
    importance: 'normal',
    sensitivity: 'normal',
    categories: [],
    location: { displayName: '', locationType: 'default', uniqueIdType: 'unknown' },
    responseRequested: true,
    allowNewTimeProposals: true,
    transactionId: null,
    createdDateTime: now,
    lastModifiedDateTime: now,
    changeKey: ctx.state.newChangeKey(),
    iCalUId: `040000008200E00074C5B7101A82E00800000000${ctx.state.newHex(8)}000000000000000010000000${ctx.state.newHex(16)}`,
    extendedProperties: {},
  };
  applyWritable(rec, req.body, true);
  validateTimes(rec);
  // Outlook has no reminders for group events (platform-facts §C2).
  if (mb.kind === 'group') rec.isReminderOn = false;
  data.events[rec.id] = rec;
  if (rec.transactionId !== null) (data.transactions[mb.id] ??= {})[rec.transactionId] = rec.id;
  const { zone, applied } = responseZone(req);
  // The response never carries the extended properties just written (platform-facts §C6).
  return json(201, renderEvent(ctx, rec, zone ? { zone } : {}), applied);
}

function checkEventIfMatch(rec: EventRecord, req: SimRequest): void {
  const ifMatch = req.headers['if-match'];
  if (ifMatch === undefined || ifMatch === '*') return;
  if (ifMatch !== `W/"${rec.changeKey}"` && ifMatch !== rec.changeKey) {
    throw new GraphHttpError(412, 'ErrorIrresolvableConflict',
      'The send or update operation could not be performed because the change key passed in the request does not match the current change key for the item.');
  }
}

export function updateEvent(ctx: HandlerContext, mb: MailboxRef, calendarId: string | undefined, eventId: string, req: SimRequest): SimResponse {
  const rec = findEvent(ctx, mb, calendarId, eventId);
  if (!isRecord(req.body)) throw badRequest('BadRequest', 'Empty Payload. JSON content expected.');
  checkEventIfMatch(rec, req);
  const draft: EventRecord = structuredClone(rec);
  applyWritable(draft, req.body, false);
  validateTimes(draft);
  if (mb.kind === 'group') draft.isReminderOn = false;
  draft.changeKey = ctx.state.newChangeKey();
  draft.lastModifiedDateTime = isoTicks(ctx.now());
  ctx.state.data.events[rec.id] = draft;
  const { zone, applied } = responseZone(req);
  return json(200, renderEvent(ctx, draft, zone ? { zone } : {}), applied);
}

export function deleteEvent(ctx: HandlerContext, mb: MailboxRef, calendarId: string | undefined, eventId: string, req: SimRequest): SimResponse {
  const rec = findEvent(ctx, mb, calendarId, eventId);
  checkEventIfMatch(rec, req);
  delete ctx.state.data.events[rec.id];
  const txns = ctx.state.data.transactions[mb.id];
  // [unverified] After a delete the transactionId is free again (a new POST creates a new event).
  if (txns && rec.transactionId !== null) delete txns[rec.transactionId];
  return noContent();
}

// ---------------------------------------------------------------- master categories

const PRESETS = new Set(['none', ...Array.from({ length: 25 }, (_, i) => `preset${i}`)]);

export function listMasterCategories(ctx: HandlerContext, userId: string, req: SimRequest): SimResponse {
  const value = ctx.state.data.masterCategories[userId] ?? [];
  return json(200, { '@odata.context': `${req.baseUrl}/$metadata#users('${userId}')/outlook/masterCategories`, value });
}

export function createMasterCategory(ctx: HandlerContext, userId: string, req: SimRequest): SimResponse {
  const b = req.body;
  if (!isRecord(b) || typeof b.displayName !== 'string' || b.displayName.trim() === '') throw badRequest('ErrorInvalidRequest', 'displayName is required.');
  for (const k of Object.keys(b)) if (k !== 'displayName' && k !== 'color' && !k.startsWith('@odata.')) throw unknownProperty(k, 'microsoft.graph.outlookCategory');
  const color = b.color === undefined ? 'none' : b.color;
  if (typeof color !== 'string' || !PRESETS.has(color)) throw badRequest('ErrorInvalidRequest', `Invalid color '${String(color)}'.`);
  const list = (ctx.state.data.masterCategories[userId] ??= []);
  const name = b.displayName;
  if (list.some((c) => c.displayName.toLowerCase() === name.toLowerCase())) {
    // [unverified] status and code for a duplicate displayName.
    throw new GraphHttpError(409, 'ErrorItemAlreadyExists', 'An object with the same key already exists.');
  }
  const cat = { id: ctx.state.newGuid(), displayName: name, color };
  list.push(cat);
  return json(201, cat);
}

export function deleteMasterCategory(ctx: HandlerContext, userId: string, categoryId: string): SimResponse {
  const list = ctx.state.data.masterCategories[userId] ?? [];
  const i = list.findIndex((c) => c.id === categoryId);
  if (i < 0) throw itemNotFound();
  list.splice(i, 1);
  return noContent();
}
