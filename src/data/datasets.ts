/**
 * The national datasets shipped with the app, and the dataset of any school year: the one
 * written for it when there is one, otherwise rolled forward from the newest earlier year.
 */
import type { Dataset, DateMove, Entry } from '../domain/model/entry';
import { rollForward, type TextChange } from '../domain/rules/rollForward';
import { schoolYearOffset, type SchoolYear } from '../domain/time/schoolYear';
import raw20222023 from './arshjul-2022-2023.json';
import { formatProblem, validateDataset, type DataProblem } from './validate';

export class DatasetError extends Error {
  readonly code = 'invalid-dataset';
  constructor(
    readonly source: string,
    readonly problems: readonly DataProblem[],
  ) {
    super(`${source} is not a valid årshjul dataset:\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`);
  }
}

/** Validates a dataset; throws a DatasetError listing every problem. */
export function loadDataset(raw: unknown, source: string): Dataset {
  const result = validateDataset(raw);
  if (!result.ok) throw new DatasetError(source, result.problems);
  return result.dataset;
}

let builtIn: readonly Dataset[] | undefined;

/** The datasets written by hand (not rolled forward), oldest first. */
export function builtInDatasets(): readonly Dataset[] {
  builtIn ??= [loadDataset(raw20222023, 'src/data/arshjul-2022-2023.json')];
  return builtIn;
}

export interface YearDataset {
  readonly dataset: Dataset;
  /** Dates moved by roll-forward, for review; empty for a year written by hand. */
  readonly moves: ReadonlyArray<{ readonly entry: Entry; readonly move: DateMove }>;
  /** Texts whose years roll-forward shifted ("skoleåret 2022-2023" → "2026-2027"), for review. */
  readonly textChanges: readonly TextChange[];
}

/** The dataset for a school year, rolled forward from the newest earlier one when needed. */
export function datasetForYear(year: SchoolYear, datasets: readonly Dataset[] = builtInDatasets()): YearDataset {
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
