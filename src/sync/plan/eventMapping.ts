/**
 * Deadline → Graph event body. Pure: no clock, no IO.
 *
 * Every text value is HTML-escaped before it enters the body; the subject is one line of at
 * most 255 characters (Outlook's limit; Graph documents none). The content hash covers exactly
 * what we write, so a second push can tell "unchanged" from "changed" without comparing
 * Outlook's rewritten HTML.
 */
import type { Deadline, DeadlineKey } from '../../domain/model/entry';
import { addDays, type PlainDate } from '../../domain/time/plainDate';
import type { SchoolYear } from '../../domain/time/schoolYear';
import type { Reminder, ShowAs } from './eventChoices';
import { contentHash, deterministicGuid } from './hash';
import { categoryLabel, SYNC_LABELS, whenLines, type SyncLanguage } from './labels';
import type { LinkFor } from './deepLink';
import { escapeHtml, oneLine, safeHttpUrl, truncate } from './text';

/** The fixed property set of our extended properties. Never change it: it is how we find our events. */
export const ARSHJUL_PROPERTY_SET = '{59f5afb9-5484-454b-a5ca-e43a0cd358e6}';

/**
 * Named single-value extended properties on each event we create. Names are case-sensitive in
 * Graph filters, so they are constants. `Year` is what we filter on (an `eq` comparison, the
 * documented form); `Key` carries `<deadline key>#<content hash>` and is read back with
 * `$expand=singleValueExtendedProperties($filter=id eq '…')`, which the docs show for one id
 * only, hence key and hash in one value (a key never contains `#`).
 */
export const EVENT_PROPERTY = {
  key: `String ${ARSHJUL_PROPERTY_SET} Name ArshjulKey`,
  year: `String ${ARSHJUL_PROPERTY_SET} Name ArshjulYear`,
} as const;

export function keyPropertyValue(key: string, hash: string): string {
  return `${key}#${hash}`;
}

export function parseKeyPropertyValue(value: string): { key: string; hash?: string } {
  const at = value.lastIndexOf('#');
  return at < 0 ? { key: value } : { key: value.slice(0, at), hash: value.slice(at + 1) || undefined };
}

export const SUBJECT_MAX = 255;

/**
 * Raised when what we write changes shape (body template, fields), so that every existing
 * event counts as changed and is rewritten once.
 */
export const EVENT_MAPPING_VERSION = 1;

/**
 * The Windows time-zone name for Norway. Graph's list of accepted IANA names does not contain
 * Europe/Oslo; the Windows name is always accepted and is what Outlook itself uses.
 */
export const NORWAY_TIME_ZONE = 'W. Europe Standard Time';


/** Minutes before the event's start (midnight of the first day). */
export const REMINDER_MINUTES: Readonly<Record<Exclude<Reminder, 'none'>, number>> = {
  '1d': 24 * 60,
  '1w': 7 * 24 * 60,
  '2w': 14 * 24 * 60,
};

export interface EventMappingOptions {
  readonly language: SyncLanguage;
  readonly reminder: Reminder;
  readonly showAs: ShowAs;
  readonly linkFor?: LinkFor;
  /** False for group calendars: Outlook has no reminders for group events. */
  readonly remindersSupported: boolean;
  readonly timeZone?: string;
}

export interface DateTimeTimeZone {
  readonly dateTime: string;
  readonly timeZone: string;
}

/** The event properties we own and write. */
export interface EventFields {
  readonly subject: string;
  readonly body: { readonly contentType: 'html'; readonly content: string };
  readonly start: DateTimeTimeZone;
  readonly end: DateTimeTimeZone;
  readonly isAllDay: true;
  readonly showAs: ShowAs;
  readonly isReminderOn?: boolean;
  readonly reminderMinutesBeforeStart?: number;
  readonly categories: readonly string[];
}

export interface DesiredEvent {
  readonly key: DeadlineKey;
  readonly schoolYear: SchoolYear;
  /** The deadline's twin in the year before or after (`Deadline.twin`): its event is this one's. */
  readonly twin?: DeadlineKey;
  readonly hash: string;
  readonly fields: EventFields;
}

export interface SingleValueExtendedProperty {
  readonly id: string;
  readonly value: string;
}

export type EventCreatePayload = EventFields & {
  readonly transactionId: string;
  readonly singleValueExtendedProperties: readonly SingleValueExtendedProperty[];
};

export type EventUpdatePayload = EventFields & {
  readonly singleValueExtendedProperties: readonly SingleValueExtendedProperty[];
};

