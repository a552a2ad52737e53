/**
 * Queries over resolved deadlines. "Today" is always passed in; nothing here reads a clock.
 */
import { CATEGORIES, type CategoryKey } from '../model/category';
import type { CountyKey } from '../model/county';
import type { Deadline, DeadlineKey, Entry } from '../model/entry';
import { addDays, type PlainDate } from '../time/plainDate';
import { foldText, matchesQuery, norwegianOrder } from './text';

export type PartyRole = 'from' | 'to' | 'either';

export interface DeadlineFilter {
  /** Only these categories; empty or absent means all. */
  readonly categories?: readonly CategoryKey[];
  /** Text that the party (Fra / Til) must contain, folded like search text. */
  readonly party?: string;
  /** @default 'either' */
  readonly partyRole?: PartyRole;
  /** National entries plus this county's own. */
  readonly county?: CountyKey;
  /** Free text over title, parties, comment, report codes and the date as written. */
  readonly text?: string;
  /** Only deadlines that end on or after this day. */
  readonly upcomingFrom?: PlainDate;
}

/** Deadlines that overlap the window [from, to] (inclusive). */
export function inWindow(deadlines: readonly Deadline[], from: PlainDate, to: PlainDate): Deadline[] {
  return deadlines.filter((d) => d.end >= from && d.start <= to);
}

/**
 * The deadline a key names. A key without its occurrence ("2026-2027/ot-sluttere" for a
 * monthly routine) names the routine: its next occurrence that is not over on `today`, or its
 * last one when all are.
 */
export function deadlineByKey(deadlines: readonly Deadline[], key: DeadlineKey, today: PlainDate): Deadline | undefined {
  const exact = deadlines.find((d) => d.key === key);
  if (exact) return exact;
  const occurrences = deadlines.filter((d) => d.occurrences > 1 && d.key.startsWith(`${key}/`));
  return occurrences.find((d) => d.end >= today) ?? occurrences.at(-1);
}

/** Deadlines that are not over on `today` and start within `days` days. */
export function upcoming(deadlines: readonly Deadline[], today: PlainDate, days: number): Deadline[] {
  return inWindow(deadlines, today, addDays(today, days - 1));
}

export function appliesToCounty(entry: Entry, county: CountyKey): boolean {
  return entry.counties === 'all' || entry.counties.includes(county);
}

/**
 * Parties the source document spells in more than one way. The data keeps what each row says;
 * the filter treats each group as one party, shown in the document's usual spelling (first).
 * EVRY is the company's own name, but the document's rows mostly say "Every".
 */
export const PARTY_SPELLINGS: readonly (readonly [string, ...string[]])[] = [
  ['Every', 'Evry'],
  ['VIGO (Inntak)', 'VIGO (Inntrak)'],
];

/** One key for spellings that differ only in case, accents or spaces ("Udir(inkl SSB)"). */
const partyKey = (party: string): string => foldText(party).replace(/\s+/g, '');

/** Every spelling of the party (itself first when it has no other), the shown one first. */
export function spellingsOf(party: string): readonly string[] {
  const key = partyKey(party);
  return PARTY_SPELLINGS.find((group) => group.some((spelling) => partyKey(spelling) === key)) ?? [party];
}

export function matchesParty(entry: Entry, party: string, role: PartyRole = 'either'): boolean {
  const fields = role === 'from' ? [entry.from] : role === 'to' ? [entry.to] : [entry.from, entry.to];
  const spellings = spellingsOf(party);
  return fields.some((field) => field !== undefined && spellings.some((spelling) => matchesQuery(field, spelling)));
}

export function searchableText(entry: Entry): string {
  // A party's other spellings are searchable too: "evry" finds the rows that say "Every".
  const otherSpellings = [entry.from, entry.to].flatMap((party) => (party ? spellingsOf(party).filter((s) => s !== party) : []));
  return [entry.whenAsWritten, entry.from, entry.title, entry.to, entry.comment, ...entry.reportCodes, ...otherSpellings]
    .filter((part): part is string => Boolean(part))
    .join(' \n ');
}

export function matchesFilter(deadline: Deadline, filter: DeadlineFilter): boolean {
  const { entry } = deadline;
  if (filter.categories && filter.categories.length > 0 && !filter.categories.includes(entry.category)) return false;
  if (filter.county && !appliesToCounty(entry, filter.county)) return false;
  if (filter.party && !matchesParty(entry, filter.party, filter.partyRole)) return false;
  if (filter.text && !matchesQuery(searchableText(entry), filter.text)) return false;
  if (filter.upcomingFrom && deadline.end < filter.upcomingFrom) return false;
  return true;
}

export function filterDeadlines(deadlines: readonly Deadline[], filter: DeadlineFilter): Deadline[] {
  return deadlines.filter((d) => matchesFilter(d, filter));
}

/** The categories the deadlines have, in the legend's order (the wheel's rings, the filter's toggles). */
export function categoriesOf(deadlines: readonly Deadline[]): CategoryKey[] {
  const present = new Set(deadlines.map((d) => d.entry.category));
  return CATEGORIES.filter((c) => present.has(c.key)).map((c) => c.key);
}

/** The distinct parties (Fra and Til values) in the data, for a picker, sorted in Norwegian order. */
export function partiesOf(entries: readonly Entry[], role: PartyRole = 'either'): string[] {
  const seen = new Map<string, string>();
  for (const entry of entries) {
    const fields = role === 'from' ? [entry.from] : role === 'to' ? [entry.to] : [entry.from, entry.to];
    for (const field of fields) {
      if (!field) continue;
      // "Udir(inkl SSB)" and "Udir (inkl SSB)" are one party; the first spelling seen is shown,
      // or a known group's usual spelling ("Evry" is shown as "Every").
      const spellings = spellingsOf(field);
      const shown = spellings.length > 1 ? spellings[0]! : field;
      const key = partyKey(shown);
      if (!seen.has(key)) seen.set(key, shown);
    }
  }
  return [...seen.values()].sort(norwegianOrder);
}
