/**
 * Deadline → Planner task, task details and bucket. Pure.
 *
 * Marker: the task details carry a reference (link) back to the entry in the tab whose URL
 * contains `arshjulKey=<deadline key>`. References are a dictionary keyed by URL in Graph, so
 * the marker is a property name we control; it survives people editing the description, it is
 * visible and useful to them ("Åpne i Årshjul"), and removing it is a deliberate act that
 * detaches the task from the app. (A marker text in the description would be overwritten as
 * soon as someone rewrote the description.)
 */
import { CATEGORIES, type CategoryKey, categoryByKey } from '../../domain/model/category';
import type { Deadline, DeadlineKey } from '../../domain/model/entry';
import { addDays, osloInstant, toYearMonthDay, type PlainDate } from '../../domain/time/plainDate';
import { schoolYearText, type SchoolYear } from '../../domain/time/schoolYear';
import type { LinkFor } from './deepLink';
import { categoryLabel, SYNC_LABELS, SYNC_LANGUAGES, whenLines, type SyncLanguage } from './labels';
import { oneLine, truncate } from './text';

/** Planner documents no title limit; 255 matches Outlook and what the Planner UI accepts. [unverified] */
export const PLANNER_TITLE_MAX = 255;

/** The query parameter of the reference URL that carries the deadline key. */
export const MARKER_PARAM = 'arshjulKey';

export const PLANNER_MAPPING_VERSION = 1;

/**
 * Label slot of each årshjul category: the position in the document's legend (1–10, and 11
 * for `general`), so a plan's labels mean the same in every county and year.
 */
export type CategorySlot = `category${number}`;

export function categorySlot(key: CategoryKey): CategorySlot {
  return `category${categoryByKey(key).legendOrder}`;
}

/** The slots we manage; category12–25 are left to people. */
export const MANAGED_SLOTS: readonly CategorySlot[] = CATEGORIES.map((c) => `category${c.legendOrder}` as CategorySlot);

/** `plannerPlanDetails.categoryDescriptions` naming our labels. */
export function categoryDescriptions(language: SyncLanguage): Record<CategorySlot, string> {
  const out: Record<CategorySlot, string> = {};
  for (const category of CATEGORIES) out[`category${category.legendOrder}`] = categoryLabel(category.key, language);
  return out;
}

/**
 * The instant sent as a Planner due or start date for the plain date D.
 *
 * Planner stores a DateTimeOffset and every client shows it as a date in the viewer's own time
 * zone (web, Teams and mobile render the instant locally; the API has no date-only form). So
 * for "D in Norway" we send 12:00 in Europe/Oslo on D: 11:00Z in winter (CET), 10:00Z in
 * summer (CEST). Noon keeps the date D for anyone between UTC−11 and UTC+11, including
 * UTC-based readers (Power Automate flows, e-mail digests), where Oslo midnight (23:00Z the
 * day before) would show D−1. The exact instant Planner's own UI writes is not documented.
 */
export function plannerDateInstant(date: PlainDate): string {
  return osloInstant(date, 12).toISOString().replace('.000Z', 'Z');
}

export interface TaskFields {
  readonly title: string;
  readonly dueDateTime: string;
  readonly startDateTime?: string;
  readonly appliedCategories: Readonly<Record<CategorySlot, boolean>>;
}

export interface TaskDetailsFields {
  readonly description: string;
  /** Full reference URL (not yet encoded as a property name). */
  readonly referenceUrl: string;
  readonly referenceAlias: string;
}

export interface DesiredTask {
  readonly key: DeadlineKey;
  readonly schoolYear: SchoolYear;
  /** `YYYY-MM` of the due date: the bucket the task is created in. */
  readonly month: string;
  readonly fields: TaskFields;
  /**
   * No start date was asked for (the field was left empty): an existing task keeps the start
   * date it has, set by an earlier push or by people; `fields.startDateTime` is then only what
   * a new task gets. See taskPatchFor.
   */
  readonly keepStart: boolean;
  readonly assignees: readonly string[];
  readonly details: TaskDetailsFields;
  /** The deadline's twin in the year before or after (`Deadline.twin`): in a plan holding both years, its task on the same day is this one's. */
  readonly twin?: DeadlineKey;
}

export interface TaskMappingOptions {
  readonly language: SyncLanguage;
  readonly linkFor: LinkFor;
  /**
   * Start date this many days before the first day. 0 is no start date before the deadline (a
   * range still starts on its first day). Undefined is no choice: a new task gets what 0 gives,
   * an existing one keeps its start date.
   */
  readonly leadDays?: number;
  readonly assignees?: readonly string[] | ((deadline: Deadline) => readonly string[]);
}

export function taskTitle(deadline: Deadline): string {
  const suffix = deadline.occurrences > 1 ? ` (${deadline.occurrence}/${deadline.occurrences})` : '';
  return truncate(oneLine(deadline.entry.title), PLANNER_TITLE_MAX - suffix.length) + suffix;
}

