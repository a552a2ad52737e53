/**
 * Dates for people. A PlainDate is a calendar day in Norway and is written from its own year,
 * month and day with the names and patterns below, never through a `Date` or `Intl`: so no
 * view shifts a day, and nynorsk reads as nynorsk in every browser (Debian's Chromium has no
 * nynorsk data and wrote "Mon, Nov 30"); English reads the same on every engine (ICU's en-GB
 * put a comma after the weekday of a single day or of a span across a new year, but not
 * elsewhere). The names are CLDR's, as Node's full ICU has them (`strings.test.ts` checks).
 */
import { ENGLISH_MONTHS, isoWeekday, NORWEGIAN_MONTHS, toYearMonthDay, type PlainDate } from '../../domain/time/plainDate';
import { defineStrings, format, INTL_LOCALE, type Locale } from './define';

type Twelve = readonly [string, string, string, string, string, string, string, string, string, string, string, string];
/** Monday first, as ISO weekdays count. */
type Seven = readonly [string, string, string, string, string, string, string];

interface DateNames {
  readonly months: Twelve;
  /** As written after a day ("5. okt."), not standing alone. */
  readonly monthsShort: Twelve;
  readonly weekdays: Seven;
  readonly weekdaysShort: Seven;
}

const NORWEGIAN_MONTHS_SHORT: Twelve = ['jan.', 'feb.', 'mars', 'apr.', 'mai', 'juni', 'juli', 'aug.', 'sep.', 'okt.', 'nov.', 'des.'];

export const DATE_NAMES: Readonly<Record<Locale, DateNames>> = {
  nb: {
    months: NORWEGIAN_MONTHS,
    monthsShort: NORWEGIAN_MONTHS_SHORT,
    weekdays: ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'],
    weekdaysShort: ['man.', 'tir.', 'ons.', 'tor.', 'fre.', 'lør.', 'søn.'],
  },
  nn: {
    months: NORWEGIAN_MONTHS,
    monthsShort: NORWEGIAN_MONTHS_SHORT,
    weekdays: ['måndag', 'tysdag', 'onsdag', 'torsdag', 'fredag', 'laurdag', 'søndag'],
    weekdaysShort: ['må.', 'ty.', 'on.', 'to.', 'fr.', 'la.', 'sø.'],
  },
  en: {
    months: ENGLISH_MONTHS,
    monthsShort: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'],
    weekdays: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
    weekdaysShort: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
  },
};

/** Bokmål and nynorsk write dates alike; only their weekday names differ (`DATE_NAMES`). */
const NORWEGIAN_PATTERNS = {
  dayMonth: '{day}. {month}',
  /** The start of a span within one month: "5.–9. oktober". */
  dayAlone: '{day}.',
  withWeekday: '{weekday} {date}',
  withYear: '{date} {year}',
  span: '{start}–{end}',
  monthYear: '{month} {year}',
  /** Before the last of a list: "a, b og c". */
  and: 'og',
};

export const dateStrings = defineStrings('dates', {
  nb: NORWEGIAN_PATTERNS,
  nn: NORWEGIAN_PATTERNS,
  en: {
    dayMonth: '{day} {month}',
    dayAlone: '{day}',
    withWeekday: '{weekday} {date}',
    withYear: '{date} {year}',
    span: '{start} – {end}',
    monthYear: '{month} {year}',
    and: 'and',
  },
});

export type DateStyle =
  /** "28. november 2026" */
  | 'long'
  /** "lør. 28. nov. 2026" */
  | 'short'
  /** "lørdag 28. november 2026" */
  | 'full';

/** A day without its year: all of it, or only the day of the month when a span's end names the month. */
function dayText(date: PlainDate, locale: Locale, style: DateStyle, withMonth: boolean): string {
  const s = dateStrings[locale];
  const names = DATE_NAMES[locale];
  const { month, day } = toYearMonthDay(date);
  const monthName = (style === 'short' ? names.monthsShort : names.months)[month - 1]!;
  const text = withMonth ? format(s.dayMonth, { day, month: monthName }) : format(s.dayAlone, { day });
  if (style === 'long') return text;
  const weekday = (style === 'short' ? names.weekdaysShort : names.weekdays)[isoWeekday(date) - 1]!;
  return format(s.withWeekday, { weekday, date: text });
}

export function formatPlainDate(date: PlainDate, locale: Locale, style: DateStyle = 'long'): string {
  return format(dateStrings[locale].withYear, { date: dayText(date, locale, style, true), year: toYearMonthDay(date).year });
}

/**
 * A single day, or an inclusive span of days, naming a year or month once when both ends share
 * it: "5.–9. oktober 2026", "28. september–2. oktober 2026", "21. desember 2026–1. januar 2027".
 */
export function formatDateSpan(start: PlainDate, end: PlainDate, locale: Locale, style: DateStyle = 'long'): string {
  if (start === end) return formatPlainDate(start, locale, style);
  const from = toYearMonthDay(start);
  const to = toYearMonthDay(end);
  const first =
    from.year !== to.year ? formatPlainDate(start, locale, style) : dayText(start, locale, style, from.month !== to.month);
  return format(dateStrings[locale].span, { start: first, end: formatPlainDate(end, locale, style) });
}

/**
 * The days of a deadline as the tab writes them wherever it shows one (its row in the list, its
 * details, a "se også" link to it): short enough for the list's date column, with the weekday,
 * and with the year, since a deadline opened from a link has no month heading above it.
 */
export function formatDeadlineDays(deadline: { readonly start: PlainDate; readonly end: PlainDate }, locale: Locale): string {
  return formatDateSpan(deadline.start, deadline.end, locale, 'short');
}

/** "November 2026": a month heading, capitalised (Norwegian month names are lower case in running text). */
export function formatMonthHeading(yearMonth: string, locale: Locale): string {
  const [year, month] = yearMonth.split('-').map(Number);
  const text = format(dateStrings[locale].monthYear, { month: DATE_NAMES[locale].months[month! - 1]!, year: year! });
  return text.charAt(0).toLocaleUpperCase(INTL_LOCALE[locale]) + text.slice(1);
}

/** "a, b og c": a list joined as the language does ("and" in English), without `Intl` (no nynorsk data in some browsers). */
export function formatList(items: readonly string[], locale: Locale): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${dateStrings[locale].and} ${items.at(-1)!}`;
}

/**
 * Picks the plural form of a count. Bokmål, nynorsk and English share one rule (CLDR: `one` for
 * exactly 1, else `other`), written out so a browser without nynorsk data cannot choose otherwise.
 */
export function plural(_locale: Locale, count: number, forms: { readonly one: string; readonly other: string }): string {
  return count === 1 ? forms.one : forms.other;
}
