/**
 * Day-and-month dates inside the texts of a rolled-forward year. The document's texts name
 * dates ("Rambøll vil ha data senest 04. juli", "Se også 27. september", "Nordland
 * (12.-14.oktober)"); when the row that date belongs to moves, the text has to move with it, or
 * the calendar says Monday 6 July and the text below it says 4 July.
 *
 * Only dates that can be tied to a row are moved: a date inside the entry's own span (its day,
 * range or weeks) in the template year, or the date of an entry it refers to ("se også"). Every
 * other date ("Frist for registrering i VIGO er 14. juli") is a fact of its own and stays as
 * written, and so does every as-of date ("per 15. november", "pr 01. oktober", "pr 11.10."), even
 * on its own row: OT data per 15 November is data as it stood that day, whenever it is sent.
 */
import { NORWEGIAN_MONTHS, addDays, daysBetween, toYearMonthDay, type PlainDate } from '../time/plainDate';

/** A stretch of the template year and where its first day went in the rolled year. */
export interface DateAnchor {
  /** First day in the template year. */
  readonly from: PlainDate;
  /** Last day in the template year (inclusive). */
  readonly to: PlainDate;
  /** Where `from` is in the rolled year; the other days keep their distance to it. */
  readonly rolledFrom: PlainDate;
}

/**
 * "04. juli", "1. mars", "12.-14.oktober", "12. – 14. oktober"; the month written in full; not
 * after "per", "pr" or "pr." (as-of dates).
 */
const DAY_MONTH = new RegExp(`(?<!(?:^|[^\\p{L}])(?:per|pr\\.?)\\s+)(?<![\\p{N}.])(\\d{1,2})\\.(?:(\\s*[-–]\\s*)(\\d{1,2})\\.)?(\\s*)(${NORWEGIAN_MONTHS.join('|')})(?!\\p{L})`, 'giu');

/** Where the day `day` of `month` (1–12) of the template year went, if an anchor covers it. */
function rolledDay(month: number, day: number, anchors: readonly DateAnchor[]): PlainDate | undefined {
  for (const anchor of anchors) {
    const length = daysBetween(anchor.from, anchor.to);
    for (let offset = 0; offset <= length; offset++) {
      const { month: m, day: d } = toYearMonthDay(addDays(anchor.from, offset));
      if (m === month && d === day) return addDays(anchor.rolledFrom, offset);
    }
  }
  return undefined;
}

/** The day as the text wrote it: "04" stays two digits, "4" one. */
const writeDay = (day: number, like: string): string => (like.length === 2 && like.startsWith('0') ? String(day).padStart(2, '0') : String(day));

/** The month name in the case the text used ("juli", "Juli", "JULI"). */
function writeMonth(month: number, like: string): string {
  const name = NORWEGIAN_MONTHS[month - 1]!;
  if (like === like.toUpperCase()) return name.toUpperCase();
  return like[0] === like[0]!.toUpperCase() ? name[0]!.toUpperCase() + name.slice(1) : name;
}

/**
 * The text with every day-and-month date that an anchor covers moved to where that anchor's
 * days went; the first anchor that covers a date decides. Dates no anchor covers, and ranges
 * with an end no anchor covers, stay as written, and are added to `left` as written
 * ("26. september", "12.-14.oktober") when it is given. As-of dates are not dates here at all.
 */
export function moveDatesInText(text: string, anchors: readonly DateAnchor[], left?: string[]): string {
  if (anchors.length === 0 && !left) return text;
  const keep = (match: string): string => {
    left?.push(match.trim());
    return match;
  };
  return text.replace(DAY_MONTH, (match, firstDay: string, dash: string | undefined, lastDay: string | undefined, space: string, monthName: string) => {
    const month = NORWEGIAN_MONTHS.indexOf(monthName.toLowerCase() as (typeof NORWEGIAN_MONTHS)[number]) + 1;
    const first = rolledDay(month, Number(firstDay), anchors);
    if (!first) return keep(match);
    const start = toYearMonthDay(first);
    if (lastDay === undefined || dash === undefined) return `${writeDay(start.day, firstDay)}.${space}${writeMonth(start.month, monthName)}`;
    const last = rolledDay(month, Number(lastDay), anchors);
    if (!last) return keep(match);
    const end = toYearMonthDay(last);
    if (start.month === end.month) return `${writeDay(start.day, firstDay)}.${dash}${writeDay(end.day, lastDay)}.${space}${writeMonth(end.month, monthName)}`;
    // A range the move carried over a month's end names both months.
    return `${writeDay(start.day, firstDay)}. ${writeMonth(start.month, monthName)}${dash}${writeDay(end.day, lastDay)}.${space}${writeMonth(end.month, monthName)}`;
  });
}

/** The day-and-month dates of the text that `moveDatesInText` leaves as written, in order. */
export function datesLeftInText(text: string, anchors: readonly DateAnchor[]): string[] {
  const left: string[] = [];
  moveDatesInText(text, anchors, left);
  return left;
}
