/**
 * iCalendar (RFC 5545) export of deadlines as all-day events. The UID is derived from the
 * deadline key only (school year, entry id, occurrence), so exporting the same selection again
 * gives the same UIDs and a calendar that imports it again updates instead of duplicating.
 */
import { createEvents, type EventAttributes } from 'ics';
import { categoryByKey } from '../model/category';
import type { Deadline } from '../model/entry';
import { addDays, toYearMonthDay, type PlainDate } from '../time/plainDate';

export type IcsLanguage = 'nb' | 'nn' | 'en';

export interface IcsLabels {
  readonly from: string;
  readonly to: string;
  readonly comment: string;
  readonly reportCodes: string;
  readonly calendarName: string;
}

export const ICS_LABELS: Readonly<Record<IcsLanguage, IcsLabels>> = {
  nb: { from: 'Fra', to: 'Til', comment: 'Kommentar', reportCodes: 'Rapporter i VIGO', calendarName: 'Årshjul VIGO opplæring' },
  nn: { from: 'Frå', to: 'Til', comment: 'Merknad', reportCodes: 'Rapportar i VIGO', calendarName: 'Årshjul VIGO opplæring' },
  en: { from: 'From', to: 'To', comment: 'Comment', reportCodes: 'VIGO reports', calendarName: 'VIGO education annual wheel' },
};

export interface IcsOptions {
  readonly language?: IcsLanguage;
  /** DTSTAMP of every event: the moment of export, passed in (no implicit clock). */
  readonly timestamp: Date;
  /** Link back to an entry in the app, added as the event URL. */
  readonly linkFor?: (deadline: Deadline) => string;
}

/**
 * Stable per deadline. A July two school years share (`Deadline.twin`) is one delivery when the
 * two years say the same day: both years' files give it the earlier year's key and that day, so
 * a calendar that imports both holds it once, and two days stay two events (as in the calendar
 * push: a twin's event stands for a deadline only on its own day).
 */
export function icsUid(deadline: Deadline): string {
  if (deadline.twin === undefined) return `${deadline.key.replaceAll('/', '.')}@arshjul-vigo`;
  const shared = deadline.twin < deadline.key ? deadline.twin : deadline.key;
  return `${shared.replaceAll('/', '.')}.${deadline.start}@arshjul-vigo`;
}

const dateArray = (date: PlainDate): [number, number, number] => {
  const { year, month, day } = toYearMonthDay(date);
  return [year, month, day];
};

export function icsDescription(deadline: Deadline, labels: IcsLabels): string {
  const { entry } = deadline;
  return [
    entry.from ? `${labels.from}: ${entry.from}` : undefined,
    entry.to ? `${labels.to}: ${entry.to}` : undefined,
    entry.comment ? `${labels.comment}: ${entry.comment}` : undefined,
    entry.reportCodes.length > 0 ? `${labels.reportCodes}: ${entry.reportCodes.join(', ')}` : undefined,
  ]
    .filter((line): line is string => line !== undefined)
    .join('\n');
}

export function toIcsEvent(deadline: Deadline, options: IcsOptions): EventAttributes {
  const language = options.language ?? 'nb';
  const labels = ICS_LABELS[language];
  const description = icsDescription(deadline, labels);
  const url = options.linkFor?.(deadline);
  return {
    uid: icsUid(deadline),
    title: deadline.entry.title,
    // All-day events: DTSTART;VALUE=DATE and an exclusive DTEND the day after the last day.
    start: dateArray(deadline.start),
    end: dateArray(addDays(deadline.end, 1)),
    ...(description ? { description } : {}),
    categories: [categoryByKey(deadline.entry.category).name[language]],
    timestamp: options.timestamp.getTime(),
    transp: 'TRANSPARENT',
    ...(url ? { url } : {}),
  } as EventAttributes;
}

export class IcsExportError extends Error {
  readonly code = 'ics-export-failed';
}

export function toIcs(deadlines: readonly Deadline[], options: IcsOptions): string {
  const labels = ICS_LABELS[options.language ?? 'nb'];
  const { error, value } = createEvents(
    deadlines.map((d) => toIcsEvent(d, options)),
    { productId: '-//Arshjul VIGO//Arshjul//NB', calName: labels.calendarName },
  );
  if (error || typeof value !== 'string') throw new IcsExportError(`iCalendar export failed: ${error?.message ?? 'no output'}`);
  return foldLines(value);
}

/** Octets of one code point in UTF-8. */
const utf8Length = (codePoint: number): number => (codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4);

/** The most octets of a line, CRLF not counted (RFC 5545 §3.1). */
export const MAX_LINE_OCTETS = 75;

/**
 * Unfolds the text and folds every line again at 75 octets, as RFC 5545 §3.1 asks, never inside
 * a character: the `ics` package counts characters, so a line with "æ", "ø" or "å" went over.
 */
export function foldLines(ics: string): string {
  const lines = ics.replace(/\r\n[ \t]/g, '').split('\r\n');
  return lines
    .map((line) => {
      const parts: string[] = [];
      let part = '';
      let octets = 0;
      for (const char of line) {
        const size = utf8Length(char.codePointAt(0)!);
        // A continuation line starts with a space, which counts.
        if (octets + size > MAX_LINE_OCTETS) {
          parts.push(part);
          part = ' ';
          octets = 1;
        }
        part += char;
        octets += size;
      }
      parts.push(part);
      return parts.join('\r\n');
    })
    .join('\r\n');
}
