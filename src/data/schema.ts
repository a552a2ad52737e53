/**
 * The årshjul data file: its record shape, its validator and its migration, together.
 *
 * Structure is checked with zod (which also emits `arshjul.schema.json` for editors and
 * maintainers); meaning (real dates, end after start, unique ids, references that resolve,
 * known counties) is checked in `validate.ts`, which reports every problem at once.
 */
import { z } from 'zod';
import { CATEGORY_KEYS } from '../domain/model/category';

export const SCHEMA_VERSION = 1;

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .describe('A calendar date in Norway, YYYY-MM-DD');

const nonEmpty = z.string().trim().min(1, 'must not be empty');

export const whenSchema = z.discriminatedUnion('kind', [
  z
    .object({ kind: z.literal('date'), date: isoDate, asWritten: nonEmpty })
    .strict()
    .describe('One day'),
  z
    .object({ kind: z.literal('range'), start: isoDate, end: isoDate, asWritten: nonEmpty })
    .strict()
    .describe('Consecutive days, both ends inclusive'),
  z
    .object({
      kind: z.literal('weeks'),
      isoYear: z.number().int().min(2000).max(2200),
      weeks: z.array(z.number().int().min(1).max(53)).min(1),
      asWritten: nonEmpty,
    })
    .strict()
    .describe('Consecutive ISO weeks: Monday to Friday'),
  z
    .object({
      kind: z.literal('monthly'),
      from: isoDate,
      until: isoDate,
      day: z.number().int().min(1).max(28),
      asWritten: nonEmpty,
    })
    .strict()
    .describe('Once a month on `day` (or the next working day), from `from` until `until`'),
]);

const reference = z.union([
  z.object({ entry: nonEmpty, text: nonEmpty }).strict(),
  z.object({ note: nonEmpty, text: nonEmpty }).strict(),
]);

const reviewFlag = z
  .object({
    field: z.enum(['date', 'start', 'end', 'weeks', 'occurrence']),
    from: isoDate,
    to: isoDate,
    reason: z.enum(['weekend', 'holiday', 'leap-day', 'week-53']),
    holiday: z.string().optional(),
  })
  .strict()
  .describe('A date roll-forward moved; a person should confirm it');

export const entrySchema = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase a-z, 0-9 and single hyphens')
      .max(64),
    when: whenSchema,
    rollForward: z.enum(['next-working-day', 'previous-working-day', 'keep']).optional(),
    from: nonEmpty.optional(),
    title: nonEmpty,
    to: nonEmpty.optional(),
    comment: nonEmpty.optional(),
    category: z
      .object({
        key: z.enum(CATEGORY_KEYS),
        inferred: z.boolean(),
        reason: z.string().optional(),
      })
      .strict(),
    counties: z.union([z.literal('all'), z.array(nonEmpty).min(1)]),
    reportCodes: z.array(z.string().regex(/^\d[A-Z]\d{3}$/, 'must look like 5A001')),
    references: z.array(reference),
    repeatedBy: z
      .string()
      .optional()
      .describe(
        'The id of the entry that is this same deadline one year later in this document (the July after the school year repeats the July before). A later school year takes this entry from that one, so one July has one date whichever school year shows it.',
      ),
    review: z.array(reviewFlag).optional(),
  })
  .strict();

export const noteSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase a-z, 0-9 and single hyphens'),
    title: nonEmpty,
    text: nonEmpty,
  })
  .strict();

export const datasetSchema = z
  .object({
    $schema: z.string().optional(),
    schemaVersion: z.literal(SCHEMA_VERSION),
    schoolYear: z.string().regex(/^\d{4}-\d{4}$/, 'must be written like 2026-2027'),
    rolledForwardFrom: z.string().regex(/^\d{4}-\d{4}$/).optional(),
    source: z.object({ title: nonEmpty, version: nonEmpty }).strict(),
    notes: z.array(noteSchema),
    entries: z.array(entrySchema),
  })
  .strict();

export type DatasetFile = z.infer<typeof datasetSchema>;
export type EntryRecord = z.infer<typeof entrySchema>;
export type NoteRecord = z.infer<typeof noteSchema>;
export type WhenRecord = z.infer<typeof whenSchema>;

/** The JSON Schema committed beside the data, for editors and for VIGO maintainers. */
export function datasetJsonSchema(): unknown {
  return {
    ...z.toJSONSchema(datasetSchema, { target: 'draft-2020-12' }),
    title: 'Årshjul VIGO opplæring: one school year',
    description:
      'Every row of the national årshjul of one school year. Validated by the app, the CLI (npm run arshjul -- validate) and the tests.',
  };
}
