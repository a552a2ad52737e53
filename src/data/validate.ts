/**
 * Turns an årshjul data file (parsed JSON of unknown shape) into the domain model, or into a
 * list of problems: one per problem, each naming the entry and the field, all at once.
 * Never throws for bad data and never drops an entry silently.
 */
import { z } from 'zod';
import type { CategoryKey } from '../domain/model/category';
import { mapCountyName, type CountyKey } from '../domain/model/county';
import type {
  CrossReference,
  DateMove,
  DateRule,
  Dataset,
  Entry,
  EntryId,
  MoveReason,
  Note,
  NoteId,
} from '../domain/model/entry';
import type { HolidayKey } from '../domain/time/holidays';
import { isoWeeksInYear, parsePlainDate, type PlainDate } from '../domain/time/plainDate';
import { parseSchoolYear } from '../domain/time/schoolYear';
import { entrySchema, noteSchema, SCHEMA_VERSION, type EntryRecord, type WhenRecord } from './schema';

export interface DataProblem {
  /** JSON path of the value, e.g. `entries[12].when.date`. */
  readonly path: string;
  /** The entry's id, when the problem is inside an entry that has one. */
  readonly entryId?: string;
  readonly message: string;
}

export type ValidationResult =
  | { readonly ok: true; readonly dataset: Dataset }
  | { readonly ok: false; readonly problems: readonly DataProblem[] };

/** One line per problem, for the CLI and error screens. */
export function formatProblem(problem: DataProblem): string {
  const where = problem.entryId ? `entry "${problem.entryId}" (${problem.path})` : problem.path;
  return `${where}: ${problem.message}`;
}

const topLevelSchema = z
  .object({
    $schema: z.string().optional(),
    schemaVersion: z.number(),
    schoolYear: z.string(),
    rolledForwardFrom: z.string().optional(),
    source: z.object({ title: z.string().trim().min(1), version: z.string().trim().min(1) }).strict(),
    notes: z.array(z.unknown()),
    entries: z.array(z.unknown()),
  })
  .strict();

function issuePath(prefix: string, path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>(
    (acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : `${acc}${acc ? '.' : ''}${String(key)}`),
    prefix,
  );
}

function idOf(raw: unknown): string | undefined {
  if (raw && typeof raw === 'object' && 'id' in raw && typeof (raw as { id: unknown }).id === 'string') {
    return (raw as { id: string }).id;
  }
  return undefined;
}

/**
 * Migrations from older file versions to the current one. Version 1 is the first, so there is
 * nothing to migrate yet; a file from a newer app is refused rather than half-read.
 */
function migrate(raw: Record<string, unknown>, problems: DataProblem[]): Record<string, unknown> | undefined {
  const version = raw['schemaVersion'];
  if (version === SCHEMA_VERSION) return raw;
  if (typeof version === 'number' && version > SCHEMA_VERSION) {
    problems.push({
      path: 'schemaVersion',
      message: `version ${version} is newer than this app reads (${SCHEMA_VERSION}); update the app`,
    });
    return undefined;
  }
  problems.push({ path: 'schemaVersion', message: `must be ${SCHEMA_VERSION} (got ${JSON.stringify(version)})` });
  return undefined;
}