/** Planner descriptions are plain text: no escaping, just labelled lines. */
export function taskDescription(deadline: Deadline, language: SyncLanguage): string {
  const labels = SYNC_LABELS[language];
  const { entry } = deadline;
  const line = (label: string, value: string | undefined) => (value && value.trim() !== '' ? `${label}: ${value}` : undefined);
  return [
    ...whenLines(deadline, language).map(([label, value]) => line(label, value)),
    line(labels.from, entry.from),
    line(labels.to, entry.to),
    line(labels.comment, entry.comment),
    line(labels.reportCodes, entry.reportCodes.join(', ')),
  ]
    .filter((l): l is string => l !== undefined)
    .join('\n');
}

/** The tab link with the deadline key added as the marker parameter. */
export function markerUrl(link: string, key: DeadlineKey): string {
  const url = new URL(link);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new RangeError(`Not an http(s) link: ${link}`);
  url.searchParams.set(MARKER_PARAM, key);
  return url.toString();
}

/**
 * Reference URLs are property names in Graph's open type, where `. : % @ #` are not allowed;
 * Graph's own example percent-encodes them (`https%3A//contoso%2Esharepoint%2Ecom/…`).
 */
export function encodeReferenceKey(url: string): string {
  return url.replace(/[%:.@#]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

export function decodeReferenceKey(key: string): string {
  try {
    return decodeURIComponent(key);
  } catch {
    // A reference someone else added with a stray "%": keep it as it is.
    return key;
  }
}

/** The deadline key a reference (encoded as Graph returns it) points to, if it is our marker. */
export function markerKeyOf(referenceKey: string): string | undefined {
  try {
    return new URL(decodeReferenceKey(referenceKey)).searchParams.get(MARKER_PARAM) ?? undefined;
  } catch {
    // Not a URL (Planner accepts other references): not ours.
    return undefined;
  }
}

export function toDesiredTask(deadline: Deadline, options: TaskMappingOptions): DesiredTask {
  const due = deadline.end;
  const startDate =
    options.leadDays !== undefined && options.leadDays > 0
      ? addDays(deadline.start, -options.leadDays)
      : deadline.start !== deadline.end
        ? deadline.start
        : undefined;
  const assignees = typeof options.assignees === 'function' ? options.assignees(deadline) : (options.assignees ?? []);
  const { year, month } = toYearMonthDay(due);
  return {
    key: deadline.key,
    schoolYear: deadline.schoolYear,
    month: `${year}-${String(month).padStart(2, '0')}`,
    fields: {
      title: taskTitle(deadline),
      dueDateTime: plannerDateInstant(due),
      ...(startDate ? { startDateTime: plannerDateInstant(startDate) } : {}),
      appliedCategories: { [categorySlot(deadline.entry.category)]: true },
    },
    keepStart: options.leadDays === undefined,
    assignees: [...new Set(assignees)].sort(),
    details: {
      description: taskDescription(deadline, options.language),
      referenceUrl: markerUrl(options.linkFor(deadline), deadline.key),
      referenceAlias: SYNC_LABELS[options.language].openInApp,
    },
    ...(deadline.twin ? { twin: deadline.twin } : {}),
  };
}

/** Bucket name for a month, e.g. "mars 2027". */
export function bucketName(month: string, language: SyncLanguage): string {
  const [year, mm] = month.split('-');
  return `${SYNC_LABELS[language].months[Number(mm) - 1] ?? mm} ${year}`;
}

/** Month name (any of our languages, lower case) → month number. */
const MONTH_NUMBERS: ReadonlyMap<string, number> = new Map(
  SYNC_LANGUAGES.flatMap((language) => SYNC_LABELS[language].months.map((name, i) => [name.toLowerCase(), i + 1] as const)),
);

/**
 * The month (`YYYY-MM`) a bucket is for, whatever language its name is in: "desember 2026" and
 * "December 2026" are both 2026-12, so a month never gets a second bucket when people who read
 * the tab in different languages push to one plan. Undefined for any other name.
 */
export function bucketMonth(name: string): string | undefined {
  const match = /^\s*(\p{L}+)\s+(\d{4})\s*$/u.exec(name);
  const month = match ? MONTH_NUMBERS.get(match[1]!.toLowerCase()) : undefined;
  return match && month ? `${match[2]}-${String(month).padStart(2, '0')}` : undefined;
}

export function planTitle(schoolYear: SchoolYear, language: SyncLanguage): string {
  const prefix = language === 'en' ? 'VIGO annual wheel' : 'Årshjul VIGO';
  return `${prefix} ${schoolYearText(schoolYear)}`;
}

/** `{"@odata.type":"#microsoft.graph.plannerAssignment","orderHint":" !"}`: Graph rejects a value without the type. */
export function assignmentValue(): { '@odata.type': '#microsoft.graph.plannerAssignment'; orderHint: string } {
  return { '@odata.type': '#microsoft.graph.plannerAssignment', orderHint: ' !' };
}

export function referenceValue(alias: string): { '@odata.type': 'microsoft.graph.plannerExternalReference'; alias: string; type: 'Other' } {
  return { '@odata.type': 'microsoft.graph.plannerExternalReference', alias, type: 'Other' };
}
