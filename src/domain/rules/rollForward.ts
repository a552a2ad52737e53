/**
 * Builds a later school year from a template year. Same day and month; a date that lands on a
 * Saturday, Sunday or Norwegian public holiday moves to the next working day (what the document
 * itself does: ssbResultat on Friday 15 July 2022 is on Monday 17 July in 2023), unless the
 * entry keeps its date (set by regulation) or moves earlier. Week rows keep their ISO week
 * number, ranges keep their length, and every move is recorded with its reason for review.
 *
 * The texts say which school year they concern ("Søker gjelder skoleåret 2022-2023", "ssbResultat
 * (skoleåret 2021-2022)", "vilbli.no åpner informasjon om skoleåret 2023–2024"), always relative to
 * the template year. Years near the template year shift with the dates; years further away
 * ("videregående opplæring fom 2008") are facts and stay. Day-and-month dates that belong to the
 * entry's own date or to an entry it refers to move with that date (see `textDates.ts`). Every
 * changed text is reported.
 */
import { earlierTwins, type DateMove, type DateRule, type Dataset, type Entry, type MoveReason, type RollPolicy } from '../model/entry';
import { nonWorkingReason, nextWorkingDay, previousWorkingDay } from '../time/holidays';
import { addDays, daysBetween, isoWeeksInYear, plainDate, toYearMonthDay, withYear, type PlainDate } from '../time/plainDate';
import { addSchoolYears, firstCalendarYear, schoolYearOffset, type SchoolYear } from '../time/schoolYear';
import { resolveRule } from './resolve';
import { moveDatesInText, type DateAnchor } from './textDates';

export type TextField = 'title' | 'from' | 'to' | 'comment';

export interface TextChange {
  /** The entry or note whose text changed. */
  readonly id: string;
  /** `reference`: the cited text of a "se også" link. */
  readonly field: TextField | 'reference' | 'note-title' | 'note-text';
  readonly before: string;
  readonly after: string;
}

export interface RollForwardResult {
  readonly dataset: Dataset;
  /** Every moved date, in entry order. */
  readonly moves: ReadonlyArray<{ readonly entry: Entry; readonly move: DateMove }>;
  /** Every text whose years or dates were shifted, in entry order, then the notes. */
  readonly textChanges: readonly TextChange[];
}

/** How far from the template's first calendar year a year in a text counts as relative to it. */
export const RELATIVE_YEAR_SPAN = 3;

/**
 * Shifts the years in a text that lie within {@link RELATIVE_YEAR_SPAN} of `anchorYear` by
 * `years`: "skoleåret 2021-2022" becomes "skoleåret 2025-2026" four years on; "fom 2008" stays.
 */
export function shiftYearsInText(text: string, anchorYear: number, years: number): string {
  if (years === 0) return text;
  return text.replace(/(?<![\p{L}\p{N}])(20[0-9]{2})(?![\p{L}\p{N}])/gu, (match) => {
    const year = Number(match);
    return Math.abs(year - anchorYear) <= RELATIVE_YEAR_SPAN ? String(year + years) : match;
  });
}

function reasonFor(date: PlainDate): MoveReason | undefined {
  const reason = nonWorkingReason(date);
  if (!reason) return undefined;
  return reason.kind === 'weekend' ? { kind: 'weekend' } : { kind: 'holiday', holiday: reason.holiday };
}

/** Shifts one date by whole years and applies the entry's policy. */
export function rollDate(
  date: PlainDate,
  years: number,
  policy: RollPolicy,
  field: DateMove['field'],
): { date: PlainDate; moves: DateMove[] } {
  const { year, month, day } = toYearMonthDay(date);
  const sameDay = withYear(date, year + years);
  const moves: DateMove[] = [];
  let nominal = sameDay;
  if (month === 2 && day === 29 && toYearMonthDay(sameDay).day !== 29) {
    // 29 February has no twin in a common year: the day after 28 February is the nearest
    // date that keeps "at the end of February" without going backwards in time.
    nominal = addDays(sameDay, 1);
    moves.push({ field, from: sameDay, to: nominal, reason: { kind: 'leap-day' } });
  }
  if (policy === 'keep') return { date: nominal, moves };
  const reason = reasonFor(nominal);
  if (!reason) return { date: nominal, moves };
  const moved = policy === 'previous-working-day' ? previousWorkingDay(nominal) : nextWorkingDay(nominal);
  moves.push({ field, from: nominal, to: moved, reason });
  return { date: moved, moves };
}

function rollRule(rule: DateRule, years: number, policy: RollPolicy): { when: DateRule; moves: DateMove[] } {
  switch (rule.kind) {
    case 'date': {
      const rolled = rollDate(rule.date, years, policy, 'date');
      return { when: { kind: 'date', date: rolled.date }, moves: rolled.moves };
    }
    case 'range': {
      const length = daysBetween(rule.start, rule.end);
      const rolled = rollDate(rule.start, years, policy, 'start');
      return { when: { kind: 'range', start: rolled.date, end: addDays(rolled.date, length) }, moves: rolled.moves };
    }
    case 'weeks': {
      const isoYear = rule.isoYear + years;
      const max = isoWeeksInYear(isoYear);
      const moves: DateMove[] = [];
      const weeks = rule.weeks.map((week) => Math.min(week, max));
      if (rule.weeks.some((week) => week > max)) {
        // Week 53 in a year of 52 weeks: the last week of the year is the nearest equivalent.
        const from = plainDate(isoYear, 12, 28);
        moves.push({ field: 'weeks', from, to: from, reason: { kind: 'week-53' } });
      }
      return { when: { kind: 'weeks', isoYear, weeks: [...new Set(weeks)] }, moves };
    }
    case 'monthly': {
      // Occurrences move to working days when resolved; only the window shifts here.
      const from = withYear(rule.from, toYearMonthDay(rule.from).year + years);
      const until = withYear(rule.until, toYearMonthDay(rule.until).year + years);
      return { when: { kind: 'monthly', from, until, day: rule.day }, moves: [] };
    }
  }
}

