/**
 * The domain model back to the data file format, for the drafts that roll-forward writes.
 * Moved dates become `review` flags, which a maintainer removes once a date is confirmed.
 */
import type { DateRule, Dataset, Entry } from '../domain/model/entry';
import { SCHEMA_VERSION, type DatasetFile, type EntryRecord, type WhenRecord } from './schema';

function whenRecord(rule: DateRule, asWritten: string): WhenRecord {
  switch (rule.kind) {
    case 'date':
      return { kind: 'date', date: rule.date, asWritten };
    case 'range':
      return { kind: 'range', start: rule.start, end: rule.end, asWritten };
    case 'weeks':
      return { kind: 'weeks', isoYear: rule.isoYear, weeks: [...rule.weeks], asWritten };
    case 'monthly':
      return { kind: 'monthly', from: rule.from, until: rule.until, day: rule.day, asWritten };
  }
}

function entryRecord(entry: Entry): EntryRecord {
  return {
    id: entry.id,
    when: whenRecord(entry.when, entry.whenAsWritten),
    ...(entry.rollForward !== 'next-working-day' ? { rollForward: entry.rollForward } : {}),
    ...(entry.from !== undefined ? { from: entry.from } : {}),
    title: entry.title,
    ...(entry.to !== undefined ? { to: entry.to } : {}),
    ...(entry.comment !== undefined ? { comment: entry.comment } : {}),
    category: {
      key: entry.category,
      inferred: entry.categoryInferred,
      ...(entry.categoryReason ? { reason: entry.categoryReason } : {}),
    },
    counties: entry.counties === 'all' ? 'all' : [...(entry.countiesAsWritten ?? entry.counties)],
    reportCodes: [...entry.reportCodes],
    references: entry.references.map((r) => (r.kind === 'entry' ? { entry: r.entryId, text: r.text } : { note: r.noteId, text: r.text })),
    ...(entry.repeatedBy !== undefined ? { repeatedBy: entry.repeatedBy } : {}),
    ...(entry.moves.length > 0
      ? {
          review: entry.moves.map((m) => ({
            field: m.field,
            from: m.from,
            to: m.to,
            reason: m.reason.kind,
            ...(m.reason.kind === 'holiday' ? { holiday: m.reason.holiday } : {}),
          })),
        }
      : {}),
  };
}

export function toDatasetFile(dataset: Dataset): DatasetFile {
  return {
    $schema: './arshjul.schema.json',
    schemaVersion: SCHEMA_VERSION,
    schoolYear: dataset.schoolYear,
    ...(dataset.rolledForwardFrom ? { rolledForwardFrom: dataset.rolledForwardFrom } : {}),
    source: { ...dataset.source },
    notes: dataset.notes.map((n) => ({ id: n.id, title: n.title, text: n.text })),
    entries: dataset.entries.map(entryRecord),
  };
}
