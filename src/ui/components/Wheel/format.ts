/** Wheel texts from templates; dates are formatted from their parts, never through `Date`. */
import { toYearMonthDay, type PlainDate } from '../../../domain/time/plainDate';
import type { WheelStrings } from './Wheel.strings';

/** Fills `{name}` placeholders; unknown names stay visible so a missing value shows in review. */
export function formatTemplate(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole)).replace(/\s+/g, ' ').trim();
}

export function monthName(strings: WheelStrings, month: number): string {
  return strings.monthNames[month - 1] ?? String(month);
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function formatDate(strings: WheelStrings, date: PlainDate): string {
  const { year, month, day } = toYearMonthDay(date);
  return formatTemplate(strings.dateFormat, { day, month: monthName(strings, month), year });
}

export function formatSpan(strings: WheelStrings, start: PlainDate, end: PlainDate): string {
  return start === end ? formatDate(strings, start) : formatTemplate(strings.spanFormat, { start: formatDate(strings, start), end: formatDate(strings, end) });
}
