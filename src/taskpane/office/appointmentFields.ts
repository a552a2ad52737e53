/**
 * Deadline → what the task pane writes into an Outlook appointment. Pure: no Office.js, no
 * clock. The subject and the HTML body are the ones "Legg til i Outlook" writes through Graph
 * (`src/sync/plan/eventMapping.ts`), so an inserted appointment reads like a pushed event.
 */
import type { Deadline } from '../../domain/model/entry';
import { addDays, osloInstant } from '../../domain/time/plainDate';
import type { LinkFor } from '../../sync/plan/deepLink';
import { eventBodyHtml, eventSubject } from '../../sync/plan/eventMapping';
import { SYNC_LABELS, type SyncLanguage } from '../../sync/plan/labels';
import { taskDescription } from '../../sync/plan/taskMapping';
import { safeHttpUrl } from '../../sync/plan/text';

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

/** The plain-text body: the labelled lines of a Planner task's description, and the link back. */
export function appointmentBodyText(deadline: Deadline, language: SyncLanguage, linkFor?: LinkFor): string {
  const link = linkFor ? safeHttpUrl(linkFor(deadline)) : undefined;
  const description = taskDescription(deadline, language);
  return link ? `${description}\n${SYNC_LABELS[language].openInApp}: ${link}` : description;
}

export function appointmentFields(deadline: Deadline, options: { readonly language: SyncLanguage; readonly linkFor?: LinkFor }): AppointmentFields {
  return {
    subject: eventSubject(deadline),
    // Office.js `start/end.setAsync` take an instant and show it in the mailbox's zone, so the
    // days must be instants in Norway, not in the zone of the computer running the pane.
    start: osloInstant(deadline.start),
    end: osloInstant(addDays(deadline.end, 1)),
    html: eventBodyHtml(deadline, options.language, options.linkFor),
    text: appointmentBodyText(deadline, options.language, options.linkFor),
  };
}