/** The template days of a rule with one span (a day, a range, weeks) and where they went. */
function anchorOf(template: DateRule, rolled: DateRule): DateAnchor | undefined {
  if (template.kind === 'monthly' || rolled.kind === 'monthly') return undefined;
  const [span] = resolveRule(template);
  const [rolledSpan] = resolveRule(rolled);
  return span && rolledSpan ? { from: span.start, to: span.end, rolledFrom: rolledSpan.start } : undefined;
}

export function rollForward(template: Dataset, target: SchoolYear): RollForwardResult {
  const years = schoolYearOffset(template.schoolYear, target);
  if (years < 0) throw new RangeError(`Cannot roll ${template.schoolYear} back to ${target}`);
  const yearAnchor = firstCalendarYear(template.schoolYear);
  const moves: Array<{ entry: Entry; move: DateMove }> = [];
  const textChanges: TextChange[] = [];
  const shift = (id: string, field: TextChange['field'], text: string, dates: readonly DateAnchor[] = [], left?: string[]): string => {
    const after = moveDatesInText(shiftYearsInText(text, yearAnchor, years), dates, left);
    if (after !== text) textChanges.push({ id, field, before: text, after });
    return after;
  };
  // The July before a later school year is the July after the one before it: an entry the
  // document repeats a year on (`repeatedBy`) is that later entry as the year before has it, so
  // one July has one date (and one text) whichever school year shows it.
  // The year before is the template itself, as written, one year on; else rolled as here.
  const before =
    years > 0 && template.entries.some((e) => e.repeatedBy)
      ? years === 1
        ? { dataset: template }
        : rollForward(template, addSchoolYears(target, -1))
      : undefined;
  const yearBefore = new Map((before?.dataset.entries ?? []).map((e) => [e.id, e]));
  const repeatOf = (entry: Entry): Entry | undefined => (entry.repeatedBy ? yearBefore.get(entry.repeatedBy) : undefined);
  const earlierTwin = earlierTwins(template.entries);
  const rolledRules = new Map(
    template.entries.map((entry) => {
      const repeat = repeatOf(entry);
      return [entry.id, repeat ? { when: repeat.when, moves: repeat.moves } : rollRule(entry.when, years, entry.rollForward)];
    }),
  );
  const anchors = new Map(template.entries.map((entry) => [entry.id, anchorOf(entry.when, rolledRules.get(entry.id)!.when)]));
  const entries = template.entries.map((entry): Entry => {
    const repeat = repeatOf(entry);
    if (repeat) {
      // Its links lead to the twins of this July, not to next July's rows.
      const references = repeat.references.map((r) => (r.kind === 'entry' && earlierTwin.has(r.entryId) ? { ...r, entryId: earlierTwin.get(r.entryId)! } : r));
      const next: Entry = { ...repeat, id: entry.id, references, repeatedBy: entry.repeatedBy! };
      for (const move of next.moves) moves.push({ entry: next, move });
      // Reported against this row's own words in the template, as every other change is.
      for (const field of ['title', 'from', 'to', 'comment'] as const) {
        const was = entry[field] ?? '';
        const is = next[field] ?? '';
        if (was !== is) textChanges.push({ id: entry.id, field, before: was, after: is });
      }
      const longest = Math.max(entry.references.length, next.references.length);
      for (let i = 0; i < longest; i++) {
        const was = entry.references[i]?.text ?? '';
        const is = next.references[i]?.text ?? '';
        if (was !== is) textChanges.push({ id: entry.id, field: 'reference', before: was, after: is });
      }
      return next;
    }
    const rolled = rolledRules.get(entry.id)!;
    // The entry's own days first, then those of the entries it refers to.
    const dates = [entry.id, ...entry.references.flatMap((r) => (r.kind === 'entry' ? [r.entryId] : []))]
      .map((id) => anchors.get(id))
      .filter((a): a is DateAnchor => a !== undefined);
    // Dates no row's date carries stay as written; the entry says which, for people to check
    // (those of its own texts: a "se også" cites another row's).
    const kept: string[] = [];
    const title = shift(entry.id, 'title', entry.title, dates, kept);
    const texts: Partial<Record<TextField, string>> = {};
    for (const field of ['from', 'to', 'comment'] as const) {
      const value = entry[field];
      if (value !== undefined) texts[field] = shift(entry.id, field, value, dates, kept);
    }
    const references = entry.references.map((r) => ({ ...r, text: shift(entry.id, 'reference', r.text, dates) }));
    const left = years > 0 ? [...new Set(kept)] : [];
    const next: Entry = {
      ...entry,
      ...texts,
      title,
      references,
      when: rolled.when,
      moves: rolled.moves,
      ...(left.length > 0 ? { datesAsWritten: { schoolYear: template.schoolYear, dates: left } } : {}),
    };
    for (const move of rolled.moves) moves.push({ entry: next, move });
    return next;
  });
  const notes = template.notes.map((note) => ({
    ...note,
    title: shift(note.id, 'note-title', note.title),
    text: shift(note.id, 'note-text', note.text),
  }));
  return {
    dataset: {
      ...template,
      schoolYear: target,
      rolledForwardFrom: template.schoolYear,
      entries,
      notes,
    },
    moves,
    textChanges,
  };
}