export function validateDataset(raw: unknown): ValidationResult {
  const problems: DataProblem[] = [];
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    return { ok: false, problems: [{ path: '(file)', message: 'must be a JSON object with schoolYear, notes and entries' }] };
  }
  const migrated = migrate(raw as Record<string, unknown>, problems);
  if (!migrated) return { ok: false, problems };

  const top = topLevelSchema.safeParse(migrated);
  if (!top.success) {
    for (const issue of top.error.issues) problems.push({ path: issuePath('', issue.path) || '(file)', message: issue.message });
    return { ok: false, problems };
  }
  const schoolYear = parseSchoolYear(top.data.schoolYear);
  if (!schoolYear) problems.push({ path: 'schoolYear', message: `"${top.data.schoolYear}" is not a school year like 2026-2027` });
  const rolledForwardFrom = top.data.rolledForwardFrom === undefined ? undefined : parseSchoolYear(top.data.rolledForwardFrom);
  if (top.data.rolledForwardFrom !== undefined && !rolledForwardFrom) {
    problems.push({ path: 'rolledForwardFrom', message: `"${top.data.rolledForwardFrom}" is not a school year like 2022-2023` });
  }

  // Notes first: entries refer to them.
  const notes: Note[] = [];
  const noteIds = new Set<string>();
  top.data.notes.forEach((rawNote, index) => {
    const path = `notes[${index}]`;
    const parsed = noteSchema.safeParse(rawNote);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push({ path: issuePath(path, issue.path), message: issue.message });
      return;
    }
    if (noteIds.has(parsed.data.id)) {
      problems.push({ path: `${path}.id`, message: `duplicate note id "${parsed.data.id}"` });
      return;
    }
    noteIds.add(parsed.data.id);
    notes.push({ id: parsed.data.id as NoteId, title: parsed.data.title, text: parsed.data.text });
  });

  // Entries: each parsed on its own so that one bad entry does not hide the others' problems.
  const records: Array<{ record: EntryRecord; path: string }> = [];
  const seenIds = new Map<string, string>();
  top.data.entries.forEach((rawEntry, index) => {
    const path = `entries[${index}]`;
    const entryId = idOf(rawEntry);
    const parsed = entrySchema.safeParse(rawEntry);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        problems.push({ path: issuePath(path, issue.path), entryId, message: issue.message });
      }
    }
    if (entryId !== undefined) {
      const earlier = seenIds.get(entryId);
      if (earlier) problems.push({ path: `${path}.id`, entryId, message: `duplicate id: ${earlier} has the same id` });
      else seenIds.set(entryId, path);
    }
    if (parsed.success) records.push({ record: parsed.data, path });
  });

  const entries: Entry[] = [];
  for (const { record, path } of records) {
    const entry = toEntry(record, path, seenIds, noteIds, problems);
    if (entry) entries.push(entry);
  }

  // "repeatedBy" pairs one entry with its later twin: one each, and no chains.
  const repeated = new Map(records.flatMap(({ record }) => (record.repeatedBy ? [[record.id, record.repeatedBy] as const] : [])));
  const namedBy = new Map<string, string>();
  for (const { record, path } of records) {
    const later = record.repeatedBy;
    // Naming itself is said once, by toEntry; it is no chain.
    if (later === undefined || later === record.id) continue;
    const problem = (message: string) => problems.push({ path: `${path}.repeatedBy`, entryId: record.id, message });
    if (repeated.has(later)) problem(`names "${later}", which is itself repeated by "${repeated.get(later)}"; name the last of them`);
    const other = namedBy.get(later);
    if (other) problem(`names "${later}", which "${other}" names too`);
    else namedBy.set(later, record.id);
  }

  if (problems.length > 0 || !schoolYear) return { ok: false, problems };
  return {
    ok: true,
    dataset: {
      schoolYear,
      ...(rolledForwardFrom ? { rolledForwardFrom } : {}),
      source: top.data.source,
      notes,
      entries,
    },
  };
}

