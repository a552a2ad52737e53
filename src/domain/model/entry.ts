/**
 * An årshjul entry: one row of the national table, with its date rule and who it concerns.
 * Entries are validated and migrated in `src/data` before they reach this model.
 */
import type { PlainDate } from '../time/plainDate';
import type { SchoolYear } from '../time/schoolYear';
import type { HolidayKey } from '../time/holidays';
import type { CategoryKey } from './category';
import type { CountyKey } from './county';

declare const entryIdBrand: unique symbol;
declare const noteIdBrand: unique symbol;
declare const deadlineKeyBrand: unique symbol;

/** Stable id written in the data; survives edits of the text, re-imports and roll-forward. */
export type EntryId = string & { readonly [entryIdBrand]: true };
export type NoteId = string & { readonly [noteIdBrand]: true };
/** Identifies one occurrence of an entry in one school year: `2026-2027/entry-id` or `…/entry-id/3`. */
export type DeadlineKey = string & { readonly [deadlineKeyBrand]: true };

export const ENTRY_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** When an entry happens, as the data says it. */
export type DateRule =
  | { readonly kind: 'date'; readonly date: PlainDate }
  /** Both ends inclusive ("19.jun til 21.jun"). */
  | { readonly kind: 'range'; readonly start: PlainDate; readonly end: PlainDate }
  /** Consecutive ISO weeks of one ISO week-year ("uke 40", "Uke 31/32"): their working days. */
  | { readonly kind: 'weeks'; readonly isoYear: number; readonly weeks: readonly number[] }
  /** A routine once a month ("En gang pr. måned etter 1. sept"): on `day`, or the next working day. */
  | { readonly kind: 'monthly'; readonly from: PlainDate; readonly until: PlainDate; readonly day: number };

/** What roll-forward does when a date lands on a weekend or public holiday. */
export type RollPolicy = 'next-working-day' | 'previous-working-day' | 'keep';

export type CrossReference =
  | { readonly kind: 'entry'; readonly entryId: EntryId; readonly text: string }
  | { readonly kind: 'note'; readonly noteId: NoteId; readonly text: string };

export type MoveReason =
  | { readonly kind: 'weekend' }
  | { readonly kind: 'holiday'; readonly holiday: HolidayKey }
  /** 29 February has no equivalent in a common year. */
  | { readonly kind: 'leap-day' }
  /** ISO week 53 in a year that has only 52. */
  | { readonly kind: 'week-53' };

/** A date that roll-forward (or a routine) moved; shown to people and flagged for review. */
export interface DateMove {
  readonly field: 'date' | 'start' | 'end' | 'weeks' | 'occurrence';
  readonly from: PlainDate;
  readonly to: PlainDate;
  readonly reason: MoveReason;
}

export interface Entry {
  readonly id: EntryId;
  readonly when: DateRule;
  /** The date cell as the document wrote it ("14.jul", "Uke 31/32"). */
  readonly whenAsWritten: string;
  readonly rollForward: RollPolicy;
  /** Fra: who does it or sends. */
  readonly from?: string;
  /** Hva: the deadline itself. */
  readonly title: string;
  /** Til: who receives. */
  readonly to?: string;
  /** Kommentar. */
  readonly comment?: string;
  readonly category: CategoryKey;
  /** True when the category was inferred from the content rather than read from the document. */
  readonly categoryInferred: boolean;
  readonly categoryReason?: string;
  /** The counties the entry applies to: all, or today's counties. */
  readonly counties: 'all' | readonly CountyKey[];
  /** County names as the document wrote them, and the parts of counties they cover. */
  readonly countiesAsWritten?: readonly string[];
  readonly countyParts?: readonly string[];
  /** VIGO report and screen codes mentioned in the row (5A001, 6A015, 5S001, …). */
  readonly reportCodes: readonly string[];
  readonly references: readonly CrossReference[];
  /** Dates moved when this year was rolled forward from a template year. */
  readonly moves: readonly DateMove[];
  /**
   * The entry of the same document that is this deadline one year later: the document covers
   * the July before its school year and the July after, and the later July repeats the earlier
   * one. A later school year takes this entry from that one (rolled one year less), so one July
   * has one date whichever school year shows it.
   */
  readonly repeatedBy?: EntryId;
  /**
   * In a rolled-forward year: the day-and-month dates in the entry's texts that belong to no
   * row's date and so stay as the template year wrote them ("senest 26. september"). They may
   * not fit this year's calendar (a weekend), so they are shown as such.
   */
  readonly datesAsWritten?: { readonly schoolYear: SchoolYear; readonly dates: readonly string[] };
}

export interface Note {
  readonly id: NoteId;
  readonly title: string;
  readonly text: string;
}

export interface Dataset {
  readonly schoolYear: SchoolYear;
  readonly source: { readonly title: string; readonly version: string };
  /** The school year this one was rolled forward from, when it was. */
  readonly rolledForwardFrom?: SchoolYear;
  readonly entries: readonly Entry[];
  readonly notes: readonly Note[];
}

/** One concrete occurrence of an entry in a school year, with inclusive start and end dates. */
export interface Deadline {
  readonly key: DeadlineKey;
  readonly schoolYear: SchoolYear;
  readonly entry: Entry;
  /** 1-based index of this occurrence; routines have several. */
  readonly occurrence: number;
  readonly occurrences: number;
  readonly start: PlainDate;
  /** Inclusive. Equal to `start` for a single day. */
  readonly end: PlainDate;
  /** Moves that concern this occurrence (roll-forward and routine adjustments). */
  readonly moves: readonly DateMove[];
  /**
   * The same delivery in the school year before or after, for a July the two share (see
   * `Entry.repeatedBy`): a July-before row's twin is the year before's July-after row, and the
   * other way round. Same day, another key; whatever is written for one stands for both.
   */
  readonly twin?: DeadlineKey;
}

export function deadlineKey(schoolYear: SchoolYear, entryId: EntryId, occurrence: number, occurrences: number): DeadlineKey {
  return (occurrences > 1 ? `${schoolYear}/${entryId}/${occurrence}` : `${schoolYear}/${entryId}`) as DeadlineKey;
}

/**
 * The pairs `repeatedBy` makes, from the later entry to the earlier one that names it: the entry
 * each July-after row repeats.
 */
export function earlierTwins(entries: readonly Entry[]): Map<EntryId, EntryId> {
  return new Map(entries.flatMap((e) => (e.repeatedBy ? [[e.repeatedBy, e.id] as const] : [])));
}

/** The school year a deadline key names (its first part). */
export function schoolYearOfKey(key: DeadlineKey): SchoolYear {
  return key.slice(0, key.indexOf('/')) as SchoolYear;
}
