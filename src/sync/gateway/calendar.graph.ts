/**
 * Calendar resources. Every function takes the Graph client first and names its scopes.
 * Own calendars need Calendars.ReadWrite; the team's group calendar needs Group.ReadWrite.All
 * (delegated only, admin consent).
 */
import { SCOPES } from '../../hosts/auth/scopes';
import type { BatchRequest } from './batch';
import { graphGetAll, graphRequest, type Graph } from './graphClient';
import { EVENT_PROPERTY, parseKeyPropertyValue, type EventCreatePayload, type EventUpdatePayload } from '../plan/eventMapping';
import type { ExistingEvent } from '../plan/calendarPlan';

export type CalendarTarget =
  | { readonly kind: 'my-calendar' }
  | { readonly kind: 'my-other-calendar'; readonly calendarId: string }
  | { readonly kind: 'group-calendar'; readonly groupId: string };

export interface CalendarInfo {
  readonly id: string;
  readonly name: string;
  readonly isDefaultCalendar: boolean;
  readonly canEdit: boolean;
}

export function scopesForTarget(target: CalendarTarget): readonly string[] {
  return target.kind === 'group-calendar' ? SCOPES['group-calendar'] : SCOPES.calendar;
}

/** The mailbox whose concurrency limit a request counts against. */
export function mailboxOf(target: CalendarTarget): string {
  return target.kind === 'group-calendar' ? `group:${target.groupId}` : 'me';
}

/** A stable id for the target, used in transaction ids. */
export function targetId(target: CalendarTarget): string {
  switch (target.kind) {
    case 'my-calendar':
      return 'me/calendar';
    case 'my-other-calendar':
      return `me/calendars/${target.calendarId}`;
    case 'group-calendar':
      return `groups/${target.groupId}/calendar`;
  }
}

/** Collection URL of the target's events, relative to the version root. */
export function eventsPath(target: CalendarTarget): string {
  switch (target.kind) {
    case 'my-calendar':
      return '/me/calendar/events';
    case 'my-other-calendar':
      return `/me/calendars/${encodeURIComponent(target.calendarId)}/events`;
    case 'group-calendar':
      return `/groups/${encodeURIComponent(target.groupId)}/calendar/events`;
  }
}

export function eventPath(target: CalendarTarget, eventId: string): string {
  return `${eventsPath(target)}/${encodeURIComponent(eventId)}`;
}

/** Calendars.ReadWrite (Calendars.Read would do, but one consent per action is easier to explain). */
export async function listCalendars(graph: Graph, signal?: AbortSignal): Promise<CalendarInfo[]> {
  const rows = await graphGetAll<{ id: string; name?: string; isDefaultCalendar?: boolean; canEdit?: boolean }>(graph, {
    path: '/me/calendars?$select=id,name,isDefaultCalendar,canEdit&$top=100',
    scopes: SCOPES.calendar,
    signal,
  });
  return rows.map((r) => ({ id: r.id, name: r.name ?? '', isDefaultCalendar: r.isDefaultCalendar === true, canEdit: r.canEdit !== false }));
}

const odataString = (value: string) => `'${value.replace(/'/g, "''")}'`;

/**
 * Our events of one school year in the target: filtered by the year property (an `eq` on a
 * named property, the documented form) with the key property (key and hash) expanded,
 * following every nextLink. Names in property ids are case-sensitive; the constants are the only source.
 */
export function findAppEventsPath(target: CalendarTarget, schoolYear: string): string {
  const filter = `singleValueExtendedProperties/Any(ep: ep/id eq ${odataString(EVENT_PROPERTY.year)} and ep/value eq ${odataString(schoolYear)})`;
  const expand = `singleValueExtendedProperties($filter=id eq ${odataString(EVENT_PROPERTY.key)})`;
  return (
    `${eventsPath(target)}?$filter=${encodeURIComponent(filter)}` +
    `&$expand=${encodeURIComponent(expand)}` +
    `&$select=${encodeURIComponent('id,subject,createdDateTime,start')}&$top=100`
  );
}

interface RawEvent {
  readonly id: string;
  readonly subject?: string;
  readonly createdDateTime?: string;
  readonly start?: { readonly dateTime?: string };
  readonly singleValueExtendedProperties?: readonly { readonly id?: string; readonly value?: string }[];
}

function propertyValue(event: RawEvent, id: string): string | undefined {
  // Graph may return the id with another casing of the type or GUID; the name must match exactly.
  const name = id.split(' Name ')[1];
  return event.singleValueExtendedProperties?.find((p) => p.id === id || (name !== undefined && p.id?.endsWith(` Name ${name}`) === true))
    ?.value;
}

export async function findAppEvents(graph: Graph, target: CalendarTarget, schoolYear: string, signal?: AbortSignal): Promise<ExistingEvent[]> {
  const rows = await graphGetAll<RawEvent>(graph, { path: findAppEventsPath(target, schoolYear), scopes: scopesForTarget(target), signal });
  const out: ExistingEvent[] = [];
  for (const row of rows) {
    const value = propertyValue(row, EVENT_PROPERTY.key);
    // An event matched by the year but without a key is not one we can manage; leave it alone.
    if (!value) continue;
    const { key, hash } = parseKeyPropertyValue(value);
    // An all-day event starts at midnight of its first day, whatever zone the time is given in.
    const startDate = row.start?.dateTime?.slice(0, 10);
    out.push({ id: row.id, key, hash, createdDateTime: row.createdDateTime, subject: row.subject, ...(startDate ? { startDate } : {}) });
  }
  return out;
}

/** POST is safe to resend: the transactionId makes Graph drop a repeat. */
export function createEventRequest(id: string, target: CalendarTarget, payload: EventCreatePayload): BatchRequest {
  return { id, method: 'POST', url: eventsPath(target), body: payload, idempotent: true };
}

export function updateEventRequest(id: string, target: CalendarTarget, eventId: string, payload: EventUpdatePayload): BatchRequest {
  return { id, method: 'PATCH', url: eventPath(target, eventId), body: payload, idempotent: true };
}

export function deleteEventRequest(id: string, target: CalendarTarget, eventId: string): BatchRequest {
  return { id, method: 'DELETE', url: eventPath(target, eventId), idempotent: true };
}

/** Safe to resend, like the batch item: the payload carries a transactionId. */
export async function createEvent(graph: Graph, target: CalendarTarget, payload: EventCreatePayload, signal?: AbortSignal): Promise<{ id: string }> {
  const { body } = await graphRequest<{ id: string }>(graph, { method: 'POST', path: eventsPath(target), scopes: scopesForTarget(target), body: payload, signal, resendable: true });
  return { id: body.id };
}

export async function updateEvent(graph: Graph, target: CalendarTarget, eventId: string, payload: EventUpdatePayload, signal?: AbortSignal): Promise<void> {
  await graphRequest(graph, { method: 'PATCH', path: eventPath(target, eventId), scopes: scopesForTarget(target), body: payload, signal });
}

export async function deleteEvent(graph: Graph, target: CalendarTarget, eventId: string, signal?: AbortSignal): Promise<void> {
  await graphRequest(graph, { method: 'DELETE', path: eventPath(target, eventId), scopes: scopesForTarget(target), signal });
}