export function eventSubject(deadline: Deadline): string {
  const suffix = deadline.occurrences > 1 ? ` (${deadline.occurrence}/${deadline.occurrences})` : '';
  return truncate(oneLine(deadline.entry.title), SUBJECT_MAX - suffix.length) + suffix;
}

/**
 * All-day events must start and end at midnight in one time zone, and the end is exclusive
 * (a one-day event on 1 March ends at midnight starting 2 March); anything else is a 400
 * ErrorInvalidRequest. Our Deadline.end is inclusive, hence the +1 day.
 */
export function allDaySpan(start: PlainDate, endInclusive: PlainDate, timeZone: string): { start: DateTimeTimeZone; end: DateTimeTimeZone } {
  return {
    start: { dateTime: `${start}T00:00:00`, timeZone },
    end: { dateTime: `${addDays(endInclusive, 1)}T00:00:00`, timeZone },
  };
}

export function eventBodyHtml(deadline: Deadline, language: SyncLanguage, linkFor?: LinkFor): string {
  const labels = SYNC_LABELS[language];
  const { entry } = deadline;
  const row = (label: string, value: string | undefined) =>
    value && value.trim() !== '' ? `<p><b>${escapeHtml(label)}:</b> ${escapeHtml(value)}</p>` : '';
  const link = linkFor ? safeHttpUrl(linkFor(deadline)) : undefined;
  return [
    '<div>',
    ...whenLines(deadline, language).map(([label, value]) => row(label, value)),
    row(labels.from, entry.from),
    row(labels.to, entry.to),
    row(labels.comment, entry.comment),
    row(labels.reportCodes, entry.reportCodes.join(', ')),
    link ? `<p><a href="${escapeHtml(link)}">${escapeHtml(labels.openInApp)}</a></p>` : '',
    '</div>',
  ].join('');
}

export function toDesiredEvent(deadline: Deadline, options: EventMappingOptions): DesiredEvent {
  const span = allDaySpan(deadline.start, deadline.end, options.timeZone ?? NORWAY_TIME_ZONE);
  const reminder =
    !options.remindersSupported
      ? {}
      : options.reminder === 'none'
        ? { isReminderOn: false }
        : { isReminderOn: true, reminderMinutesBeforeStart: REMINDER_MINUTES[options.reminder] };
  const fields: EventFields = {
    subject: eventSubject(deadline),
    body: { contentType: 'html', content: eventBodyHtml(deadline, options.language, options.linkFor) },
    start: span.start,
    end: span.end,
    isAllDay: true,
    showAs: options.showAs,
    ...reminder,
    categories: [categoryLabel(deadline.entry.category, options.language)],
  };
  return {
    key: deadline.key,
    schoolYear: deadline.schoolYear,
    ...(deadline.twin ? { twin: deadline.twin } : {}),
    hash: contentHash({ v: EVENT_MAPPING_VERSION, fields }),
    fields,
  };
}

function properties(desired: DesiredEvent): SingleValueExtendedProperty[] {
  return [
    { id: EVENT_PROPERTY.key, value: keyPropertyValue(desired.key, desired.hash) },
    { id: EVENT_PROPERTY.year, value: desired.schoolYear },
  ];
}

/**
 * `transactionId` lets Graph drop a repeated POST (a retry after a lost response). It is
 * derived from the target, key and content, so the same create retried is recognised, while a
 * changed deadline or another calendar gives a new one.
 *
 * [unverified] Graph documents neither how long it remembers a transactionId nor what a repeat
 * returns. If an event we deleted (it may wait in Deleted Items) or one the user moved to another
 * calendar of the mailbox still holds it, pushing the same deadline again, unchanged, to this
 * calendar would get that event back and add none. The simulator frees the id on delete.
 */
export function eventTransactionId(targetId: string, desired: DesiredEvent): string {
  return deterministicGuid(`${targetId}\u0000${desired.key}\u0000${desired.hash}`);
}

export function eventCreatePayload(targetId: string, desired: DesiredEvent): EventCreatePayload {
  return { ...desired.fields, transactionId: eventTransactionId(targetId, desired), singleValueExtendedProperties: properties(desired) };
}

/** PATCH body: our fields again plus the new hash; `transactionId` cannot change after creation. */
export function eventUpdatePayload(desired: DesiredEvent): EventUpdatePayload {
  return { ...desired.fields, singleValueExtendedProperties: properties(desired) };
}
