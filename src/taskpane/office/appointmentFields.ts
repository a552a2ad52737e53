/**
 * Deadline → what the task pane writes into an Outlook appointment. Pure: no Office.js, no
 * clock. The subject and the HTML body are the ones "Legg til i Outlook" writes through Graph
 * (`src/sync/plan/eventMapping.ts`), so an inserted appointment reads like a pushed event.
 */
import type { Deadline } from '../../domain/model/entry';
import { addDays, toYearMonthDay, type PlainDate } from '../../domain/time/plainDate';
import type { LinkFor } from '../../sync/plan/deepLink';
import { eventBodyHtml, eventSubject } from '../../sync/plan/eventMapping';
import { SYNC_LABELS, type SyncLanguage } from '../../sync/plan/labels';
import { taskDescription } from '../../sync/plan/taskMapping';
import { safeHttpUrl } from '../../sync/plan/text';

/** The deadlines are dates in Norway. */
export const DEADLINE_TIME_ZONE = 'Europe/Oslo';

export interface AppointmentFields {
  /** One line, at most 255 characters (Outlook's limit for `subject.setAsync`). */
  readonly subject: string;
  /** 00:00 in Norway on the first day. */
  readonly start: Date;
  /** 00:00 in Norway on the day after the last day (the end of an all-day span is exclusive). */
  readonly end: Date;
  /** For an HTML body; every value is escaped. */
  readonly html: string;
  /** For a plain-text body (Outlook refuses HTML coercion into a text body). */
  readonly text: string;
}

const formats = new Map<string, Intl.DateTimeFormat>();

function wallClockFormat(timeZone: string): Intl.DateTimeFormat {
  let f = formats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formats.set(timeZone, f);
  }
  return f;
}

/** Milliseconds the zone's wall clock is ahead of UTC at `instant`. */
function offsetAt(instant: number, timeZone: string): number {
  const parts = wallClockFormat(timeZone).formatToParts(new Date(instant));
  const n = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'), n('second'));
  return wall - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant a calendar day begins in a time zone. Office.js `start/end.setAsync` take a `Date`
 * (an instant, UTC) and show it in the mailbox's zone, so the day must become an instant in the
 * zone the deadline belongs to, not in the zone of the computer running the pane. Norway's
 * clock changes at 01:00 UTC, never at midnight, so midnight always exists and is unique.
 */
export function startOfDayIn(date: PlainDate, timeZone: string = DEADLINE_TIME_ZONE): Date {
  const { year, month, day } = toYearMonthDay(date);
  const utcMidnight = Date.UTC(year, month - 1, day);
  let instant = utcMidnight - offsetAt(utcMidnight, timeZone);
  // The offset at the guess can differ from the one at the answer when a change lies between.
  const corrected = utcMidnight - offsetAt(instant, timeZone);
  if (corrected !== instant) instant = corrected;
  return new Date(instant);
}

/** The plain-text body: the labelled lines of a Planner task's description, and the link back. */
export function appointmentBodyText(deadline: Deadline, language: SyncLanguage, linkFor?: LinkFor): string {
  const link = linkFor ? safeHttpUrl(linkFor(deadline)) : undefined;
  const description = taskDescription(deadline, language);
  return link ? `${description}\n${SYNC_LABELS[language].openInApp}: ${link}` : description;
}

export function appointmentFields(deadline: Deadline, options: { readonly language: SyncLanguage; readonly linkFor?: LinkFor }): AppointmentFields {
  return {
    subject: eventSubject(deadline),
    start: startOfDayIn(deadline.start),
    end: startOfDayIn(addDays(deadline.end, 1)),
    html: eventBodyHtml(deadline, options.language, options.linkFor),
    text: appointmentBodyText(deadline, options.language, options.linkFor),
  };
}
