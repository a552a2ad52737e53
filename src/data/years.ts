/**
 * The dataset of any school year from a list of validated datasets: the one written for it
 * when there is one, otherwise rolled forward from the newest earlier year. No validator here,
 * so the tab can pick its year from datasets validated at build time (see `shipped.ts`).
 */
import type { Dataset, DateMove, Entry } from '../domain/model/entry';
import { rollForward, type TextChange } from '../domain/rules/rollForward';
import { schoolYearOffset, type SchoolYear } from '../domain/time/schoolYear';

export interface YearDataset {
  readonly dataset: Dataset;
  /** Dates moved by roll-forward, for review; empty for a year written by hand. */
  readonly moves: ReadonlyArray<{ readonly entry: Entry; readonly move: DateMove }>;
  /** Texts whose years roll-forward shifted ("skoleåret 2022-2023" → "2026-2027"), for review. */
  readonly textChanges: readonly TextChange[];
}

/** The dataset for a school year, rolled forward from the newest earlier one when needed. */
export function yearDataset(year: SchoolYear, datasets: readonly Dataset[]): YearDataset {
  const exact = datasets.find((d) => d.schoolYear === year);
  if (exact) return { dataset: exact, moves: [], textChanges: [] };
  const earlier = datasets
    .filter((d) => schoolYearOffset(d.schoolYear, year) > 0)
    .sort((a, b) => schoolYearOffset(b.schoolYear, a.schoolYear));
  const template = earlier[0];
  if (!template) {
    const oldest = datasets[0]?.schoolYear ?? 'none';
    throw new RangeError(`No årshjul for ${year}: the oldest dataset is ${oldest}`);
  }
  return rollForward(template, year);
}
