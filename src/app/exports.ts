/**
 * Exports of the current view, each loaded on demand: the wheel as SVG (the wheel's own
 * export) and PNG (canvas, browser only), and the filtered deadlines as iCalendar.
 */
import type { CategoryKey } from '../domain/model/category';
import type { Deadline } from '../domain/model/entry';
import type { PlainDate } from '../domain/time/plainDate';
import type { SchoolYear } from '../domain/time/schoolYear';
import { exportWheelSvg, paperWheel, type PaperWheel } from '../ui/components/Wheel/exportWheel';
import { wheelStrings } from '../ui/components/Wheel/Wheel.strings';
import type { Locale } from '../ui/strings/define';

export interface ExportInput {
  readonly deadlines: readonly Deadline[];
  readonly schoolYear: SchoolYear;
  readonly today: PlainDate;
  readonly locale: Locale;
  readonly rings: readonly CategoryKey[];
  readonly countyLabel?: string;
  readonly linkFor: (deadline: Deadline) => string;
}

/** The wheel of what is shown, in light colours, for files and paper. */
function lightWheel(input: ExportInput) {
  return {
    deadlines: input.deadlines,
    schoolYear: input.schoolYear,
    today: input.today,
    theme: 'light',
    locale: input.locale,
    strings: wheelStrings[input.locale],
    rings: input.rings,
    ...(input.countyLabel ? { countyLabel: input.countyLabel } : {}),
  } as const;
}

/** The wheel for files: light colours, legend below, whole year. */
function wheelSvgFor(input: ExportInput): string {
  return exportWheelSvg({ ...lightWheel(input), legend: 'below' });
}

/** The wheel for the print layout: light colours, paper-sized numbers, the legend as rows for the page. */
export function paperWheelFor(input: ExportInput): PaperWheel {
  return paperWheel(lightWheel(input));
}

export function download(blob: Blob, fileName: string, doc: Document = document): void {
  const url = URL.createObjectURL(blob);
  const a = doc.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  doc.body.append(a);
  a.click();
  a.remove();
  // Give the browser the time to start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function fileBase(input: ExportInput): string {
  return `arshjul-${input.schoolYear}`;
}

export async function exportSvgFile(input: ExportInput): Promise<void> {
  download(new Blob([wheelSvgFor(input)], { type: 'image/svg+xml;charset=utf-8' }), `${fileBase(input)}.svg`);
}

export async function exportPngFile(input: ExportInput): Promise<void> {
  const { exportWheelPng } = await import('../ui/components/Wheel/exportWheelPng');
  download(await exportWheelPng(wheelSvgFor(input), 2), `${fileBase(input)}.png`);
}

export async function exportIcsFile(input: ExportInput, now: Date): Promise<void> {
  const { toIcs } = await import('../domain/export/ics');
  const text = toIcs(input.deadlines, { language: input.locale, timestamp: now, linkFor: input.linkFor });
  download(new Blob([text], { type: 'text/calendar;charset=utf-8' }), `${fileBase(input)}.ics`);
}

/** The code of an export error, for the message the user sees. */
export function exportErrorCode(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'string') return error.code;
  return 'unknown';
}