function toEntry(
  record: EntryRecord,
  path: string,
  entryIds: ReadonlyMap<string, string>,
  noteIds: ReadonlySet<string>,
  problems: DataProblem[],
): Entry | undefined {
  const before = problems.length;
  const problem = (field: string, message: string) => problems.push({ path: `${path}.${field}`, entryId: record.id, message });

  const when = toDateRule(record.when, (field, message) => problem(`when.${field}`, message));

  const counties = toCounties(record.counties, (field, message) => problem(field, message));

  const seenCodes = new Set<string>();
  record.reportCodes.forEach((code, i) => {
    if (seenCodes.has(code)) problem(`reportCodes[${i}]`, `report code ${code} is listed twice`);
    seenCodes.add(code);
  });

  const references: CrossReference[] = [];
  record.references.forEach((ref, i) => {
    if ('entry' in ref) {
      if (!entryIds.has(ref.entry)) problem(`references[${i}].entry`, `refers to entry "${ref.entry}", which does not exist`);
      else if (ref.entry === record.id) problem(`references[${i}].entry`, 'refers to itself');
      else references.push({ kind: 'entry', entryId: ref.entry as EntryId, text: ref.text });
    } else if (!noteIds.has(ref.note)) {
      problem(`references[${i}].note`, `refers to note "${ref.note}", which does not exist`);
    } else {
      references.push({ kind: 'note', noteId: ref.note as NoteId, text: ref.text });
    }
  });

  if (record.repeatedBy !== undefined) {
    if (!entryIds.has(record.repeatedBy)) problem('repeatedBy', `names entry "${record.repeatedBy}", which does not exist`);
    else if (record.repeatedBy === record.id) problem('repeatedBy', 'names the entry itself');
  }

  const moves: DateMove[] = [];
  (record.review ?? []).forEach((flag, i) => {
    const from = parsePlainDate(flag.from);
    const to = parsePlainDate(flag.to);
    if (!from) problem(`review[${i}].from`, `${flag.from} is not a calendar date`);
    if (!to) problem(`review[${i}].to`, `${flag.to} is not a calendar date`);
    const reason: MoveReason | undefined =
      flag.reason === 'holiday'
        ? flag.holiday
          ? { kind: 'holiday', holiday: flag.holiday as HolidayKey }
          : undefined
        : { kind: flag.reason };
    if (!reason) problem(`review[${i}].holiday`, 'a holiday move must name the holiday');
    if (from && to && reason) moves.push({ field: flag.field, from, to, reason });
  });

  if (problems.length > before || !when || !counties) return undefined;
  return {
    id: record.id as EntryId,
    when,
    whenAsWritten: record.when.asWritten,
    rollForward: record.rollForward ?? 'next-working-day',
    ...(record.from !== undefined ? { from: record.from } : {}),
    title: record.title,
    ...(record.to !== undefined ? { to: record.to } : {}),
    ...(record.comment !== undefined ? { comment: record.comment } : {}),
    category: record.category.key as CategoryKey,
    categoryInferred: record.category.inferred,
    ...(record.category.reason ? { categoryReason: record.category.reason } : {}),
    counties: counties.keys,
    ...(counties.asWritten ? { countiesAsWritten: counties.asWritten } : {}),
    ...(counties.parts.length > 0 ? { countyParts: counties.parts } : {}),
    reportCodes: record.reportCodes,
    references,
    moves,
    ...(record.repeatedBy !== undefined ? { repeatedBy: record.repeatedBy as EntryId } : {}),
  };
}

function toDateRule(when: WhenRecord, problem: (field: string, message: string) => void): DateRule | undefined {
  const date = (field: string, text: string): PlainDate | undefined => {
    const parsed = parsePlainDate(text);
    if (!parsed) problem(field, `${text} is not a calendar date`);
    return parsed;
  };
  switch (when.kind) {
    case 'date': {
      const d = date('date', when.date);
      return d ? { kind: 'date', date: d } : undefined;
    }
    case 'range': {
      const start = date('start', when.start);
      const end = date('end', when.end);
      if (!start || !end) return undefined;
      if (end < start) {
        problem('end', `ends ${end}, before it starts ${start}`);
        return undefined;
      }
      return { kind: 'range', start, end };
    }
    case 'weeks': {
      const max = isoWeeksInYear(when.isoYear);
      let ok = true;
      when.weeks.forEach((week, i) => {
        if (week > max) {
          problem(`weeks[${i}]`, `${when.isoYear} has ${max} ISO weeks, so there is no week ${week}`);
          ok = false;
        }
        const previous = when.weeks[i - 1];
        if (previous !== undefined && week !== previous + 1) {
          problem(`weeks[${i}]`, `weeks must be consecutive (${previous} then ${week})`);
          ok = false;
        }
      });
      return ok ? { kind: 'weeks', isoYear: when.isoYear, weeks: when.weeks } : undefined;
    }
    case 'monthly': {
      const from = date('from', when.from);
      const until = date('until', when.until);
      if (!from || !until) return undefined;
      if (until < from) {
        problem('until', `ends ${until}, before it starts ${from}`);
        return undefined;
      }
      return { kind: 'monthly', from, until, day: when.day };
    }
  }
}

function toCounties(
  counties: 'all' | string[],
  problem: (field: string, message: string) => void,
): { keys: 'all' | readonly CountyKey[]; asWritten?: readonly string[]; parts: string[] } | undefined {
  if (counties === 'all') return { keys: 'all', parts: [] };
  const keys: CountyKey[] = [];
  const parts: string[] = [];
  let ok = true;
  counties.forEach((name, i) => {
    const mapped = mapCountyName(name);
    if (!mapped) {
      problem(`counties[${i}]`, `"${name}" is not a Norwegian county (today's or 2020–2023's)`);
      ok = false;
      return;
    }
    for (const key of mapped.counties) if (!keys.includes(key)) keys.push(key);
    if (mapped.part) parts.push(name);
  });
  return ok ? { keys, asWritten: counties, parts } : undefined;
}
