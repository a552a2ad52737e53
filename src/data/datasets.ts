/**
 * The national datasets shipped with the app, and the dataset of any school year: the one
 * written for it when there is one, otherwise rolled forward from the newest earlier year.
 */
import type { Dataset } from '../domain/model/entry';
import type { SchoolYear } from '../domain/time/schoolYear';
import raw20222023 from './arshjul-2022-2023.json';
import { formatProblem, validateDataset, type DataProblem } from './validate';
import { yearDataset, type YearDataset } from './years';

export type { YearDataset } from './years';

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

/** The dataset for a school year, rolled forward from the newest earlier one when needed. */
export function datasetForYear(year: SchoolYear, datasets: readonly Dataset[] = builtInDatasets()): YearDataset {
  return yearDataset(year, datasets);
}
