/**
 * Formatting of plain dates for people. A PlainDate is a calendar day in Norway; it is
 * formatted through a Date at 12:00 UTC with `timeZone: 'Europe/Oslo'`, which is the same
 * calendar day in Oslo all year (13:00 or 14:00), so no view ever shifts a day.
 */
import { toYearMonthDay, type PlainDate } from '../../domain/time/plainDate';
import { INTL_LOCALE, type Locale } from './define';

const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let found = cache.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(INTL_LOCALE[locale], { timeZone: 'Europe/Oslo', ...options });
    cache.set(key, found);
  }
  return found;
}

function noonUtc(date: PlainDate): Date {
  const { year, month, day } = toYearMonthDay(date);
  return new Date(Date.UTC(year, month - 1, day, 12));
}

export type DateStyle =
  /** "28. november 2026" */
  | 'long'
  /** "lør. 28. nov." */
  | 'short'
  /** "lørdag 28. november 2026" */
  | 'full';

const STYLES: Readonly<Record<DateStyle, Intl.DateTimeFormatOptions>> = {
  long: { day: 'numeric', month: 'long', year: 'numeric' },
  short: { weekday: 'short', day: 'numeric', month: 'short' },
  full: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
};

export function formatPlainDate(date: PlainDate, locale: Locale, style: DateStyle = 'long'): string {
  return formatter(locale, STYLES[style]).format(noonUtc(date));
}

/** A single day, or an inclusive span of days ("3.–7. okt." style ranges from Intl). */
export function formatDateSpan(start: PlainDate, end: PlainDate, locale: Locale, style: DateStyle = 'long'): string {
  if (start === end) return formatPlainDate(start, locale, style);
  return formatter(locale, STYLES[style]).formatRange(noonUtc(start), noonUtc(end));
}

/** "November 2026": a month heading, capitalised (Norwegian month names are lower case in running text). */
export function formatMonthHeading(yearMonth: string, locale: Locale): string {
  const [year, month] = yearMonth.split('-').map(Number);
  const text = formatter(locale, { month: 'long', year: 'numeric' }).format(new Date(Date.UTC(year!, month! - 1, 15, 12)));
  return text.charAt(0).toLocaleUpperCase(INTL_LOCALE[locale]) + text.slice(1);
}

/** "a, b og c": a list joined as the language does ("and" in English). */
export function formatList(items: readonly string[], locale: Locale): string {
  return new Intl.ListFormat(INTL_LOCALE[locale], { type: 'conjunction' }).format(items);
}

/** Picks the plural form of a count (`one` / `other` in nb, nn and en). */
export function plural(locale: Locale, count: number, forms: { readonly one: string; readonly other: string }): string {
  const rule = new Intl.PluralRules(INTL_LOCALE[locale]).select(count);
  return rule === 'one' ? forms.one : forms.other;
}
